#include "app/composer/PresetStore.h"
#include "app/core/FileTr.h"

#include "app/core/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace r8::composer {

R8_FILE_TR(r8::composer::PresetStore)

PresetStore::PresetStore(const QString& path) : m_path(path) {}

QString PresetStore::defaultPath()
{
    return QDir(appDataDir()).absoluteFilePath(QStringLiteral("presets.json"));
}

bool PresetStore::load(QString* error)
{
    m_presets.clear();
    m_unreadable = {};
    m_extra = {};
    m_damaged = false;
    QFile f(m_path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        m_damaged = true;
        *error =
            tr("Cannot read the presets file %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject() ||
        !(doc.object().value(QLatin1String("presets")).isArray() ||
          doc.object().value(QLatin1String("presets")).isUndefined())) {
        m_damaged = true;
        *error = tr("The presets file %1 is not valid JSON (%2 at offset %3).")
                     .arg(QDir::toNativeSeparators(m_path), pe.errorString())
                     .arg(pe.offset);
        return false;
    }
    QStringList skipped;
    const QJsonObject top = doc.object();
    for (auto it = top.begin(); it != top.end(); ++it)
        if (it.key() != QLatin1String("version") && it.key() != QLatin1String("presets"))
            m_extra.insert(it.key(), it.value());
    for (const auto& v : top.value(QLatin1String("presets")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        QString why;
        const auto r = composerRequestFromJson(o.value(QLatin1String("request")).toObject(), &why);
        if (name.isEmpty() || !r) {
            skipped << (name.isEmpty() ? tr("(unnamed)") : name) + QStringLiteral(": ") + why;
            m_unreadable.append(v);
            continue;
        }
        m_presets.append({name, *r});
    }
    if (!skipped.isEmpty()) {
        *error = tr("Some presets were skipped (they are kept in the file as they are): %1")
                     .arg(skipped.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

bool PresetStore::save(QString* error) const
{
    if (m_damaged) {
        *error = tr("The presets file %1 could not be read, so it is not overwritten; repair or move it "
                    "away to save presets.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QJsonArray list;
    for (const Preset& p : m_presets)
        list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("request"), composerRequestToJson(p.request)}});
    for (const QJsonValue& v : m_unreadable)
        list.append(v);
    QJsonObject top = m_extra;
    top.insert(QStringLiteral("version"), 1);
    top.insert(QStringLiteral("presets"), list);
    makePrivateDir(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(QJsonDocument(top).toJson()) < 0 || !f.commit()) {
        *error =
            tr("Cannot save the presets to %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        return false;
    }
    return true;
}

const Preset* PresetStore::find(const QString& name) const
{
    for (const Preset& p : m_presets) {
        if (p.name == name.trimmed())
            return &p;
    }
    return nullptr;
}

bool PresetStore::put(const QString& name, const ComposerRequest& request)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return false;
    for (Preset& p : m_presets) {
        if (p.name == n) {
            p.request = request;
            return true;
        }
    }
    m_presets.append({n, request});
    return true;
}

bool PresetStore::remove(const QString& name)
{
    const qsizetype before = m_presets.size();
    m_presets.removeIf([&](const Preset& p) { return p.name == name.trimmed(); });
    return m_presets.size() != before;
}

} // namespace r8::composer
