#include "app/api/Page.h"

#include "app/api/JsonFields.h"

#include <QCoreApplication>

namespace r8::api {

bool parsePage(const QByteArray& body, Page* out, QString* error)
{
    QJsonObject o;
    if (!parseObject(body, QCoreApplication::translate("r8::api", "a list page"), &o, error))
        return false;
    const QJsonValue results = o.value(QLatin1String("results"));
    if (!results.isArray()) {
        if (error)
            *error = QCoreApplication::translate("r8::api", "The list page has no “results” array.");
        return false;
    }
    JsonFields f(o);
    Page p;
    p.next = f.url("next");
    p.previous = f.url("previous");
    if ((!p.next.isEmpty() && !p.next.isValid()) || (!p.next.isEmpty() && p.next.isRelative())) {
        if (error)
            *error = QCoreApplication::translate("r8::api", "The list page's “next” is not an absolute URL.");
        return false;
    }
    p.results = results.toArray();
    *out = p;
    return true;
}

} // namespace r8::api
