#pragma once
#include "app/composer/ComposerRequest.h"

#include <QJsonArray>
#include <QJsonObject>
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
    // parse are skipped and reported in *error too. A skipped preset is kept verbatim by save()
    // (as are unknown top-level keys), so that a later save never erases it; a file that could not
    // be read or parsed at all is never overwritten (save() fails, naming it).
    bool load(QString* error);
    bool save(QString* error) const;
    int unreadableCount() const { return int(m_unreadable.size()); }
    // The file could not be read or parsed at all (see load()); save() refuses until the user agreed
    // to replace it: replaceDamaged() lets the next save() write a new file.
    bool isDamaged() const { return m_damaged; }
    void replaceDamaged() { m_damaged = false; }

    const QList<Preset>& presets() const { return m_presets; }
    const Preset* find(const QString& name) const;
    // Adds or replaces by name (names are compared case-sensitively, trimmed). False for an empty name.
    bool put(const QString& name, const ComposerRequest& request);
    bool remove(const QString& name);

private:
    QString m_path;
    QList<Preset> m_presets;
    QJsonArray m_unreadable; // entries that did not parse, as they were
    QJsonObject m_extra;     // top-level keys other than "version" and "presets"
    bool m_damaged = false;  // the file exists but could not be read or parsed
};

} // namespace r8::composer
