#include "app/cli/AccountCommand.h"
#include "app/core/FileTr.h"

#include "app/api/ApiCall.h"
#include "app/api/UrlPolicy.h"
#include "app/api/Verification.h"
#include "app/cli/ApiSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TerminalText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::cli {

R8_FILE_TR(r8::cli::AccountCommand)

QString AccountCommand::summary() const
{
    return tr("Show the account a token belongs to (and check that it works).");
}

int AccountCommand::run(Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Usage: r8 account [--json] [--env NAME | --token NAME] [--base-url URL]"));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    addApiOptions(p);
    if (const auto exit = parseCommandLine(ctx, p, QStringLiteral("account"), ctx.args, 0,
                                           tr("r8 account takes no arguments.")))
        return *exit;
    ApiSession s;
    int rc = Ok;
    QString secret;
    const auto choice = s.openWithToken(ctx, apiOptionsFrom(p), &secret, &rc);
    if (!choice)
        return rc;
    bool done = false;
    api::ApiResult result;
    api::ApiCall* call =
        s.client.send(api::ApiRequest::get(api::resolveApiUrl(choice->baseUrl, QStringLiteral("account"))),
                      {choice->baseUrl, secret});
    QObject::connect(call, &api::ApiCall::finished, call, [&](const api::ApiResult& r) {
        result = r;
        done = true;
    });
    waitUntil(done);
    const api::VerifyOutcome v = api::classifyAccountAnswer(result, api::workedBefore(choice->record));
    if (v.recordable && choice->recordable) // never from an ad-hoc --base-url or another environment
        s.vault.updateStatus(choice->record.id, v.status, v.username, v.detail,
                             QDateTime::currentDateTimeUtc());
    if (v.status != TokenStatus::Valid) {
        ctx.err << tr("r8 account: token “%1”: %2").arg(oneLine(choice->record.name), oneLine(v.detail))
                << '\n';
        return result.ok() ? Network : exitCodeFor(result); // 2xx but not an account: a broken answer
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("username"), v.username},
                      {QStringLiteral("type"), v.accountType},
                      {QStringLiteral("name"), v.accountName},
                      {QStringLiteral("token"), choice->record.name},
                      {QStringLiteral("environment"), choice->environment},
                      {QStringLiteral("base_url"), choice->baseUrl.toString()}};
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        ctx.out << oneLine(v.username);
        if (!v.accountName.isEmpty())
            ctx.out << " (" << oneLine(v.accountName) << ')';
        if (!v.accountType.isEmpty())
            ctx.out << ", " << oneLine(v.accountType);
        ctx.out << '\n'
                << tr("token “%1”, environment %2, %3")
                       .arg(oneLine(choice->record.name), oneLine(choice->environment),
                            urlForDisplay(choice->baseUrl))
                << '\n';
    }
    return Ok;
}

} // namespace r8::cli
