#include "ui/response/ResponseViewer.h"

#include "app/composer/BodyJob.h"
#include "app/core/Redact.h"
#include "ui/response/BodyView.h"
#include "ui/response/ExchangeListModel.h"
#include "ui/response/HeadersModel.h"
#include "ui/response/JsonColors.h"
#include "ui/response/JsonTreeActions.h"
#include "ui/response/JsonTreeModel.h"
#include "ui/response/TextRowsModel.h"
#include "ui_ResponseViewer.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>

namespace r8::ui {

namespace {
Tone toneFor(const api::ApiResult& r)
{
    using K = api::ApiResult::Kind;
    if (r.kind == K::Ok)
        return Tone::Success;
    if (r.kind == K::Canceled)
        return Tone::Neutral;
    if (r.kind == K::HttpError && (r.status == 429 || (r.status >= 300 && r.status < 400)))
        return Tone::Warning;
    return Tone::Error;
}

QString contentTypeOf(const api::ApiResult& r)
{
    return QString::fromLatin1(r.header("Content-Type"));
}

QString suggestedName(const composer::Exchange& ex)
{
    const QString type = contentTypeOf(ex.result);
    QString base = ex.request.url.path().section(QLatin1Char('/'), -1);
    if (base.isEmpty())
        base = QStringLiteral("response");
    QString ext = QStringLiteral("txt");
    if (type.contains(QLatin1String("json")))
        ext = QStringLiteral("json");
    else if (type.contains(QLatin1String("event-stream")))
        ext = QStringLiteral("sse.txt");
    else if (type.contains(QLatin1String("html")))
        ext = QStringLiteral("html");
    return base + QLatin1Char('.') + ext;
}
} // namespace

ResponseViewer::ResponseViewer(QWidget* parent)
    : QWidget(parent), m_ui(new Ui::ResponseViewer), m_exchanges(new ExchangeListModel(this)),
      m_headers(new HeadersModel(this)), m_tree(new JsonTreeModel(this)), m_job(new composer::BodyJob(this)),
      m_requestJob(new composer::BodyJob(this)), m_treeJob(new composer::JsonParseJob(this))
{
    m_ui->setupUi(this);
    m_ui->exchangeList->setModel(m_exchanges);
    QHeaderView* h = m_ui->exchangeList->header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ExchangeListModel::RequestColumn, QHeaderView::Stretch);
    m_ui->headersView->setModel(m_headers);
    m_ui->headersView->verticalHeader()->hide();
    m_ui->headersView->horizontalHeader()->setStretchLastSection(true);
    m_ui->headersView->horizontalHeader()->setSectionResizeMode(HeadersModel::NameColumn,
                                                                QHeaderView::ResizeToContents);
    m_ui->treeView->setModel(m_tree);
    m_ui->treeView->header()->setStretchLastSection(false);
    m_ui->treeView->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_ui->treeView->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_ui->treeView->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_ui->treeView->setColumnWidth(JsonTreeModel::KeyColumn, 240);
    addJsonTreeActions(m_ui->treeView);
    m_ui->headersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->headersView->verticalHeader()->setDefaultSectionSize(m_ui->headersView->fontMetrics().height() + 6);
    m_ui->requestText->setFont(m_ui->requestBodyView->font());
    m_ui->requestText->setMaximumHeight(m_ui->requestText->fontMetrics().height() * 8);
    m_ui->noteLabel->hide();
    m_ui->treeNote->hide();
    // The find field keeps room for the start of its placeholder ("Find in body…"), never "Fi…".
    const QFontMetrics findMetrics = m_ui->findEdit->fontMetrics();
    m_ui->findEdit->setMinimumWidth(findMetrics.horizontalAdvance(tr("Find in body")) +
                                    2 * findMetrics.averageCharWidth() + 28);
    m_ui->responseSplitter->setStretchFactor(0, 0);
    m_ui->responseSplitter->setStretchFactor(1, 1);
    m_ui->responseSplitter->setSizes({m_ui->exchangeList->fontMetrics().height() * 6, 600});

    connect(m_ui->exchangeList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.row() != m_current)
                    showRow(current.row());
            });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &ResponseViewer::onTabChanged);
    connect(m_job, &composer::BodyJob::ready, this, &ResponseViewer::onPrepared);
    connect(m_requestJob, &composer::BodyJob::ready, this, [this](const composer::PreparedBody& body) {
        m_ui->requestBodyView->setFormatted(body.pretty.rows.isEmpty() ? body.raw : body.pretty);
    });
    connect(m_treeJob, &composer::JsonParseJob::parsed, this,
            [this](const QJsonValue& value, const QString& error) {
                if (!error.isEmpty()) {
                    m_ui->treeNote->setText(tr("No tree: %1").arg(error));
                    m_ui->treeNote->show();
                    return;
                }
                m_ui->treeNote->hide();
                m_tree->setValue(value);
            });
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->findEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->findEdit->selectAll();
    });
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] { findInBody(m_ui->findEdit->text()); });
    connect(m_ui->findEdit, &QLineEdit::textEdited, this, [this] {
        m_findFailed = false;
        updateFindColor();
    });
    m_ui->findEdit->installEventFilter(this);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ResponseViewer::copyBody);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { saveBody(); });
    clear();
}

ResponseViewer::~ResponseViewer() = default;

void ResponseViewer::clear()
{
    m_job->cancel();
    m_requestJob->cancel();
    m_treeJob->cancel();
    m_exchanges->clear();
    m_current = -1;
    m_treeRow = -1;
    m_rendering = false;
    m_hasPretty = false;
    m_headers->clear();
    m_tree->clear();
    m_ui->prettyView->clear();
    m_ui->rawView->clear();
    m_ui->requestBodyView->clear();
    m_ui->requestText->clear();
    m_ui->statusLabel->setText(tr("No request sent yet."));
    m_tone = int(Tone::Neutral);
    updateStatusColor();
    m_ui->timingLabel->clear();
    setNote(QString(), Tone::Neutral);
    m_leftTab = -1;
    m_ui->treeNote->hide();
    m_ui->copyButton->setEnabled(false);
    m_ui->saveButton->setEnabled(false);
}

void ResponseViewer::showExchange(const composer::Exchange& ex, const api::ApiTarget& target)
{
    if (!target.token.isEmpty() && !m_secrets.contains(target.token))
        m_secrets.append(target.token);
    // Follow the newest exchange unless the user picked an older one to look at.
    const bool follow = m_current < 0 || m_current == m_exchanges->rowCount() - 1;
    const int row = m_exchanges->append(ex, api::describeRequest(ex.request, target, true));
    if (follow || m_current < 0)
        selectRow(row);
    else if (m_exchanges->rowCount() == ExchangeListModel::maxRows)
        m_current = std::max(0, m_current - 1); // the oldest row went away
}

bool ResponseViewer::isRendering() const
{
    return m_rendering;
}

void ResponseViewer::selectRow(int row)
{
    if (row < 0 || row >= m_exchanges->rowCount())
        return;
    showRow(row);
    m_ui->exchangeList->setCurrentIndex(m_exchanges->index(row, 0));
    m_ui->exchangeList->scrollTo(m_exchanges->index(row, 0));
}

void ResponseViewer::showRow(int row)
{
    m_current = row;
    const composer::Exchange& ex = m_exchanges->exchange(row);
    const api::ApiResult& r = ex.result;
    QString status = ExchangeListModel::statusText(r);
    if (!r.ok() && !r.error.isEmpty() && r.kind != api::ApiResult::Kind::HttpError)
        status = tr("%1 — %2").arg(status, redact(r.error, m_secrets));
    m_ui->statusLabel->setText(status);
    m_tone = int(toneFor(r));
    updateStatusColor();

    QStringList timing;
    const qint64 ttfb = ExchangeListModel::ttfbUs(ex);
    timing << tr("Total %1").arg(ExchangeListModel::durationText(ExchangeListModel::totalUs(ex)));
    timing << (ttfb >= 0 ? tr("first byte %1").arg(ExchangeListModel::durationText(ttfb))
                         : tr("no body received"));
    timing << composer::byteSizeText(r.body.size());
    if (ex.sentAt.isValid())
        timing << tr("sent %1").arg(QLocale().toString(ex.sentAt.toLocalTime().time(), QLocale::LongFormat));
    if (r.attempts > 1)
        timing << tr("%1 attempts").arg(r.attempts);
    m_ui->timingLabel->setText(timing.join(QStringLiteral("  ·  ")));
    m_ui->timingLabel->setToolTip(
        tr("Total: from sending the request to the end of the answer. First byte: from "
           "sending to the first byte of the body."));

    m_headers->setHeaders(r.headers);
    m_ui->requestText->setPlainText(m_exchanges->requestText(row));
    m_ui->requestBodyView->clear();
    const bool hasBody = !ex.request.body.isEmpty();
    m_ui->requestBodyView->setVisible(hasBody);
    m_ui->requestText->setMaximumHeight(hasBody ? m_ui->requestText->fontMetrics().height() * 8
                                                : QWIDGETSIZE_MAX);
    if (hasBody)
        m_requestJob->start(ex.request.body, QString::fromLatin1(ex.request.header("Content-Type")),
                            m_secrets);
    else
        m_requestJob->cancel();

    m_treeJob->cancel();
    m_tree->clear();
    m_treeRow = -1;
    m_hasPretty = false;
    m_ui->prettyView->clear();
    m_ui->rawView->clear();
    m_ui->copyButton->setEnabled(false);
    m_ui->saveButton->setEnabled(false);
    m_rendering = true;
    if (r.body.size() > 256 * 1024) {
        setNote(tr("Formatting %1…").arg(composer::byteSizeText(r.body.size())), Tone::Neutral);
    }
    m_job->start(r.body, contentTypeOf(r), m_secrets);
}

void ResponseViewer::onPrepared(const composer::PreparedBody& body)
{
    m_hasPretty = !body.pretty.rows.isEmpty();
    QString note = body.note;
    if (body.bytes == 0 && m_current >= 0) {
        const composer::Exchange& ex = m_exchanges->exchange(m_current);
        if (ex.result.ok() && ExchangeListModel::stepOf(ex.request) == ExchangeListModel::Step::Stream)
            note = tr("The event stream is not kept here: its output events appear in the output, its log "
                      "events in the logs.");
    }
    setNote(note, body.pretty.errorLine > 0 ? Tone::Warning : Tone::Neutral);
    QTabWidget* tabs = m_ui->tabs;
    const int prettyIndex = tabs->indexOf(m_ui->prettyTab);
    const int rawIndex = tabs->indexOf(m_ui->rawTab);
    const int treeIndex = tabs->indexOf(m_ui->treeTab);
    const int headersIndex = tabs->indexOf(m_ui->headersTab);
    // Which tab to show: the user's choice while it has something; a body view the viewer had to
    // leave (no JSON, binary) is returned to when the next body has it again.
    int want = tabs->currentIndex();
    if (!m_hasPretty && (want == prettyIndex || want == treeIndex)) {
        m_leftTab = want;
        want = body.binary ? headersIndex : rawIndex;
    } else if (body.binary && want == rawIndex) {
        m_leftTab = want;
        want = headersIndex;
    } else if (m_leftTab >= 0 && (m_hasPretty || (m_leftTab == rawIndex && !body.binary))) {
        want = m_leftTab;
        m_leftTab = -1;
    }
    m_switchingTabs = true;
    tabs->setTabEnabled(prettyIndex, m_hasPretty);
    tabs->setTabEnabled(treeIndex, m_hasPretty);
    tabs->setTabEnabled(rawIndex, !body.binary);
    tabs->setCurrentIndex(want);
    m_switchingTabs = false;
    m_ui->rawView->setFormatted(body.raw);
    if (m_hasPretty) {
        m_ui->prettyView->setFormatted(body.pretty);
    } else {
        m_ui->prettyView->clear();
        if (body.pretty.errorLine > 0)
            m_ui->rawView->goToLine(body.pretty.errorLine);
    }
    m_ui->copyButton->setEnabled(!body.binary && body.bytes > 0);
    m_ui->saveButton->setEnabled(body.bytes > 0);
    m_rendering = false;
    if (tabs->currentIndex() == treeIndex)
        onTabChanged(treeIndex);
    emit rendered();
}

void ResponseViewer::setNote(const QString& text, Tone tone)
{
    m_ui->noteLabel->setText(text);
    m_ui->noteLabel->setVisible(!text.isEmpty());
    m_noteTone = int(tone);
    QPalette p = m_ui->noteLabel->palette();
    p.setColor(QPalette::WindowText, toneColor(tone, palette()));
    m_ui->noteLabel->setPalette(p);
}

void ResponseViewer::onTabChanged(int index)
{
    if (!m_switchingTabs)
        m_leftTab = -1; // the user picked a tab: keep it
    if (index != m_ui->tabs->indexOf(m_ui->treeTab) || m_current < 0 || m_rendering || !m_hasPretty ||
        m_treeRow == m_current)
        return;
    m_treeRow = m_current;
    m_tree->clear();
    m_ui->treeNote->setText(tr("Building the tree…"));
    m_ui->treeNote->show();
    // The pretty text is the body with secrets masked: parse that.
    m_treeJob->start(m_ui->prettyView->rowsModel()->formatted().text);
}

void ResponseViewer::updateStatusColor()
{
    QPalette p = m_ui->statusLabel->palette();
    p.setColor(QPalette::WindowText, toneColor(Tone(m_tone), palette()));
    m_ui->statusLabel->setPalette(p);
    QFont f = m_ui->statusLabel->font();
    f.setBold(true);
    m_ui->statusLabel->setFont(f);
}

void ResponseViewer::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateStatusColor();
        setNote(m_ui->noteLabel->text(), Tone(m_noteTone));
        updateFindColor();
    }
}

BodyView* ResponseViewer::searchedView()
{
    QWidget* tab = m_ui->tabs->currentWidget();
    if (tab == m_ui->rawTab)
        return m_ui->rawView;
    if (tab == m_ui->requestTab)
        return m_ui->requestBodyView;
    if (tab != m_ui->prettyTab) // headers, tree: search the body, shown
        m_ui->tabs->setCurrentWidget(m_hasPretty ? m_ui->prettyTab : m_ui->rawTab);
    return m_hasPretty ? m_ui->prettyView : m_ui->rawView;
}

bool ResponseViewer::findInBody(const QString& text, bool backwards)
{
    if (text.isEmpty() || m_rendering)
        return false;
    BodyView* view = searchedView();
    const bool found = view->find(text, backwards);
    m_findFailed = !found;
    updateFindColor();
    m_ui->findEdit->setToolTip(found ? QString() : tr("“%1” is not in this body.").arg(text));
    return found;
}

void ResponseViewer::updateFindColor()
{
    QPalette p = palette();
    if (m_findFailed)
        p.setColor(QPalette::Text, toneColor(Tone::Error, palette()));
    m_ui->findEdit->setPalette(p);
}

bool ResponseViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->findEdit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            findInBody(m_ui->findEdit->text(), true);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_ui->findEdit->clear();
            m_findFailed = false;
            updateFindColor();
            searchedView()->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ResponseViewer::copyBody()
{
    const QString text = m_hasPretty ? m_ui->prettyView->allText() : m_ui->rawView->allText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool ResponseViewer::saveBody(const QString& path)
{
    if (m_current < 0 || m_rendering)
        return false;
    const composer::Exchange& ex = m_exchanges->exchange(m_current);
    QString target = path;
    if (target.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        target = QFileDialog::getSaveFileName(this, tr("Save response body"),
                                              dir + QLatin1Char('/') + suggestedName(ex));
        if (target.isEmpty())
            return false;
    }
    // Text bodies are saved with tokens masked (as shown); binary ones as received.
    const QByteArray masked = m_ui->rawView->rowsModel()->formatted().text;
    const QByteArray data = masked.isEmpty() ? ex.result.body : masked;
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        setNote(tr("Could not save %1: %2").arg(target, f.errorString()), Tone::Error);
        return false;
    }
    return true;
}

QString ResponseViewer::statusText() const
{
    return m_ui->statusLabel->text();
}

QString ResponseViewer::timingText() const
{
    return m_ui->timingLabel->text();
}

QString ResponseViewer::noteText() const
{
    return m_ui->noteLabel->isHidden() ? QString() : m_ui->noteLabel->text();
}

QString ResponseViewer::prettyText() const
{
    return m_ui->prettyView->allText();
}

QString ResponseViewer::rawText() const
{
    return m_ui->rawView->allText();
}

QString ResponseViewer::requestText() const
{
    return m_ui->requestText->toPlainText();
}

} // namespace r8::ui
