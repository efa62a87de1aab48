#include "ui/composer/FormField.h"

#include "app/composer/FileInput.h"
#include "app/composer/OutputItems.h"
#include "app/composer/SchemaForm.h"
#include "ui/composer/SchemaFormWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace r8::ui {

using composer::FieldKind;
using composer::FieldSpec;

namespace {
QString num(double d)
{
    return QString::number(d, 'g', 15);
}

// Red that reads on the palette's window colour (light or dark).
QColor problemColor(const QPalette& pal)
{
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString compactJson(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// What a value looks like in a text field: strings as they are, everything else as JSON.
QString valueText(const QJsonValue& v)
{
    if (v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isObject() || v.isArray()) {
        const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
        const QByteArray compact = doc.toJson(QJsonDocument::Compact);
        return QString::fromUtf8(compact.size() <= 60 ? compact : doc.toJson(QJsonDocument::Indented))
            .trimmed();
    }
    return compactJson(v);
}

int decimalsOf(double v)
{
    for (int d = 0; d <= 6; ++d) {
        const double scaled = v * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled)))
            return d;
    }
    return 6;
}

// A description as HTML: Markdown links [text](https://…) and bare https:// URLs become links.
QString helpToHtml(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(
        "\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)|(https?://[^\\s<>()\\]]+[^\\s<>()\\].,;:!?])"));
    QString out;
    qsizetype last = 0;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString url = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        const QString label = m.captured(1).isEmpty() ? url : m.captured(1);
        out += QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), label.toHtmlEscaped());
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}

QFont smallerFont(QFont f)
{
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(9, int(f.pixelSize() * 0.9)));
    return f;
}

// A plain-text editor that grows with its text between `minLines` and `maxLines`.
class GrowingTextEdit : public QPlainTextEdit
{
public:
    GrowingTextEdit(int minLines, int maxLines, QWidget* parent)
        : QPlainTextEdit(parent), m_min(minLines), m_max(maxLines)
    {
        setTabChangesFocus(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(document(), &QTextDocument::contentsChanged, this, [this] { updateGeometry(); });
    }
    QSize sizeHint() const override
    {
        int lines = 0;
        for (QTextBlock b = document()->firstBlock(); b.isValid() && lines <= m_max; b = b.next())
            lines += std::max(1, b.layout() && b.layout()->lineCount() > 0 ? b.layout()->lineCount() : 1);
        lines = std::clamp(lines, m_min, m_max);
        const int h = lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) +
                      2 * frameWidth() + 4;
        return {QPlainTextEdit::sizeHint().width(), h};
    }
    QSize minimumSizeHint() const override { return {100, sizeHint().height()}; }

protected:
    void resizeEvent(QResizeEvent* e) override
    {
        QPlainTextEdit::resizeEvent(e);
        updateGeometry(); // wrapping changed
    }

private:
    int m_min, m_max;
};

// ---- one class per kind ----------------------------------------------------------------------

class StringField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override { return m_edit; }

protected:
    QWidget* makeEditor() override
    {
        m_edit = new QLineEdit;
        m_edit->setPlaceholderText(m_spec.required ? FormField::tr("Required") : FormField::tr("Optional"));
        connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& t) { userSet(fromText(t)); });
        return m_edit;
    }
    void display(const QJsonValue& v) override { m_edit->setText(valueText(v)); }
    QJsonValue fromText(const QString& t) const
    {
        if (!t.isEmpty())
            return t;
        // Empty means "not set", except where the model's own default is the empty string.
        return m_initial == QJsonValue(QString()) ? QJsonValue(QString()) : QJsonValue(QJsonValue::Undefined);
    }
    QLineEdit* m_edit = nullptr;
};

class TextField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override { return m_edit; }

protected:
    QWidget* makeEditor() override
    {
        m_edit = new GrowingTextEdit(3, 12, nullptr);
        m_edit->setPlaceholderText(m_spec.required ? FormField::tr("Required") : FormField::tr("Optional"));
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            if (m_displaying)
                return;
            const QString t = m_edit->toPlainText();
            userSet(!t.isEmpty()                         ? QJsonValue(t)
                    : m_initial == QJsonValue(QString()) ? QJsonValue(QString())
                                                         : QJsonValue(QJsonValue::Undefined));
        });
        return m_edit;
    }
    void display(const QJsonValue& v) override
    {
        const QString t = valueText(v);
        if (m_edit->toPlainText() != t)
            m_edit->setPlainText(t);
    }
    QPlainTextEdit* m_edit = nullptr;
};

class JsonField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override { return m_edit; }

protected:
    QWidget* makeEditor() override
    {
        m_edit = new GrowingTextEdit(2, 12, nullptr);
        m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_edit->setPlaceholderText(
            m_spec.declaredType == QLatin1String("array") ? FormField::tr("JSON array, e.g. [\"a\", \"b\"]")
            : m_spec.declaredType == QLatin1String("object") ? FormField::tr("JSON object, e.g. {\"key\": 1}")
                                                             : FormField::tr("JSON value"));
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            if (m_displaying)
                return;
            const QString t = m_edit->toPlainText();
            if (t.trimmed().isEmpty()) {
                m_localProblem.clear();
                userSet(QJsonValue::Undefined);
                return;
            }
            QString error;
            const auto v = composer::valueFromText(m_spec, t, &error);
            if (!v) {
                // Keep the last good value; say what is wrong with the text.
                m_localProblem = error;
                refresh();
                return;
            }
            m_localProblem.clear();
            userSet(*v);
        });
        return m_edit;
    }
    void display(const QJsonValue& v) override
    {
        m_localProblem.clear();
        // Text that already means this value stays as typed (spacing, key order).
        QString error;
        const auto current = composer::valueFromText(m_spec, m_edit->toPlainText(), &error);
        if (!v.isUndefined() && current && *current == v)
            return;
        // Strings are shown quoted, so that "123" and 123 look different.
        const QString t = v.isUndefined()                 ? QString()
                          : (v.isObject() || v.isArray()) ? valueText(v)
                                                          : compactJson(v);
        if (m_edit->toPlainText() != t)
            m_edit->setPlainText(t);
    }
    QPlainTextEdit* m_edit = nullptr;
};

class NumberField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override { return m_spin; }
    QList<QWidget*> focusChain() const override
    {
        QList<QWidget*> out;
        if (m_slider)
            out << m_slider;
        out << m_spin;
        if (m_reset)
            out << m_reset;
        return out;
    }

protected:
    bool isInteger() const { return m_spec.kind == FieldKind::Integer; }

    QWidget* makeEditor() override
    {
        auto* box = new QWidget;
        auto* lay = new QHBoxLayout(box);
        lay->setContentsMargins(0, 0, 0, 0);
        m_spin = new FormSpinBox(box);
        const double lo = m_spec.minimum ? *m_spec.minimum : -1e15;
        const double hi = m_spec.maximum ? *m_spec.maximum : 1e15;
        const bool bounded = m_spec.minimum && m_spec.maximum && hi > lo;
        if (isInteger()) {
            m_spin->setDecimals(0);
            m_spin->setRange(std::ceil(lo), std::floor(hi));
            m_spin->setSingleStep(1);
        } else {
            double step = 0.1;
            if (bounded)
                step = std::pow(10.0, std::floor(std::log10((hi - lo) / 100.0)));
            step = std::clamp(step, 1e-6, 1e6);
            int decimals = std::max(2, decimalsOf(step));
            for (const QJsonValue& v : {m_spec.defaultValue, QJsonValue(m_spec.minimum.value_or(0)),
                                        QJsonValue(m_spec.maximum.value_or(0))})
                if (v.isDouble())
                    decimals = std::max(decimals, decimalsOf(v.toDouble()));
            m_spin->setDecimals(std::min(decimals, 6));
            m_spin->setRange(lo, hi);
            m_spin->setSingleStep(step);
            m_step = step;
        }
        m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 40);
        m_spin->setMaximumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("00000000000000000")) +
                                40);
        m_spin->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        m_spin->setFocusPolicy(Qt::StrongFocus);
        m_spin->installEventFilter(m_form);
        m_spin->setPlaceholderText(m_spec.required ? FormField::tr("Required") : FormField::tr("Not set"));
        connect(m_spin, &FormSpinBox::userEdited, this, [this] {
            double v = 0;
            switch (m_spin->textState(&v)) {
            case FormSpinBox::TextState::Empty:
                userSet(QJsonValue::Undefined);
                break;
            case FormSpinBox::TextState::Value:
                userSet(isInteger() ? std::round(v) : v);
                break;
            case FormSpinBox::TextState::Incomplete:
                break;
            }
            syncSlider();
        });
        // Leaving the field with half-typed text: show the value the field really holds.
        connect(m_spin, &QAbstractSpinBox::editingFinished, this, [this] {
            m_displaying = true;
            display(m_value);
            m_displaying = false;
        });

        // A slider beside the spin box when the range is one a slider can sweep sensibly.
        const double span = hi - lo;
        const bool sliderFits = bounded && std::fabs(lo) < 1e9 &&
                                std::fabs(hi) < 1e9 // slider positions are ints
                                && (isInteger() ? span >= 2 && span <= 10000 : span > 0 && span <= 1e6);
        if (sliderFits) {
            m_slider = new QSlider(Qt::Horizontal, box);
            if (isInteger()) {
                m_slider->setRange(int(std::ceil(lo)), int(std::floor(hi)));
                m_slider->setPageStep(std::max(1, int(span / 10)));
            } else {
                m_sliderSteps = int(std::clamp(std::round(span / m_step), 1.0, 1000.0));
                m_slider->setRange(0, m_sliderSteps);
                m_slider->setPageStep(std::max(1, m_sliderSteps / 10));
            }
            m_slider->setFocusPolicy(Qt::StrongFocus);
            m_slider->installEventFilter(m_form);
            m_slider->setAccessibleName(FormField::tr("%1 (slider)").arg(m_label));
            if (!m_spec.help.isEmpty())
                m_slider->setToolTip(m_spec.help);
            m_slider->setMinimumWidth(120);
            connect(m_slider, &QSlider::valueChanged, this, [this](int pos) {
                if (m_displaying || m_syncing)
                    return;
                const double v = sliderToValue(pos);
                m_displaying = true;
                m_spin->setShownValue(v);
                m_displaying = false;
                userSet(v);
            });
            lay->addWidget(m_slider, 1);
            lay->addWidget(m_spin, 0);
        } else {
            lay->addWidget(m_spin, 0);
            lay->addStretch(1);
        }
        return box;
    }

    double sliderToValue(int pos) const
    {
        if (isInteger())
            return pos;
        const double lo = *m_spec.minimum, hi = *m_spec.maximum;
        if (pos >= m_sliderSteps)
            return hi;
        const double v = lo + pos * (hi - lo) / m_sliderSteps;
        const double p = std::pow(10.0, m_spin->decimals());
        return std::round(v * p) / p;
    }
    int valueToSlider(double v) const
    {
        if (isInteger())
            return int(std::clamp(std::round(v), double(m_slider->minimum()), double(m_slider->maximum())));
        const double lo = *m_spec.minimum, hi = *m_spec.maximum;
        return int(std::clamp(std::round((v - lo) / (hi - lo) * m_sliderSteps), 0.0, double(m_sliderSteps)));
    }
    void syncSlider()
    {
        if (!m_slider)
            return;
        m_syncing = true;
        const QJsonValue v = m_value.isDouble() ? m_value : m_initial;
        m_slider->setValue(v.isDouble() ? valueToSlider(v.toDouble()) : m_slider->minimum());
        m_syncing = false;
    }
    void display(const QJsonValue& v) override
    {
        if (v.isDouble())
            m_spin->setShownValue(v.toDouble());
        else
            m_spin->setEmpty(true); // not set, null, or a value of another type (its problem is shown)
        syncSlider();
    }

    FormSpinBox* m_spin = nullptr;
    QSlider* m_slider = nullptr;
    double m_step = 1;
    int m_sliderSteps = 1000;
    bool m_syncing = false;
};

class BooleanField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override { return m_check; }

protected:
    QWidget* headerWidget() override
    {
        m_check = new QCheckBox(titleText());
        connect(m_check, &QCheckBox::clicked, this, [this](bool on) { userSet(on); });
        return m_check;
    }
    QWidget* makeEditor() override { return nullptr; }
    void display(const QJsonValue& v) override { m_check->setChecked(v.isBool() ? v.toBool() : false); }
    QCheckBox* m_check = nullptr;
};

class EnumField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override { return m_combo; }

protected:
    QWidget* makeEditor() override
    {
        auto* box = new QWidget;
        auto* lay = new QHBoxLayout(box);
        lay->setContentsMargins(0, 0, 0, 0);
        m_combo = new QComboBox(box);
        for (const QJsonValue& c : m_spec.choices)
            m_combo->addItem(c.isString() ? c.toString() : compactJson(c));
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_combo->setMinimumWidth(
            m_combo->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000")));
        m_combo->setMaximumWidth(520);
        m_combo->setFocusPolicy(Qt::StrongFocus);
        m_combo->installEventFilter(m_form);
        connect(m_combo, qOverload<int>(&QComboBox::activated), this, [this](int i) {
            if (i >= 0 && i < m_spec.choices.size())
                userSet(m_spec.choices.at(i));
        });
        lay->addWidget(m_combo);
        lay->addStretch(1);
        return box;
    }
    void display(const QJsonValue& v) override
    {
        int index = -1;
        for (int i = 0; i < m_spec.choices.size(); ++i) {
            if (m_spec.choices.at(i) == v) {
                index = i;
                break;
            }
        }
        if (index < 0 && !v.isUndefined() &&
            !v.isNull()) { // loose match, as the validator does ("512" vs 512)
            for (int i = 0; i < m_spec.choices.size(); ++i) {
                if (valueText(m_spec.choices.at(i)) == valueText(v)) {
                    index = i;
                    break;
                }
            }
        }
        m_combo->setPlaceholderText(
            v.isUndefined() || v.isNull()
                ? (m_spec.required ? FormField::tr("Choose…") : FormField::tr("Not set"))
                : valueText(v));
        m_combo->setCurrentIndex(index);
    }
    QComboBox* m_combo = nullptr;
};

class UriField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override { return m_edit; }
    QList<QWidget*> focusChain() const override
    {
        QList<QWidget*> out{m_edit, m_choose, m_remove};
        if (m_reset)
            out << m_reset;
        return out;
    }
    bool isBusy() const override { return m_busy; }

    void chooseFile(const QString& givenPath) override
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
                self->m_localProblem =
                    error.isEmpty() ? FormField::tr("Uploading %1 failed.").arg(name) : error;
                self->refresh();
                return;
            }
            self->m_fileValue = url;
            self->m_fileName = name;
            self->m_fileSize = bytes;
            self->userSet(url);
        });
    }

protected:
    // A local file dropped on the field is taken like one chosen with the button.
    bool eventFilter(QObject* watched, QEvent* event) override
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

    QWidget* makeEditor() override
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
            FormField::tr(
                "Files up to %1 are sent inline as a data: URI; larger ones are uploaded to the API.")
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
    void display(const QJsonValue& v) override
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
    void setBusy(bool busy)
    {
        if (m_busy == busy)
            return;
        m_busy = busy;
        m_progress->setVisible(busy);
        m_choose->setEnabled(!busy);
        m_edit->setEnabled(!busy);
        emit busyChanged(busy);
    }

    QLineEdit* m_edit = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_remove = nullptr;
    QProgressBar* m_progress = nullptr;
    QString m_fileValue; // the data: URI or URL made from m_fileName
    QString m_fileName;
    qint64 m_fileSize = 0;
    bool m_busy = false;
};
} // namespace

// ---- FormSpinBox ----------------------------------------------------------------------------

FormSpinBox::FormSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setKeyboardTracking(true);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    // textEdited comes before the spin box reads the text: decide emptiness first, report after.
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString&) {
        m_empty = cleanText().trimmed().isEmpty();
        emit userEdited();
    });
}

void FormSpinBox::setEmpty(bool empty)
{
    m_empty = empty;
    const QSignalBlocker block(this);
    lineEdit()->setText(empty ? QString() : textFromValue(value()));
}

void FormSpinBox::setShownValue(double v)
{
    m_empty = false;
    const QSignalBlocker block(this);
    setValue(v);
    lineEdit()->setText(textFromValue(value()));
}

void FormSpinBox::setPlaceholderText(const QString& text)
{
    lineEdit()->setPlaceholderText(text);
}

FormSpinBox::TextState FormSpinBox::textState(double* v) const
{
    QString t = cleanText().trimmed();
    if (t.isEmpty())
        return TextState::Empty;
    int pos = 0;
    if (QDoubleSpinBox::validate(t, pos) != QValidator::Acceptable)
        return TextState::Incomplete;
    *v = QDoubleSpinBox::valueFromText(t);
    return TextState::Value;
}

QValidator::State FormSpinBox::validate(QString& text, int& pos) const
{
    if (text.trimmed().isEmpty())
        return QValidator::Acceptable;
    return QDoubleSpinBox::validate(text, pos);
}

double FormSpinBox::valueFromText(const QString& text) const
{
    if (text.trimmed().isEmpty())
        return value(); // empty is "not set": the number underneath stays
    return QDoubleSpinBox::valueFromText(text);
}

QString FormSpinBox::textFromValue(double v) const
{
    if (m_empty)
        return QString();
    // No group separators: "1024", not "1,024" (it is copied into JSON and code).
    return locale().toString(v, 'f', decimals()).remove(locale().groupSeparator());
}

void FormSpinBox::fixup(QString& input) const
{
    if (input.trimmed().isEmpty())
        return;
    QDoubleSpinBox::fixup(input);
}

void FormSpinBox::stepBy(int steps)
{
    if (m_empty) {
        // From "not set", the first step lands on a value in range (0 when it is in range).
        m_empty = false;
        setShownValue(std::clamp(0.0, minimum(), maximum()));
        emit userEdited();
        return;
    }
    QDoubleSpinBox::stepBy(steps);
    emit userEdited();
}

QAbstractSpinBox::StepEnabled FormSpinBox::stepEnabled() const
{
    if (m_empty)
        return StepUpEnabled | StepDownEnabled;
    return QDoubleSpinBox::stepEnabled();
}

// ---- FormField ------------------------------------------------------------------------------

FormField::FormField(const FieldSpec& spec, SchemaFormWidget* form)
    : QObject(form), m_spec(spec), m_form(form)
{
    // Without a title the label is the key; "aspect_ratio" reads better as "Aspect ratio" (the key
    // is shown beside it).
    m_label = spec.label;
    if (m_label == spec.key) {
        m_label.replace(QLatin1Char('_'), QLatin1Char(' '));
        m_label = m_label.trimmed();
        if (m_label.isEmpty())
            m_label = spec.key;
        else
            m_label[0] = m_label.at(0).toUpper();
    }
    // Start from the default when it fits the field; otherwise not set (the model applies its own).
    if (spec.hasDefault() && !spec.defaultValue.isNull() &&
        composer::valueProblem(spec, spec.defaultValue).isEmpty())
        m_initial = spec.defaultValue;
    else if (spec.kind == FieldKind::Boolean && spec.required)
        m_initial = false; // a check box always shows a value; a required one sends it
    m_value = m_initial;
}

FormField::~FormField() = default;

FormField* FormField::create(const FieldSpec& spec, SchemaFormWidget* form, QWidget* rowParent)
{
    FormField* f = nullptr;
    switch (spec.kind) {
    case FieldKind::String:
        f = new StringField(spec, form);
        break;
    case FieldKind::Text:
        f = new TextField(spec, form);
        break;
    case FieldKind::Integer:
    case FieldKind::Number:
        f = new NumberField(spec, form);
        break;
    case FieldKind::Boolean:
        f = new BooleanField(spec, form);
        break;
    case FieldKind::Enum:
        f = new EnumField(spec, form);
        break;
    case FieldKind::Uri:
        f = new UriField(spec, form);
        break;
    case FieldKind::Json:
        f = new JsonField(spec, form);
        break;
    }
    f->build(rowParent);
    return f;
}

QString FormField::titleText() const
{
    QString label = m_label;
    label.replace(QLatin1Char('&'), QStringLiteral("&&")); // no mnemonics from schema text
    return m_spec.required ? tr("%1 *").arg(label) : label;
}

QString FormField::metaText() const
{
    QStringList parts;
    if (m_label != m_spec.key)
        parts << m_spec.key;
    QString type;
    switch (m_spec.kind) {
    case FieldKind::String:
    case FieldKind::Text:
        type = tr("text");
        break;
    case FieldKind::Integer:
        type = tr("integer");
        break;
    case FieldKind::Number:
        type = tr("number");
        break;
    case FieldKind::Boolean:
        type = tr("true/false");
        break;
    case FieldKind::Enum:
        type = tr("one of %n", nullptr, int(m_spec.choices.size()));
        break;
    case FieldKind::Uri:
        type = tr("file or URL");
        break;
    case FieldKind::Json:
        type = m_spec.declaredType.isEmpty() ? tr("JSON") : tr("JSON %1").arg(m_spec.declaredType);
        break;
    }
    if (m_spec.minimum && m_spec.maximum)
        type = tr("%1, %2 – %3").arg(type, num(*m_spec.minimum), num(*m_spec.maximum));
    else if (m_spec.minimum)
        type = tr("%1, ≥ %2").arg(type, num(*m_spec.minimum));
    else if (m_spec.maximum)
        type = tr("%1, ≤ %2").arg(type, num(*m_spec.maximum));
    if (m_spec.maxLength)
        type = tr("%1, at most %2 characters").arg(type).arg(*m_spec.maxLength);
    parts << type;
    return parts.join(QStringLiteral(" · "));
}

QWidget* FormField::headerWidget()
{
    auto* l = new QLabel(titleText());
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

void FormField::applyAccessibility(QWidget* w, const QString& name) const
{
    w->setAccessibleName(name);
    QString desc = m_spec.help;
    if (m_spec.required)
        desc = desc.isEmpty() ? tr("Required.") : tr("Required. %1").arg(desc);
    if (!desc.isEmpty())
        w->setAccessibleDescription(desc);
    if (!m_spec.help.isEmpty())
        w->setToolTip(m_spec.help);
}

void FormField::build(QWidget* rowParent)
{
    m_row = new QWidget(rowParent);
    m_row->setObjectName(QStringLiteral("field_") + m_spec.key);
    auto* outer = new QHBoxLayout(m_row);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);
    m_marker = new QFrame(m_row);
    m_marker->setFixedWidth(3);
    m_marker->setAutoFillBackground(true);
    outer->addWidget(m_marker);
    auto* body = new QVBoxLayout;
    body->setContentsMargins(0, 2, 0, 2);
    body->setSpacing(3);
    outer->addLayout(body, 1);

    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    QWidget* title = headerWidget();
    title->setParent(m_row);
    m_title = qobject_cast<QLabel*>(title);
    header->addWidget(title);
    m_meta = new QLabel(metaText(), m_row);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setFont(smallerFont(m_meta->font()));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_meta);
    header->addStretch(1);
    body->addLayout(header);

    QWidget* editorBox = makeEditor();
    if (editorBox) {
        editorBox->setParent(m_row);
        body->addWidget(editorBox);
    }
    QWidget* ed = editor();
    applyAccessibility(ed, m_label);
    if (m_title)
        m_title->setBuddy(ed);
    if (!m_spec.help.isEmpty())
        title->setToolTip(m_spec.help);

    m_reset = new QToolButton(m_row);
    m_reset->setAutoRaise(true);
    m_reset->setText(m_initial.isUndefined() ? tr("Clear") : tr("Reset"));
    m_reset->setAccessibleName(m_initial.isUndefined() ? tr("Clear %1").arg(m_label)
                                                       : tr("Reset %1").arg(m_label));
    m_reset->setToolTip(m_initial.isUndefined()
                            ? tr("Leave %1 out of the request (the model uses its default)").arg(m_label)
                            : tr("Back to the default: %1").arg(valueText(m_initial)));
    m_reset->setFont(smallerFont(m_reset->font()));
    m_reset->setFocusPolicy(Qt::TabFocus);
    connect(m_reset, &QToolButton::clicked, this, [this] {
        m_localProblem.clear();
        userSet(m_initial);
        m_displaying = true;
        display(m_value);
        m_displaying = false;
        editor()->setFocus();
    });
    // Keep the header's height when the button is hidden.
    QSizePolicy sp = m_reset->sizePolicy();
    sp.setRetainSizeWhenHidden(true);
    m_reset->setSizePolicy(sp);
    header->addWidget(m_reset);

    m_status = new QLabel(m_row);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setFont(smallerFont(m_status->font()));
    m_status->setVisible(false);
    body->addWidget(m_status);

    m_help = new QLabel(m_row);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_help->setFont(smallerFont(m_help->font()));
    // A description that only repeats the name ("scheduler") says nothing.
    const bool helpRepeats = m_spec.help.trimmed().compare(m_spec.key, Qt::CaseInsensitive) == 0 ||
                             m_spec.help.trimmed().compare(m_label, Qt::CaseInsensitive) == 0;
    const QString helpHtml = helpToHtml(m_spec.help);
    if (helpHtml.contains(QLatin1String("<a "))) {
        m_help->setTextFormat(Qt::RichText);
        m_help->setText(helpHtml);
        m_help->setOpenExternalLinks(true);
        m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    } else {
        m_help->setTextFormat(Qt::PlainText);
        m_help->setText(m_spec.help);
        m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_help->setVisible(!m_spec.help.isEmpty() && !helpRepeats);
    body->addWidget(m_help);

    m_problemRow = new QWidget(m_row);
    auto* pl = new QHBoxLayout(m_problemRow);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->setSpacing(6);
    m_problemIcon = new QLabel(m_problemRow);
    const int iconSize = m_row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemIcon->setPixmap(
        m_row->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problem = new QLabel(m_problemRow);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pl->addWidget(m_problemIcon, 0, Qt::AlignTop);
    pl->addWidget(m_problem, 1);
    m_problemRow->setVisible(false);
    body->addWidget(m_problemRow);

    updateColors();
    m_displaying = true;
    display(m_value);
    m_displaying = false;
    refresh();
}

QList<QWidget*> FormField::focusChain() const
{
    QList<QWidget*> out{editor()};
    if (m_reset)
        out << m_reset;
    return out;
}

void FormField::setValue(const QJsonValue& value)
{
    m_value = value;
    m_localProblem.clear();
    m_displaying = true;
    display(value);
    m_displaying = false;
    refresh();
}

void FormField::userSet(const QJsonValue& value)
{
    if (m_displaying)
        return;
    m_serverProblem.clear(); // the server's word was about the old value
    const bool same = value == m_value && value.isUndefined() == m_value.isUndefined();
    m_value = value;
    if (m_spec.kind == FieldKind::Uri) { // its display depends on the value (data: summary, Remove)
        m_displaying = true;
        display(m_value);
        m_displaying = false;
    }
    refresh();
    if (!same)
        emit changed();
}

void FormField::setServerProblem(const QString& message)
{
    m_serverProblem = message;
    refresh();
}

QString FormField::shownProblem() const
{
    if (!m_serverProblem.isEmpty())
        return m_serverProblem;
    if (!m_localProblem.isEmpty())
        return m_localProblem;
    // Problems of a value that is there; "required" shows only when the server or a send says so.
    if (m_value.isUndefined())
        return {};
    return composer::valueProblem(m_spec, m_value);
}

void FormField::refresh()
{
    const QString problem = shownProblem();
    m_problem->setText(problem);
    m_problemRow->setVisible(!problem.isEmpty());
    m_marker->setVisible(true);
    QPalette pal = m_marker->palette();
    pal.setColor(QPalette::Window,
                 problem.isEmpty() ? QColor(Qt::transparent) : problemColor(m_row->palette()));
    m_marker->setPalette(pal);
    if (QWidget* ed = editor()) {
        ed->setAccessibleDescription(
            problem.isEmpty()
                ? (m_spec.required ? tr("Required. %1").arg(m_spec.help).trimmed() : m_spec.help)
                : problem);
    }
    const bool changedFromInitial =
        !(m_value == m_initial && m_value.isUndefined() == m_initial.isUndefined());
    m_reset->setVisible(changedFromInitial && !m_resetHidden);
}

void FormField::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void FormField::updateColors()
{
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, problemColor(m_row->palette()));
    m_problem->setPalette(pal);
    refresh();
}

} // namespace r8::ui
