#include "app/core/AppSettings.h"

#include <QSettings>

namespace r8 {

const QString AppSettings::kVerificationIntervalHours = QStringLiteral("verification/intervalHours");
const QString AppSettings::kRotationAgeDays = QStringLiteral("rotation/ageDays");
const QString AppSettings::kClipboardClearSeconds = QStringLiteral("clipboard/clearSeconds");
const QString AppSettings::kHistoryMaxEntries = QStringLiteral("history/maxEntries");
const QString AppSettings::kStartMinimized = QStringLiteral("ui/startMinimized");
const QString AppSettings::kLastRotationReminder = QStringLiteral("reminders/lastRotationReminder");

AppSettings::AppSettings(QObject* parent)
    : QObject(parent), m_settings(new QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk")))
{}

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent), m_settings(new QSettings(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

int AppSettings::intValue(const QString& key, int fallback, int min, int max) const
{
    bool ok = false;
    const int v = m_settings->value(key, fallback).toInt(&ok);
    return ok ? qBound(min, v, max) : fallback; // a hand-edited, broken value falls back
}

bool AppSettings::store(const QString& key, const QVariant& value)
{
    if (m_settings->contains(key) && m_settings->value(key) == value)
        return false;
    m_settings->setValue(key, value);
    m_settings->sync(); // on disk now: another r8desk process (or the CLI) sees it
    return true;
}

int AppSettings::verificationIntervalHours() const
{
    return intValue(kVerificationIntervalHours, kDefaultVerificationIntervalHours, 0,
                    kMaxVerificationIntervalHours);
}

int AppSettings::rotationAgeDays() const
{
    return intValue(kRotationAgeDays, kDefaultRotationAgeDays, kMinRotationAgeDays, kMaxRotationAgeDays);
}

int AppSettings::clipboardClearSeconds() const
{
    return intValue(kClipboardClearSeconds, kDefaultClipboardClearSeconds, kMinClipboardClearSeconds,
                    kMaxClipboardClearSeconds);
}

int AppSettings::historyMaxEntries() const
{
    return intValue(kHistoryMaxEntries, kDefaultHistoryMaxEntries, kMinHistoryMaxEntries,
                    kMaxHistoryMaxEntries);
}

bool AppSettings::startMinimized() const
{
    return m_settings->value(kStartMinimized, false).toBool();
}

QDate AppSettings::lastRotationReminder() const
{
    return m_settings->value(kLastRotationReminder).toDate();
}

void AppSettings::setVerificationIntervalHours(int hours)
{
    const int before = verificationIntervalHours();
    const int v = qBound(0, hours, kMaxVerificationIntervalHours);
    store(kVerificationIntervalHours, v);
    if (v != before) {
        emit verificationIntervalHoursChanged(v);
        emit changed(kVerificationIntervalHours);
    }
}

void AppSettings::setRotationAgeDays(int days)
{
    const int before = rotationAgeDays();
    const int v = qBound(kMinRotationAgeDays, days, kMaxRotationAgeDays);
    store(kRotationAgeDays, v);
    if (v != before) {
        emit rotationAgeDaysChanged(v);
        emit changed(kRotationAgeDays);
    }
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    const int before = clipboardClearSeconds();
    const int v = qBound(kMinClipboardClearSeconds, seconds, kMaxClipboardClearSeconds);
    store(kClipboardClearSeconds, v);
    if (v != before) {
        emit clipboardClearSecondsChanged(v);
        emit changed(kClipboardClearSeconds);
    }
}

void AppSettings::setHistoryMaxEntries(int entries)
{
    const int before = historyMaxEntries();
    const int v = qBound(kMinHistoryMaxEntries, entries, kMaxHistoryMaxEntries);
    store(kHistoryMaxEntries, v);
    if (v != before) {
        emit historyMaxEntriesChanged(v);
        emit changed(kHistoryMaxEntries);
    }
}

void AppSettings::setStartMinimized(bool minimized)
{
    const bool before = startMinimized();
    store(kStartMinimized, minimized);
    if (minimized != before) {
        emit startMinimizedChanged(minimized);
        emit changed(kStartMinimized);
    }
}

void AppSettings::setLastRotationReminder(const QDate& day)
{
    if (store(kLastRotationReminder, day))
        emit changed(kLastRotationReminder);
}

void AppSettings::restoreDefaults()
{
    setVerificationIntervalHours(kDefaultVerificationIntervalHours);
    setRotationAgeDays(kDefaultRotationAgeDays);
    setClipboardClearSeconds(kDefaultClipboardClearSeconds);
    setHistoryMaxEntries(kDefaultHistoryMaxEntries);
    setStartMinimized(false);
}

} // namespace r8
