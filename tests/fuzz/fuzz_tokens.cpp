// libFuzzer: the token-list parser (tokens contract) and the account parser.
#include "app/api/Account.h"
#include "app/api/TokensApi.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    r8::api::tokens::TokenPage page;
    if (r8::api::tokens::parseTokenPage(bytes, &page, &error)) {
        for (const auto& t : page.tokens) {
            if (t.id.isEmpty())
                __builtin_trap();
        }
        if (!page.next.isEmpty() && page.next.isRelative())
            __builtin_trap();
    }
    r8::api::tokens::RemoteToken t;
    (void)r8::api::tokens::parseToken(bytes, &t, &error);
    r8::api::Account a;
    if (r8::api::parseAccount(bytes, &a, &error) && a.username.isEmpty())
        __builtin_trap();
    return 0;
}
