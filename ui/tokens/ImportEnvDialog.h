#pragma once
#include "app/vault/EnvImport.h"

#include <QDialog>
#include <QScopedPointer>

class QStandardItemModel;
namespace Ui {
class ImportEnvDialog;
}

namespace r8::ui {

// Shows what a scan of .env files found (masked), lets the user choose, name and label each
// token and whether to rewrite the files, then runs the import and reports per line.
class ImportEnvDialog : public QDialog
{
    Q_OBJECT
public:
    ImportEnvDialog(r8::TokenVault* vault, const r8::EnvScan& scan, QWidget* parent = nullptr);
    ~ImportEnvDialog() override;

    QStandardItemModel* model() const { return m_model; }
    QList<r8::EnvImporter::ItemResult> results() const { return m_results; }
    void accept() override;

signals:
    void importFinished();

private:
    enum Col
    {
        Import,
        Location,
        Token,
        Name,
        Environment
    };
    const QScopedPointer<Ui::ImportEnvDialog> m_ui;
    r8::TokenVault* m_vault;
    QList<r8::EnvFinding> m_findings;
    QStandardItemModel* m_model;
    r8::EnvImporter* m_importer;
    QList<r8::EnvImporter::ItemResult> m_results;
    bool m_done = false;
};

} // namespace r8::ui
