#pragma once
#include "ui/composer/FormField.h"

class QLineEdit;
class QProgressBar;
class QPushButton;

namespace r8::ui {

// A file or URL input: a URL field, "Choose file…" (or a drop): small files are sent inline as a
// data: URI, larger ones uploaded through the form's uploader.
class UriField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override;
    QList<QWidget*> focusChain() const override;
    bool isBusy() const override;

    void chooseFile(const QString& givenPath) override;

protected:
    // A local file dropped on the field is taken like one chosen with the button.
    bool eventFilter(QObject* watched, QEvent* event) override;

    QWidget* makeEditor() override;
    void display(const QJsonValue& v) override;
    void setBusy(bool busy);

    QLineEdit* m_edit = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_remove = nullptr;
    QProgressBar* m_progress = nullptr;
    QString m_fileValue; // the data: URI or URL made from m_fileName
    QString m_fileName;
    qint64 m_fileSize = 0;
    bool m_busy = false;
};

} // namespace r8::ui
