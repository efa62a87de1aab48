#include "app/sandbox/ModelCatalog.h"

#include "app/sandbox/BuiltinModels.h"
#include "app/sandbox/CogSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace r8::sandbox {

namespace {
void addVersions(SandboxModel& m)
{
    const QDateTime base = QDateTime(QDate(2024, 7, 1), QTime(12, 0), Qt::UTC).addDays(qHash(m.ref()) % 90);
    m.versionIds = {ModelCatalog::versionIdFor(m.ref(), 0), ModelCatalog::versionIdFor(m.ref(), 1)};
    m.versionDates = {base, base.addDays(-60)};
}
} // namespace

QString ModelCatalog::versionIdFor(const QString& ref, int index)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((ref + QLatin1Char('#') + QString::number(index)).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

ModelCatalog::ModelCatalog()
{
    m_models = {builtin::fluxSchnell(), builtin::sdxl(), builtin::helloWorld(), builtin::llama3(),
                builtin::alwaysFails()};
    for (auto& m : m_models)
        addVersions(m);
}

bool ModelCatalog::addFromConfig(const QJsonObject& o, QString* error)
{
    SandboxModel m;
    m.owner = o.value(QLatin1String("owner")).toString();
    m.name = o.value(QLatin1String("name")).toString();
    m.description = o.value(QLatin1String("description")).toString();
    const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("text"));
    if (kind == QLatin1String("image")) {
        m.kind = SandboxModel::Kind::Image;
        m.output = {{QStringLiteral("type"), QStringLiteral("array")},
                    {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                          {QStringLiteral("format"), QStringLiteral("uri")}}},
                    {QStringLiteral("title"), QStringLiteral("Output")}};
    } else if (kind == QLatin1String("language")) {
        m = builtin::llama3();
    } else if (kind == QLatin1String("fails")) {
        m = builtin::alwaysFails();
    } else if (kind == QLatin1String("text")) {
        m = builtin::helloWorld();
    } else {
        if (error)
            *error = QCoreApplication::translate(
                         "r8::sandbox::ModelCatalog",
                         "sandbox config: model %1/%2 has unknown kind “%3” (image, text, language or fails)")
                         .arg(m.owner, m.name, kind);
        return false;
    }
    m.owner = o.value(QLatin1String("owner")).toString();
    m.name = o.value(QLatin1String("name")).toString();
    m.description = o.value(QLatin1String("description")).toString(m.description);
    m.official = o.value(QLatin1String("official")).toBool(true);
    if (o.contains(QLatin1String("input")))
        m.input = o.value(QLatin1String("input")).toObject();
    else if (m.input.isEmpty())
        m.input = cog::inputObject(
            {{QStringLiteral("prompt"),
              cog::stringProp(0, QStringLiteral("Prompt"), QStringLiteral("Prompt"), QString())}});
    if (o.contains(QLatin1String("output")))
        m.output = o.value(QLatin1String("output")).toObject();
    m.enums = o.value(QLatin1String("enums")).toObject(m.enums);
    addVersions(m);
    m_models.removeIf([&](const SandboxModel& x) { return x.ref() == m.ref(); });
    m_models.append(m);
    return true;
}

SandboxModel* ModelCatalog::find(const QString& owner, const QString& name)
{
    for (auto& m : m_models)
        if (m.owner == owner && m.name == name)
            return &m;
    return nullptr;
}

SandboxModel* ModelCatalog::findVersion(const QString& versionId, int* index)
{
    for (auto& m : m_models) {
        const int i = int(m.versionIds.indexOf(versionId));
        if (i >= 0) {
            if (index)
                *index = i;
            return &m;
        }
    }
    return nullptr;
}

} // namespace r8::sandbox
