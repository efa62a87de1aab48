#pragma once
#include "app/scan/ScanReport.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace r8::scan {

// Record id → the token's name in the vault, to show "which one" without any secret.
using RecordNames = QHash<QString, QString>;

// The report as Markdown / JSON. Only masked tokens: never a whole token (both pass the text
// through r8::redact with the findings' secrets as a last guard).
// One sentence: found or not, and — when anything asked for was not read — that the scan is
// incomplete and not clean. Translated.
QString scanVerdict(const ScanReport& report);

QString reportToMarkdown(const ScanReport& report, const RecordNames& names = {});
QByteArray reportToJson(const ScanReport& report, const RecordNames& names = {});

} // namespace r8::scan
