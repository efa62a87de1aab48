#include "ui/composer/HeadersView.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace r8::ui {

HeadersView::HeadersView(QWidget* parent)
    : QWidget(parent), m_preview(new QPlainTextEdit(this)), m_table(new QTableWidget(0, 2, this)),
      m_add(new QPushButton(tr("&New header"), this)), m_remove(new QPushButton(tr("Remo&ve"), this)),
      m_message(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* sent = new QLabel(tr("What will be sent:"), this);
    layout->addWidget(sent);
    m_preview->setObjectName(QStringLiteral("requestPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth); // a long URL wraps rather than hides its end
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Request line and headers"));
    m_preview->setAccessibleDescription(
        tr("The method, URL and headers of the request as it will be sent; the token is shown masked"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 8 + 12);
    sent->setBuddy(m_preview);
    layout->addWidget(m_preview);

    auto* extra = new QLabel(tr("E&xtra headers:"), this);
    extra->setBuddy(m_table);
    layout->addWidget(extra);
    m_table->setObjectName(QStringLiteral("extraHeadersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 200);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Extra headers"));
    m_table->setAccessibleDescription(
        tr("Headers to send besides the ones r8desk sets; Authorization is not allowed"));
    layout->addWidget(m_table, 1);

    m_message->setObjectName(QStringLiteral("headersMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Extra headers problem"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addHeaderButton"));
    m_add->setAccessibleName(tr("Add header"));
    m_remove->setObjectName(QStringLiteral("removeHeaderButton"));
    m_remove->setAccessibleName(tr("Remove header"));
    m_remove->setEnabled(false);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &HeadersView::addHeader);
    connect(m_remove, &QPushButton::clicked, this, &HeadersView::removeSelectedHeader);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this]() { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this]() {
        if (m_filling)
            return;
        check();
        emit extraHeadersChanged();
    });
}

void HeadersView::setPreview(const api::ApiRequest& request, const QString& maskedToken)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.url.toString());
    lines << (maskedToken.isEmpty() ? tr("Authorization: (choose a token)")
                                    : QStringLiteral("Authorization: Bearer %1").arg(maskedToken));
    for (const api::Header& h : request.headers)
        lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
}

void HeadersView::clearPreview(const QString& why)
{
    m_preview->setPlainText(why);
}

QString HeadersView::previewText() const
{
    return m_preview->toPlainText();
}

QList<api::Header> HeadersView::extraHeaders() const
{
    QList<api::Header> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, 0);
        const QTableWidgetItem* value = m_table->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        if (n.isEmpty())
            continue;
        list.append({n.toLatin1(), (value ? value->text().trimmed() : QString()).toUtf8()});
    }
    return list;
}

void HeadersView::setExtraHeaders(const QList<api::Header>& headers)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const api::Header& h : headers) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(h.first)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(h.second)));
    }
    m_filling = false;
    check();
    emit extraHeadersChanged();
}

void HeadersView::addHeader()
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_filling = false;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void HeadersView::removeSelectedHeader()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    check();
    emit extraHeadersChanged();
}

void HeadersView::check()
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    QStringList problems;
    QStringList notes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        const QString n = item ? item->text().trimmed() : QString();
        if (n.isEmpty())
            continue;
        if (n.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            problems << tr(
                "Authorization is not taken here: r8desk sends the chosen token itself, and only to the "
                "API's own address. Remove this row and pick the token above.");
        else if (!token.match(n).hasMatch())
            problems << tr("“%1” is not a valid header name (letters, digits and - only).").arg(n);
        else if (n.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0 ||
                 n.compare(QLatin1String("Prefer"), Qt::CaseInsensitive) == 0 ||
                 n.compare(QLatin1String("Cancel-After"), Qt::CaseInsensitive) == 0)
            notes << tr("%1 is set from the options; this row replaces it.").arg(n);
    }
    m_problem = problems.isEmpty() ? QString() : problems.first();
    m_message->setText((problems + notes).join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty() || !notes.isEmpty());
}

} // namespace r8::ui
