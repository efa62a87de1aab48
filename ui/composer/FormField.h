#pragma once
#include "app/composer/FieldSpec.h"

#include <QJsonValue>
#include <QObject>
#include <QWidget>

class QFrame;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace r8::ui {

class SchemaFormWidget;

// One input of the form: its editor widgets, the value it holds (exactly as set — also values the
// widgets cannot show, such as 1.5 on an integer field or a string where a number belongs), its
// problem text, and a reset button. The form owns one per FieldSpec.
class FormField : public QObject
{
    Q_OBJECT
public:
    // Makes the field's row widget (parented to `rowParent`) for its kind.
    static FormField* create(const composer::FieldSpec& spec, SchemaFormWidget* form, QWidget* rowParent);
    ~FormField() override;

    const composer::FieldSpec& spec() const { return m_spec; }
    QWidget* row() const { return m_row; }
    // The widget that takes focus for this input (line edit, spin box, combo box, check box …).
    virtual QWidget* editor() const = 0;
    // Every focusable widget of the row, in tab order.
    virtual QList<QWidget*> focusChain() const;

    // Undefined: not set (left out of the input).
    QJsonValue value() const { return m_value; }
    // The value the form starts with: the default when it fits the field, else not set.
    void setValue(const QJsonValue& value); // programmatic: no changed()

    void setServerProblem(const QString& message); // empty: clears
    QString shownProblem() const; // the text beside the field now (server's, else the value's own)

    // Uri fields: a local file, as a data: URI or uploaded. Others ignore it.
    virtual void chooseFile(const QString& path) { Q_UNUSED(path); }
    virtual bool isBusy() const { return false; }

    void updateColors();

signals:
    void changed();              // the user changed the value
    void busyChanged(bool busy); // an upload started or ended

protected:
    FormField(const composer::FieldSpec& spec, SchemaFormWidget* form);
    void build(QWidget* rowParent);
    // Kind-specific: the editor widgets (added below the title), and how a value is shown.
    virtual QWidget* makeEditor() = 0;
    virtual QWidget* headerWidget(); // the title; check boxes replace it with themselves
    virtual void display(const QJsonValue& value) = 0;
    void userSet(const QJsonValue& value); // the user changed the value to `value`
    void refresh();                        // problem text, reset button
    void setStatus(const QString& text);   // a note below the editor (uploads, file names)
    QString titleText() const;             // "Width *"
    QString metaText() const;              // "width · integer, 256–2048"
    void applyAccessibility(QWidget* w, const QString& name) const;

    composer::FieldSpec m_spec;
    QString m_label; // the title shown (the spec's, or its key made readable)
    SchemaFormWidget* m_form;
    QJsonValue m_value{QJsonValue::Undefined}; // Undefined: not set
    QJsonValue m_initial{QJsonValue::Undefined};
    bool m_displaying = false;
    bool m_resetHidden = false; // a kind-specific button does the same (Remove of a uri field)
    QString m_serverProblem;
    QString m_localProblem; // text that cannot become a value (bad JSON in a JSON field)

    QWidget* m_row = nullptr;
    QFrame* m_marker = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QToolButton* m_reset = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_help = nullptr;
    QWidget* m_problemRow = nullptr;
    QLabel* m_problemIcon = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace r8::ui
