#pragma once
#include "app/cli/Command.h"

namespace r8::cli {

// r8 run MODEL|VERSION [key=value ...] [--input-json FILE] [--wait N | --no-wait] [--stream] [--json]
//        [--save DIR] [--print-curl] [--cancel-after D] [--env NAME | --token NAME] [--base-url URL]
// The composer's path for scripts: inputs typed by the model's schema, status and logs to stderr,
// output to stdout, file outputs saved to DIR, non-zero exit when the prediction fails.
class RunCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(Context& ctx) override;
};

} // namespace r8::cli
