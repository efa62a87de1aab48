#pragma once

#include "ui/Services.h"

#include <functional>

#include <QScopedPointer>
#include <QWidget>

class QSpinBox;
namespace Ui {
class SettingsPage;
}

namespace r8::ui {

// The Settings page: environments (name, base URL, default token), how often tokens are
// re-verified, when a token is due for rotation, the clipboard clear delay, the composer's
// history size, and starting minimised to the tray. Every change applies at once: preferences go
// to AppSettings (QSettings; never a secret), base URLs to the environment store (checked by
// api::baseUrlProblem), default tokens to the vault. Created the first time it is shown.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(const Services& services, QWidget* parent = nullptr);
    ~SettingsPage() override;

    QString bannerText() const; // the message bar's text, empty when hidden
    bool bannerIsError() const { return m_bannerIsError; }
    QString selectedEnvironment() const;
    void selectEnvironment(const QString& label);

public slots:
    void showBanner(const QString& text, bool isError);
    bool saveBaseUrl();    // the selected environment's URL from its field; false (with a message) if refused
    bool addEnvironment(); // from the "Add an environment" row
    void resetSelected();  // built-in: back to Replicate's API; custom: removed (after confirmation)

private:
    void reloadEnvironments();
    void updateSelected();
    void loadPreferences();
    void updateSuffixes();
    void bindSpin(QSpinBox* spin, std::function<void(r8::AppSettings&, int)> setter);

    const QScopedPointer<Ui::SettingsPage> m_ui;
    Services m_services;
    bool m_bannerIsError = false;
    QString m_shownEnvironment; // whose values the editor shows (kept while the table reloads)
};

} // namespace r8::ui
