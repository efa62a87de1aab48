// Links r8core and nothing else of r8desk: ctest's r8core_links_no_gui reads which shared libraries
// it needs (with --as-needed, only those its code uses) and fails on Qt Gui or Widgets.
#include "app/core/Paths.h"
#include "app/core/Redact.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    r8::setApplicationIdentity();
    std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(r8::redact(QStringLiteral("probe"))));
    return 0;
}
