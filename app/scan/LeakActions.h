#pragma once
#include "app/scan/Finding.h"

#include <QObject>
#include <QString>

#include <functional>

namespace r8 {
class TokenVault;
}

namespace r8::scan {

// What "Move to the keychain" can do for a finding, decided before the user clicks.
struct MoveAdvice
{
    bool canImport = false;  // the token can be stored in the keychain
    bool canRewrite = false; // its line can be replaced by a comment automatically (.env-style assignment)
    QString text;            // translated: what will happen, or what the user must do by hand
};

// Reads the file again (it is small: a finding's file) to see whether the token sits in a
// REPLICATE_API_TOKEN assignment that the .env rewrite can replace. Git history: never.
MoveAdvice moveAdvice(const Finding& finding);

// Why rewriting git history does not undo a leak once pushed, and what to do (rotate). Translated.
QString gitHistoryAdvice();

struct MoveResult
{
    bool stored = false; // the token is now in the keychain (or already was)
    bool alreadyStored = false;
    QString recordId;
    bool rewritten = false; // the line in the file was replaced by a comment
    QString message;        // translated: error, warning, or the by-hand instruction
};

// "Move to the keychain": TokenVault::add (a token already stored is fine), then, when
// moveAdvice() allows it, commentOutToken() on the file — every other byte kept.
void moveToKeychain(TokenVault* vault, const Finding& finding, const QString& name,
                    const QString& environment, QObject* context,
                    std::function<void(const MoveResult&)> done);

} // namespace r8::scan
