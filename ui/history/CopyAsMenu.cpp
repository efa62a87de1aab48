#include "ui/history/CopyAsMenu.h"

#include "ui/history/ShowCodeDialog.h"

#include <QClipboard>
#include <QGuiApplication>

namespace r8::ui {

using composer::CodeFormat;

CopyAsMenu::CopyAsMenu(SnapshotFn snapshot, QWidget* parent) : QMenu(parent), m_snapshot(std::move(snapshot))
{
    setTitle(tr("Copy &as"));
    setObjectName(QStringLiteral("copyAsMenu"));
    setAccessibleName(tr("Copy as"));
    setToolTipsVisible(true);
    for (CodeFormat f : composer::allCodeFormats()) {
        const QString name = composer::codeFormatName(f);
        QAction* a = addAction(f == CodeFormat::R8Exec ? tr("The &r8 exec line") : name);
        a->setObjectName(QStringLiteral("copyAs-") + composer::codeFormatId(f));
        a->setToolTip(
            f == CodeFormat::R8Exec
                ? tr("Copy the request as an r8 exec line that runs curl with the token from the keychain")
                : tr("Copy the request as %1; the code reads the token from REPLICATE_API_TOKEN").arg(name));
        connect(a, &QAction::triggered, this, [this, f]() { copy(f); });
        m_actions.insert(int(f), a);
        if (f == CodeFormat::NodeFetch || f == CodeFormat::HttpFile)
            addSeparator();
    }
    addSeparator();
    m_showCode = addAction(tr("&Show code…"));
    m_showCode->setObjectName(QStringLiteral("showCode"));
    m_showCode->setToolTip(tr("Read the request as code in any format before copying it"));
    connect(m_showCode, &QAction::triggered, this, [this]() { showCode(); });
}

QString CopyAsMenu::copiedMessage(CodeFormat format, const composer::ExportOptions& options)
{
    switch (format) {
    case CodeFormat::R8Exec:
        return options.tokenName.isEmpty()
                   ? tr("Copied the r8 exec line — it runs curl with the default %1 token from the keychain")
                         .arg(options.environment)
                   : tr("Copied the r8 exec line — it runs curl with the token “%1” from the keychain")
                         .arg(options.tokenName);
    case CodeFormat::HttpFile:
        return tr(
            "Copied as a .http file — it reads the token from REPLICATE_API_TOKEN in a .env file beside it");
    default:
        return tr("Copied as %1 — it reads the token from $REPLICATE_API_TOKEN")
            .arg(composer::codeFormatName(format));
    }
}

bool CopyAsMenu::copy(CodeFormat format)
{
    const std::optional<ComposerSnapshot> s = m_snapshot ? m_snapshot() : std::nullopt;
    if (!s)
        return false;
    // The code has no secret in it (the generators never get one), so a plain clipboard set is right.
    QGuiApplication::clipboard()->setText(composer::generateCode(format, s->request, s->options));
    emit copied(copiedMessage(format, s->options));
    return true;
}

QDialog* CopyAsMenu::showCode(CodeFormat format)
{
    const std::optional<ComposerSnapshot> s = m_snapshot ? m_snapshot() : std::nullopt;
    if (!s)
        return nullptr;
    auto* dialog = new ShowCodeDialog(*s, format, parentWidget() ? parentWidget()->window() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShowCodeDialog::copied, this, &CopyAsMenu::copied);
    dialog->show();
    return dialog;
}

} // namespace r8::ui
