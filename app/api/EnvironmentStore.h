#pragma once
#include "app/api/Environment.h"

#include <QObject>

#include <optional>

namespace r8::api {

// The environments r8desk knows: development, staging and production (default API base URL unless
// overridden), sandbox (its URL set when the sandbox starts) and custom ones. Persisted as JSON in
// the app-data folder with an atomic write. No secret ever goes in it.
class EnvironmentStore : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentStore(const QString& path = defaultPath(), QObject* parent = nullptr);
    static QString defaultPath(); // <AppDataLocation>/environments.json

    bool load(QString* error);                                  // a missing file is fine
    QList<Environment> all() const;                             // well-known first, then custom ones by name
    std::optional<Environment> find(const QString& name) const; // case-insensitive
    // The one rule from an environment label to its API base URL: its entry's URL, else Replicate's API
    // — except for the sandbox, which has none until it has been started (empty).
    QUrl baseUrlFor(const QString& name) const;

    // Adds or changes an environment's base URL (checked: absolute, https or loopback http).
    // Returns a translated error, or empty on success.
    QString set(const QString& name, const QUrl& baseUrl);
    // Removes a custom environment, or resets a well-known one to its built-in URL.
    QString remove(const QString& name);

signals:
    void changed();

private:
    QString save();
    bool loadFile(QString* error);

    QString m_path;
    QString m_loadError;         // the file exists but could not be used: never overwritten
    QList<Environment> m_custom; // entries from the file (custom ones and overrides)
};

} // namespace r8::api
