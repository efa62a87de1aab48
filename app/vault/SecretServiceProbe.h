#pragma once
#include <QString>

namespace r8 {

// What the Secret Service (org.freedesktop.secrets on the session bus) holds under QtKeychain's
// attributes {server: service, user: key}, asked without unlocking anything and without a prompt.
// QtKeychain's libsecret backend answers "entry not found" for an item in a locked collection, and
// "deleted" when nothing could be deleted; this tells those apart from a truly missing item.
struct SecretServiceProbe
{
    enum class Answer
    {
        Unknown, // no Secret Service on the bus (or not Linux): nothing learnt
        Absent,  // no such item, locked or not
        Present, // an unlocked item exists
        Locked,  // an item exists in a locked collection
    };
    static Answer find(const QString& service, const QString& key);
};

} // namespace r8
