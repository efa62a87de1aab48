#include "app/composer/HistoryRecord.h"

#include "app/composer/OutputItems.h"
#include "app/composer/RunError.h"

namespace r8::composer {

HistoryEntry historyEntryFor(const ComposerRequest& request, const QUrl& baseUrl, const QString& environment,
                             const QString& tokenName)
{
    const api::ApiRequest req = buildApiRequest(request, baseUrl);
    HistoryEntry e;
    e.sentAt = QDateTime::currentDateTimeUtc();
    e.environment = environment;
    e.tokenName = tokenName;
    e.method = req.method;
    e.url = req.url.toString();
    e.target = request.target.text();
    e.requestBody = req.body;
    QJsonObject options = composerRequestToJson(request);
    options.remove(QStringLiteral("input"));
    options.remove(QStringLiteral("target"));
    e.options = options;
    return e;
}

void recordCreate(HistoryEntry* e, const Exchange& ex)
{
    e->httpStatus = ex.result.status;
    e->ttfbMs = ex.ttfbMs;
    e->totalMs = ex.totalMs;
    if (!ex.result.ok()) {
        e->error = explainResult(ex.result).message;
        return;
    }
    api::Prediction p;
    QString error;
    if (api::parsePrediction(ex.result.body, &p, &error))
        recordPrediction(e, p);
}

void recordPrediction(HistoryEntry* e, const api::Prediction& p)
{
    e->predictionId = p.id;
    e->finalStatus = api::isTerminal(p.status) ? p.statusText : QString();
    e->error = p.error;
    e->outputUrls = outputUrls(p.output);
}

} // namespace r8::composer
