#include "app/cli/RunSteps.h"
#include "app/core/FileTr.h"

#include "app/cli/TerminalText.h"
#include "app/composer/Exchange.h"
#include "app/composer/FileInput.h"
#include "app/composer/ModelLookup.h"
#include "app/composer/OutputFetcher.h"
#include "app/composer/OutputItems.h"
#include "app/composer/PredictionRunner.h"
#include "app/composer/SchemaForm.h"
#include "app/core/BoundedRead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace r8::cli {

using namespace r8::composer;

R8_FILE_TR(r8::cli::RunCommand)

namespace {

// --input-json is a small object: bounded like the text inputs it may carry.
constexpr qint64 kInputJsonLimit = kInlineFileLimitBytes;

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

int exitFor(const RunError& e)
{
    switch (e.kind) {
    case RunError::Kind::InvalidInput:
        return Usage;
    case RunError::Kind::Server:
    case RunError::Kind::Network:
    case RunError::Kind::Timeout:
    case RunError::Kind::Tls:
    case RunError::Kind::BadAnswer:
        return Network;
    case RunError::Kind::Other:
        return e.status >= 500 ? Network : Failure;
    default: // refusals: 401, 403, 404, 413, 429, … and requests r8 refused to send
        return Failure;
    }
}

Step readInputJson(RunState& s, const QString& path)
{
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        const QString text = s.ctx.in.read(kInputJsonLimit + 1);
        if (text.size() > kInputJsonLimit) {
            s.ctx.err << tr("r8 run: standard input is larger than %1 bytes; not an input object.")
                             .arg(kInputJsonLimit)
                      << '\n';
            return Usage;
        }
        bytes = text.toUtf8();
    } else {
        QString error;
        const auto data = readFileBounded(path, kInputJsonLimit, &error);
        if (!data) {
            s.ctx.err << tr("r8 run: %1").arg(oneLine(error)) << '\n';
            return Usage;
        }
        bytes = *data;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        s.ctx.err << tr("r8 run: %1 is not a JSON object (%2 at offset %3).")
                         .arg(oneLine(path), pe.errorString())
                         .arg(pe.offset)
                  << '\n';
        return Usage;
    }
    // Either the input itself or a whole request body {"input": {...}}.
    const QJsonObject o = doc.object();
    s.baseInput = o.value(QLatin1String("input")).isObject() ? o.value(QLatin1String("input")).toObject() : o;
    return std::nullopt;
}

Step checkSaveDir(RunState& s)
{
    if (s.saveDir.isEmpty())
        return std::nullopt;
    const QFileInfo fi(s.saveDir);
    QString why;
    if (fi.exists() && !fi.isDir())
        why = tr("%1 exists and is not a folder.");
    else if (!fi.exists() && !QDir().mkpath(s.saveDir))
        why = tr("the folder %1 cannot be created.");
    else if (!QFileInfo(s.saveDir).isWritable())
        why = tr("the folder %1 is not writable.");
    if (why.isEmpty())
        return std::nullopt;
    // Checked before the prediction runs: a run costs money, a typo in --save should not.
    s.ctx.err << tr("r8 run: --save: %1").arg(why.arg(oneLine(s.saveDir))) << '\n';
    return Usage;
}

Step lookupSchema(RunState& s)
{
    const Target t = s.request.target;
    const auto request = modelLookupRequest(t, s.target.baseUrl);
    if (!request)
        return std::nullopt; // no way to look it up: values are guessed
    const Exchange ex = sendBlocking(&s.session.client, *request, s.target);
    RunError e;
    const auto info = modelLookupResult(t, ex.result, &e);
    if (!info) {
        s.ctx.err << tr("r8 run: %1").arg(tr("Looking up %1: %2").arg(oneLine(t.text()), oneLine(e.message)))
                  << '\n';
        // The server answered, but with no version or not a model: nothing to retry.
        return !ex.result.ok() ? exitFor(e) : e.kind == RunError::Kind::BadAnswer ? Network : Failure;
    }
    s.request.target = info->runnable; // a community model runs by its latest version
    s.schema = info->openapiSchema;
    return std::nullopt;
}

Step buildInput(RunState& s)
{
    s.fields = formFromOpenApi(s.schema);
    const bool haveSchema = !s.fields.isEmpty();
    QString error;
    const auto input = buildRunInput(s.fields, haveSchema, s.assignments, s.baseInput, &s.uploads, &error);
    if (!input) {
        s.ctx.err << tr("r8 run: %1").arg(oneLine(error)) << '\n';
        return Usage;
    }
    s.request.input = *input;
    if (haveSchema) {
        QJsonObject check = *input;
        const QList<FieldProblem> problems = validateInput(s.fields, check);
        for (const FieldProblem& fp : problems)
            s.ctx.err << tr("r8 run: input %1: %2").arg(oneLine(fp.key), oneLine(fp.message)) << '\n';
        if (!problems.isEmpty())
            return Usage;
    }
    return std::nullopt;
}

Step uploadFiles(RunState& s)
{
    for (const PendingUpload& u : std::as_const(s.uploads)) {
        s.ctx.err << tr("Uploading %1 (%2 bytes)…").arg(oneLine(u.path)).arg(u.size) << Qt::endl;
        QString error;
        bool tooLarge = false;
        std::optional<api::ApiRequest> req;
        if (!u.data.isEmpty())
            req = fileUploadRequest(s.choice->baseUrl, QFileInfo(u.path).fileName(), u.data, u.mimeType);
        else // read from disk only now, bounded: the file may have grown since its size was checked
            req = fileUploadRequestFromFile(s.choice->baseUrl, u.path, u.mimeType, uploadLimitBytes() - 1,
                                            &error, &tooLarge);
        if (!req) {
            s.ctx.err << tr("r8 run: %1: %2").arg(oneLine(u.key), oneLine(error));
            if (tooLarge)
                s.ctx.err
                    << ' '
                    << tr("The API takes files of less than %1 bytes (100 MB).").arg(uploadLimitBytes());
            s.ctx.err << '\n';
            return Usage;
        }
        const Exchange ex = sendBlocking(&s.session.client, *req, s.target);
        if (!ex.result.ok()) {
            const bool unsupported = ex.result.status == 404 || ex.result.status == 405;
            const RunError e = explainResult(ex.result);
            s.ctx.err
                << (unsupported
                        ? tr("r8 run: %1 is %2 bytes, too large for an inline data: URI (limit %3 bytes), "
                             "and this server does not accept uploads (POST /v1/files answered %4). Give "
                             "an https:// URL instead.")
                              .arg(oneLine(u.path))
                              .arg(u.size)
                              .arg(composer::kDataUriLimitBytes)
                              .arg(ex.result.status)
                        : tr("r8 run: uploading %1 failed: %2").arg(oneLine(u.path), oneLine(e.message)))
                << '\n';
            return unsupported ? Usage : exitFor(e);
        }
        const auto url = uploadedFileUrl(ex.result.body, &error);
        if (!url) {
            s.ctx.err << tr("r8 run: uploading %1: %2").arg(oneLine(u.path), oneLine(error)) << '\n';
            return Network;
        }
        s.request.input.insert(u.key, *url);
    }
    return std::nullopt;
}

Step runPrediction(RunState& s)
{
    PredictionRunner runner(&s.session.client);
    PredictionRunner::Options options;
    options.concatenateOutput = outputIsConcatenated(outputSchemaOf(s.schema));
    runner.setOptions(options);
    Context& ctx = s.ctx;
    bool done = false;
    int exitCode = Ok;
    qsizetype logsShown = 0;
    QObject::connect(&runner, &PredictionRunner::exchanged, [&](const Exchange& ex) {
        if (ex.result.ok() && ex.result.body.startsWith('{'))
            s.lastBody = ex.result.body;
    });
    QObject::connect(&runner, &PredictionRunner::created, [&](const api::Prediction& pr) {
        ctx.err << tr("Prediction %1 created for %2").arg(oneLine(pr.id), oneLine(s.request.target.text()));
        if (pr.webUrl.isValid())
            ctx.err << QStringLiteral(" — ") << urlForDisplay(pr.webUrl);
        ctx.err << Qt::endl;
    });
    QObject::connect(&runner, &PredictionRunner::statusChanged,
                     [&](api::PredictionStatus, const QString& text) {
                         ctx.err << tr("status: %1").arg(oneLine(text)) << Qt::endl;
                     });
    QObject::connect(&runner, &PredictionRunner::logsChanged, [&](const QString& logs) {
        if (logs.size() < logsShown)
            logsShown = 0;                         // the logs were rewritten: show them again
        ctx.err << multiLine(logs.mid(logsShown)); // the model's words: no escape sequences
        ctx.err.flush();
        logsShown = logs.size();
    });
    QObject::connect(&runner, &PredictionRunner::outputText, [&](const QString& chunk) {
        if (s.json)
            return;
        ctx.out << multiLine(chunk);
        ctx.out.flush();
        s.textShown = true;
    });
    QObject::connect(&runner, &PredictionRunner::streamFallback,
                     [&](const QString& why) { ctx.err << oneLine(why) << Qt::endl; });
    QObject::connect(&runner, &PredictionRunner::failed, [&](const RunError& e) {
        ctx.err << tr("r8 run: %1").arg(oneLine(e.message)) << '\n';
        for (const FieldProblem& fp : e.fields)
            ctx.err << tr("  input %1: %2").arg(oneLine(fp.key), oneLine(fp.message)) << '\n';
        exitCode = exitFor(e);
        done = true;
    });
    QObject::connect(&runner, &PredictionRunner::finished, [&](const api::Prediction& pr) {
        s.final = pr;
        done = true;
    });
    runner.start(s.request, s.target);
    waitUntil(done);
    s.streamedText = runner.streamedText();
    if (exitCode != Ok)
        return exitCode;
    if (s.final.status != api::PredictionStatus::Succeeded) {
        if (s.json)
            ctx.out << s.lastBody << '\n';
        ctx.err << tr("r8 run: prediction %1 %2").arg(oneLine(s.final.id), oneLine(s.final.statusText));
        if (!s.final.error.isEmpty())
            ctx.err << QStringLiteral(": ") << multiLine(s.final.error);
        ctx.err << '\n';
        return Failure;
    }
    return std::nullopt;
}

int printOutputs(RunState& s)
{
    Context& ctx = s.ctx;
    if (s.textShown && !s.streamedText.endsWith(QLatin1Char('\n')))
        ctx.out << '\n';
    int result = Ok;
    for (const OutputItem& item : outputItems(s.final.output, outputSchemaOf(s.schema))) {
        if (item.kind == OutputItem::Kind::Text) {
            if (!s.textShown && !s.json)
                ctx.out << multiLine(item.text) << (item.text.endsWith(QLatin1Char('\n')) ? "" : "\n");
            continue;
        }
        if (item.kind == OutputItem::Kind::Json) {
            if (!s.json)
                ctx.out << multiLine(QString::fromUtf8(QJsonDocument::fromVariant(item.json.toVariant())
                                                           .toJson(QJsonDocument::Compact)))
                        << (item.json.isObject() || item.json.isArray()
                                ? QString()
                                : oneLine(item.json.toVariant().toString()))
                        << '\n';
            continue;
        }
        if (s.saveDir.isEmpty()) {
            if (!s.json)
                ctx.out << oneLine(item.url) << '\n';
            continue;
        }
        OutputFetcher fetcher(&s.session.client);
        bool fetched = false;
        const QString path = uniquePath(QDir(s.saveDir), item.fileName);
        QObject::connect(&fetcher, &OutputFetcher::saved, [&](const QString& where, qint64 bytes) {
            ctx.err << tr("saved %1 (%2 bytes)").arg(oneLine(where)).arg(bytes) << '\n';
            if (!s.json)
                ctx.out << oneLine(where) << '\n';
            fetched = true;
        });
        QObject::connect(&fetcher, &OutputFetcher::failed, [&](const QString& why) {
            ctx.err << tr("r8 run: cannot save %1: %2").arg(oneLine(item.fileName), oneLine(why)) << '\n';
            result = Failure;
            fetched = true;
        });
        fetcher.fetch(item.url, s.target, path);
        waitUntil(fetched);
    }
    if (s.json)
        ctx.out << s.lastBody << '\n';
    return result;
}

} // namespace r8::cli
