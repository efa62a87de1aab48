#include "app/scan/LeakScanner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace r8::scan {

LeakScanner::LeakScanner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<r8::scan::Finding>();
    qRegisterMetaType<r8::scan::ScanProgress>();
    qRegisterMetaType<r8::scan::ScanReport>();
    connect(&m_watcher, &QFutureWatcher<ScanReport>::finished, this, [this] {
        m_report = m_watcher.result();
        emit finished(m_report);
    });
}

LeakScanner::~LeakScanner()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool LeakScanner::isRunning() const
{
    return m_watcher.isRunning();
}

void LeakScanner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool LeakScanner::start(const ScanRequest& request)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    LeakScanner* self = this; // outlives the job: the destructor cancels and waits
    const KeyMatcher keys = m_keys;
    m_watcher.setFuture(QtConcurrent::run([self, cancel, keys, request] {
        ScanJob job;
        // Signals are emitted from the worker thread; Qt queues them to the receivers' threads.
        job.onFinding = [self, cancel](const Finding& f) {
            if (!cancel->load())
                emit self->found(f);
        };
        job.onProgress = [self, cancel](const ScanProgress& p) {
            if (!cancel->load())
                emit self->progress(p);
        };
        return job.run(request, keys, cancel.get());
    }));
    return true;
}

} // namespace r8::scan
