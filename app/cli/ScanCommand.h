#pragma once
#include "app/cli/Command.h"

namespace r8::cli {

// `r8 scan`: the leak check. Exit 0 when nothing is found, 1 when a token is, 2 on error
// (bad arguments, a path that cannot be scanned, git failing) — usable as a pre-commit hook.
class ScanCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override;
    int run(Context& ctx) override;
};

} // namespace r8::cli
