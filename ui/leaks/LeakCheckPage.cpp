#include "ui/leaks/LeakCheckPage.h"
#include "ui/common/TableStyle.h"

#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/api/Environment.h"
#include "app/api/EnvironmentStore.h"
#include "app/api/Verification.h"
#include "app/core/Redact.h"
#include "app/scan/FindingsStore.h"
#include "app/scan/LeakActions.h"
#include "app/scan/LeakScanner.h"
#include "app/scan/ReportExport.h"
#include "app/scan/TextEscape.h"
#include "app/vault/StoredSecrets.h"
#include "app/vault/TokenVault.h"
#include "ui/common/BaseUrls.h"
#include "ui/common/Tone.h"
#include "ui/leaks/FindingsModel.h"
#include "ui_LeakCheckPage.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringListModel>

#include <memory>

namespace r8::ui {

LeakCheckPage::LeakCheckPage(const Services& services, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::LeakCheckPage), m_services(services),
      m_model(new FindingsModel(services.vault, this)), m_scanner(new scan::LeakScanner(this))
{
    m_ui->setupUi(this);
    m_notScanned = new QStringListModel(this);
    m_ui->notScannedList->setModel(m_notScanned);
    setTextRole(m_ui->titleLabel, TextRole::PageTitle);
    m_ui->table->setModel(m_model);
    applyTableStyle(m_ui->table);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setSectionResizeMode(FindingsModel::Where, QHeaderView::Stretch);
    m_ui->table->setColumnWidth(FindingsModel::Kind, 200);
    m_ui->table->setColumnWidth(FindingsModel::Token, 150);
    m_ui->table->setColumnWidth(FindingsModel::Stored, 160);
    m_ui->table->setColumnWidth(FindingsModel::Live, 120);
    m_ui->stopButton->setEnabled(false);
    m_ui->progressLabel->setText(tr("Nothing scanned yet. “Check this machine” looks at shell histories, the "
                                    "Replicate CLI's config, ~/.netrc and .env files in your home folder."));
    connect(m_ui->machineButton, &QPushButton::clicked, this, &LeakCheckPage::checkMachine);
    connect(m_ui->folderButton, &QPushButton::clicked, this, [this]() { scanFolder(); });
    connect(m_ui->stopButton, &QPushButton::clicked, this, &LeakCheckPage::stop);
    connect(m_ui->moveButton, &QPushButton::clicked, this, &LeakCheckPage::moveSelected);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, &LeakCheckPage::dismissSelected);
    connect(m_ui->liveButton, &QPushButton::clicked, this, &LeakCheckPage::checkSelectedLive);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this]() { exportReport(); });
    connect(m_ui->rotateButton, &QPushButton::clicked, this, [this]() {
        const int row = selectedRow();
        if (row >= 0 && m_model->at(row).isKnownToken())
            emit rotateRequested(m_model->at(row).recordId);
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this]() {
        const int row = selectedRow();
        if (row >= 0)
            openAtLine(m_model->at(row));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this]() {
        const int row = selectedRow();
        if (row >= 0)
            QGuiApplication::clipboard()->setText(m_model->at(row).location());
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LeakCheckPage::updateDetails);
    connect(m_scanner, &scan::LeakScanner::found, this, [this](const scan::Finding& f) {
        m_model->append(f);
        if (f.isKnownToken() && !m_exposed.contains(f.recordId)) {
            m_exposed.insert(f.recordId);
            emit exposedTokensChanged(m_exposed);
        }
        if (m_model->rowCount() == 1)
            selectRow(0);
    });
    connect(m_scanner, &scan::LeakScanner::progress, this, [this](const scan::ScanProgress& p) {
        m_ui->progressLabel->setText(tr("Scanning… %1 files, %2 — %3 found. %4")
                                         .arg(p.filesScanned)
                                         .arg(QLocale().formattedDataSize(p.bytesScanned))
                                         .arg(p.findings)
                                         .arg(p.currentPath));
    });
    connect(m_scanner, &scan::LeakScanner::finished, this, [this](const scan::ScanReport& r) {
        m_ui->stopButton->setEnabled(false);
        m_ui->machineButton->setEnabled(true);
        m_ui->folderButton->setEnabled(true);
        // Never "clean" when something asked for was not read (scanVerdict says INCOMPLETE).
        QString text = scan::scanVerdict(r) + QLatin1Char(' ') +
                       tr("Read %1 files (%2; %3 binary, %4 UTF-16, %5 archives).")
                           .arg(r.filesScanned)
                           .arg(QLocale().formattedDataSize(r.bytesScanned))
                           .arg(r.binaryFiles)
                           .arg(r.utf16Files)
                           .arg(r.archivesScanned);
        if (r.commitsScanned > 0)
            text += QLatin1Char(' ') +
                    tr("%1 commits (%2 git objects) checked.").arg(r.commitsScanned).arg(r.gitObjectsScanned);
        // Paths may hold tokens (a token-named folder): masked, like the findings' paths.
        for (const QString& e : r.errors + r.notes)
            text += QLatin1Char('\n') + scan::escapeControls(redact(e));
        m_ui->progressLabel->setText(text);
        QStringList notScanned;
        for (const scan::ScanProblem& p : r.unreadable)
            notScanned << tr("Not scanned: %1 — %2")
                              .arg(scan::escapeControls(redact(p.path)),
                                   scan::escapeControls(redact(p.reason)));
        m_notScanned->setStringList(notScanned);
        m_ui->notScannedList->setVisible(!notScanned.isEmpty());
        if (m_services.findings && !r.canceled) {
            QString error;
            if (!m_services.findings->replaceAll(m_model->findings(), &error))
                m_ui->progressLabel->setText(text + QLatin1Char('\n') + error);
        }
        updateDetails();
        emit scanFinished();
    });
    // The findings of the last check, kept across restarts (metadata only: to act on a token again,
    // check again).
    if (m_services.findings && !m_services.findings->findings().isEmpty()) {
        for (const scan::Finding& f : m_services.findings->findings()) {
            m_model->append(f);
            if (f.isKnownToken())
                m_exposed.insert(f.recordId);
        }
        m_ui->progressLabel->setText(
            tr("Findings kept from the last check: %1. Check again to move or live-check a token.")
                .arg(m_model->rowCount()));
        selectRow(0);
    }
    updateDetails();
}

LeakCheckPage::~LeakCheckPage() = default;

void LeakCheckPage::keep(const scan::Finding& updated)
{
    if (m_services.findings)
        m_services.findings->update(updated);
}

void LeakCheckPage::emitExposed()
{
    QSet<QString> exposed;
    for (const scan::Finding& f : m_model->findings()) {
        if (f.isKnownToken())
            exposed.insert(f.recordId);
    }
    m_exposed = exposed;
    emit exposedTokensChanged(m_exposed);
}

void LeakCheckPage::dismissSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const scan::Finding f = m_model->at(row);
    if (m_services.findings)
        m_services.findings->dismiss(f);
    m_model->remove(row);
    emitExposed();
    if (m_model->rowCount() > 0)
        selectRow(qMin(row, m_model->rowCount() - 1));
    updateDetails();
}

QString LeakCheckPage::progressText() const
{
    return m_ui->progressLabel->text();
}

QString LeakCheckPage::adviceText() const
{
    return m_ui->adviceLabel->text();
}

int LeakCheckPage::selectedRow() const
{
    const QModelIndex i = m_ui->table->selectionModel()->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void LeakCheckPage::selectRow(int row)
{
    m_ui->table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void LeakCheckPage::scan(const scan::ScanRequest& request)
{
    if (m_scanner->isRunning())
        return;
    m_model->clear();
    m_ui->stopButton->setEnabled(true);
    m_ui->machineButton->setEnabled(false);
    m_ui->folderButton->setEnabled(false);
    m_ui->progressLabel->setText(tr("Reading the stored tokens to recognise them…"));
    // The keychain's tokens are compared in memory only: read them all, then scan.
    QPointer<LeakCheckPage> self(this);
    readStoredSecrets(m_services.vault, this, [self, request](const StoredSecrets& stored) {
        if (!self)
            return;
        self->m_scanner->setKeyMatcher(scan::keyMatcherFor(stored.idBySecret));
        self->m_scanner->start(request);
    });
}

void LeakCheckPage::checkMachine()
{
    scan(scan::ScanRequest::machine());
}

void LeakCheckPage::scanFolder(const QString& folder)
{
    QString dir = folder;
    if (dir.isEmpty())
        dir = QFileDialog::getExistingDirectory(this, tr("Choose a folder to scan"), QDir::homePath());
    if (dir.isEmpty())
        return;
    scan::ScanRequest req;
    req.paths = {dir};
    req.gitHistory = m_ui->gitCheck->isChecked();
    scan(req);
}

void LeakCheckPage::openAtLine(const scan::Finding& f)
{
    if (f.inName) {
        // The token is the name: show the folder holding it (to rename or delete it there).
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(f.filePath()).absolutePath()));
        return;
    }
    // An editor that can jump to a line when one is installed (VS Code, Kate, gedit), else the
    // desktop's default application for the file.
    const QString line = QString::number(qMax<qint64>(1, f.line));
    struct Editor
    {
        const char* program;
        QStringList args;
    };
    const QList<Editor> editors{{"code", {QStringLiteral("-g"), f.filePath() + QLatin1Char(':') + line}},
                                {"kate", {QStringLiteral("--line"), line, f.filePath()}},
                                {"gedit", {QStringLiteral("+") + line, f.filePath()}}};
    for (const Editor& e : editors) {
        const QString exe = QStandardPaths::findExecutable(QString::fromLatin1(e.program));
        if (!exe.isEmpty() && QProcess::startDetached(exe, e.args))
            return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(f.filePath()));
}

void LeakCheckPage::stop()
{
    m_scanner->cancel();
}

void LeakCheckPage::updateDetails()
{
    const int row = selectedRow();
    const bool has = row >= 0;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->moveButton, m_ui->liveButton, m_ui->openButton,
                                         m_ui->copyButton, m_ui->rotateButton, m_ui->dismissButton})
        w->setEnabled(has);
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
    if (!has) {
        m_ui->adviceLabel->setText(tr("Select a finding to see what to do about it."));
        return;
    }
    const scan::Finding f = m_model->at(row);
    QStringList advice;
    if (f.isKnownToken()) {
        const auto rec = m_services.vault->record(f.recordId);
        advice << tr("This is your stored token “%1”. Anyone who read this place can use it: rotate it.")
                      .arg(rec ? rec->name : QString());
    } else {
        advice << tr("This token is not in your keychain. If it is still live, move it to the keychain and "
                     "rotate it, or disable it on replicate.com.");
    }
    m_ui->rotateButton->setEnabled(f.isKnownToken() && m_services.client);
    if (f.kind == scan::Finding::Kind::GitCommit) {
        advice << scan::gitHistoryAdvice();
        m_ui->moveButton->setEnabled(false);
        m_ui->openButton->setEnabled(false);
    } else {
        const scan::MoveAdvice m = scan::moveAdvice(f);
        advice << m.text;
        m_ui->moveButton->setEnabled(m.canImport);
        // Kept from an earlier check with a token in its path: only the masked path is known.
        m_ui->openButton->setEnabled(QFileInfo::exists(f.filePath()));
    }
    if (f.gitIgnored)
        advice << tr(
            "The file is ignored by git, so it was probably never committed — but it is still on disk.");
    m_ui->liveButton->setEnabled(m_services.client && f.live == scan::Finding::Live::NotChecked &&
                                 !f.secret.isEmpty());
    if (f.secret.isEmpty()) {
        // Kept from an earlier check: the token itself was never saved.
        m_ui->moveButton->setEnabled(false);
        advice << tr("Found by an earlier check: check again to move it or check if it is live.");
    }
    m_ui->adviceLabel->setText(advice.join(QLatin1Char(' ')));
}

void LeakCheckPage::moveSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const scan::Finding f = m_model->at(row);
    const QString folder = QFileInfo(f.path).absoluteDir().dirName();
    const QString name = m_services.vault->uniqueName(folder.isEmpty() ? tr("found token") : folder);
    QPointer<LeakCheckPage> self(this);
    scan::moveToKeychain(
        m_services.vault, f, name, env::Development, this, [self, row, f](const scan::MoveResult& r) {
            if (!self)
                return;
            scan::Finding updated = f;
            if (r.stored)
                updated.recordId = r.recordId;
            self->m_model->update(row, updated);
            self->keep(updated);
            QString text =
                r.stored ? (r.alreadyStored ? tr("Already in the keychain.") : tr("Stored in the keychain."))
                         : tr("Not stored.");
            if (r.rewritten)
                text += QLatin1Char(' ') + tr("The line in the file now says where the token went.");
            if (!r.message.isEmpty())
                text += QLatin1Char(' ') + r.message;
            self->m_ui->adviceLabel->setText(text);
            if (r.stored)
                emit self->moved(r.recordId);
        });
}

void LeakCheckPage::checkSelectedLive()
{
    const int row = selectedRow();
    if (row < 0 || !m_services.client)
        return;
    const scan::Finding f = m_model->at(row);
    // A stored token is checked against its own environment's server; any other against Replicate's.
    QUrl base = api::defaultApiBase();
    if (f.isKnownToken()) {
        if (const auto rec = m_services.vault->record(f.recordId))
            base = baseUrlFor(m_services, rec->environment);
    }
    if (base.isEmpty()) {
        scan::Finding updated = f;
        updated.live = scan::Finding::Live::Unknown;
        updated.liveDetail = tr("No API address for this token's environment (is the sandbox running?).");
        m_model->update(row, updated);
        updateDetails();
        emit liveChecked();
        return;
    }
    api::ApiCall* call = api::sendAccountCheck(m_services.client, base, f.secret);
    QPointer<LeakCheckPage> self(this);
    connect(call, &api::ApiCall::finished, this, [self, row, f](const api::ApiResult& result) {
        if (!self)
            return;
        const api::VerifyOutcome v = api::classifyAccountAnswer(result, false);
        scan::Finding updated = f;
        updated.live = v.status == TokenStatus::Valid      ? scan::Finding::Live::Live
                       : v.status == TokenStatus::Rejected ? scan::Finding::Live::Rejected
                                                           : scan::Finding::Live::Unknown;
        updated.liveDetail =
            v.status == TokenStatus::Valid ? tr("Live: account %1").arg(v.username) : v.detail;
        self->m_model->update(row, updated);
        self->keep(updated);
        self->updateDetails();
        emit self->liveChecked();
    });
}

bool LeakCheckPage::exportReport(const QString& givenPath)
{
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export the leak report"),
                                            QDir::homePath() + QStringLiteral("/leak-report.md"),
                                            tr("Markdown (*.md);;JSON (*.json)"));
    if (path.isEmpty())
        return false;
    scan::ScanReport report = m_scanner->lastReport();
    report.findings = m_model->findings();
    scan::RecordNames names;
    for (const TokenRecord& r : m_services.vault->records())
        names.insert(r.id, r.name);
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                 ? scan::reportToJson(report, names)
                                 : scan::reportToMarkdown(report, names).toUtf8();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_ui->progressLabel->setText(tr("The report could not be written: %1").arg(out.errorString()));
        return false;
    }
    m_ui->progressLabel->setText(
        tr("Report saved to %1 (tokens masked).").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace r8::ui
