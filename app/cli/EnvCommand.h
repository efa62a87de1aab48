#pragma once
#include "app/cli/Command.h"

namespace r8::cli {

// `r8 env`: the environments (name, API base URL, default token); add / rm custom ones.
class EnvCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("env"); }
    QString summary() const override;
    int run(Context& ctx) override;
};

} // namespace r8::cli
