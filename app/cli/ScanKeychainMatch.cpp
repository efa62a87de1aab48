#include "app/cli/ScanKeychainMatch.h"
#include "app/core/FileTr.h"

#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/api/Environment.h"
#include "app/api/UrlPolicy.h"
#include "app/api/Verification.h"
#include "app/core/AppInfo.h"
#include "app/core/Redact.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/StoredSecrets.h"
#include "app/vault/TokenVault.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace r8::cli {

R8_FILE_TR(r8::cli::ScanCommand)

QHash<QString, QString> matchKeychainTokens(QList<scan::Finding>& findings, QString* note)
{
    QHash<QString, QString> names;
    if (findings.isEmpty())
        return names;
    KeychainSecretStore store{QString::fromLatin1(appinfo::kKeychainService)};
    TokenVault vault{&store, TokenVault::defaultMetadataPath()};
    QString error;
    if (!vault.load(&error)) {
        *note = tr("The token list could not be read, so findings were not compared with the keychain: %1")
                    .arg(error);
        return names;
    }
    for (const TokenRecord& r : vault.records())
        names.insert(r.id, r.name);
    StoredSecrets stored;
    QEventLoop loop;
    readStoredSecrets(&vault, &loop, [&](const StoredSecrets& s) {
        stored = s;
        loop.quit();
    });
    loop.exec();
    const QHash<QString, QString>& secretToId = stored.idBySecret;
    const QString& failure = stored.failure;
    if (!failure.isEmpty())
        *note =
            tr("Some keychain tokens could not be read, so not every finding was compared: %1").arg(failure);
    for (scan::Finding& f : findings)
        f.recordId = secretToId.value(f.secret);
    return names;
}

void verifyUnknownTokens(QList<scan::Finding>& findings, const QString& baseUrl)
{
    const QUrl base = baseUrl.isEmpty() ? api::defaultApiBase() : QUrl(baseUrl, QUrl::StrictMode);
    api::ApiClient client;
    QEventLoop loop;
    int pending = 0;
    QHash<QString, api::VerifyOutcome> outcomes; // one request per distinct secret
    for (const scan::Finding& f : std::as_const(findings)) {
        if (f.isKnownToken() || outcomes.contains(f.secret))
            continue;
        outcomes.insert(f.secret, {});
        ++pending;
        api::ApiCall* call = api::sendAccountCheck(&client, base, f.secret);
        QObject::connect(call, &api::ApiCall::finished, &loop,
                         [&, secret = f.secret](const api::ApiResult& r) {
                             outcomes[secret] = api::classifyAccountAnswer(r, false);
                             if (--pending == 0)
                                 loop.quit();
                         });
    }
    if (pending > 0)
        loop.exec();
    for (scan::Finding& f : findings) {
        if (f.isKnownToken())
            continue;
        const api::VerifyOutcome o = outcomes.value(f.secret);
        switch (o.status) {
        case TokenStatus::Valid:
            f.live = scan::Finding::Live::Live;
            break;
        case TokenStatus::Rejected:
        case TokenStatus::StoppedWorking:
            f.live = scan::Finding::Live::Rejected;
            break;
        default:
            f.live = scan::Finding::Live::Unknown;
            break;
        }
        f.liveDetail = redact(o.detail, {f.secret});
    }
}

} // namespace r8::cli
