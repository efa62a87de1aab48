#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace r8::api {

// An environment: the label tokens carry (development, staging, production, sandbox, custom) and
// the API base URL requests for it go to. Its default token is kept by the vault
// (TokenVault::defaultFor(name)). Never holds a secret.
struct Environment
{
    QString name;
    QUrl baseUrl; // empty for "sandbox" until the sandbox has started
    bool wellKnown = false;
    bool customUrl = false; // the URL was set by the user (or the sandbox), not the built-in default
};

QUrl defaultApiBase();

// The file format: {"version": 1, "environments": [{"name": …, "base_url": …}]}. Pure.
QByteArray environmentsToJson(const QList<Environment>& custom);
bool environmentsFromJson(const QByteArray& bytes, QList<Environment>* out, QString* error);

} // namespace r8::api
