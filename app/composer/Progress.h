#pragma once
#include <QString>

#include <optional>

namespace r8::composer {

// Progress from the last tqdm-style line of a prediction's logs ("NN%|████| cur/total [...]").
struct Progress
{
    int percent = 0;
    qint64 current = 0;
    qint64 total = 0;
};

// Scans the lines of `logs` from the end (lines split at \n and \r, as tqdm redraws with \r) and
// reads the first match of `^\s*(\d+)%\s*\|.+?\|\s*(\d+)/(\d+)` — the official Python client's rule. Pure.
std::optional<Progress> parseProgress(const QString& logs);

} // namespace r8::composer
