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
    QFile f(m_path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error =
            tr("Cannot read the presets file %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The presets file %1 is not valid JSON (%2 at offset %3).")
                     .arg(QDir::toNativeSeparators(m_path), pe.errorString())
                     .arg(pe.offset);
        return false;
    }
    QStringList skipped;
    for (const auto& v : doc.object().value(QLatin1String("presets")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        QString why;
        const auto r = composerRequestFromJson(o.value(QLatin1String("request")).toObject(), &why);
        if (name.isEmpty() || !r) {
            skipped << (name.isEmpty() ? tr("(unnamed)") : name) + QStringLiteral(": ") + why;
            continue;
        }
        m_presets.append({name, *r});
    }
    if (!skipped.isEmpty()) {
        *error = tr("Some presets were skipped: %1").arg(skipped.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

bool PresetStore::save(QString* error) const
{
    QJsonArray list;
    for (const Preset& p : m_presets)
        list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("request"), composerRequestToJson(p.request)}});
    makePrivateDir(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("presets"), list}})
                    .toJson()) < 0 ||
        !f.commit()) {
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
