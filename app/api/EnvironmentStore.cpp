#include "app/api/EnvironmentStore.h"

#include "app/api/UrlPolicy.h"
#include "app/core/Paths.h"
#include "app/vault/TokenRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace r8::api {

EnvironmentStore::EnvironmentStore(const QString& path, QObject* parent) : QObject(parent), m_path(path) {}

QString EnvironmentStore::defaultPath()
{
    return appDataDir() + QStringLiteral("/environments.json");
}

bool EnvironmentStore::load(QString* error)
{
    QString why;
    const bool ok = loadFile(&why);
    m_loadError = ok ? QString() : why;
    if (!ok && error)
        *error = why;
    return ok;
}

bool EnvironmentStore::loadFile(QString* error)
{
    QFile f(m_path);
    if (!f.exists()) {
        m_custom.clear();
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        return false;
    }
    // Whoever can change this file decides where tokens are sent.
    const QString foreign = writableByOthers(m_path);
    if (!foreign.isEmpty()) {
        if (error)
            *error = tr("Not using %1: %2 Another user could point an environment at their own server and "
                        "receive your token. Make the file and its folder yours alone (chmod 600 the file, "
                        "chmod 700 the folder), then try again.")
                         .arg(QDir::toNativeSeparators(m_path), foreign);
        return false;
    }
    constexpr qint64 kLimit = 4 * 1024 * 1024; // a few hundred bytes in practice
    const QByteArray bytes = f.read(kLimit + 1);
    if (bytes.size() > kLimit || f.error() != QFileDevice::NoError) {
        if (error)
            *error =
                tr("Cannot use %1: %2")
                    .arg(QDir::toNativeSeparators(m_path),
                         f.error() != QFileDevice::NoError ? f.errorString() : tr("it is larger than 4 MB."));
        return false;
    }
    QString why;
    QList<Environment> list;
    if (!environmentsFromJson(bytes, &list, &why)) {
        if (error)
            *error = tr("Cannot use %1. %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    }
    m_custom = list;
    emit changed();
    return true;
}

QList<Environment> EnvironmentStore::all() const
{
    QList<Environment> out;
    for (const QString& label : env::wellKnown()) {
        Environment e;
        e.name = label;
        e.wellKnown = true;
        if (label != env::Sandbox)
            e.baseUrl = defaultApiBase();
        out.append(e);
    }
    QList<Environment> custom = m_custom;
    std::sort(custom.begin(), custom.end(), [](const Environment& a, const Environment& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (const Environment& c : custom) {
        auto it = std::find_if(out.begin(), out.end(), [&](const Environment& e) {
            return e.name.compare(c.name, Qt::CaseInsensitive) == 0;
        });
        if (it != out.end()) {
            it->baseUrl = c.baseUrl;
            it->customUrl = true;
        } else {
            out.append(c);
        }
    }
    return out;
}

QUrl EnvironmentStore::baseUrlFor(const QString& name) const
{
    if (const auto e = find(name))
        return e->baseUrl;
    return name.trimmed().compare(env::Sandbox, Qt::CaseInsensitive) == 0 ? QUrl() : defaultApiBase();
}

std::optional<Environment> EnvironmentStore::find(const QString& name) const
{
    for (const Environment& e : all()) {
        if (e.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QString EnvironmentStore::set(const QString& name, const QUrl& baseUrl)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.contains(QLatin1Char('\n')))
        return tr("An environment needs a name on one line.");
    const QString problem = baseUrlProblem(baseUrl);
    if (!problem.isEmpty())
        return problem;
    const QList<Environment> before = m_custom;
    const QUrl clean = baseUrl.adjusted(QUrl::StripTrailingSlash);
    auto it = std::find_if(m_custom.begin(), m_custom.end(),
                           [&](const Environment& e) { return e.name.compare(n, Qt::CaseInsensitive) == 0; });
    if (it != m_custom.end()) {
        it->baseUrl = clean;
    } else {
        Environment e;
        e.name = env::wellKnown().contains(n.toLower()) ? n.toLower() : n;
        e.baseUrl = clean;
        e.customUrl = true;
        m_custom.append(e);
    }
    const QString err = save();
    if (!err.isEmpty())
        m_custom = before;
    else
        emit changed();
    return err;
}

QString EnvironmentStore::remove(const QString& name)
{
    const QList<Environment> before = m_custom;
    const auto n = m_custom.removeIf(
        [&](const Environment& e) { return e.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
    if (n == 0) {
        if (env::wellKnown().contains(name.trimmed().toLower()))
            return {}; // already at its built-in URL
        return tr("There is no environment named “%1”.").arg(name);
    }
    const QString err = save();
    if (!err.isEmpty())
        m_custom = before;
    else
        emit changed();
    return err;
}

QString EnvironmentStore::save()
{
    if (!m_loadError.isEmpty()) // a damaged or foreign file is reported, never replaced
        return tr("Nothing was changed: %1").arg(m_loadError);
    makePrivateDir(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // whatever the umask
    f.write(environmentsToJson(m_custom));
    if (!f.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
    return {};
}

} // namespace r8::api
