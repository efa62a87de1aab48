#include "ui/response/ExchangeListModel.h"

#include "app/composer/BodyText.h"
#include "app/core/Redact.h"

#include <QLocale>

namespace r8::ui {

ExchangeListModel::ExchangeListModel(QObject* parent) : QAbstractTableModel(parent) {}

int ExchangeListModel::append(const composer::Exchange& exchange, const QString& requestText)
{
    if (m_rows.size() >= maxRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r{exchange, requestText, kindText(exchange.request), redact(exchange.request.url.toString())};
    m_rows.append(std::move(r));
    endInsertRows();
    return row;
}

void ExchangeListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ExchangeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExchangeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const composer::Exchange& ex = r.exchange;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case KindColumn:
            return r.kind;
        case RequestColumn:
            return QString::fromLatin1(ex.request.method) + QLatin1Char(' ') + redact(ex.request.url.path());
        case StatusColumn:
            return statusText(ex.result);
        case TimeColumn:
            return durationText(totalUs(ex));
        case SizeColumn:
            return composer::byteSizeText(ex.result.body.size());
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == RequestColumn)
            return r.url;
        if (index.column() == StatusColumn && !ex.result.error.isEmpty())
            return redact(ex.result.error);
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == TimeColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ExchangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Step");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

ExchangeListModel::Step ExchangeListModel::stepOf(const api::ApiRequest& request)
{
    const QString path = request.url.path();
    if (request.header("Accept").contains("text/event-stream") || path.contains(QLatin1String("/stream/")))
        return Step::Stream;
    if (request.method == "POST" && path.endsWith(QLatin1String("/cancel")))
        return Step::Cancel;
    if (request.method == "POST" && path.endsWith(QLatin1String("/predictions")))
        return Step::Create;
    if (request.method == "GET" && path.contains(QLatin1String("/predictions/")))
        return Step::Poll;
    return Step::Other;
}

QString ExchangeListModel::kindText(const api::ApiRequest& request)
{
    switch (stepOf(request)) {
    case Step::Create:
        return tr("Create");
    case Step::Poll:
        return tr("Poll");
    case Step::Stream:
        return tr("Stream");
    case Step::Cancel:
        return tr("Cancel");
    case Step::Other:
        break;
    }
    return QString::fromLatin1(request.method);
}

QString ExchangeListModel::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 304:
        return QStringLiteral("Not Modified");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 402:
        return QStringLiteral("Payment Required");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString ExchangeListModel::statusText(const api::ApiResult& result)
{
    using K = api::ApiResult::Kind;
    if (result.status > 0 && (result.kind == K::Ok || result.kind == K::HttpError))
        return QStringLiteral("%1 %2").arg(result.status).arg(reasonPhrase(result.status)).trimmed();
    switch (result.kind) {
    case K::Ok:
        return tr("OK");
    case K::HttpError:
        return tr("HTTP error");
    case K::Network:
        return tr("Network error");
    case K::Timeout:
        return tr("Timed out");
    case K::Tls:
        return tr("TLS error");
    case K::Refused:
        return tr("Not sent");
    case K::Canceled:
        return tr("Canceled");
    }
    return {};
}

QString ExchangeListModel::durationText(qint64 us)
{
    if (us < 0)
        return QStringLiteral("–");
    if (us < 10000)
        return tr("%1 ms").arg(QLocale().toString(double(us) / 1000.0, 'f', 1));
    if (us < 10000000)
        return tr("%1 ms").arg(QLocale().toString(us / 1000));
    return tr("%1 s").arg(QLocale().toString(double(us) / 1e6, 'f', 1));
}

qint64 ExchangeListModel::totalUs(const composer::Exchange& ex)
{
    return ex.totalUs > 0 ? ex.totalUs : ex.totalMs * 1000;
}

qint64 ExchangeListModel::ttfbUs(const composer::Exchange& ex)
{
    if (ex.ttfbUs >= 0)
        return ex.ttfbUs;
    return ex.ttfbMs < 0 ? -1 : ex.ttfbMs * 1000;
}

} // namespace r8::ui
