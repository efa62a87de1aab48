#include "app/vault/LibsecretSession.h"

#include <QLibrary>

namespace r8 {

bool LibsecretSession::dropSharedService()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The library QtKeychain already loaded (the same soname it asks for): resolving a symbol does not
    // load a second copy. secret_service_disconnect() only drops libsecret's cached proxy; jobs still
    // running keep their own reference.
    QLibrary lib(QStringLiteral("secret-1"), 0);
    using Disconnect = void (*)();
    const auto disconnect = reinterpret_cast<Disconnect>(lib.resolve("secret_service_disconnect"));
    if (!disconnect)
        return false;
    disconnect();
    return true;
#else
    return false;
#endif
}

} // namespace r8
