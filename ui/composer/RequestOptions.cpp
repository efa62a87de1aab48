#include "ui/composer/RequestOptions.h"

#include "ui/composer/HeadersView.h"
#include "ui/composer/InputEditor.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

namespace r8::ui {

using namespace r8::composer;

RequestOptions::RequestOptions(const Widgets& widgets, QObject* parent) : QObject(parent), m_w(widgets)
{
    connect(m_w.wait, &QRadioButton::toggled, this, &RequestOptions::update);
    connect(m_w.waitSeconds, &QSpinBox::valueChanged, this, &RequestOptions::update);
    connect(m_w.stream, &QCheckBox::toggled, this, &RequestOptions::onStreamToggled);
    connect(m_w.cancelAfter, &QLineEdit::textChanged, this, &RequestOptions::update);
    connect(m_w.headers, &HeadersView::extraHeadersChanged, this, &RequestOptions::update);
    connect(m_w.input, &InputEditor::bodyChanged, this, &RequestOptions::onBodyChanged);
    connect(m_w.input, &InputEditor::validityChanged, this, &RequestOptions::update);
    connect(m_w.input, &InputEditor::busyChanged, this, &RequestOptions::update);
}

bool RequestOptions::stream() const
{
    return m_w.stream->isChecked();
}

void RequestOptions::fill(ComposerRequest* r) const
{
    r->stream = stream();
    r->wait = m_w.wait->isChecked() && !r->stream;
    r->waitSeconds = m_w.waitSeconds->value();
    r->cancelAfter = m_w.cancelAfter->text().trimmed();
    r->extraHeaders = m_w.headers->extraHeaders();
}

void RequestOptions::load(const ComposerRequest& request)
{
    m_filling = true;
    m_w.stream->setChecked(request.stream);
    (request.wait ? m_w.wait : m_w.async)->setChecked(true);
    m_w.waitSeconds->setValue(request.waitSeconds);
    m_w.cancelAfter->setText(request.cancelAfter);
    m_w.headers->setExtraHeaders(request.extraHeaders);
    m_filling = false;
    update();
}

void RequestOptions::applyInput(const QJsonObject& input, const std::optional<Target>& target)
{
    QJsonObject body = m_w.input->body(); // the last valid body: webhook and other keys stay
    body.insert(QStringLiteral("input"), input);
    if (stream())
        body.insert(QStringLiteral("stream"), true);
    else
        body.remove(QStringLiteral("stream"));
    // The JSON tab shows the body as it will be sent: a version target carries its id.
    if (target && target->kind == Target::Kind::Version)
        body.insert(QStringLiteral("version"), target->version);
    else
        body.remove(QStringLiteral("version"));
    m_filling = true;
    m_w.input->setBody(body);
    m_filling = false;
}

void RequestOptions::onStreamToggled(bool on)
{
    if (!m_filling) {
        QJsonObject body = m_w.input->body();
        if (on)
            body.insert(QStringLiteral("stream"), true);
        else
            body.remove(QStringLiteral("stream"));
        m_filling = true;
        m_w.input->setBody(body);
        m_filling = false;
    }
    update();
}

void RequestOptions::onBodyChanged()
{
    if (!m_filling) {
        const bool on = m_w.input->body().value(QStringLiteral("stream")).toBool();
        if (on != stream()) {
            m_filling = true;
            m_w.stream->setChecked(on);
            m_filling = false;
        }
    }
    update();
}

void RequestOptions::update()
{
    if (m_filling)
        return;
    const bool streaming = stream();
    m_w.waitSeconds->setEnabled(m_w.wait->isChecked() && !streaming);
    m_w.wait->setEnabled(!streaming);
    m_w.async->setEnabled(!streaming);
    emit changed();
}

} // namespace r8::ui
