#pragma once
#include <QDate>
#include <QObject>
#include <QScopedPointer>

class QSettings;

namespace r8 {

// r8desk's preferences, kept with QSettings (never a secret: tokens live in the keychain,
// environments in environments.json). Created once by main() and handed to whoever needs it
// (ui::Services::settings); tests give it a private file. Every setter clamps the value to its
// range, writes it at once, and emits the setting's own signal plus changed(key) when the
// value really changed — so a change applies immediately, without a restart.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    // The keys, as stored.
    static const QString kVerificationIntervalHours; // "verification/intervalHours"
    static const QString kRotationAgeDays;           // "rotation/ageDays"
    static const QString kClipboardClearSeconds;     // "clipboard/clearSeconds"
    static const QString kHistoryMaxEntries;         // "history/maxEntries"
    static const QString kStartMinimized;            // "ui/startMinimized"
    static const QString kLastRotationReminder;      // "reminders/lastRotationReminder"

    // Defaults and ranges (the settings page uses the same numbers).
    static constexpr int kDefaultVerificationIntervalHours = 6;
    static constexpr int kMaxVerificationIntervalHours = 168; // a week; 0 = never
    static constexpr int kDefaultRotationAgeDays = 90;
    static constexpr int kMinRotationAgeDays = 1;
    static constexpr int kMaxRotationAgeDays = 3650;
    static constexpr int kDefaultClipboardClearSeconds = 30;
    static constexpr int kMinClipboardClearSeconds = 5;
    static constexpr int kMaxClipboardClearSeconds = 600;
    static constexpr int kDefaultHistoryMaxEntries = 10000;
    static constexpr int kMinHistoryMaxEntries = 10;
    static constexpr int kMaxHistoryMaxEntries = 1000000;

    // The user's settings (QSettings organisation and application "r8desk", native format).
    explicit AppSettings(QObject* parent = nullptr);
    // A private INI file (tests, portable setups).
    explicit AppSettings(const QString& iniFile, QObject* parent = nullptr);
    ~AppSettings() override;

    QString fileName() const; // where the values are written

    int verificationIntervalHours() const; // 0: no periodic re-check
    int rotationAgeDays() const;           // a token older than this is "due for rotation"
    int clipboardClearSeconds() const;     // a copied token is cleared from the clipboard after this
    int historyMaxEntries() const;         // composer history rows kept
    bool startMinimized() const;           // start hidden in the tray (minimised without a tray)
    QDate lastRotationReminder() const;    // the rotation reminder is shown at most once a day

    void setVerificationIntervalHours(int hours);
    void setRotationAgeDays(int days);
    void setClipboardClearSeconds(int seconds);
    void setHistoryMaxEntries(int entries);
    void setStartMinimized(bool minimized);
    void setLastRotationReminder(const QDate& day);

    // Puts every preference above (not the reminder date) back to its default.
    void restoreDefaults();

signals:
    void changed(const QString& key);
    void verificationIntervalHoursChanged(int hours);
    void rotationAgeDaysChanged(int days);
    void clipboardClearSecondsChanged(int seconds);
    void historyMaxEntriesChanged(int entries);
    void startMinimizedChanged(bool minimized);

private:
    int intValue(const QString& key, int fallback, int min, int max) const;
    // Writes `value` under `key` if it differs; true when it changed.
    bool store(const QString& key, const QVariant& value);

    QScopedPointer<QSettings> m_settings;
};

} // namespace r8
