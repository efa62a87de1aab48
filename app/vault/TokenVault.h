#pragma once
#include "app/vault/SecretStore.h"
#include "app/vault/TokenRecord.h"

#include <QObject>

#include <functional>
#include <optional>

namespace r8 {

// The token vault: metadata in a JSON file in the app-data folder (written atomically),
// secrets only in the SecretStore. Secrets are never read at load time; only reveal, copy
// and use read the keychain.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    struct AddRequest
    {
        QString name;
        QString environment;
        QString note;
        QString rawInput; // as pasted: cleaned and checked by cleanTokenInput()
    };
    struct AddResult
    {
        bool ok = false;
        QString id;                   // the new record's id on success
        QString error;                // translated, when !ok
        QString warning;              // translated, e.g. legacy token shape (success with a warning)
        QString duplicateOf;          // the id of the record that already holds this secret
        bool keychainTrouble = false; // the keychain failed (unreachable, locked, refused)
    };
    struct Outcome
    {
        bool ok = false;
        QString error;                // translated
        bool keychainTrouble = false; // the keychain failed (unreachable, locked, refused)
    };
    using AddFn = std::function<void(const AddResult&)>;
    using OutcomeFn = std::function<void(const Outcome&)>;

    TokenVault(SecretStore* store, const QString& metadataPath, QObject* parent = nullptr);

    // The default metadata file: <AppDataLocation>/tokens.json.
    static QString defaultMetadataPath();

    // Reads the metadata file (a missing file is an empty vault). Never touches the keychain.
    bool load(QString* error);
    QString metadataPath() const { return m_path; }
    // False after a failed load: the list is shown empty and every change is refused, so that a
    // damaged or unreadable file is never overwritten.
    bool isWritable() const { return m_loadError.isEmpty(); }
    SecretStore* secretStore() const { return m_store; }

    const QList<TokenRecord>& records() const { return m_data.records; }
    // Entries of the file that could not be read: one translated sentence each. They are kept in the
    // file on every save; a list with such entries is never "empty".
    const QStringList& unreadableEntries() const { return m_data.problems; }
    int indexOf(const QString& id) const;
    std::optional<TokenRecord> record(const QString& id) const;
    std::optional<TokenRecord> findByName(const QString& name) const; // case-insensitive
    QString defaultFor(const QString& environment) const;             // record id or empty
    bool isDefault(const QString& id) const;
    QStringList environments() const;              // well-known ones plus every custom label in use
    QString uniqueName(const QString& base) const; // base, or "base (2)", "base (3)" …

    static QString normalizeEnvironment(const QString& label);
    QString checkName(const QString& name, const QString& exceptId = QString()) const; // error or empty

    void add(const AddRequest& request, QObject* context, AddFn done);
    Outcome rename(const QString& id, const QString& newName);
    Outcome setEnvironment(const QString& id, const QString& environment);
    Outcome setNote(const QString& id, const QString& note);
    Outcome setDefault(const QString& id); // the default of the record's own environment
    // Records a verification result (used by the API client features). Never takes a secret.
    Outcome updateStatus(const QString& id, TokenStatus status, const QString& account, const QString& detail,
                         const QDateTime& at);
    Outcome markRotated(const QString& id, const QDateTime& at);
    // Many verification results, written with one save (ids that no longer exist are skipped); on a
    // failed save none is kept.
    struct StatusUpdate
    {
        QString id;
        TokenStatus status = TokenStatus::Unknown;
        QString account;
        QString detail;
        QDateTime at;
    };
    Outcome updateStatuses(const QList<StatusUpdate>& updates);

    // The keychain item's label: "r8desk: NAME (ENVIRONMENT)". Lookups never use it (they use the id).
    static QString itemLabel(const TokenRecord& record);
    // Brings the keychain item's label in line with the record (after a rename or an environment
    // change, and after each successful read, which also relabels items stored before labels existed).
    // Asynchronous; reports through labelUpdated(). Only the label changes: the secret is never touched.
    void relabel(const QString& id);

    // Reads the secret from the keychain for reveal, copy or use.
    void readSecret(const QString& id, QObject* context, SecretStore::ReadFn done);
    // Removes the keychain item, then the record — only once the keychain says the item is gone (or
    // was never there); a locked or refusing keychain keeps both.
    void remove(const QString& id, QObject* context, OutcomeFn done);

signals:
    void aboutToInsert(int row);
    void inserted(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void changed(int row);
    void reset();
    void defaultsChanged();
    void saved(); // the token list file was written
    // A keychain item's label was set (error.ok()) or could not be (the item and its secret are unchanged).
    void labelUpdated(const QString& id, const r8::SecretError& error);

private:
    Outcome save();
    // Applies `change` to one record and saves; on a failed save the record is restored.
    Outcome changeRecord(const QString& id, const std::function<void(TokenRecord&)>& change);
    void findDuplicate(const QString& secret, QObject* context,
                       std::function<void(QString id, SecretError)> done);

    SecretStore* m_store;
    QString m_path;
    QString m_loadError; // set when the file exists but could not be used: writes are refused
    VaultData m_data;
};

} // namespace r8
