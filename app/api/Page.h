#pragma once
#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>

namespace r8::api {

// One page of a cursor-paginated list: {"next": url|null, "previous": url|null, "results": [...]}.
// next/previous are absolute URLs, followed verbatim (through the same origin check as any URL).
struct Page
{
    QUrl next;
    QUrl previous;
    QJsonArray results;
};

// Pure. False with a translated message when the body is not a page.
bool parsePage(const QByteArray& body, Page* out, QString* error);

} // namespace r8::api
