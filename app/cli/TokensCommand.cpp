#include "app/cli/TokensCommand.h"
#include "app/core/FileTr.h"

#include "app/cli/ApiSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TerminalEcho.h"
#include "app/cli/TerminalText.h"
#include "app/cli/TokensApiActions.h"
#include "app/core/AppInfo.h"
#include "app/core/Redact.h"
#include "app/core/TimeText.h"
#include "app/vault/EnvImport.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/TokenVault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::cli {

R8_FILE_TR(r8::cli::TokensCommand)

namespace {

struct Env
{
    KeychainSecretStore store{QString::fromLatin1(appinfo::kKeychainService)};
    TokenVault vault{&store, TokenVault::defaultMetadataPath()};
};

// Entries of the token list that could not be read: said on stderr; the listing then exits 1.
int reportUnreadable(Context& ctx, Env& e)
{
    for (const QString& problem : e.vault.unreadableEntries())
        ctx.err << tr("r8 tokens: %1").arg(oneLine(problem)) << '\n';
    return e.vault.unreadableEntries().isEmpty() ? Ok : Failure;
}

int list(Context& ctx, Env& e, bool json)
{
    const auto& records = e.vault.records();
    const int unreadable = reportUnreadable(ctx, e);
    if (json) {
        QJsonArray arr;
        for (const TokenRecord& r : records) {
            QJsonObject o = recordToJson(r);
            o.insert(QStringLiteral("masked"), maskToken(QStringLiteral("r8_xxxx") + r.hint));
            o.insert(QStringLiteral("default"), e.vault.isDefault(r.id));
            arr.append(o);
        }
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << '\n';
        return unreadable;
    }
    if (records.isEmpty() && unreadable != Ok)
        return unreadable;
    if (records.isEmpty()) {
        ctx.out << tr("No tokens stored. Add one with `r8 tokens add NAME` (the token is read from standard "
                      "input), "
                      "or import a .env file with `r8 tokens import FILE`.")
                << '\n';
        return Ok;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TokenRecord& r : records) {
        const QString masked =
            maskToken((r.legacyShape ? QString() : QStringLiteral("r8_")) + QStringLiteral("xxxx") + r.hint);
        ctx.out << (e.vault.isDefault(r.id) ? "* " : "  ") << oneLine(r.name).leftJustified(24) << ' '
                << oneLine(env::displayName(r.environment)).leftJustified(12) << ' '
                << oneLine(masked).leftJustified(12) << ' ' << tokenStatusText(r.status).leftJustified(16)
                << ' ' << tr("added %1").arg(relativeAge(r.addedAt, now)) << '\n';
    }
    ctx.out << tr("* = default token of its environment") << '\n';
    return unreadable;
}

// The token from standard input. A terminal: one line, typed or pasted with echo off. A pipe or
// file: the whole input (bounded), which must hold the token on one line — a second line is refused
// rather than silently dropped. Empty with *error on refusal.
QString readTokenInput(Context& ctx, QString* error)
{
    if (ctx.stdinIsTerminal) {
        EchoOff quiet;
        ctx.err << (quiet.active() ? tr("Paste the token and press Enter (it is not shown): ")
                                   : tr("Paste the token and press Enter: "))
                << Qt::flush;
        const QString line = ctx.in.readLine(4096);
        if (!quiet.active())
            ctx.err << '\n';
        return line;
    }
    constexpr qint64 kLimit = 64 * 1024;
    const QString all = ctx.in.read(kLimit + 1);
    if (all.size() > kLimit) {
        *error = tr("standard input is larger than 64 KB; a token is one short line.");
        return {};
    }
    QStringList lines;
    for (const QString& l : all.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            lines.append(l);
    }
    if (lines.size() > 1) {
        *error = tr("standard input has %1 lines; give exactly one token on one line.").arg(lines.size());
        return {};
    }
    return lines.value(0);
}

int add(Context& ctx, Env& e, const QString& name, const QString& environment)
{
    QString inputError;
    const QString raw = readTokenInput(ctx, &inputError);
    if (!inputError.isEmpty()) {
        ctx.err << tr("r8 tokens add: %1").arg(inputError) << '\n';
        return Usage;
    }
    QEventLoop loop;
    int code = Failure;
    bool finished = false;
    TokenVault::AddRequest req{name, environment, QString(), raw};
    e.vault.add(req, &loop, [&](const TokenVault::AddResult& r) {
        if (r.ok) {
            if (!r.warning.isEmpty())
                ctx.err << tr("warning: %1").arg(oneLine(r.warning)) << '\n';
            ctx.out << tr("Stored “%1” in the OS keychain.").arg(oneLine(name)) << '\n';
            code = Ok;
        } else {
            ctx.err << tr("r8 tokens add: %1").arg(oneLine(r.error)) << '\n';
            code = r.keychainTrouble ? Keychain : Failure;
        }
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return code;
}

int remove(Context& ctx, Env& e, const QString& name)
{
    const auto rec = e.vault.findByName(name);
    if (!rec) {
        ctx.err << tr("r8 tokens rm: no token named “%1”.").arg(oneLine(redact(name))) << '\n';
        return Failure;
    }
    QEventLoop loop;
    int code = -1;
    e.vault.remove(rec->id, &loop, [&](const TokenVault::Outcome& o) {
        if (o.ok)
            ctx.out << tr("Deleted “%1” from the OS keychain.").arg(oneLine(rec->name)) << '\n';
        else
            ctx.err << tr("r8 tokens rm: %1").arg(oneLine(o.error)) << '\n';
        code = o.ok ? Ok : o.keychainTrouble ? Keychain : Failure;
        loop.quit();
    });
    if (code < 0)
        loop.exec();
    return code;
}

int import(Context& ctx, Env& e, const QStringList& files, bool rewrite, const QString& environment)
{
    const EnvScan scan = scanEnvFiles(files);
    for (const QString& err : scan.errors)
        ctx.err << tr("r8 tokens import: %1").arg(oneLine(err)) << '\n';
    QList<EnvImporter::Item> items;
    int skipped = 0;
    for (const EnvFinding& f : scan.findings) {
        if (f.verdict == TokenInput::Verdict::Refused) {
            ctx.err << tr("%1:%2: skipped: %3").arg(oneLine(f.path)).arg(f.line).arg(oneLine(f.warning))
                    << '\n';
            ++skipped;
            continue;
        }
        EnvImporter::Item it;
        it.finding = f;
        it.name = e.vault.uniqueName(f.suggestedName);
        for (const auto& prev : items) {
            if (prev.name == it.name)
                it.name = e.vault.uniqueName(f.suggestedName + QStringLiteral(" line %1").arg(f.line));
        }
        it.environment = environment.isEmpty() ? f.suggestedEnvironment : environment;
        it.rewriteFile = rewrite;
        items.append(it);
    }
    if (items.isEmpty()) {
        ctx.err << tr("No REPLICATE_API_TOKEN assignment found.") << '\n';
        return Failure;
    }
    EnvImporter importer(&e.vault);
    int failures = 0;
    bool keychainTrouble = false;
    QObject::connect(
        &importer, &EnvImporter::itemDone, &importer, [&](int, const EnvImporter::ItemResult& r) {
            if (r.stored) {
                ctx.out << (r.alreadyStored ? tr("%1:%2: already stored as “%3”")
                                            : tr("%1:%2: stored as “%3”"))
                               .arg(oneLine(r.path))
                               .arg(r.line)
                               .arg(oneLine(r.storedAs));
                if (r.rewritten)
                    ctx.out << tr("; the line now says where the token went");
                ctx.out << '\n';
            }
            if (!r.stored || (rewrite && !r.rewritten)) {
                ++failures;
                keychainTrouble = keychainTrouble || r.keychainTrouble;
                ctx.err << tr("%1:%2: %3").arg(oneLine(r.path)).arg(r.line).arg(oneLine(r.message)) << '\n';
            }
        });
    // A flag, not QEventLoop::quit: the loop must not depend on when finished() is emitted.
    bool finished = false;
    QObject::connect(&importer, &EnvImporter::finished, &importer, [&] { finished = true; });
    importer.run(items);
    waitUntil(finished);
    if (keychainTrouble)
        return Keychain;
    return failures == 0 && skipped == 0 && scan.errors.isEmpty() ? Ok : Failure;
}
} // namespace

QString TokensCommand::summary() const
{
    return tr("List, add, import or remove the tokens kept in the OS keychain.");
}

int TokensCommand::run(Context& ctx)
{
    // Actions that talk to the API have their own options (app/cli/TokensVerify.cpp, TokensRemote.cpp).
    if (ctx.args.value(0) == QLatin1String("verify"))
        return tokensVerify(ctx, ctx.args.mid(1));
    if (ctx.args.value(0) == QLatin1String("remote"))
        return tokensRemote(ctx, ctx.args.mid(1));
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Usage: r8 tokens [--json]\n"
           "       r8 tokens add NAME [--env ENV]   (the token is read from standard input)\n"
           "       r8 tokens import FILE... [--rewrite] [--env ENV]\n"
           "       r8 tokens rm NAME\n"
           "       r8 tokens verify [NAME | --all]   (checks with the API)\n"
           "       r8 tokens remote [--disable ID]   (the account's tokens, over HTTP)"));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), tr("Print JSON (metadata only; never a secret).")});
    p.addOption({QStringLiteral("env"),
                 tr("Environment label (development, staging, production, or your own)."),
                 QStringLiteral("ENV")});
    p.addOption({QStringLiteral("rewrite"),
                 tr("import: replace each imported line with a comment saying where the token went.")});
    p.addPositionalArgument(QStringLiteral("action"), tr("add, import or rm (none: list)"));
    if (const auto exit = parseCommandLine(ctx, p, QStringLiteral("tokens"), ctx.args))
        return *exit;
    Env e;
    QString loadError;
    if (!e.vault.load(&loadError)) {
        ctx.err << oneLine(loadError) << '\n';
        return Failure;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action.isEmpty() || action == QLatin1String("list"))
        return list(ctx, e, p.isSet(QStringLiteral("json")));
    if (action == QLatin1String("add")) {
        if (pos.size() != 2) {
            ctx.err << tr("Usage: r8 tokens add NAME [--env ENV] < token-file   (never pass a token as an "
                          "argument)")
                    << '\n';
            return Usage;
        }
        return add(ctx, e, pos.at(1), p.value(QStringLiteral("env")));
    }
    if (action == QLatin1String("rm") || action == QLatin1String("remove")) {
        if (pos.size() != 2) {
            ctx.err << tr("Usage: r8 tokens rm NAME") << '\n';
            return Usage;
        }
        return remove(ctx, e, pos.at(1));
    }
    if (action == QLatin1String("import")) {
        if (pos.size() < 2) {
            ctx.err << tr("Usage: r8 tokens import FILE... [--rewrite] [--env ENV]") << '\n';
            return Usage;
        }
        return import(ctx, e, pos.mid(1), p.isSet(QStringLiteral("rewrite")), p.value(QStringLiteral("env")));
    }
    ctx.err << tr("r8 tokens: unknown action “%1”. Run `r8 tokens --help`.").arg(oneLine(redact(action)))
            << '\n';
    return Usage;
}

} // namespace r8::cli
