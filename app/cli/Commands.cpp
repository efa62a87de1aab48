#include "Command.h"

#include "SandboxCommand.h"
#include "TokensCommand.h"

namespace r8::cli {

// The list of r8 commands, in the order `r8 --help` shows them. Add one line per command.
std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> v;
    v.push_back(std::make_unique<TokensCommand>());
    v.push_back(std::make_unique<SandboxCommand>());
    return v;
}

} // namespace r8::cli
