#include "ui/history/HistoryPage.h"
#include "ui/common/TableStyle.h"

#include "app/composer/HistoryModel.h"
#include "app/composer/HistoryStore.h"
#include "ui/history/CopyAsMenu.h"
#include "ui/tokens/EnvChipDelegate.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui_HistoryPage.h"

#include "ui/common/Prompt.h"
#include "ui/common/Tone.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonDocument>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>

namespace r8::ui {

using composer::HistoryEntry;
using composer::HistoryModel;
using composer::HistoryStore;

namespace {
constexpr int kFilterDelayMs = 150;
constexpr int kInfoMessageMs = 10000;
constexpr int kUrlRole = Qt::UserRole + 1;

// The view's model: HistoryModel plus what the environment chip delegate and tooltips need.
class HistoryViewModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (role == TokenTableModel::EnvironmentRole)
            return QIdentityProxyModel::data(index.siblingAtColumn(HistoryModel::Environment),
                                             Qt::DisplayRole);
        if (role == Qt::ToolTipRole && index.column() == HistoryModel::Time) {
            const auto* m = static_cast<const HistoryModel*>(sourceModel());
            return QLocale().toString(m->entryAt(index.row()).sentAt.toLocalTime(), QLocale::LongFormat);
        }
        if (role == Qt::ToolTipRole && index.column() == HistoryModel::Target) {
            const auto* m = static_cast<const HistoryModel*>(sourceModel());
            return m->entryAt(index.row()).url;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString duration(qint64 ms)
{
    if (ms < 1000)
        return HistoryPage::tr("%1 ms").arg(ms);
    return HistoryPage::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

QString dash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

// The environment's base URL from the URL the request went to (the create path below it).
QUrl baseUrlOf(const HistoryEntry& e, const composer::ComposerRequest& r)
{
    const QString suffix = QLatin1Char('/') + r.target.createPath();
    if (e.url.endsWith(suffix))
        return QUrl(e.url.chopped(suffix.size()));
    return QUrl();
}
} // namespace

HistoryPage::HistoryPage(HistoryStore* store, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::HistoryPage), m_store(store), m_model(new HistoryModel(store, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("historyPage"));
    setTextRole(m_ui->titleLabel, TextRole::PageTitle);
    setTextRole(m_ui->emptyTitle, TextRole::EmptyTitle);
    m_ui->banner->hide();
    connect(m_ui->bannerClose, &QToolButton::clicked, m_ui->banner, &QWidget::hide);

    // The list.
    auto* view = new HistoryViewModel(this);
    view->setSourceModel(m_model);
    m_ui->table->setModel(view);
    applyTableStyle(m_ui->table);
    m_ui->table->setItemDelegateForColumn(HistoryModel::Environment, new EnvChipDelegate(m_ui->table));
    m_ui->table->verticalHeader()->hide();
    const QFontMetrics fm(font());
    m_ui->table->verticalHeader()->setDefaultSectionSize(fm.height() + 12);
    QHeaderView* header = m_ui->table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(HistoryModel::Target, QHeaderView::Stretch);
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    m_ui->table->setColumnWidth(HistoryModel::Time,
                                fm.horizontalAdvance(sampleTime) + 3 * fm.averageCharWidth());
    m_ui->table->setColumnWidth(HistoryModel::Status, fm.horizontalAdvance(QStringLiteral("succeeded")) +
                                                          4 * fm.averageCharWidth());
    m_ui->table->setColumnWidth(HistoryModel::Prediction, fm.horizontalAdvance(QStringLiteral("x")) * 30);
    m_ui->table->setColumnWidth(HistoryModel::Duration, fm.horizontalAdvance(QStringLiteral("12,345 ms")) +
                                                            3 * fm.averageCharWidth());
    m_ui->table->setColumnWidth(HistoryModel::Token, fm.averageCharWidth() * 18);
    m_ui->table->setColumnWidth(HistoryModel::Environment, fm.averageCharWidth() * 18);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, [this]() { reopenSelected(); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::updateDetails);
    // A mouse click makes the row current before it selects it: the details follow the selection
    // too, or a clicked row would stay "Select a request…" with its buttons disabled.
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateDetails);
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* s = new QShortcut(key, m_ui->table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, [this]() { reopenSelected(); });
    }
    auto* del = new QShortcut(QKeySequence::Delete, m_ui->table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this]() { deleteSelected(); });

    // Keep the selected request selected when the list reloads (a new request, a search).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
        m_keepId = selectedId();
        m_keepRow = selectedRow();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        int row = -1;
        for (int i = 0; i < m_model->rowCount() && m_keepId; ++i) {
            if (m_model->entryAt(i).id == m_keepId) {
                row = i;
                break;
            }
        }
        if (row < 0 && m_model->rowCount() > 0)
            row = std::clamp(m_keepRow, 0, m_model->rowCount() - 1);
        if (row >= 0)
            selectRow(row);
        updateState();
        updateDetails();
        showStoreMessage();
    });

    // Search as you type.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(kFilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &HistoryPage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this]() { m_filterTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this]() {
        applyFilter();
        if (m_model->rowCount() > 0)
            m_ui->table->setFocus();
    });
    auto* escape =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_ui->searchEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this]() { setSearchText(QString()); });
    auto* down =
        new QShortcut(QKeySequence(Qt::Key_Down), m_ui->searchEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this]() {
        applyFilter();
        if (m_model->rowCount() > 0)
            m_ui->table->setFocus();
    });
    // The line edit's own clear button has no name for screen readers: give it one.
    for (QToolButton* b : m_ui->searchEdit->findChildren<QToolButton*>())
        b->setAccessibleName(tr("Clear the search"));
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &HistoryPage::focusSearch);

    // Actions.
    connect(m_ui->reopenButton, &QPushButton::clicked, this, [this]() { reopenSelected(); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this]() { deleteSelected(); });
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this]() { clearAll(); });
    m_copyAs = new CopyAsMenu(
        [this]() -> std::optional<ComposerSnapshot> {
            const qint64 id = selectedId();
            if (!id)
                return std::nullopt;
            const std::optional<HistoryEntry> e = m_store->get(id);
            if (!e) {
                showMessage(tr("That request is no longer in history."), true);
                return std::nullopt;
            }
            QString error;
            const auto r = HistoryStore::toComposerRequest(*e, &error);
            if (!r) {
                showMessage(error, true);
                return std::nullopt;
            }
            return ComposerSnapshot{*r, {baseUrlOf(*e, *r), e->tokenName, e->environment}};
        },
        this);
    m_ui->copyAsButton->setMenu(m_copyAs);
    connect(m_copyAs, &CopyAsMenu::copied, this, [this](const QString& text) { showMessage(text, false); });

    // Outputs: open or copy.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace); // where the fixed font is only a name, still a monospace one
    m_ui->bodyView->setFont(mono);
    blendReadOnlyFields();
    auto* openAction = new QAction(tr("&Open"), m_ui->outputsList);
    auto* copyAction = new QAction(tr("&Copy URL"), m_ui->outputsList);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->outputsList->addAction(openAction);
    m_ui->outputsList->addAction(copyAction);
    connect(openAction, &QAction::triggered, this, &HistoryPage::openSelectedOutput);
    connect(copyAction, &QAction::triggered, this, &HistoryPage::copySelectedOutput);
    connect(m_ui->openOutputButton, &QPushButton::clicked, this, &HistoryPage::openSelectedOutput);
    connect(m_ui->copyOutputButton, &QPushButton::clicked, this, &HistoryPage::copySelectedOutput);
    connect(m_ui->outputsList, &QListWidget::itemActivated, this, &HistoryPage::openSelectedOutput);
    connect(m_ui->outputsList, &QListWidget::currentRowChanged, this, [this, openAction, copyAction]() {
        const bool url = !selectedOutputUrl().isEmpty();
        m_ui->openOutputButton->setEnabled(url);
        openAction->setEnabled(url);
        m_ui->copyOutputButton->setEnabled(url);
        copyAction->setEnabled(url);
    });

    m_messageTimer.setSingleShot(true);
    connect(&m_messageTimer, &QTimer::timeout, m_ui->banner, &QWidget::hide);

    if (m_model->rowCount() > 0)
        selectRow(0);
    updateState();
    updateDetails();
    showStoreMessage();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setSearchText(const QString& text)
{
    m_ui->searchEdit->setText(text);
    applyFilter();
}

void HistoryPage::applyFilter()
{
    m_filterTimer.stop();
    m_model->setFilter(m_ui->searchEdit->text().trimmed());
    updateState();
}

void HistoryPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void HistoryPage::selectRow(int row)
{
    m_ui->table->selectionModel()->setCurrentIndex(
        m_ui->table->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int HistoryPage::selectedRow() const
{
    const QModelIndex i = m_ui->table->selectionModel()->currentIndex();
    return i.isValid() && m_ui->table->selectionModel()->isRowSelected(i.row(), QModelIndex()) ? i.row() : -1;
}

qint64 HistoryPage::selectedId() const
{
    const int row = selectedRow();
    return row >= 0 ? m_model->entryAt(row).id : 0;
}

QString HistoryPage::messageText() const
{
    return m_ui->banner->isVisibleTo(this) ? m_ui->bannerLabel->text() : QString();
}

bool HistoryPage::isShowingEmptyState() const
{
    return m_ui->stack->currentWidget() == m_ui->emptyState;
}

QString HistoryPage::emptyStateText() const
{
    return m_ui->emptyTitle->text() + QLatin1Char('\n') + m_ui->emptyText->text();
}

QString HistoryPage::detailsText() const
{
    QStringList lines;
    const QList<QPair<QLabel*, QWidget*>> rows{
        {m_ui->timeCaption, m_ui->timeValue},       {m_ui->environmentCaption, m_ui->environmentValue},
        {m_ui->tokenCaption, m_ui->tokenValue},     {m_ui->requestCaption, m_ui->requestValue},
        {m_ui->httpCaption, m_ui->httpValue},       {m_ui->predictionCaption, m_ui->predictionValue},
        {m_ui->finalCaption, m_ui->finalValue},     {m_ui->errorCaption, m_ui->errorValue},
        {m_ui->timingsCaption, m_ui->timingsValue},
    };
    for (const auto& [caption, value] : rows) {
        if (!caption->isVisibleTo(this))
            continue;
        QString text;
        if (auto* l = qobject_cast<QLabel*>(value))
            text = l->text();
        else if (auto* e = qobject_cast<QLineEdit*>(value))
            text = e->text();
        lines << caption->text().remove(QLatin1Char('&')) + QLatin1Char(' ') + text;
    }
    QStringList outputs;
    for (int i = 0; i < m_ui->outputsList->count(); ++i)
        outputs << m_ui->outputsList->item(i)->text();
    lines << tr("Outputs:") + QLatin1Char(' ') + outputs.join(QStringLiteral(", "));
    lines << m_ui->bodyView->toPlainText();
    return lines.join(QLatin1Char('\n'));
}

void HistoryPage::showMessage(const QString& text, bool isError)
{
    ui::showBanner(m_ui->banner, m_ui->bannerLabel, text, isError ? Tone::Error : Tone::Neutral);
    // Errors stay until dismissed; a confirmation ("Copied as curl") goes away by itself.
    if (isError)
        m_messageTimer.stop();
    else
        m_messageTimer.start(kInfoMessageMs);
}

void HistoryPage::showStoreMessage()
{
    const QString msg = m_store ? m_store->message() : QString();
    if (!msg.isEmpty() && msg != m_shownStoreMessage)
        showMessage(msg, true);
    m_shownStoreMessage = msg;
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    showStoreMessage();
}

void HistoryPage::updateState()
{
    const int total = m_store ? m_store->count() : 0;
    const int rows = m_model->rowCount();
    const QString filter = m_model->filter();
    m_ui->stack->setCurrentWidget(rows == 0 ? m_ui->emptyState : m_ui->listState);
    if (rows == 0 && filter.isEmpty()) {
        m_ui->emptyTitle->setText(tr("No requests yet"));
        m_ui->emptyText->setText(
            tr("Every request you send from the Composer is kept here, newest first: search "
               "them, reopen one to change it and send it again, or copy it as code. Tokens "
               "are never kept in history, only their names."));
    } else if (rows == 0) {
        m_ui->emptyTitle->setText(tr("No request matches “%1”").arg(filter));
        // English plurals chosen here rather than with %n, so the source text reads right untranslated.
        m_ui->emptyText->setText(
            total == 1
                ? tr("The search looks at the model, the URL, the request body and the prediction id of "
                     "the one request in history. Press Escape in the search field to see it.")
                : tr("The search looks at the model, the URL, the request body and the prediction id of "
                     "the %1 requests in history. Press Escape in the search field to see them all.")
                      .arg(total));
    }
    // A word-wrapped label in a box between expanding spacers is not always given its
    // height-for-width: ask for it.
    m_ui->emptyText->setMinimumHeight(m_ui->emptyText->heightForWidth(m_ui->emptyText->maximumWidth()));
    if (filter.isEmpty())
        m_ui->countLabel->setText(total == 1 ? tr("1 request") : tr("%1 requests").arg(total));
    else
        m_ui->countLabel->setText(tr("%1 of %2 match").arg(rows).arg(total));
    m_ui->clearButton->setEnabled(total > 0);
    // Nothing to search or act on in an empty history: the empty state says what will come here.
    m_ui->toolRowWidget->setVisible(total > 0 || !filter.isEmpty());
}

void HistoryPage::updateDetails()
{
    const qint64 id = selectedId();
    const std::optional<HistoryEntry> stored = id && m_store ? m_store->get(id) : std::nullopt;
    const bool has = stored.has_value();
    m_ui->details->setEnabled(has);
    m_ui->reopenButton->setEnabled(has && !stored->bodyTruncated);
    m_ui->reopenButton->setToolTip(has && stored->bodyTruncated
                                       ? tr("The body was over 1 MB and only part of it was kept, so this "
                                            "request cannot be reopened.")
                                       : QString());
    m_ui->copyAsButton->setEnabled(has && !stored->bodyTruncated);
    m_ui->deleteButton->setEnabled(has);
    m_ui->outputsList->clear();
    if (!has) {
        for (QLabel* l : {m_ui->timeValue, m_ui->environmentValue, m_ui->tokenValue, m_ui->httpValue,
                          m_ui->finalValue, m_ui->errorValue, m_ui->timingsValue})
            l->clear();
        m_ui->requestValue->clear();
        m_ui->predictionValue->clear();
        m_ui->bodyView->setPlainText(m_model->rowCount() > 0 ? tr("Select a request to see what was sent.")
                                                             : QString());
        m_ui->detailsForm->setRowVisible(m_ui->errorValue, false);
        m_ui->openOutputButton->setEnabled(false);
        m_ui->copyOutputButton->setEnabled(false);
        return;
    }
    const HistoryEntry& e = *stored;
    m_ui->timeValue->setText(QLocale().toString(e.sentAt.toLocalTime(), QLocale::LongFormat));
    m_ui->environmentValue->setText(dash(e.environment));
    m_ui->tokenValue->setText(e.tokenName.isEmpty() ? tr("— (not recorded)") : e.tokenName);
    m_ui->requestValue->setText(QString::fromLatin1(e.method) + QLatin1Char(' ') + e.url);
    m_ui->requestValue->setCursorPosition(0);
    m_ui->requestValue->setToolTip(e.url);
    m_ui->httpValue->setText(e.httpStatus ? QString::number(e.httpStatus) : tr("no answer"));
    m_ui->predictionValue->setText(e.predictionId);
    m_ui->predictionValue->setPlaceholderText(tr("none"));
    m_ui->predictionValue->setCursorPosition(0);
    m_ui->finalValue->setText(e.finalStatus.isEmpty() ? tr("not known") : e.finalStatus);
    m_ui->errorValue->setText(e.error);
    m_ui->detailsForm->setRowVisible(m_ui->errorValue, !e.error.isEmpty());
    if (e.totalMs <= 0)
        m_ui->timingsValue->setText(QStringLiteral("—"));
    else if (e.ttfbMs >= 0)
        m_ui->timingsValue->setText(
            tr("first byte after %1 · total %2").arg(duration(e.ttfbMs), duration(e.totalMs)));
    else
        m_ui->timingsValue->setText(tr("total %1").arg(duration(e.totalMs)));

    for (const QString& u : e.outputUrls) {
        auto* item = new QListWidgetItem(u, m_ui->outputsList);
        const QUrl url(u);
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
            item->setData(kUrlRole, u);
            item->setToolTip(tr("Enter or double-click opens it; Ctrl+C copies it"));
        } else {
            item->setFlags(Qt::ItemIsEnabled); // a summary of inline data: nothing to open or copy
            item->setToolTip(tr("Inline data is not kept in history"));
        }
    }
    if (e.outputUrls.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No output URLs"), m_ui->outputsList);
        none->setFlags(Qt::NoItemFlags);
    }
    for (int i = 0; i < m_ui->outputsList->count(); ++i) {
        if (!m_ui->outputsList->item(i)->data(kUrlRole).toString().isEmpty()) {
            m_ui->outputsList->setCurrentRow(i);
            break;
        }
    }
    const bool url = !selectedOutputUrl().isEmpty();
    m_ui->openOutputButton->setEnabled(url);
    m_ui->copyOutputButton->setEnabled(url);

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(e.requestBody, &pe);
    QString body = pe.error == QJsonParseError::NoError && !doc.isNull()
                       ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed()
                       : QString::fromUtf8(e.requestBody);
    if (e.bodyTruncated)
        body.prepend(tr("(Only the first part of this %1 body was kept.)")
                         .arg(QLocale().formattedDataSize(e.bodyBytes)) +
                     QLatin1Char('\n'));
    m_ui->bodyView->setPlainText(body.isEmpty() ? tr("(no body)") : body);
}

QString HistoryPage::selectedOutputUrl() const
{
    const QListWidgetItem* item = m_ui->outputsList->currentItem();
    return item && item->isSelected() ? item->data(kUrlRole).toString() : QString();
}

void HistoryPage::blendReadOnlyFields()
{
    // The URL and prediction id are line edits (selectable, scrollable, never widening the form),
    // drawn without a field background so they read as values, not as inputs, in any palette.
    for (QLineEdit* e : {m_ui->requestValue, m_ui->predictionValue}) {
        QPalette pal = e->palette();
        pal.setColor(QPalette::Base, Qt::transparent);
        e->setPalette(pal);
    }
}

void HistoryPage::openSelectedOutput()
{
    const QString url = selectedOutputUrl();
    if (!url.isEmpty() && !QDesktopServices::openUrl(QUrl(url)))
        showMessage(tr("No application could open %1.").arg(url), true);
}

void HistoryPage::copySelectedOutput()
{
    const QString url = selectedOutputUrl();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url);
    showMessage(tr("Copied the output URL."), false);
}

bool HistoryPage::reopenSelected()
{
    const qint64 id = selectedId();
    if (!id || !m_store)
        return false;
    const std::optional<HistoryEntry> e = m_store->get(id);
    if (!e) {
        showMessage(tr("That request is no longer in history."), true);
        return false;
    }
    QString error;
    const std::optional<composer::ComposerRequest> r = HistoryStore::toComposerRequest(*e, &error);
    if (!r) {
        showMessage(error, true);
        return false;
    }
    emit reopenRequested(*r, e->environment, e->tokenName);
    return true;
}

bool HistoryPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_store)
        return false;
    const HistoryEntry e = m_model->entryAt(row);
    const QString what = e.target.isEmpty() ? e.url : e.target;
    if (!Prompt::confirm(this, tr("Delete from history"),
                         tr("Delete the request to %1 sent %2 from history?")
                             .arg(what, QLocale().toString(e.sentAt.toLocalTime(), QLocale::ShortFormat)),
                         tr("&Delete"), true))
        return false;
    if (!m_store->remove(e.id)) {
        showMessage(tr("The request could not be deleted from history. %1").arg(m_store->message()), true);
        return false;
    }
    return true;
}

bool HistoryPage::clearAll()
{
    const int total = m_store ? m_store->count() : 0;
    if (total == 0)
        return false;
    if (!Prompt::confirm(this, tr("Clear history"),
                         total == 1
                             ? tr("Delete the one request in history? This cannot be undone.")
                             : tr("Delete all %1 requests from history? This cannot be undone.").arg(total),
                         tr("&Delete all"), true))
        return false;
    if (!m_store->clear()) {
        showMessage(tr("History could not be cleared. %1").arg(m_store->message()), true);
        return false;
    }
    setSearchText(QString());
    showMessage(tr("History cleared."), false);
    return true;
}

} // namespace r8::ui
