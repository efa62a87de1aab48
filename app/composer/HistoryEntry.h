#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace r8::composer {

// One request the composer sent, as history keeps it. Never a secret: the token by NAME only;
// URL, body and error are redacted on the way in.
struct HistoryEntry
{
    qint64 id = 0;    // 0 until stored
    QDateTime sentAt; // UTC
    QString environment;
    QString tokenName;
    QByteArray method = "POST";
    QString url;
    QString target;         // "owner/name", "owner/name:id", …
    QByteArray requestBody; // truncated to HistoryStore::maxBodyBytes (see bodyTruncated)
    bool bodyTruncated = false;
    qint64 bodyBytes = 0; // the original size
    QJsonObject options;  // the rest of the ComposerRequest (wait, headers, …) for "reopen"
    int httpStatus = 0;
    QString predictionId;
    QString finalStatus; // succeeded / failed / canceled / aborted, or empty while unknown
    QString error;
    qint64 ttfbMs = -1;
    qint64 totalMs = 0;
    QStringList outputUrls; // http(s) URLs; data: URIs are summarised ("data:image/png (123 bytes)")
};

} // namespace r8::composer
