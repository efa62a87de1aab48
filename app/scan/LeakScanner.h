#pragma once
#include "app/scan/ScanJob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace r8::scan {

// The leak check for the GUI: runs a ScanJob on a worker thread (QtConcurrent) and reports
// through signals on the thread that owns this object. One scan at a time.
class LeakScanner : public QObject
{
    Q_OBJECT
public:
    explicit LeakScanner(QObject* parent = nullptr);
    ~LeakScanner() override; // cancels and waits for a running scan

    // Which keychain token a secret is (see keyMatcherFor()); called on the worker thread, so it
    // must not touch QObjects: give it a copy of what it needs.
    void setKeyMatcher(KeyMatcher keys) { m_keys = std::move(keys); }

    bool start(const ScanRequest& request); // false if a scan is already running
    void cancel();
    bool isRunning() const;
    const ScanReport& lastReport() const { return m_report; }

signals:
    void progress(const r8::scan::ScanProgress& progress);
    void found(const r8::scan::Finding& finding);
    void finished(const r8::scan::ScanReport& report);

private:
    KeyMatcher m_keys;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ScanReport> m_watcher;
    ScanReport m_report;
};

} // namespace r8::scan
