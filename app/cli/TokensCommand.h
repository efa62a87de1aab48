#pragma once
#include "app/cli/Command.h"

namespace r8::cli {

// `r8 tokens`: the keychain's tokens (metadata only, masked), add, remove, import from .env.
class TokensCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("tokens"); }
    QString summary() const override;
    int run(Context& ctx) override;
};

} // namespace r8::cli
