#pragma once
#include "app/api/Prediction.h"
#include "app/composer/ComposerRequest.h"
#include "app/composer/Exchange.h"
#include "app/composer/HistoryEntry.h"

namespace r8::composer {

// Filling a history row as a run goes on. Pure.
// The row for a request about to be sent (method, URL, target, body, options; token by name).
HistoryEntry historyEntryFor(const ComposerRequest& request, const QUrl& baseUrl, const QString& environment,
                             const QString& tokenName);
// The create answer: HTTP status, timings, prediction id (or the error).
void recordCreate(HistoryEntry* entry, const Exchange& exchange);
// The prediction's last known state: final status, error, output URLs.
void recordPrediction(HistoryEntry* entry, const api::Prediction& prediction);

} // namespace r8::composer
