#pragma once
#include "app/composer/FieldSpec.h"
#include "ui/composer/SchemaFormWidget.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace r8::ui {

class JsonTextEdit;

// The composer's input editor: a "Form" tab (SchemaFormWidget, built from the model's schema) and
// a "JSON" tab holding the whole request body. Both stay in sync: a form edit rewrites the JSON
// text (keys in form order), valid JSON text updates the form as you type. While the text does not
// parse, isValid() is false, the error's line and column are shown and underlined, and the form is
// read-only (so that neither side overwrites the other); sending is the page's to block.
class InputEditor : public QWidget
{
    Q_OBJECT
public:
    explicit InputEditor(QWidget* parent = nullptr);
    ~InputEditor() override;

    // Rebuilds the form; the body's input becomes the fields' defaults (other body keys stay). No
    // fields (unknown model, bare version id): the form says so and the JSON tab is shown.
    void setFields(const QList<r8::composer::FieldSpec>& fields);
    QJsonObject body() const; // the whole request body, e.g. {"input": {...}, "stream": true}
    // Replaces the body (the page sets version/stream/webhook keys through this). No bodyChanged.
    // Invalid text being edited is replaced as one undoable step (Ctrl+Z in the JSON tab brings it back).
    void setBody(const QJsonObject& body);
    QJsonObject input() const; // body()["input"]
    bool isValid() const;      // false while the JSON text does not parse (or is not an object)
    QString problem() const;   // "Line 3, column 14: missing comma" (translated); empty when valid
    // Highlights the fields (server 422), shows the Form tab and focuses the first named field.
    void setFieldProblems(const QList<r8::composer::FieldProblem>& problems);
    SchemaFormWidget* form() const { return m_form; }
    void setUploader(FileUploadFn fn);

    // Additions:
    JsonTextEdit* jsonEdit() const; // its text is brought up to date first
    QTabWidget* tabs() const { return m_tabs; }
    void showForm();
    void showJson();
    bool isBusy() const; // a file is being uploaded (its URL is not in the body yet)

signals:
    // The user changed the body (form or JSON text), or setFields reset the input to defaults.
    void bodyChanged();
    void validityChanged(bool valid);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onFormChanged();
    void onTextChanged();
    void writeText();
    void setProblem(const QString& problem, int position);
    void updateProblemColors();
    QStringList inputOrder() const;

    QTabWidget* m_tabs;
    SchemaFormWidget* m_form;
    QWidget* m_formPage;
    QWidget* m_formLock;
    QLabel* m_formLockText;
    QWidget* m_jsonPage;
    JsonTextEdit* m_json;
    QLabel* m_jsonProblem;
    QPushButton* m_goToError;
    QPushButton* m_format;
    QJsonObject m_body; // the last valid body
    QString m_problem;
    int m_problemPosition = -1;
    bool m_writing = false;
    // Form edits made while the JSON tab is not shown rewrite the text when it is next shown (or
    // asked for): with a data: URI in the body, rewriting on each keystroke would lag typing.
    bool m_textStale = false;
};

} // namespace r8::ui
