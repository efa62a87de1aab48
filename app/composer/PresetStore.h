#pragma once
#include "app/composer/ComposerRequest.h"

#include <QList>
#include <QString>

namespace r8::composer {

struct Preset
{
    QString name;
    ComposerRequest request;
};

// Named composer requests in a JSON file (appDataDir()/presets.json), written atomically
// (QSaveFile). Never a token: Authorization headers are not stored.
class PresetStore
{
public:
    explicit PresetStore(const QString& path = defaultPath());
    static QString defaultPath();

    // False + *error (translated) when the file exists but cannot be read; presets that do not
    // parse are skipped and reported in *error too.
    bool load(QString* error);
    bool save(QString* error) const;

    const QList<Preset>& presets() const { return m_presets; }
    const Preset* find(const QString& name) const;
    // Adds or replaces by name (names are compared case-sensitively, trimmed). False for an empty name.
    bool put(const QString& name, const ComposerRequest& request);
    bool remove(const QString& name);

private:
    QString m_path;
    QList<Preset> m_presets;
};

} // namespace r8::composer
