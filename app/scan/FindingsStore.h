#pragma once
#include "app/scan/Finding.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace r8 {
class TokenVault;
}

namespace r8::scan {

// The leak check's findings kept across restarts, in the app-data folder (findings.json, owner
// read/write only): where each token was found, its masked hint, which stored token it is and
// what the live check said — never the token itself (`secret` is not written and is empty after
// loading). A finding stays until the user dismisses it, the next scan replaces the list, or its
// stored token is deleted or rotated after it was found. The Tokens page's "Exposed" marks are
// the stored tokens of the kept findings.
class FindingsStore : public QObject
{
    Q_OBJECT
public:
    // `vault` (may be null): findings of tokens deleted or rotated since are dropped as it changes.
    explicit FindingsStore(const QString& path, TokenVault* vault = nullptr, QObject* parent = nullptr);

    static QString defaultPath(); // <app data>/findings.json

    // False (and *error, translated) when the file exists but cannot be read or parsed; the
    // store is then empty and the file is left as it is until the next change.
    bool load(QString* error = nullptr);
    QList<Finding> findings() const { return m_findings; }
    QSet<QString> exposedRecordIds() const;

    // The result of a new scan replaces what was kept (found now).
    bool replaceAll(const QList<Finding>& findings, QString* error = nullptr);
    // A finding updated after the scan (e.g. its live check), matched by place and masked token.
    bool update(const Finding& finding, QString* error = nullptr);
    // The user dismissed it: forgotten.
    bool dismiss(const Finding& finding, QString* error = nullptr);

    // Pure: the file's text for `findings` found at `foundAt`, and back (for tests and fuzzing).
    static QByteArray toJson(const QList<Finding>& findings, const QList<QDateTime>& foundAt);
    static QList<Finding> fromJson(const QByteArray& json, QList<QDateTime>* foundAt = nullptr,
                                   QString* error = nullptr);

signals:
    void changed(); // the kept findings (and so the exposed tokens) changed

private:
    bool save(QString* error);
    void prune(); // drops findings of stored tokens deleted or rotated since
    static bool samePlace(const Finding& a, const Finding& b);

    QString m_path;
    TokenVault* m_vault;
    QList<Finding> m_findings;
    QList<QDateTime> m_foundAt; // parallel to m_findings
};

} // namespace r8::scan
