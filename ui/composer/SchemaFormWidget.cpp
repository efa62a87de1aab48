#include "ui/composer/SchemaFormWidget.h"

#include "app/composer/FileUploader.h"
#include "ui/common/PageFrame.h"
#include "ui/common/Tone.h"
#include "ui/composer/FormField.h"
#include "ui/composer/WrapText.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace r8::ui {

using composer::FieldProblem;
using composer::FieldSpec;

namespace {
QColor problemBackground(const QPalette& pal, QColor* text)
{
    const QPalette banner = bannerPalette(Tone::Error, pal);
    *text = banner.color(QPalette::WindowText);
    return banner.color(QPalette::Window);
}
} // namespace

SchemaFormWidget::SchemaFormWidget(QWidget* parent) : QWidget(parent)
{
    m_emptyText = tr("No form for this model: its input schema is not known (for example a bare version id). "
                     "Write the input in the JSON tab.");
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(0);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setAccessibleName(tr("Input form"));
    lay->addWidget(m_scroll);

    // The fields in one column of a readable width (sliders a metre long help nobody), at the left.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("formContent"));
    auto* outer = new QHBoxLayout(m_content);
    outer->setContentsMargins(12, 10, 12, 12);
    auto* column = new QWidget(m_content);
    column->setMaximumWidth(960);
    outer->addWidget(column, 1);
    outer->addStretch(0);
    auto* contentLay = new QVBoxLayout(column);
    contentLay->setContentsMargins(0, 0, 0, 0);
    contentLay->setSpacing(10);
    m_column = column;

    m_banner = new QFrame(column);
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setAutoFillBackground(true);
    auto* bl = new QHBoxLayout(m_banner);
    bl->setContentsMargins(10, 6, 10, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bl->addWidget(m_bannerText, 1);
    m_banner->setVisible(false);
    contentLay->addWidget(m_banner);

    m_note = new QLabel(tr("Fields marked * are required. Optional fields left empty are not sent; the model "
                           "then uses its own default."),
                        column);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    contentLay->addWidget(m_note);

    m_empty = new QLabel(m_emptyText, column);
    m_empty->setObjectName(QStringLiteral("formEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMinimumHeight(120);
    contentLay->addWidget(m_empty);

    m_rows = new QVBoxLayout;
    m_rows->setSpacing(14);
    contentLay->addLayout(m_rows);
    contentLay->addStretch(1);
    m_scroll->setWidget(m_content);
    rebuild();
}

SchemaFormWidget::~SchemaFormWidget() = default;

void SchemaFormWidget::setFields(const QList<FieldSpec>& fields)
{
    m_fields = fields;
    m_extra = {};
    m_otherProblems.clear();
    rebuild();
}

void SchemaFormWidget::rebuild()
{
    const bool wasBusy = m_busyCount > 0;
    m_busyCount = 0;
    for (FormField* f : std::as_const(m_fieldObjects)) {
        f->disconnect(this);
        delete f->row();
        delete f;
    }
    m_fieldObjects.clear();
    QWidget* previous = nullptr;
    for (const FieldSpec& spec : std::as_const(m_fields)) {
        FormField* f = FormField::create(spec, this, m_column);
        m_rows->addWidget(f->row());
        f->row()->show(); // now, not when the layout gets to it (tests and focusField look at it at once)
        connect(f, &FormField::changed, this, &SchemaFormWidget::inputChanged);
        connect(f, &FormField::busyChanged, this, [this](bool busy) {
            const bool before = m_busyCount > 0;
            m_busyCount += busy ? 1 : -1;
            if (before != (m_busyCount > 0))
                emit busyChanged(m_busyCount > 0);
        });
        for (QWidget* w : f->focusChain()) {
            if (previous)
                QWidget::setTabOrder(previous, w);
            previous = w;
        }
        m_fieldObjects.append(f);
    }
    m_note->setVisible(!m_fields.isEmpty());
    m_empty->setVisible(m_fields.isEmpty());
    updateBanner();
    if (wasBusy)
        emit busyChanged(false);
}

FormField* SchemaFormWidget::field(const QString& key) const
{
    for (FormField* f : m_fieldObjects) {
        if (f->spec().key == key)
            return f;
    }
    return nullptr;
}

QJsonObject SchemaFormWidget::input() const
{
    QJsonObject out = m_extra;
    for (FormField* f : m_fieldObjects) {
        const QJsonValue v = f->value();
        if (!v.isUndefined())
            out.insert(f->spec().key, v);
    }
    return out;
}

void SchemaFormWidget::setInput(const QJsonObject& input)
{
    QJsonObject extra = input;
    for (FormField* f : std::as_const(m_fieldObjects)) {
        f->setValue(input.value(f->spec().key)); // Undefined when absent: not set
        extra.remove(f->spec().key);
    }
    m_extra = extra;
}

void SchemaFormWidget::setFieldProblems(const QList<FieldProblem>& problems)
{
    QHash<QString, QStringList> byKey;
    m_otherProblems.clear();
    for (const FieldProblem& p : problems) {
        if (!p.key.isEmpty() && field(p.key))
            byKey[p.key] << p.message;
        else
            m_otherProblems << p;
    }
    for (FormField* f : std::as_const(m_fieldObjects))
        f->setServerProblem(byKey.value(f->spec().key).join(QLatin1Char(' ')));
    updateBanner();
}

void SchemaFormWidget::updateBanner()
{
    QStringList lines;
    for (const FieldProblem& p : std::as_const(m_otherProblems))
        lines << (p.key.isEmpty() ? p.message : tr("%1: %2").arg(p.key, p.message));
    m_bannerText->setText(wrapAnywhere(lines.join(QLatin1Char('\n'))));
    m_banner->setVisible(!lines.isEmpty());
    QColor text;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, problemBackground(palette(), &text));
    pal.setColor(QPalette::WindowText, text);
    m_banner->setPalette(pal);
    m_bannerText->setPalette(pal);
}

QWidget* SchemaFormWidget::editorFor(const QString& key) const
{
    FormField* f = field(key);
    return f ? f->editor() : nullptr;
}

QString SchemaFormWidget::problemFor(const QString& key) const
{
    FormField* f = field(key);
    return f ? f->shownProblem() : QString();
}

namespace {
// Scrolls `area` up or down (never sideways) so that `rect`, in the coordinates of the area's widget,
// is in view; when it is taller than the view, its top is.
void revealVertically(QScrollArea* area, const QRect& rect, int margin)
{
    QScrollBar* bar = area->verticalScrollBar();
    const int view = area->viewport()->height();
    int value = bar->value();
    if (rect.bottom() + margin > value + view)
        value = rect.bottom() + margin - view;
    if (rect.top() - margin < value)
        value = rect.top() - margin;
    bar->setValue(value);
}
} // namespace

void SchemaFormWidget::revealRow(QWidget* row)
{
    // Positions are only right once every pending layout ran (a problem line just shown grows its
    // row; a scroll area resizes its content when its layout asks): run them now, outermost last.
    for (int i = 0; i < 4; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_content->layout()->activate();
    const int margin = fontMetrics().height() / 2;
    revealVertically(m_scroll, QRect(row->mapTo(m_content, QPoint(0, 0)), row->size()), margin);
    m_scroll->horizontalScrollBar()->setValue(0);
    // A scroll area around the form (the composer's request side on a small screen) shows the part of
    // the row the form shows (never sideways either).
    const QRect shown = QRect(row->mapTo(m_scroll->viewport(), QPoint(0, 0)), row->size())
                            .intersected(m_scroll->viewport()->rect());
    for (QWidget* w = m_scroll->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<PageFrame*>(w))
            break; // the page itself stays put: its title and the message about the refusal stay in view
        auto* outer = qobject_cast<QScrollArea*>(w);
        if (!outer || !outer->widget())
            continue;
        if (QLayout* l = outer->widget()->layout())
            l->activate();
        const QRect inOuter(m_scroll->viewport()->mapTo(outer->widget(), shown.topLeft()), shown.size());
        revealVertically(outer, inOuter, margin);
        outer->horizontalScrollBar()->setValue(0);
    }
}

void SchemaFormWidget::focusField(const QString& key)
{
    FormField* f = field(key);
    if (!f)
        return;
    revealRow(f->row());
    f->editor()->setFocus(Qt::OtherFocusReason);
    // Once the layouts around have settled (a message shown above, the Form tab just raised), again.
    QTimer::singleShot(0, this, [this, key]() {
        FormField* field = this->field(key);
        if (!field)
            return;
        revealRow(field->row());
        field->editor()->setFocus(Qt::OtherFocusReason);
    });
}

void SchemaFormWidget::setUploader(FileUploadFn fn)
{
    m_uploader = std::move(fn);
}

void SchemaFormWidget::chooseFile(const QString& key, const QString& path)
{
    if (FormField* f = field(key))
        f->chooseFile(path);
}

bool SchemaFormWidget::isBusy() const
{
    return m_busyCount > 0;
}

void SchemaFormWidget::setEmptyText(const QString& text)
{
    m_emptyText = text;
    m_empty->setText(text);
}

QString SchemaFormWidget::noteText() const
{
    return m_fields.isEmpty() ? m_empty->text() : m_note->text();
}

void SchemaFormWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (FormField* f : std::as_const(m_fieldObjects))
            f->updateColors();
        updateBanner();
    }
}

bool SchemaFormWidget::eventFilter(QObject* watched, QEvent* event)
{
    // A wheel over a spin box, slider or combo box that does not have focus scrolls the form
    // instead of changing the value under the pointer.
    if (event->type() == QEvent::Wheel) {
        auto* w = qobject_cast<QWidget*>(watched);
        if (w && !w->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace r8::ui
