#pragma once
#include "app/api/ApiRequest.h"
#include "app/composer/FieldSpec.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace r8::api {
class ApiClient;
}

namespace r8::ui {

class FormField;

// Uploads a local file for a uri field; done(url, error) — exactly one of them non-empty. `context`
// is the field asking: when it is destroyed first, done must not be called (parent the work to it).
using FileUploadFn = std::function<void(const QString& path, QObject* context,
                                        std::function<void(const QString& url, const QString& error)> done)>;

// The composer's Form tab: one editor per input of the model's schema (FieldSpec), scrollable.
// Fields follow x-order; the title carries a * when required, the key and type/range beside it,
// the description below in small text (and as tooltip). Integers and numbers are spin boxes, with
// a slider when bounded to a sensible range; booleans check boxes; enums combo boxes; uri fields a
// URL field with "Choose file…"; long strings multi-line editors; everything else a JSON editor.
//
// Values: every field starts at its default (a default that breaks its own schema, or none, starts
// "not set"). Fields that are not set are left out of input(); that includes required fields
// without a default, which validateInput then names. Each field has a reset button once changed.
// The form keeps values exactly as set (setInput with 1.5 on an integer field keeps 1.5 and shows
// the problem beside the field) and keeps input keys it has no field for.
class SchemaFormWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaFormWidget(QWidget* parent = nullptr);
    ~SchemaFormWidget() override;

    void setFields(const QList<r8::composer::FieldSpec>& fields); // rebuilds; values = defaults
    const QList<r8::composer::FieldSpec>& fields() const { return m_fields; }
    QJsonObject input() const; // optional fields left empty are omitted; keys unknown to the form kept
    void setInput(const QJsonObject& input); // no inputChanged emitted for programmatic sets
    // Highlights the named fields with the message beside them; {} clears. Problems for the body
    // as a whole (empty key) or for keys without a field are listed at the top of the form.
    void setFieldProblems(const QList<r8::composer::FieldProblem>& problems);
    QWidget* editorFor(const QString& key) const;
    void setUploader(FileUploadFn fn); // without one, large files are refused with a clear message

    // Additions to the brief's API:
    // Puts a local file into a uri field (data: URI when ≤ kDataUriLimitBytes, else uploaded).
    // `path` empty: asks with a file dialog.
    void chooseFile(const QString& key, const QString& path = QString());
    bool isBusy() const; // an upload is running (its URL is not in input() yet)
    // The problem text shown beside a field now (the server's, else the value's own), or empty.
    QString problemFor(const QString& key) const;
    // Scrolls to the field and focuses its editor.
    void focusField(const QString& key);
    // The text shown when there are no fields (default: no schema — use the JSON tab).
    void setEmptyText(const QString& text);
    // The note above the fields (shown when there are fields); for tests and the page.
    QString noteText() const;

    const FileUploadFn& uploader() const { return m_uploader; }

signals:
    void inputChanged();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void revealRow(QWidget* row);
    void rebuild();
    void updateBanner();
    FormField* field(const QString& key) const;

    QList<r8::composer::FieldSpec> m_fields;
    QList<FormField*> m_fieldObjects;
    QJsonObject m_extra; // input keys without a field, kept as given
    QList<r8::composer::FieldProblem> m_otherProblems;
    FileUploadFn m_uploader;
    QString m_emptyText;
    int m_busyCount = 0;

    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_column = nullptr;
    QVBoxLayout* m_rows = nullptr;
    QLabel* m_note = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace r8::ui
