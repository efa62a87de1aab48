#include "app/cli/ExecCommand.h"
#include "app/core/FileTr.h"

#include "app/cli/ApiSession.h"
#include "app/cli/ChildProcess.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TerminalText.h"

#include <QCoreApplication>

namespace r8::cli {

R8_FILE_TR(r8::cli::ExecCommand)

QString ExecCommand::summary() const
{
    return tr("Run a program with REPLICATE_API_TOKEN set from the keychain (no .env file needed).");
}

int ExecCommand::run(Context& ctx)
{
    const qsizetype dashes = ctx.args.indexOf(QStringLiteral("--"));
    const QStringList own = dashes < 0 ? ctx.args : ctx.args.mid(0, dashes);
    const QStringList command = dashes < 0 ? QStringList() : ctx.args.mid(dashes + 1);
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Usage: r8 exec [--token NAME | --env NAME] [--base-url URL] -- COMMAND [ARGS...]\n\n"
           "Runs COMMAND with REPLICATE_API_TOKEN set from the OS keychain (and REPLICATE_BASE_URL when the\n"
           "environment does not use the default API). Its exit code and signals pass through. Example:\n"
           "  r8 exec --env staging -- python generate.py"));
    p.addHelpOption();
    addApiOptions(p);
    if (const auto exit = parseCommandLine(ctx, p, QStringLiteral("exec"), own))
        return *exit;
    if (command.isEmpty() || !p.positionalArguments().isEmpty()) {
        ctx.err << tr("Usage: r8 exec [--token NAME | --env NAME] -- COMMAND [ARGS...]   (note the “--”)")
                << '\n';
        return Usage;
    }
    ApiSession s;
    int rc = Ok;
    QString secret;
    const auto choice = s.openWithToken(ctx, apiOptionsFrom(p), &secret, &rc);
    if (!choice)
        return rc;
    QList<QPair<QByteArray, QByteArray>> env{{"REPLICATE_API_TOKEN", secret.toUtf8()}};
    secret.fill(QLatin1Char('\0'));
    const bool defaultApi = choice->baseUrl.adjusted(QUrl::StripTrailingSlash) == api::defaultApiBase();
    if (!defaultApi)
        env.append({"REPLICATE_BASE_URL", choice->baseUrl.toString().toUtf8()});
    ctx.out.flush();
    ctx.err.flush();
    const ChildExit e = runChild(command.first(), command.mid(1), env);
    for (auto& x : env)
        x.second.fill('\0');
    if (!e.started) {
        ctx.err << tr("r8 exec: %1").arg(oneLine(e.error)) << '\n';
        return 127;
    }
    if (e.signal > 0) {
        ctx.out.flush();
        ctx.err.flush();
        exitLikeChild(e);
    }
    return e.exitCode;
}

} // namespace r8::cli
