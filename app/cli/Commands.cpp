#include "app/cli/Command.h"

#include "app/cli/AccountCommand.h"
#include "app/cli/EnvCommand.h"
#include "app/cli/ExecCommand.h"
#include "app/cli/RunCommand.h"
#include "app/cli/SandboxCommand.h"
#include "app/cli/ScanCommand.h"
#include "app/cli/TokensCommand.h"

namespace r8::cli {

// The list of r8 commands, in the order `r8 --help` shows them. Add one line per command.
std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> v;
    v.push_back(std::make_unique<TokensCommand>());
    v.push_back(std::make_unique<SandboxCommand>());
    v.push_back(std::make_unique<AccountCommand>());
    v.push_back(std::make_unique<EnvCommand>());
    v.push_back(std::make_unique<ExecCommand>());
    v.push_back(std::make_unique<RunCommand>());
    v.push_back(std::make_unique<ScanCommand>());
    return v;
}

} // namespace r8::cli
