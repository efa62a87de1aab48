#include "app/api/AccountTokens.h"
#include "app/cli/ApiSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TerminalText.h"
#include "app/cli/TokensApiActions.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::cli {

R8_FILE_TR(r8::cli::TokensRemote)

namespace {

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

int tokensRemote(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Usage: r8 tokens remote [--disable ID] [--json] [--env NAME | --token NAME]\n"
           "The tokens of the account, as the server lists them (GET /v1/tokens)."));
    p.addHelpOption();
    p.addOption({QStringLiteral("disable"), tr("Disable the account token with this id (cannot be undone)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    addApiOptions(p);
    if (const auto exit = parseCommandLine(ctx, p, QStringLiteral("tokens remote"), args, 0,
                                           tr("Usage: r8 tokens remote [--disable ID]")))
        return *exit;
    ApiSession s;
    int rc = Ok;
    QString secret;
    const auto choice = s.openWithToken(ctx, apiOptionsFrom(p), &secret, &rc);
    if (!choice)
        return rc;
    api::AccountTokens at(&s.client);
    const api::ApiTarget target{choice->baseUrl, secret};
    bool done = false;
    if (p.isSet(QStringLiteral("disable"))) {
        api::AccountTokens::DisableResult d;
        at.disable(target, p.value(QStringLiteral("disable")),
                   [&](const api::AccountTokens::DisableResult& r) {
                       d = r;
                       done = true;
                   });
        waitUntil(done);
        if (d.outcome != api::AccountTokens::Outcome::Ok) {
            ctx.err << tr("r8 tokens remote: %1").arg(oneLine(d.error)) << '\n';
            return d.unreachable ? Network : Failure;
        }
        ctx.out << tr("Disabled %1 (…%2).").arg(oneLine(d.token.id), oneLine(d.token.hint)) << '\n';
        // Stored statuses change only from the token's own environment, never from an ad-hoc --base-url.
        const QStringList matched =
            choice->recordable ? api::matchLocalRecords(d.token, choice->record.account, s.vault.records())
                               : QStringList();
        for (const QString& id : matched)
            s.vault.updateStatus(id, TokenStatus::StoppedWorking, QString(),
                                 tr("Disabled with r8 tokens remote."), QDateTime::currentDateTimeUtc());
        return Ok;
    }
    api::AccountTokens::ListResult list;
    at.list(target, [&](const api::AccountTokens::ListResult& r) {
        list = r;
        done = true;
    });
    waitUntil(done);
    if (list.outcome != api::AccountTokens::Outcome::Ok) {
        ctx.err << tr("r8 tokens remote: %1").arg(oneLine(list.error)) << '\n';
        return list.unreachable ? Network : Failure;
    }
    auto localName = [&](const api::tokens::RemoteToken& t) {
        const QStringList ids = api::matchLocalRecords(t, choice->record.account, s.vault.records());
        const auto r = ids.isEmpty() ? std::nullopt : s.vault.record(ids.first());
        return r ? r->name : QString();
    };
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto& t : std::as_const(list.tokens))
            arr.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("name"), t.name},
                                   {QStringLiteral("hint"), t.hint},
                                   {QStringLiteral("created_at"), timeJson(t.createdAt)},
                                   {QStringLiteral("last_used_at"), timeJson(t.lastUsedAt)},
                                   {QStringLiteral("disabled_at"), timeJson(t.disabledAt)},
                                   {QStringLiteral("disabled_reason"), t.disabledReason},
                                   {QStringLiteral("current"), t.current},
                                   {QStringLiteral("stored_as"), localName(t)}});
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    for (const auto& t : std::as_const(list.tokens)) {
        QString state =
            t.disabled() ? tr("disabled %1").arg(t.disabledAt.toString(Qt::ISODate)) : tr("active");
        if (t.disabled() && !t.disabledReason.isEmpty())
            state += QStringLiteral(" (%1)").arg(oneLine(t.disabledReason));
        const QString local = localName(t);
        ctx.out << (t.current ? "* " : "  ") << oneLine(t.id).leftJustified(16) << ' '
                << oneLine(t.name).leftJustified(16) << " …" << oneLine(t.hint) << "  "
                << state.leftJustified(24) << ' '
                << (local.isEmpty() ? QString() : tr("stored as “%1”").arg(oneLine(local))) << '\n';
    }
    ctx.out << tr("* = the token used for this request") << '\n';
    return Ok;
}

} // namespace r8::cli
