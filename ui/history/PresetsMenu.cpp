#include "ui/history/PresetsMenu.h"

#include "app/composer/HttpFile.h"
#include "app/composer/PresetStore.h"
#include "ui/common/Prompt.h"
#include "ui/history/ManagePresetsDialog.h"
#include "ui/history/PickRequestDialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStringDecoder>
#include <QTimer>

namespace r8::ui {

namespace {
constexpr qint64 kMaxHttpFileBytes = 10 * 1024 * 1024;
constexpr int kMaxWarningsShown = 5;
const char* kDirKey = "composer/httpFileFolder";

PresetsMenu::PathChooser& pathChooser()
{
    static PresetsMenu::PathChooser c;
    return c;
}
PresetsMenu::RequestPicker& requestPicker()
{
    static PresetsMenu::RequestPicker p;
    return p;
}

// "a; b; c and 4 more" — a file with many problems still gives a readable message.
QString joinWarnings(const QStringList& warnings)
{
    QStringList shown = warnings.mid(0, kMaxWarningsShown);
    QString text = shown.join(QStringLiteral(" "));
    if (warnings.size() > kMaxWarningsShown)
        text += QLatin1Char(' ') +
                PresetsMenu::tr("(%1 more not shown.)").arg(warnings.size() - kMaxWarningsShown);
    return text;
}

QString menuText(QString name)
{
    return name.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QString fileNameFor(const composer::Target& t)
{
    QString base = t.name.isEmpty() ? t.version.left(12) : t.name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return (base.isEmpty() ? QStringLiteral("request") : base) + QStringLiteral(".http");
}
} // namespace

void PresetsMenu::setPathChooserForTests(PathChooser chooser)
{
    pathChooser() = std::move(chooser);
}

void PresetsMenu::setRequestPickerForTests(RequestPicker picker)
{
    requestPicker() = std::move(picker);
}

PresetsMenu::PresetsMenu(composer::PresetStore* store, SnapshotFn snapshot, QWidget* parent)
    : QMenu(parent), m_store(store), m_snapshot(std::move(snapshot))
{
    setTitle(tr("&Presets"));
    setObjectName(QStringLiteral("presetsMenu"));
    setAccessibleName(tr("Presets"));
    setToolTipsVisible(true);
    m_save = addAction(tr("&Save as preset…"));
    m_save->setObjectName(QStringLiteral("savePreset"));
    m_save->setToolTip(tr("Keep the model and its inputs under a name, to send again later"));
    connect(m_save, &QAction::triggered, this, [this]() { saveAsPreset(); });
    m_presetsSection = addSection(tr("Saved presets"));
    m_manage = addAction(tr("&Manage presets…"));
    m_manage->setObjectName(QStringLiteral("managePresets"));
    m_manage->setToolTip(tr("Load, rename or delete presets"));
    connect(m_manage, &QAction::triggered, this, &PresetsMenu::managePresets);
    addSeparator();
    m_import = addAction(tr("&Import .http file…"));
    m_import->setObjectName(QStringLiteral("importHttp"));
    m_import->setToolTip(tr("Open a request from a VS Code REST Client / JetBrains HTTP Client file"));
    connect(m_import, &QAction::triggered, this, [this]() { importHttpFile(); });
    m_export = addAction(tr("&Export as .http file…"));
    m_export->setObjectName(QStringLiteral("exportHttp"));
    m_export->setToolTip(
        tr("Save the request as a .http file; it reads the token from a .env file, never holds it"));
    connect(m_export, &QAction::triggered, this, [this]() { exportHttpFile(); });
    connect(this, &QMenu::aboutToShow, this, &PresetsMenu::reload);

    // Read now for the list; a damaged file is reported once the owner had a chance to connect.
    QString error;
    if (m_store && !m_store->load(&error))
        m_loadError = error;
    rebuild();
    if (!m_loadError.isEmpty())
        QTimer::singleShot(0, this, [this]() {
            if (!m_loadError.isEmpty())
                emit message(m_loadError, true);
        });
}

QWidget* PresetsMenu::dialogParent() const
{
    return parentWidget() ? parentWidget()->window() : nullptr;
}

QStringList PresetsMenu::presetNames() const
{
    QStringList names;
    if (m_store) {
        for (const composer::Preset& p : m_store->presets())
            names << p.name;
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

void PresetsMenu::reload()
{
    if (!m_store)
        return;
    QString error;
    const bool ok = m_store->load(&error);
    if (!ok && error != m_loadError)
        emit message(error, true);
    m_loadError = ok ? QString() : error;
    rebuild();
}

void PresetsMenu::rebuild()
{
    qDeleteAll(m_presetActions);
    m_presetActions.clear();
    const QStringList names = presetNames();
    for (const QString& name : names) {
        auto* a = new QAction(menuText(name), this);
        a->setObjectName(QStringLiteral("preset"));
        a->setData(name);
        if (const composer::Preset* p = m_store->find(name))
            a->setToolTip(p->request.target.text());
        connect(a, &QAction::triggered, this, [this, name]() { loadPreset(name); });
        insertAction(m_manage, a);
        m_presetActions << a;
    }
    if (names.isEmpty()) {
        auto* none = new QAction(tr("No presets yet"), this);
        none->setEnabled(false);
        insertAction(m_manage, none);
        m_presetActions << none;
    }
    m_manage->setEnabled(!names.isEmpty());
}

bool PresetsMenu::commit(const QString& previousError)
{
    // Presets that could not be read are kept by the store as they are; only a file that could not
    // be read at all is replaced, and only when the user says so.
    if (!previousError.isEmpty() && m_store->isDamaged()) {
        if (!Prompt::confirm(
                dialogParent(), tr("Replace damaged presets file"),
                tr("%1\n\nSaving writes a new presets file with the presets that could be read; what "
                   "could not be read is lost. Save anyway?")
                    .arg(previousError),
                tr("&Save anyway"), true)) {
            emit message(tr("Nothing was saved; the presets file was left as it is."), false);
            return false;
        }
        m_store->replaceDamaged();
    }
    QString error;
    if (!m_store->save(&error)) {
        emit message(error, true);
        return false;
    }
    m_loadError.clear();
    return true;
}

bool PresetsMenu::saveAsPreset()
{
    const std::optional<ComposerSnapshot> s = m_snapshot ? m_snapshot() : std::nullopt;
    if (!s || !m_store)
        return false;
    reload();
    const QString previousError = m_loadError;
    const composer::Target& t = s->request.target;
    QString name = t.name.isEmpty() ? t.text().left(12) : t.name;
    if (!Prompt::askText(dialogParent(), tr("Save as preset"), tr("Name of the preset:"), &name))
        return false;
    name = name.trimmed();
    if (name.isEmpty()) {
        emit message(tr("A preset needs a name; nothing was saved."), true);
        return false;
    }
    if (m_store->find(name) &&
        !Prompt::confirm(
            dialogParent(), tr("Replace preset"),
            tr("A preset named “%1” already exists. Replace it with the current request?").arg(name),
            tr("&Replace")))
        return false;
    m_store->put(name, s->request);
    if (!commit(previousError)) {
        reload();
        return false;
    }
    rebuild();
    emit message(tr("Saved the preset “%1”.").arg(name), false);
    return true;
}

bool PresetsMenu::loadPreset(const QString& name)
{
    const composer::Preset* p = m_store ? m_store->find(name) : nullptr;
    if (!p) {
        emit message(tr("There is no preset named “%1” any more.").arg(name), true);
        return false;
    }
    const composer::ComposerRequest request = p->request;
    emit requestChosen(request);
    emit message(tr("Loaded the preset “%1”.").arg(name), false);
    return true;
}

bool PresetsMenu::renamePreset(const QString& name)
{
    const composer::Preset* p = m_store ? m_store->find(name) : nullptr;
    if (!p)
        return false;
    const composer::ComposerRequest request = p->request;
    QString newName = name;
    if (!Prompt::askText(dialogParent(), tr("Rename preset"), tr("New name for the preset “%1”:").arg(name),
                         &newName))
        return false;
    newName = newName.trimmed();
    if (newName.isEmpty()) {
        emit message(tr("A preset needs a name; “%1” was not renamed.").arg(name), true);
        return false;
    }
    if (newName == name)
        return false;
    if (m_store->find(newName) &&
        !Prompt::confirm(dialogParent(), tr("Replace preset"),
                         tr("A preset named “%1” already exists. Replace it with “%2”?").arg(newName, name),
                         tr("&Replace")))
        return false;
    const QString previousError = m_loadError;
    m_store->remove(name);
    m_store->put(newName, request);
    if (!commit(previousError)) {
        reload();
        return false;
    }
    rebuild();
    emit message(tr("Renamed the preset “%1” to “%2”.").arg(name, newName), false);
    return true;
}

bool PresetsMenu::deletePreset(const QString& name)
{
    if (!m_store || !m_store->find(name))
        return false;
    if (!Prompt::confirm(dialogParent(), tr("Delete preset"),
                         tr("Delete the preset “%1”? This cannot be undone.").arg(name), tr("&Delete"), true))
        return false;
    const QString previousError = m_loadError;
    m_store->remove(name);
    if (!commit(previousError)) {
        reload();
        return false;
    }
    rebuild();
    emit message(tr("Deleted the preset “%1”.").arg(name), false);
    return true;
}

void PresetsMenu::managePresets()
{
    reload();
    ManagePresetsDialog dialog(this, dialogParent());
    dialog.exec();
}

QString PresetsMenu::choosePath(bool save, const QString& suggested)
{
    if (pathChooser())
        return pathChooser()(save, suggested);
    const QString filter = tr("HTTP request files (*.http *.rest);;All files (*)");
    QFileDialog dialog(dialogParent(), save ? tr("Export as .http file") : tr("Import a .http file"));
    dialog.setNameFilter(filter);
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save) {
        dialog.setDefaultSuffix(QStringLiteral("http"));
        dialog.selectFile(suggested);
    } else {
        dialog.setDirectory(suggested);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(QLatin1String(kDirKey), QFileInfo(path).absolutePath());
    return path;
}

bool PresetsMenu::importHttpFile(const QString& path)
{
    const QString folder = QSettings().value(QLatin1String(kDirKey), QDir::homePath()).toString();
    const QString file = path.isEmpty() ? choosePath(false, folder) : path;
    if (file.isEmpty())
        return false;
    const QString shown = QDir::toNativeSeparators(file);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        emit message(tr("Cannot open %1: %2. Nothing was imported.").arg(shown, f.errorString()), true);
        return false;
    }
    if (f.size() > kMaxHttpFileBytes) {
        emit message(tr("%1 is %2; a .http file larger than %3 is not opened. Nothing was imported.")
                         .arg(shown, QLocale().formattedDataSize(f.size()),
                              QLocale().formattedDataSize(kMaxHttpFileBytes)),
                     true);
        return false;
    }
    const QByteArray bytes = f.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        emit message(tr("%1 is not UTF-8 text — is it really a .http file? Nothing was imported.").arg(shown),
                     true);
        return false;
    }

    QStringList warnings;
    const QList<composer::HttpFileRequest> parsed = composer::parseHttpFile(text, &warnings);
    QList<composer::ComposerRequest> usable;
    QStringList labels;
    for (const composer::HttpFileRequest& h : parsed) {
        for (const api::Header& header : h.headers) {
            if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0 &&
                !header.second.contains("{{"))
                warnings << tr("Line %1: the request has a token written in the file (Authorization header). "
                               "It was "
                               "not imported — keep tokens out of files; the Leak check finds them.")
                                .arg(h.line);
        }
        QString why;
        const std::optional<composer::ComposerRequest> r = composer::composerRequestFromHttp(h, &why);
        if (!r) {
            warnings << why;
            continue;
        }
        usable << *r;
        const QString what = r->target.text();
        labels << (h.name.isEmpty() || h.name == what
                       ? tr("%1 (line %2)").arg(what).arg(h.line)
                       : tr("%1 — %2 (line %3)").arg(h.name, what).arg(h.line));
    }
    const QString fileName = QFileInfo(file).fileName();
    if (usable.isEmpty()) {
        QString msg =
            parsed.isEmpty() && warnings.isEmpty()
                ? tr("%1 has no request in it. Nothing was imported.").arg(fileName)
                : tr("No prediction request could be opened from %1. Nothing was imported.").arg(fileName);
        if (!warnings.isEmpty())
            msg += QLatin1Char(' ') + joinWarnings(warnings);
        emit message(msg, true);
        return false;
    }
    int index = 0;
    if (usable.size() > 1) {
        const QString intro = tr("%1 has %2 prediction requests. Choose the one to open in the composer:")
                                  .arg(fileName)
                                  .arg(usable.size());
        if (requestPicker()) {
            index = requestPicker()(labels);
        } else {
            PickRequestDialog dialog(intro, labels, dialogParent());
            index = dialog.exec() == QDialog::Accepted ? dialog.chosenIndex() : -1;
        }
        if (index < 0 || index >= usable.size())
            return false;
    }
    emit requestChosen(usable.at(index));
    QString msg = tr("Opened %1 from %2.").arg(labels.at(index), fileName);
    if (!warnings.isEmpty())
        msg += QLatin1Char(' ') + tr("Problems in the file:") + QLatin1Char(' ') + joinWarnings(warnings);
    emit message(msg, false);
    return true;
}

bool PresetsMenu::exportHttpFile(const QString& path)
{
    const std::optional<ComposerSnapshot> s = m_snapshot ? m_snapshot() : std::nullopt;
    if (!s)
        return false;
    const QString folder = QSettings().value(QLatin1String(kDirKey), QDir::homePath()).toString();
    const QString file = path.isEmpty()
                             ? choosePath(true, QDir(folder).absoluteFilePath(fileNameFor(s->request.target)))
                             : path;
    if (file.isEmpty())
        return false;
    const QString shown = QDir::toNativeSeparators(file);
    const QString content =
        composer::exportHttpFile({{s->request.target.text(), s->request}}, s->options.baseUrl);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content.toUtf8()) < 0 || !out.commit()) {
        emit message(tr("Cannot save %1: %2. Nothing was written.").arg(shown, out.errorString()), true);
        return false;
    }
    emit message(
        tr("Exported the request to %1. The file reads the token from REPLICATE_API_TOKEN in a .env file "
           "beside it; it holds no token.")
            .arg(shown),
        false);
    return true;
}

} // namespace r8::ui
