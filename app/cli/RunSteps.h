#pragma once
#include "app/api/Prediction.h"
#include "app/cli/ApiSession.h"
#include "app/cli/RunInputs.h"
#include "app/composer/ComposerRequest.h"
#include "app/composer/FieldSpec.h"
#include "app/composer/RunError.h"

#include <QJsonObject>

#include <optional>

namespace r8::cli {

// What `r8 run` works through, step by step (app/cli/RunCommand.cpp puts the steps in order). Each
// step prints its own messages and returns nullopt to go on, or the exit code to stop with.
struct RunState
{
    explicit RunState(Context& c) : ctx(c) {}

    Context& ctx;
    composer::ComposerRequest request;
    QStringList assignments; // key=value arguments
    QJsonObject baseInput;   // from --input-json
    QString saveDir;         // --save DIR (checked before anything is spent)
    bool json = false;
    bool printCurl = false;
    ApiSession session;
    std::optional<ApiSession::Choice> choice;
    api::ApiTarget target;
    QJsonObject schema; // the model's OpenAPI schema (empty: unknown)
    QList<composer::FieldSpec> fields;
    QList<PendingUpload> uploads;
    api::Prediction final;
    QByteArray lastBody;  // the last prediction JSON seen (for --json)
    QString streamedText; // what was printed while streaming
    bool textShown = false;
};

using Step = std::optional<int>;

// The exit code for a failed request of a run: 1 refused (4xx, token), 2 bad input (422), 4 network
// or server failure (unreachable, timeout, 5xx, a broken answer).
int exitFor(const composer::RunError& e);

Step readInputJson(RunState& s, const QString& path); // --input-json FILE|-
Step checkSaveDir(RunState& s);                       // --save DIR: a folder that can be written
Step lookupSchema(RunState& s);                       // GET the model: its input and output schema
Step buildInput(RunState& s);                         // key=value → typed input, checked
Step uploadFiles(RunState& s);                        // POST /v1/files for large file inputs
Step runPrediction(RunState& s);                      // create, follow, print status/logs/stream
int printOutputs(RunState& s);                        // text/JSON to stdout, files saved or listed

} // namespace r8::cli
