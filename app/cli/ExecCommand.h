#pragma once
#include "app/cli/Command.h"

namespace r8::cli {

// `r8 exec [--token NAME | --env E] -- CMD ARGS...`: runs CMD with REPLICATE_API_TOKEN (and
// REPLICATE_BASE_URL when not the default API) from the keychain. The token is on no command line
// and in no file; CMD's exit code and signals pass through.
class ExecCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("exec"); }
    QString summary() const override;
    int run(Context& ctx) override;
};

} // namespace r8::cli
