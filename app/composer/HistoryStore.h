#pragma once
#include "app/composer/ComposerRequest.h"
#include "app/composer/HistoryEntry.h"

#include <QList>
#include <QObject>

#include <optional>

namespace r8::composer {

// The request history in SQLite (QSQLITE; own connection name per instance). A damaged or locked
// file never stops the app: history then lives in memory for the session and message() says why.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Closed,
        File,
        Memory
    };
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    explicit HistoryStore(QObject* parent = nullptr);
    ~HistoryStore() override;

    static QString defaultPath(); // appDataDir()/history.sqlite

    // Opens (creating if needed). False when it fell back to memory; message() then explains.
    bool open(const QString& path = defaultPath());
    Mode mode() const { return m_mode; }
    QString message() const { return m_message; } // translated; empty when all is well
    QString path() const { return m_path; }

    void setBusyTimeoutMs(int ms) { m_busyMs = ms; } // before open(); default 2000
    void setMaxEntries(int max);                     // default 10,000; oldest pruned
    int maxEntries() const { return m_max; }

    // Stores a new entry (body truncated, text redacted); returns its id, 0 on failure.
    qint64 add(HistoryEntry entry);
    // Rewrites the result columns of a stored entry (status, prediction, final status, timings, outputs).
    bool updateResult(const HistoryEntry& entry);
    std::optional<HistoryEntry> get(qint64 id) const;
    // Newest first; `text` matches (LIKE) target, URL, body and prediction id; empty: everything.
    // Bodies are left out unless withBodies.
    QList<HistoryEntry> search(const QString& text = {}, int limit = 10000, bool withBodies = false) const;
    bool remove(qint64 id);
    bool clear();
    int count() const;

    // Entry → composer request for "reopen" (empty + *error when the body was truncated or broken).
    static std::optional<ComposerRequest> toComposerRequest(const HistoryEntry& entry, QString* error);
    // Output URLs for a history row: http(s) URLs as they are, data: URIs summarised.
    static QStringList summariseOutputUrls(const QStringList& urls);

signals:
    void changed();

private:
    bool openAt(const QString& path, QString* error);
    bool exec(const QString& sql, QString* error = nullptr) const;
    void fallBack(const QString& reason);
    void prune();
    void noteFailure(const QString& what, const QString& error);

    QString m_connection;
    QString m_path;
    Mode m_mode = Mode::Closed;
    QString m_message;
    int m_max = 10000;
    int m_busyMs = 2000;
};

} // namespace r8::composer
