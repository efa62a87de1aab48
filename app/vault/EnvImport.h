#pragma once
#include "app/vault/TokenInput.h"
#include "app/vault/TokenVault.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace r8 {

// One token found in a .env file. `secret` stays in memory; show `masked`.
struct EnvFinding
{
    QString path; // absolute path of the file
    int line = 0; // 1-based
    bool exported = false;
    QString secret;
    QString masked;
    TokenInput::Verdict verdict = TokenInput::Verdict::Refused;
    QString warning;              // translated, for legacy-shaped tokens
    QString suggestedName;        // the folder's name, e.g. "myapp"
    QString suggestedEnvironment; // from the file name: .env.production → production, else development
};

struct EnvScan
{
    QList<EnvFinding> findings;
    QStringList errors; // translated, one per file that could not be read
};

// Reads the files and lists every REPLICATE_API_TOKEN assignment. Nothing is written.
EnvScan scanEnvFiles(const QStringList& paths);

// Replaces the lines that hold `secret` with a comment naming the keychain entry. The file is
// re-read first (it may have changed since the scan), written atomically in place with its owner,
// group and mode kept (setuid/sticky/read-only too), and no backup copy is left. A file with more
// than one name (hard links) is refused: the other names would keep the token. Returns an empty
// string or a translated error.
QString commentOutToken(const QString& path, const QString& secret, const QString& tokenName);

// Import of chosen findings into the vault, one after another, each optionally followed by the
// rewrite of its file. Reports per finding.
class EnvImporter : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        EnvFinding finding;
        QString name;
        QString environment;
        bool rewriteFile = false;
    };
    struct ItemResult
    {
        QString path;
        int line = 0;
        bool stored = false; // now in the keychain (or already was)
        bool alreadyStored = false;
        QString storedAs; // the vault record's name
        bool rewritten = false;
        bool keychainTrouble = false; // not stored because the keychain failed
        QString message;              // translated: error or warning
    };

    EnvImporter(TokenVault* vault, QObject* parent = nullptr);
    void run(const QList<Item>& items);

signals:
    void itemDone(int index, const r8::EnvImporter::ItemResult& result);
    void finished(const QList<r8::EnvImporter::ItemResult>& results);

private:
    void next();

    TokenVault* m_vault;
    QList<Item> m_items;
    QList<ItemResult> m_results;
    QSet<QString> m_rewritten; // path + secret already rewritten in this run
};

} // namespace r8
