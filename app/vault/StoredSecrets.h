#pragma once
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace r8 {

class TokenVault;

// Every stored token's secret, read from the keychain to recognise found tokens (the leak check).
// Held in memory only, for as long as the caller keeps it.
struct StoredSecrets
{
    QHash<QString, QString> idBySecret; // secret → record id
    QString failure;                    // the last keychain error other than "no such item", translated
};

// Reads the secrets of all of the vault's records at once and calls `done` once, from the event loop,
// when every read has answered (at once for an empty vault). Nothing is called after `context` is gone.
void readStoredSecrets(TokenVault* vault, QObject* context, std::function<void(const StoredSecrets&)> done);

} // namespace r8
