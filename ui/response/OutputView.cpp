#include "ui/response/OutputView.h"

#include "app/composer/OutputItems.h"
#include "ui/response/ImageGridDelegate.h"
#include "ui/response/JsonTreeActions.h"
#include "ui/response/JsonTreeModel.h"
#include "ui/response/OutputItemsModel.h"
#include "ui/response/OutputKindFilter.h"
#include "ui/response/OutputLoader.h"
#include "ui/response/OutputSaver.h"
#include "ui_OutputView.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QWheelEvent>

namespace r8::ui {

using Kind = composer::OutputItem::Kind;
using State = OutputItemsModel::State;

namespace {
bool isRemote(const QString& url)
{
    return url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"));
}
} // namespace

OutputView::OutputView(api::ApiClient* client, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::OutputView), m_model(new OutputItemsModel(this)),
      m_images(new OutputKindFilter(Kind::Image, this)), m_files(new OutputKindFilter(Kind::File, this)),
      m_json(new JsonTreeModel(this)), m_delegate(new ImageGridDelegate(this)),
      m_loader(new OutputLoader(client, m_model, this)), m_saver(new OutputSaver(client, m_model, this))
{
    m_ui->setupUi(this);
    m_images->setSourceModel(m_model);
    m_files->setSourceModel(m_model);
    m_ui->imageGrid->setModel(m_images);
    m_ui->imageGrid->setItemDelegate(m_delegate);
    m_ui->imageGrid->viewport()->installEventFilter(this);
    m_ui->imageGrid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ui->fileList->setModel(m_files);
    m_ui->jsonView->setModel(m_json);
    m_ui->jsonView->header()->setStretchLastSection(false);
    m_ui->jsonView->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_ui->jsonView->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_ui->jsonView->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_ui->jsonView->setColumnWidth(JsonTreeModel::KeyColumn, 200);
    addJsonTreeActions(m_ui->jsonView);
    m_ui->placeholderLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* title : {m_ui->imagesTitle, m_ui->textTitle, m_ui->jsonTitle, m_ui->filesTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    m_delegate->setImageSize(m_ui->zoomSlider->value());
    m_ui->sections->setStretchFactor(0, 3);

    connect(m_ui->zoomSlider, &QSlider::valueChanged, this, [this](int v) {
        m_delegate->setImageSize(v);
        m_ui->imageGrid->doItemsLayout();
        m_ui->imageGrid->viewport()->update();
    });
    auto* zoomIn = new QShortcut(QKeySequence::ZoomIn, m_ui->imagesSection);
    zoomIn->setContext(Qt::WidgetWithChildrenShortcut);
    connect(zoomIn, &QShortcut::activated, this,
            [this] { m_ui->zoomSlider->triggerAction(QSlider::SliderPageStepAdd); });
    auto* zoomOut = new QShortcut(QKeySequence::ZoomOut, m_ui->imagesSection);
    zoomOut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(zoomOut, &QShortcut::activated, this,
            [this] { m_ui->zoomSlider->triggerAction(QSlider::SliderPageStepSub); });
    connect(m_ui->imageGrid, &QListView::doubleClicked, this, &OutputView::toggleFit);
    connect(m_ui->imageGrid, &QWidget::customContextMenuRequested, this, &OutputView::showGridMenu);
    connect(m_ui->imageGrid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutputView::updateButtons);
    connect(m_ui->fileList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutputView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutputView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutputView::updateButtons);

    connect(m_ui->saveImageButton, &QPushButton::clicked, this, [this] {
        if (selectedImageRow() >= 0)
            saveItem(selectedImageRow());
    });
    connect(m_ui->copyImageButton, &QPushButton::clicked, this, &OutputView::copyImage);
    connect(m_ui->saveFileButton, &QPushButton::clicked, this, [this] {
        if (selectedFileRow() >= 0)
            saveItem(selectedFileRow());
    });
    connect(m_ui->openFileButton, &QPushButton::clicked, this, [this] {
        const int row = selectedFileRow();
        if (row >= 0 && isRemote(m_model->entry(row).item.url))
            QDesktopServices::openUrl(QUrl(m_model->entry(row).item.url));
    });
    connect(m_ui->fileList, &QListView::activated, this,
            [this](const QModelIndex& index) { saveItem(m_files->mapToSource(index).row()); });
    connect(m_ui->copyTextButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->textView->toPlainText()); });
    connect(m_ui->saveTextButton, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->entry(r).item.kind == Kind::Text) {
                saveItem(r);
                return;
            }
        }
        // Streamed text only (no final output yet): save what is shown.
        const QString path = askSavePath(QStringLiteral("output.txt"));
        if (path.isEmpty())
            return;
        QSaveFile f(path);
        const QByteArray data = m_ui->textView->toPlainText().toUtf8();
        if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit())
            emit saved(path);
        else
            emit saveFailed(tr("Could not save %1: %2").arg(path, f.errorString()));
    });
    connect(m_ui->copyJsonButton, &QPushButton::clicked, this, &OutputView::copyJson);
    connect(m_ui->saveJsonButton, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->entry(r).item.kind == Kind::Json) {
                saveItem(r);
                return;
            }
        }
    });
    connect(m_ui->saveAllButton, &QPushButton::clicked, this, [this] { saveAll(); });
    connect(m_ui->openWebButton, &QPushButton::clicked, this, &OutputView::openWebPage);
    connect(m_saver, &OutputSaver::saved, this, [this](const QString& path) {
        m_saveNote = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
        updateNotice();
        emit saved(path);
    });
    connect(m_saver, &OutputSaver::saveFailed, this, [this](const QString& error) {
        m_saveNote = error;
        updateNotice();
        emit saveFailed(error);
    });
    connect(m_saver, &OutputSaver::allSaved, this, &OutputView::onAllSaved);
    connect(m_loader, &OutputLoader::imageDone, this, [this] {
        if (!m_ui->imageGrid->currentIndex().isValid() && m_images->rowCount() > 0)
            m_ui->imageGrid->setCurrentIndex(m_images->index(0, 0)); // Save as / Copy act on it
        checkSettled();
    });
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &OutputView::updateNotice);
    clear();
}

OutputView::~OutputView() = default;

void OutputView::setApiTarget(const api::ApiTarget& target)
{
    m_loader->setTarget(target);
    m_saver->setTarget(target);
}

void OutputView::clear()
{
    m_loader->abortAll();
    m_model->clear();
    m_json->clear();
    m_jsonShown.clear();
    m_streamed.clear();
    m_ui->textView->clear();
    m_webUrl = QUrl();
    m_completedAt = QDateTime();
    m_hasRemoteUrls = false;
    m_imagesSignalled = false;
    m_statusNote = tr("The output appears here when the model runs.");
    m_saveNote.clear();
    m_expiryTimer.stop();
    updateSections();
    updateNotice();
    updateButtons();
}

void OutputView::appendText(const QString& chunk)
{
    if (chunk.isEmpty())
        return;
    m_streamed += chunk;
    QScrollBar* bar = m_ui->textView->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor c(m_ui->textView->document());
    c.movePosition(QTextCursor::End);
    c.insertText(chunk);
    if (atEnd)
        bar->setValue(bar->maximum());
    updateSections();
}

void OutputView::setText(const QString& text)
{
    const QString current = m_ui->textView->toPlainText();
    if (text == current)
        return;
    if (!current.isEmpty() && text.startsWith(current)) {
        appendText(text.mid(current.size()));
        return;
    }
    m_ui->textView->setPlainText(text);
}

void OutputView::showPrediction(const api::Prediction& p, const QJsonObject& outputSchema)
{
    m_webUrl = p.webUrl;
    m_completedAt = p.completedAt;
    const QList<composer::OutputItem> items = (p.output.isUndefined() || p.output.isNull())
                                                  ? QList<composer::OutputItem>()
                                                  : composer::outputItems(p.output, outputSchema);
    m_model->setItems(items);

    // Text: the output's text items; the streamed text while there is none yet.
    QStringList texts;
    QList<QPair<QString, QJsonValue>> json;
    m_hasRemoteUrls = false;
    for (const composer::OutputItem& item : items) {
        if (item.kind == Kind::Text)
            texts << item.text;
        else if (item.kind == Kind::Json)
            json.append({item.path, item.json});
        else if (isRemote(item.url))
            m_hasRemoteUrls = true;
    }
    if (!texts.isEmpty())
        setText(texts.join(QStringLiteral("\n\n")));
    else if (m_streamed.isEmpty())
        m_ui->textView->clear();

    if (json != m_jsonShown) { // a poll with the same output keeps the tree as the user expanded it
        m_jsonShown = json;
        if (json.size() == 1 && (json.first().second.isObject() || json.first().second.isArray()))
            m_json->setValue(json.first().second);
        else
            m_json->setRoots(json);
        if (!json.isEmpty() && m_json->rowCount() <= 20)
            m_ui->jsonView->expandToDepth(0);
    }

    // Why there is nothing to show.
    using S = api::PredictionStatus;
    if (p.dataRemoved.value_or(false) && items.isEmpty())
        m_statusNote =
            tr("The output was removed from Replicate (outputs of API predictions are kept for an hour).");
    else if (p.status == S::Failed)
        m_statusNote = tr("No output: the prediction failed.");
    else if (p.status == S::Canceled || p.status == S::Aborted)
        m_statusNote = tr("No output: the prediction was canceled.");
    else if (p.status == S::Succeeded)
        m_statusNote = tr("The prediction succeeded without output.");
    else
        m_statusNote = tr("Waiting for output…");

    if (m_model->count(Kind::Image, State::Pending) > 0)
        m_imagesSignalled = false; // new images: imagesLoaded() again once they are in
    updateSections();
    updateNotice();
    updateButtons();
    m_loader->sync();
    checkSettled();
}

int OutputView::imageCount() const
{
    return m_model->count(Kind::Image, State::Loaded);
}

QString OutputView::text() const
{
    return m_ui->textView->toPlainText();
}

QString OutputView::noticeText() const
{
    return m_ui->noticeBar->isHidden() ? QString() : m_ui->expiryLabel->text();
}

int OutputView::imageZoom() const
{
    return m_ui->zoomSlider->value();
}

void OutputView::setImageZoom(int pixels)
{
    m_ui->zoomSlider->setValue(pixels);
}

void OutputView::checkSettled()
{
    const int images = m_model->count(Kind::Image);
    if (images == 0 || m_imagesSignalled)
        return;
    const int settled =
        m_model->count(Kind::Image, State::Loaded) + m_model->count(Kind::Image, State::Failed);
    if (settled < images)
        return;
    m_imagesSignalled = true;
    emit imagesLoaded();
}

void OutputView::updateSections()
{
    const bool images = m_model->count(Kind::Image) > 0;
    const bool text = !m_ui->textView->document()->isEmpty();
    const bool json = m_json->rowCount() > 0;
    const bool files = m_model->count(Kind::File) > 0;
    m_ui->imagesSection->setVisible(images);
    m_ui->textSection->setVisible(text);
    m_ui->jsonSection->setVisible(json);
    m_ui->filesSection->setVisible(files);
    m_ui->imagesTitle->setText(tr("Images (%1)").arg(m_model->count(Kind::Image)));
    m_ui->filesTitle->setText(tr("Files (%1)").arg(m_model->count(Kind::File)));
    const bool any = images || text || json || files;
    m_ui->sections->setVisible(any);
    m_ui->placeholderLabel->setVisible(!any);
    m_ui->placeholderLabel->setText(m_statusNote);
}

void OutputView::updateNotice()
{
    QStringList lines;
    m_expiryTimer.stop();
    if (m_hasRemoteUrls) {
        if (m_completedAt.isValid()) {
            const QDateTime expires = m_completedAt.addSecs(3600);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString format = QLocale().timeFormat(QLocale::ShortFormat);
            format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
            const QString at = QLocale().toString(expires.toLocalTime().time(), format);
            if (expires <= now) {
                lines << tr("These output links expired at %1, an hour after the prediction finished. Files "
                            "not "
                            "saved yet can no longer be downloaded.")
                             .arg(at);
            } else {
                lines
                    << tr("Replicate deletes output files an hour after the prediction finishes: these links "
                          "stop working at %1. Save what you want to keep.")
                           .arg(at);
                const qint64 ms = now.msecsTo(expires);
                if (ms < 24LL * 3600 * 1000)
                    m_expiryTimer.start(int(ms) + 1000);
            }
        } else {
            lines << tr(
                "Replicate deletes output files an hour after the prediction finishes. Save what you want "
                "to keep.");
        }
    }
    if (!m_saveNote.isEmpty())
        lines << m_saveNote;
    m_ui->expiryLabel->setText(lines.join(QLatin1Char('\n')));
    const bool web = m_webUrl.isValid() && !m_webUrl.isEmpty();
    m_ui->openWebButton->setVisible(web);
    if (web) {
        const bool replicate = m_webUrl.host() == QLatin1String("replicate.com") ||
                               m_webUrl.host().endsWith(QLatin1String(".replicate.com"));
        m_ui->openWebButton->setText(replicate ? tr("Open on &replicate.com") : tr("Open &web page"));
        m_ui->openWebButton->setAccessibleName(replicate ? tr("Open on replicate.com") : tr("Open web page"));
        m_ui->openWebButton->setToolTip(m_webUrl.toString());
    }
    // Save all: for files and images (text and JSON have their own Save buttons), or several items.
    const bool saveable =
        m_model->count(Kind::Image) + m_model->count(Kind::File) > 0 || m_model->rowCount() > 1;
    m_ui->saveAllButton->setVisible(saveable);
    m_ui->noticeBar->setVisible(!lines.isEmpty() || web || saveable);
}

void OutputView::updateButtons()
{
    const int image = selectedImageRow();
    const bool loaded = image >= 0 && m_model->entry(image).state == State::Loaded;
    m_ui->copyImageButton->setEnabled(loaded);
    m_ui->saveImageButton->setEnabled(image >= 0);
    const int file = selectedFileRow();
    m_ui->saveFileButton->setEnabled(file >= 0);
    m_ui->openFileButton->setEnabled(file >= 0 && isRemote(m_model->entry(file).item.url));
}

int OutputView::selectedImageRow() const
{
    QModelIndex i = m_ui->imageGrid->currentIndex();
    if (!i.isValid() && m_images->rowCount() == 1)
        i = m_images->index(0, 0);
    return i.isValid() ? m_images->mapToSource(i).row() : -1;
}

int OutputView::selectedFileRow() const
{
    QModelIndex i = m_ui->fileList->currentIndex();
    if (!i.isValid() && m_files->rowCount() == 1)
        i = m_files->index(0, 0);
    return i.isValid() ? m_files->mapToSource(i).row() : -1;
}

QString OutputView::askSavePath(const QString& suggestedName)
{
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save output"), QDir(m_lastFolder).filePath(suggestedName));
    if (!path.isEmpty())
        m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

void OutputView::saveItem(int row, const QString& path)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString target = path.isEmpty() ? askSavePath(m_saver->suggestedName(row)) : path;
    if (!target.isEmpty())
        m_saver->saveItem(row, target);
}

void OutputView::saveAll(const QString& folder)
{
    QString dir = folder;
    if (dir.isEmpty()) {
        if (m_lastFolder.isEmpty())
            m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        dir = QFileDialog::getExistingDirectory(this, tr("Save all outputs into"), m_lastFolder);
        if (dir.isEmpty())
            return;
        m_lastFolder = dir;
    }
    m_saver->saveAll(dir);
}

void OutputView::onAllSaved(const QString& folder, int files, const QStringList& errors)
{
    const QString where = QDir::toNativeSeparators(folder);
    if (errors.isEmpty())
        m_saveNote = files == 1 ? tr("Saved 1 file in %1.").arg(where)
                                : tr("Saved %1 files in %2.").arg(files).arg(where);
    else
        m_saveNote = tr("Saved %1 of %2 files in %3. %4")
                         .arg(files)
                         .arg(files + errors.size())
                         .arg(where, errors.join(QLatin1Char(' ')));
    updateNotice();
    emit allSaved(files, errors);
}

void OutputView::openWebPage()
{
    if (m_webUrl.isValid())
        QDesktopServices::openUrl(m_webUrl);
}

void OutputView::copyImage()
{
    const int row = selectedImageRow();
    if (row < 0 || m_model->entry(row).state != State::Loaded)
        return;
    const auto& e = m_model->entry(row);
    QImage full;
    full.loadFromData(e.bytes);
    auto* mime = new QMimeData;
    mime->setImageData(full.isNull() ? e.image : full);
    if (isRemote(e.item.url))
        mime->setUrls({QUrl(e.item.url)});
    QApplication::clipboard()->setMimeData(mime);
}

void OutputView::copyJson()
{
    QJsonArray all;
    QJsonValue single;
    int n = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->entry(r).item.kind == Kind::Json) {
            single = m_model->entry(r).item.json;
            all.append(single);
            ++n;
        }
    }
    const QJsonValue v = n == 1 ? single : QJsonValue(all);
    QString text;
    if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson());
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson());
    else
        text = JsonTreeModel::valueText(v);
    QApplication::clipboard()->setText(text);
}

void OutputView::showGridMenu(const QPoint& pos)
{
    const QModelIndex index = m_ui->imageGrid->indexAt(pos);
    if (!index.isValid())
        return;
    m_ui->imageGrid->setCurrentIndex(index);
    const int row = m_images->mapToSource(index).row();
    const auto& e = m_model->entry(row);
    QMenu menu(this);
    menu.addAction(tr("&Save as…"), this, [this, row] { saveItem(row); });
    menu.addAction(tr("&Copy image"), this, &OutputView::copyImage)->setEnabled(e.state == State::Loaded);
    if (isRemote(e.item.url)) {
        const QString url = e.item.url;
        menu.addAction(tr("Copy &link"), this, [url] { QApplication::clipboard()->setText(url); });
        menu.addAction(tr("&Open link in browser"), this, [url] { QDesktopServices::openUrl(QUrl(url)); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Fit to view"), this, [this, index] { toggleFit(index); });
    menu.exec(m_ui->imageGrid->viewport()->mapToGlobal(pos));
}

void OutputView::toggleFit(const QModelIndex& index)
{
    if (m_zoomBeforeFit > 0) {
        m_ui->zoomSlider->setValue(m_zoomBeforeFit);
        m_zoomBeforeFit = 0;
    } else {
        const QSize vp = m_ui->imageGrid->viewport()->size();
        const int text = 2 * fontMetrics().height() + 4;
        const int fit = std::max(64, std::min(vp.width() - 40, vp.height() - text - 30));
        m_zoomBeforeFit = m_ui->zoomSlider->value();
        m_ui->zoomSlider->setValue(fit);
    }
    m_ui->imageGrid->scrollTo(index, QAbstractItemView::PositionAtTop);
}

bool OutputView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->imageGrid->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int steps = wheel->angleDelta().y() / 120;
            m_ui->zoomSlider->setValue(m_ui->zoomSlider->value() + steps * m_ui->zoomSlider->singleStep());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace r8::ui
