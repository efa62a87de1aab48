#include "app/cli/RunCommand.h"
#include "app/cli/CommandHelp.h"

#include "app/api/Model.h"
#include "app/api/UrlPolicy.h"
#include "app/cli/ApiSession.h"
#include "app/cli/RunInputs.h"
#include "app/composer/CodeExport.h"
#include "app/composer/ComposerRequest.h"
#include "app/composer/FileInput.h"
#include "app/composer/ModelLookup.h"
#include "app/composer/OutputFetcher.h"
#include "app/composer/OutputItems.h"
#include "app/composer/PredictionRunner.h"
#include "app/composer/SchemaForm.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace r8::cli {

using namespace r8::composer;

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("r8::cli::RunCommand", s);
}

int exitFor(const RunError& e)
{
    switch (e.kind) {
    case RunError::Kind::TokenRejected:
    case RunError::Kind::Forbidden:
        return Failure;
    case RunError::Kind::InvalidInput:
        return Usage;
    default:
        return Network;
    }
}

Exchange sendBlocking(api::ApiClient* client, const api::ApiRequest& req, const api::ApiTarget& target)
{
    bool done = false;
    Exchange result;
    QObject context;
    sendTimed(client, req, target, &context, [&](const Exchange& ex) {
        result = ex;
        done = true;
    });
    waitUntil(done);
    return result;
}

// The model's Cog schema: GET models/o/n (latest version) or models/o/n/versions/id (ModelLookup).
std::optional<QJsonObject> fetchSchema(api::ApiClient* client, Target* runnable, const api::ApiTarget& target,
                                       QString* error, int* exitCode)
{
    const Target t = *runnable;
    const auto request = modelLookupRequest(t, target.baseUrl);
    if (!request)
        return QJsonObject(); // no way to look it up: values are guessed
    const Exchange ex = sendBlocking(client, *request, target);
    RunError e;
    const auto info = modelLookupResult(t, ex.result, &e);
    if (!info) {
        *error = tr("Looking up %1: %2").arg(t.text(), e.message);
        // The server answered, but with no version or not a model: nothing to retry.
        *exitCode = !ex.result.ok() ? exitFor(e) : e.kind == RunError::Kind::BadAnswer ? Network : Failure;
        return std::nullopt;
    }
    *runnable = info->runnable; // a community model runs by its latest version
    return info->openapiSchema;
}

QString uniquePath(const QDir& dir, const QString& name)
{
    QString candidate = dir.absoluteFilePath(name);
    const QFileInfo fi(name);
    for (int i = 1; QFileInfo::exists(candidate); ++i)
        candidate = dir.absoluteFilePath(
            QStringLiteral("%1-%2%3")
                .arg(fi.completeBaseName())
                .arg(i)
                .arg(fi.suffix().isEmpty() ? QString() : QLatin1Char('.') + fi.suffix()));
    return candidate;
}
} // namespace

QString RunCommand::summary() const
{
    return tr("Run a model: inputs as key=value, status and logs to stderr, output to stdout.");
}

int RunCommand::run(Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Usage: r8 run MODEL|VERSION [key=value ...] [--input-json FILE] [--wait N | --no-wait] [--stream] "
        "[--json] [--save DIR] [--print-curl] [--cancel-after D]\n"
        "MODEL is OWNER/NAME, OWNER/NAME:VERSION, a version id or deployments/OWNER/NAME. Values are read by "
        "the model's input types; key=@file reads a file (small files go inline as data: URIs, larger ones "
        "are "
        "uploaded)."));
    p.addHelpOption();
    p.addOption({QStringLiteral("input-json"), tr("Input object from a JSON file (- for standard input)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("wait"),
                 tr("Hold the request up to N seconds (1–60) for the result (default: Prefer: wait)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("no-wait"), tr("Create asynchronously, then poll.")});
    p.addOption({QStringLiteral("stream"), tr("Stream the output as it is generated (models that stream).")});
    p.addOption({QStringLiteral("cancel-after"), tr("Cancel the prediction after this long (e.g. 90s, 5m)."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("json"), tr("Print the final prediction as JSON.")});
    p.addOption({QStringLiteral("save"), tr("Save output files into DIR."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("print-curl"),
                 tr("Print the request as a curl command (token from $REPLICATE_API_TOKEN) and exit.")});
    addApiOptions(p);
    if (!p.parse(QStringList{QStringLiteral("r8 run")} + ctx.args)) {
        ctx.err << p.errorText() << '\n';
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << commandHelp(p, QStringLiteral("run"));
        return Ok;
    }
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty()) {
        ctx.err << tr("r8 run: which model? e.g. r8 run black-forest-labs/flux-schnell prompt=\"a cat\"")
                << '\n';
        return Usage;
    }
    QString error;
    const auto target = parseTarget(positional.takeFirst(), &error);
    if (!target) {
        ctx.err << tr("r8 run: %1").arg(error) << '\n';
        return Usage;
    }
    ComposerRequest request;
    request.target = *target;
    request.stream = p.isSet(QStringLiteral("stream"));
    request.cancelAfter = p.value(QStringLiteral("cancel-after"));
    if (p.isSet(QStringLiteral("wait")) && p.isSet(QStringLiteral("no-wait"))) {
        ctx.err << tr("r8 run: give either --wait N or --no-wait, not both.") << '\n';
        return Usage;
    }
    if (p.isSet(QStringLiteral("no-wait")))
        request.wait = false;
    if (p.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        request.waitSeconds = p.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || request.waitSeconds < 1 || request.waitSeconds > 60) {
            ctx.err << tr("r8 run: --wait takes seconds from 1 to 60, not “%1”.")
                           .arg(p.value(QStringLiteral("wait")))
                    << '\n';
            return Usage;
        }
    }
    QJsonObject base;
    if (p.isSet(QStringLiteral("input-json"))) {
        const QString path = p.value(QStringLiteral("input-json"));
        QByteArray bytes;
        if (path == QLatin1String("-")) {
            bytes = ctx.in.readAll().toUtf8();
        } else {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                ctx.err << tr("r8 run: cannot read %1: %2").arg(path, f.errorString()) << '\n';
                return Usage;
            }
            bytes = f.readAll();
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            ctx.err << tr("r8 run: %1 is not a JSON object (%2 at offset %3).")
                           .arg(path, pe.errorString())
                           .arg(pe.offset)
                    << '\n';
            return Usage;
        }
        // Either the input itself or a whole request body {"input": {...}}.
        base = doc.object().value(QLatin1String("input")).isObject()
                   ? doc.object().value(QLatin1String("input")).toObject()
                   : doc.object();
    }
    for (const QString& problem : requestProblems(request)) {
        ctx.err << tr("r8 run: %1").arg(problem) << '\n';
        return Usage;
    }

    ApiSession s;
    int rc = Ok;
    QString secret;
    const auto choice = s.openWithToken(ctx, apiOptionsFrom(p), &secret, &rc);
    if (!choice)
        return rc;
    const api::ApiTarget apiTarget{choice->baseUrl, secret};

    const auto schema = fetchSchema(&s.client, &request.target, apiTarget, &error, &rc);
    if (!schema) {
        ctx.err << tr("r8 run: %1").arg(error) << '\n';
        return rc;
    }
    const QList<FieldSpec> fields = formFromOpenApi(*schema);
    const bool haveSchema = !fields.isEmpty();
    QList<PendingUpload> uploads;
    const auto input = buildRunInput(fields, haveSchema, positional, base, &uploads, &error);
    if (!input) {
        ctx.err << tr("r8 run: %1").arg(error) << '\n';
        return Usage;
    }
    request.input = *input;
    if (haveSchema) {
        QJsonObject check = *input;
        const QList<FieldProblem> problems = validateInput(fields, check);
        if (!problems.isEmpty()) {
            for (const FieldProblem& fp : problems)
                ctx.err << tr("r8 run: input %1: %2").arg(fp.key, fp.message) << '\n';
            return Usage;
        }
    }
    if (p.isSet(QStringLiteral("print-curl"))) {
        ExportOptions eo{choice->baseUrl, choice->record.name, choice->environment};
        ctx.out << generateCode(CodeFormat::Curl, request, eo) << '\n';
        ctx.err << tr("# Run it with the token from the keychain:") << '\n'
                << QStringLiteral("#   r8 exec --token %1 -- sh -c '…'").arg(shellQuote(choice->record.name))
                << '\n';
        return Ok;
    }
    for (const PendingUpload& u : uploads) {
        ctx.err << tr("Uploading %1 (%2 bytes)…").arg(u.path).arg(u.data.size()) << Qt::endl;
        const Exchange ex = sendBlocking(
            &s.client, fileUploadRequest(choice->baseUrl, QFileInfo(u.path).fileName(), u.data, u.mimeType),
            apiTarget);
        if (!ex.result.ok()) {
            const bool unsupported = ex.result.status == 404 || ex.result.status == 405;
            ctx.err
                << (unsupported
                        ? tr("r8 run: %1 is %2 bytes, too large for an inline data: URI (limit %3 bytes), "
                             "and this "
                             "server does not accept uploads (POST /v1/files answered %4). Give an https:// "
                             "URL instead.")
                              .arg(u.path)
                              .arg(u.data.size())
                              .arg(composer::kDataUriLimitBytes)
                              .arg(ex.result.status)
                        : tr("r8 run: uploading %1 failed: %2").arg(u.path, explainResult(ex.result).message))
                << '\n';
            return unsupported ? Usage : exitFor(explainResult(ex.result));
        }
        const auto url = uploadedFileUrl(ex.result.body, &error);
        if (!url) {
            ctx.err << tr("r8 run: uploading %1: %2").arg(u.path, error) << '\n';
            return Network;
        }
        request.input.insert(u.key, *url);
    }

    PredictionRunner runner(&s.client);
    PredictionRunner::Options options;
    const QJsonObject outputSchema = outputSchemaOf(*schema);
    options.concatenateOutput = outputIsConcatenated(outputSchema);
    runner.setOptions(options);
    const bool json = p.isSet(QStringLiteral("json"));
    bool done = false;
    int exitCode = Ok;
    QByteArray lastBody;
    qsizetype logsShown = 0;
    bool textShown = false;
    QObject::connect(&runner, &PredictionRunner::exchanged, [&](const Exchange& ex) {
        if (ex.result.ok() && ex.result.body.startsWith('{'))
            lastBody = ex.result.body;
    });
    QObject::connect(&runner, &PredictionRunner::created, [&](const api::Prediction& pr) {
        ctx.err << tr("Prediction %1 created for %2").arg(pr.id, request.target.text());
        if (pr.webUrl.isValid())
            ctx.err << QStringLiteral(" — ") << pr.webUrl.toString();
        ctx.err << Qt::endl;
    });
    QObject::connect(&runner, &PredictionRunner::statusChanged,
                     [&](api::PredictionStatus, const QString& text) {
                         ctx.err << tr("status: %1").arg(text) << Qt::endl;
                     });
    QObject::connect(&runner, &PredictionRunner::logsChanged, [&](const QString& logs) {
        if (logs.size() < logsShown)
            logsShown = 0; // the logs were rewritten: show them again
        ctx.err << logs.mid(logsShown);
        ctx.err.flush();
        logsShown = logs.size();
    });
    QObject::connect(&runner, &PredictionRunner::outputText, [&](const QString& chunk) {
        if (json)
            return;
        ctx.out << chunk;
        ctx.out.flush();
        textShown = true;
    });
    QObject::connect(&runner, &PredictionRunner::streamFallback,
                     [&](const QString& why) { ctx.err << why << Qt::endl; });
    QObject::connect(&runner, &PredictionRunner::failed, [&](const RunError& e) {
        ctx.err << tr("r8 run: %1").arg(e.message) << '\n';
        for (const FieldProblem& fp : e.fields)
            ctx.err << tr("  input %1: %2").arg(fp.key, fp.message) << '\n';
        exitCode = exitFor(e);
        done = true;
    });
    api::Prediction final;
    QObject::connect(&runner, &PredictionRunner::finished, [&](const api::Prediction& pr) {
        final = pr;
        done = true;
    });
    runner.start(request, apiTarget);
    waitUntil(done);
    if (exitCode != Ok)
        return exitCode;

    if (final.status != api::PredictionStatus::Succeeded) {
        if (json)
            ctx.out << lastBody << '\n';
        ctx.err << tr("r8 run: prediction %1 %2").arg(final.id, final.statusText);
        if (!final.error.isEmpty())
            ctx.err << QStringLiteral(": ") << final.error;
        ctx.err << '\n';
        return Failure;
    }
    if (textShown && !runner.streamedText().endsWith(QLatin1Char('\n')))
        ctx.out << '\n';
    const QString saveDir = p.value(QStringLiteral("save"));
    if (!saveDir.isEmpty() && !QDir().mkpath(saveDir)) {
        ctx.err << tr("r8 run: cannot create the folder %1").arg(saveDir) << '\n';
        return Failure;
    }
    int result = Ok;
    for (const OutputItem& item : outputItems(final.output, outputSchema)) {
        if (item.kind == OutputItem::Kind::Text) {
            if (!textShown && !json)
                ctx.out << item.text << (item.text.endsWith(QLatin1Char('\n')) ? "" : "\n");
            continue;
        }
        if (item.kind == OutputItem::Kind::Json) {
            if (!json)
                ctx.out << QJsonDocument::fromVariant(item.json.toVariant()).toJson(QJsonDocument::Compact)
                        << (item.json.isObject() || item.json.isArray() ? ""
                                                                        : item.json.toVariant().toString())
                        << '\n';
            continue;
        }
        if (saveDir.isEmpty()) {
            if (!json)
                ctx.out << item.url << '\n';
            continue;
        }
        OutputFetcher fetcher(&s.client);
        bool fetched = false;
        const QString path = uniquePath(QDir(saveDir), item.fileName);
        QObject::connect(&fetcher, &OutputFetcher::saved, [&](const QString& where, qint64 bytes) {
            ctx.err << tr("saved %1 (%2 bytes)").arg(where).arg(bytes) << '\n';
            if (!json)
                ctx.out << where << '\n';
            fetched = true;
        });
        QObject::connect(&fetcher, &OutputFetcher::failed, [&](const QString& why) {
            ctx.err << tr("r8 run: cannot save %1: %2").arg(item.fileName, why) << '\n';
            result = Failure;
            fetched = true;
        });
        fetcher.fetch(item.url, apiTarget, path);
        waitUntil(fetched);
    }
    if (json)
        ctx.out << lastBody << '\n';
    return result;
}

} // namespace r8::cli
