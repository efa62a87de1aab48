#pragma once
#include "app/cli/Command.h"

namespace r8::cli {

// `r8 sandbox`: runs the local Replicate look-alike server until interrupted.
class SandboxCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    int run(Context& ctx) override;
    bool needsGuiApplication() const override { return true; } // its images are drawn with QPainter
};

} // namespace r8::cli
