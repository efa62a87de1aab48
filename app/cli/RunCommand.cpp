#include "app/cli/RunCommand.h"
#include "app/core/FileTr.h"

#include "app/cli/CommandLine.h"
#include "app/cli/RunSteps.h"
#include "app/cli/TerminalText.h"
#include "app/composer/CodeExport.h"
#include "app/composer/SchemaForm.h"
#include "app/vault/EnvFile.h"

#include <QCoreApplication>

namespace r8::cli {

using namespace r8::composer;

R8_FILE_TR(r8::cli::RunCommand)

namespace {

void addRunOptions(QCommandLineParser& p)
{
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
}

// Everything the command line says, checked before the network is touched.
Step readOptions(RunState& s, const QCommandLineParser& p)
{
    QStringList positional = p.positionalArguments();
    if (positional.isEmpty()) {
        s.ctx.err << tr("r8 run: which model? e.g. r8 run black-forest-labs/flux-schnell prompt=\"a cat\"")
                  << '\n';
        return Usage;
    }
    QString error;
    const auto target = parseTarget(positional.takeFirst(), &error);
    if (!target) {
        s.ctx.err << tr("r8 run: %1").arg(oneLine(error)) << '\n';
        return Usage;
    }
    s.assignments = positional;
    s.request.target = *target;
    s.request.stream = p.isSet(QStringLiteral("stream"));
    s.request.cancelAfter = p.value(QStringLiteral("cancel-after"));
    s.json = p.isSet(QStringLiteral("json"));
    s.printCurl = p.isSet(QStringLiteral("print-curl"));
    s.saveDir = p.value(QStringLiteral("save"));
    if (p.isSet(QStringLiteral("wait")) && p.isSet(QStringLiteral("no-wait"))) {
        s.ctx.err << tr("r8 run: give either --wait N or --no-wait, not both.") << '\n';
        return Usage;
    }
    if (p.isSet(QStringLiteral("no-wait")))
        s.request.wait = false;
    if (p.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        s.request.waitSeconds = p.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || s.request.waitSeconds < 1 || s.request.waitSeconds > 60) {
            s.ctx.err << tr("r8 run: --wait takes seconds from 1 to 60, not “%1”.")
                             .arg(oneLine(p.value(QStringLiteral("wait"))))
                      << '\n';
            return Usage;
        }
    }
    if (p.isSet(QStringLiteral("input-json"))) {
        if (const Step stop = readInputJson(s, p.value(QStringLiteral("input-json"))))
            return stop;
    }
    for (const QString& problem : requestProblems(s.request)) {
        s.ctx.err << tr("r8 run: %1").arg(oneLine(problem)) << '\n';
        return Usage;
    }
    if (!s.printCurl)
        return checkSaveDir(s);
    return std::nullopt;
}

Step openSession(RunState& s, const ApiOptions& options)
{
    int rc = Ok;
    QString secret;
    s.choice = s.session.openWithToken(s.ctx, options, &secret, &rc);
    if (!s.choice)
        return rc;
    s.target = {s.choice->baseUrl, secret};
    return std::nullopt;
}

int printCurl(RunState& s)
{
    ExportOptions eo{s.choice->baseUrl, s.choice->record.name, s.choice->environment};
    s.ctx.out << multiLine(generateCode(CodeFormat::Curl, s.request, eo)) << '\n';
    s.ctx.err
        << tr("# Run it with the token from the keychain:") << '\n'
        << QStringLiteral("#   r8 exec --token %1 -- sh -c '…'").arg(posixShellWord(s.choice->record.name))
        << '\n';
    return Ok;
}
} // namespace

QString RunCommand::summary() const
{
    return tr("Run a model: inputs as key=value, status and logs to stderr, output to stdout.");
}

int RunCommand::run(Context& ctx)
{
    QCommandLineParser p;
    addRunOptions(p);
    if (const auto exit = parseCommandLine(ctx, p, QStringLiteral("run"), ctx.args))
        return *exit;
    RunState s(ctx);
    if (const Step stop = readOptions(s, p))
        return *stop;
    if (const Step stop = openSession(s, apiOptionsFrom(p)))
        return *stop;
    if (const Step stop = lookupSchema(s))
        return *stop;
    if (const Step stop = buildInput(s))
        return *stop;
    if (s.printCurl)
        return printCurl(s);
    for (auto step : {uploadFiles, runPrediction}) {
        if (const Step stop = step(s))
            return *stop;
    }
    return printOutputs(s);
}

} // namespace r8::cli
