#pragma once
#include "app/cli/Command.h"

namespace r8::cli {

// `r8 account`: who the chosen token belongs to (GET /v1/account); records the result.
class AccountCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    int run(Context& ctx) override;
};

} // namespace r8::cli
