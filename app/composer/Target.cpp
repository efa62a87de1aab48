#include "app/composer/Target.h"
#include "app/core/FileTr.h"

#include "app/api/Model.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace r8::composer {

R8_FILE_TR(r8::composer::Target)

namespace {

bool validName(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    return re.match(s).hasMatch();
}

bool validVersion(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

std::optional<Target> ownerName(const QString& ref, Target::Kind kind, const QString& original,
                                QString* error)
{
    const QStringList parts = ref.split(QLatin1Char('/'));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        *error = kind == Target::Kind::Deployment
                     ? tr("“%1” is not a deployment: expected deployments/OWNER/NAME.").arg(original)
                     : tr("“%1” is not a model: expected OWNER/NAME, OWNER/NAME:VERSION or a 64-character "
                          "version id.")
                           .arg(original);
        return std::nullopt;
    }
    for (const QString& p : parts) {
        if (!validName(p)) {
            *error = tr("“%1” in “%2” is not a valid owner or name (letters, digits, “-”, “_” and “.” only).")
                         .arg(p, original);
            return std::nullopt;
        }
    }
    Target t;
    t.kind = kind;
    t.owner = parts[0];
    t.name = parts[1];
    return t;
}
} // namespace

QString Target::text() const
{
    switch (kind) {
    case Kind::Model:
        return modelRef();
    case Kind::Version:
        return owner.isEmpty() ? version : modelRef() + QLatin1Char(':') + version;
    case Kind::Deployment:
        return QStringLiteral("deployments/") + modelRef();
    }
    return {};
}

QString Target::modelRef() const
{
    return owner.isEmpty() ? QString() : owner + QLatin1Char('/') + name;
}

QString Target::createPath() const
{
    switch (kind) {
    case Kind::Model:
        return QStringLiteral("models/%1/%2/predictions").arg(owner, name);
    case Kind::Version:
        return QStringLiteral("predictions");
    case Kind::Deployment:
        return QStringLiteral("deployments/%1/%2/predictions").arg(owner, name);
    }
    return {};
}

bool Target::operator==(const Target& o) const
{
    return kind == o.kind && owner == o.owner && name == o.name && version == o.version;
}

Target runnableTarget(const Target& target, const api::Model& model)
{
    if (target.kind != Target::Kind::Model || !model.isOfficial.has_value() || *model.isOfficial ||
        !model.latestVersion || model.latestVersion->id.isEmpty())
        return target;
    Target t = target;
    t.kind = Target::Kind::Version;
    t.version = model.latestVersion->id;
    return t;
}

std::optional<Target> parseTarget(const QString& input, QString* error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = tr("Enter a model (OWNER/NAME), a version (OWNER/NAME:VERSION) or a deployment "
                    "(deployments/OWNER/NAME).");
        return std::nullopt;
    }
    if (text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://"))) {
        const QUrl url(text);
        if (!url.isValid() || !(url.host() == QLatin1String("replicate.com") ||
                                url.host() == QLatin1String("www.replicate.com"))) {
            *error = tr("“%1” is not a replicate.com model page.").arg(input);
            return std::nullopt;
        }
        QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 4 && parts[2] == QLatin1String("versions"))
            text = parts[0] + QLatin1Char('/') + parts[1] + QLatin1Char(':') + parts[3];
        else if (parts.size() == 3 && parts[0] == QLatin1String("deployments"))
            text = parts.join(QLatin1Char('/'));
        else if (parts.size() == 2)
            text = parts.join(QLatin1Char('/'));
        else {
            *error = tr("“%1” is not a replicate.com model page.").arg(input);
            return std::nullopt;
        }
    }
    for (const QString& prefix : {QStringLiteral("deployments/"), QStringLiteral("deployment:")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            return ownerName(text.mid(prefix.size()), Target::Kind::Deployment, input, error);
    }
    if (!text.contains(QLatin1Char('/')) && !text.contains(QLatin1Char(':'))) {
        if (!validVersion(text)) {
            *error = text.size() == 64
                         ? tr("“%1” is not a version id: it must be 64 lowercase hexadecimal characters.")
                               .arg(input)
                         : tr("“%1” is not a model: expected OWNER/NAME, OWNER/NAME:VERSION or a "
                              "64-character version id.")
                               .arg(input);
            return std::nullopt;
        }
        Target t;
        t.kind = Target::Kind::Version;
        t.version = text;
        return t;
    }
    const int colon = text.indexOf(QLatin1Char(':'));
    auto t = ownerName(colon < 0 ? text : text.left(colon), Target::Kind::Model, input, error);
    if (!t || colon < 0)
        return t;
    const QString version = text.mid(colon + 1);
    if (!validVersion(version)) {
        *error = tr("“%1” is not a version id: it must be 64 lowercase hexadecimal characters.").arg(version);
        return std::nullopt;
    }
    t->kind = Target::Kind::Version;
    t->version = version;
    return t;
}

} // namespace r8::composer
