#pragma once
#include "app/composer/Exchange.h"

#include <QAbstractTableModel>

namespace r8::ui {

// The exchanges of a run (create, polls, stream, cancel), newest last, for the response viewer's
// picker: kind, request, status, time. Holds no token: requests are described masked when added.
// Keeps the last maxRows exchanges.
class ExchangeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        RequestColumn,
        StatusColumn,
        TimeColumn,
        SizeColumn,
        ColumnCount
    };
    static constexpr int maxRows = 200;

    explicit ExchangeListModel(QObject* parent = nullptr);

    // Appends and returns its row. `requestText` is describeRequest()'s masked text.
    int append(const composer::Exchange& exchange, const QString& requestText);
    void clear();
    const composer::Exchange& exchange(int row) const { return m_rows.at(row).exchange; }
    QString requestText(int row) const { return m_rows.at(row).requestText; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a request was in the run, from its method, path and Accept header.
    enum class Step
    {
        Create,
        Poll,
        Stream,
        Cancel,
        Other
    };
    static Step stepOf(const api::ApiRequest& request);
    // "Create", "Poll", "Stream", "Cancel", or the method. Translated.
    static QString kindText(const api::ApiRequest& request);
    // "200 OK", "422 Unprocessable Entity", "Timed out", "Network error" … Translated where not HTTP.
    static QString statusText(const api::ApiResult& result);
    static QString reasonPhrase(int status);
    // "0.4 ms", "312 ms", "2.4 s" for a duration in microseconds.
    static QString durationText(qint64 us);
    // An exchange's total and first-byte times in microseconds (from the ms fields when the µs ones are
    // unset).
    static qint64 totalUs(const composer::Exchange& ex);
    static qint64 ttfbUs(const composer::Exchange& ex);

private:
    struct Row
    {
        composer::Exchange exchange;
        QString requestText;
        QString kind;
        QString url;
    };
    QList<Row> m_rows;
};

} // namespace r8::ui
