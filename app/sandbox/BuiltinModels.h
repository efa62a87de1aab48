#pragma once
#include "app/sandbox/SandboxModel.h"

namespace r8::sandbox::builtin {

SandboxModel fluxSchnell();
SandboxModel sdxl();
SandboxModel helloWorld();
SandboxModel llama3();
SandboxModel alwaysFails();

} // namespace r8::sandbox::builtin
