#pragma once
#include <QCoreApplication>
#include <QString>

// Gives the free functions of one .cpp file a tr() that translates in `context`, the way
// Q_DECLARE_TR_FUNCTIONS gives a class without QObject one. Write it once, after the includes and
// inside the file's namespace:
//     R8_FILE_TR(r8::composer::Target)
// then call tr("…") as a class would (tr(text, disambiguation, n) for plurals). Member functions of
// QObject classes in the same file keep their class's own tr().
#define R8_FILE_TR(context)                                                                                  \
    namespace {                                                                                              \
    struct FileTr                                                                                            \
    {                                                                                                        \
        Q_DECLARE_TR_FUNCTIONS(context)                                                                      \
    };                                                                                                       \
    [[maybe_unused]] inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)   \
    {                                                                                                        \
        return FileTr::tr(text, disambiguation, n);                                                          \
    }                                                                                                        \
    }
