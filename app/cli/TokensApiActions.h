#pragma once
#include "app/cli/Command.h"

namespace r8::cli {

// `r8 tokens verify [NAME|--all]`: GET /v1/account with stored tokens (4 at a time), records the result.
int tokensVerify(Context& ctx, const QStringList& args);
// `r8 tokens remote [--disable ID] [--json]`: the account's tokens over HTTP; disable one.
int tokensRemote(Context& ctx, const QStringList& args);

} // namespace r8::cli
