#include "ui/composer/UriField.h"

#include "app/composer/FileInput.h"
#include "app/composer/OutputItems.h"
#include "ui/composer/FieldText.h"
#include "ui/composer/SchemaFormWidget.h"

#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace r8::ui {

using namespace fieldtext;

QWidget* UriField::editor() const
{
    return m_edit;
}

QList<QWidget*> UriField::focusChain() const
{
    QList<QWidget*> out{m_edit, m_choose, m_remove};
    if (m_reset)
        out << m_reset;
    return out;
}

bool UriField::isBusy() const
{
    return m_busy;
}

void UriField::chooseFile(const QString& givenPath)
{
    if (m_busy)
        return; // one upload at a time; the button is disabled meanwhile
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_row, FormField::tr("Choose a file for %1").arg(m_label));
        if (path.isEmpty())
            return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_localProblem = FormField::tr("Cannot use %1: there is no such file.").arg(path);
        refresh();
        return;
    }
    m_localProblem.clear();
    if (info.size() <= composer::kDataUriLimitBytes) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_localProblem = FormField::tr("Cannot read %1: %2").arg(path, f.errorString());
            refresh();
            return;
        }
        const QByteArray data = f.readAll();
        const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data.left(4096)).name();
        m_fileValue = composer::encodeDataUri(data, mime);
        m_fileName = info.fileName();
        m_fileSize = data.size();
        userSet(m_fileValue);
        return;
    }
    const QString size = QLocale().formattedDataSize(info.size());
    if (!m_form->uploader()) {
        m_localProblem =
            FormField::tr(
                "%1 is %2. Files over %3 are uploaded to the API first, which is not available here; "
                "give an https:// URL of the file instead.")
                .arg(info.fileName(), size, QLocale().formattedDataSize(composer::kDataUriLimitBytes));
        refresh();
        return;
    }
    setBusy(true);
    setStatus(FormField::tr("Uploading %1 (%2)…").arg(info.fileName(), size));
    QPointer<UriField> self(this);
    const QString name = info.fileName();
    const qint64 bytes = info.size();
    m_form->uploader()(path, this, [self, name, bytes](const QString& url, const QString& error) {
        if (!self)
            return;
        self->setBusy(false);
        if (!error.isEmpty() || url.isEmpty()) {
            self->setStatus(QString());
            self->m_localProblem = error.isEmpty() ? FormField::tr("Uploading %1 failed.").arg(name) : error;
            self->refresh();
            return;
        }
        self->m_fileValue = url;
        self->m_fileName = name;
        self->m_fileSize = bytes;
        self->userSet(url);
    });
}

bool UriField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && !m_busy &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove ||
         event->type() == QEvent::Drop)) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QList<QUrl> urls = drop->mimeData() ? drop->mimeData()->urls() : QList<QUrl>();
        if (urls.size() == 1 && urls.first().isLocalFile()) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop)
                chooseFile(urls.first().toLocalFile());
            return true;
        }
    }
    return FormField::eventFilter(watched, event);
}

QWidget* UriField::makeEditor()
{
    auto* box = new QWidget;
    auto* lay = new QHBoxLayout(box);
    lay->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(box);
    m_edit->setPlaceholderText(FormField::tr("https://… or choose a file (or drop one here)"));
    m_edit->setAcceptDrops(true);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& t) {
        m_localProblem.clear();
        userSet(t.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(t.trimmed()));
    });
    m_choose = new QPushButton(FormField::tr("Choose file…"), box);
    m_choose->setAccessibleName(FormField::tr("Choose a file for %1").arg(m_label));
    m_choose->setToolTip(
        FormField::tr("Files up to %1 are sent inline as a data: URI; larger ones are uploaded to the API.")
            .arg(QLocale().formattedDataSize(composer::kDataUriLimitBytes)));
    connect(m_choose, &QPushButton::clicked, this, [this] { chooseFile(QString()); });
    m_remove = new QPushButton(FormField::tr("Remove"), box);
    m_remove->setAccessibleName(FormField::tr("Remove the file from %1").arg(m_label));
    m_remove->setVisible(false);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_edit->setReadOnly(false);
        userSet(QJsonValue::Undefined);
        m_edit->setFocus();
    });
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(80);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    lay->addWidget(m_edit, 1);
    lay->addWidget(m_progress);
    lay->addWidget(m_choose);
    lay->addWidget(m_remove);
    return box;
}

void UriField::display(const QJsonValue& v)
{
    const QString s = v.isString() ? v.toString() : valueText(v);
    const bool inlineData = s.startsWith(QLatin1String("data:"));
    if (inlineData) {
        // A data: URI is long; show what it is instead, read-only, with Remove.
        QString what;
        if (s == m_fileValue && !m_fileName.isEmpty()) {
            what = FormField::tr("%1 (%2), sent inline as a data: URI")
                       .arg(m_fileName, QLocale().formattedDataSize(m_fileSize));
        } else {
            QString err;
            const auto d = composer::decodeDataUri(s, &err);
            what = d ? FormField::tr("Inline data: URI (%1, %2)")
                           .arg(d->mimeType.isEmpty() ? FormField::tr("no type") : d->mimeType,
                                QLocale().formattedDataSize(d->data.size()))
                     : FormField::tr("Inline data: URI (%1)").arg(err);
        }
        m_edit->setText(what);
        m_edit->setReadOnly(true);
        m_edit->setToolTip(what);
    } else {
        m_edit->setReadOnly(false);
        m_edit->setText(s);
        m_edit->setToolTip(m_spec.help);
    }
    m_remove->setVisible(inlineData);
    m_resetHidden = inlineData; // Remove does the same
    if (!m_busy)
        setStatus(!inlineData && s == m_fileValue && !m_fileName.isEmpty()
                      ? FormField::tr("Uploaded %1 (%2); the API keeps uploaded files for 24 hours.")
                            .arg(m_fileName, QLocale().formattedDataSize(m_fileSize))
                      : QString());
}

void UriField::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_progress->setVisible(busy);
    m_choose->setEnabled(!busy);
    m_edit->setEnabled(!busy);
    emit busyChanged(busy);
}

} // namespace r8::ui
