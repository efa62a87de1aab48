#include "app/api/KnownEnvironments.h"

#include "app/api/EnvironmentStore.h"
#include "app/vault/TokenVault.h"

#include <algorithm>

namespace r8::ui {

QStringList knownEnvironments(const r8::api::EnvironmentStore* store, const r8::TokenVault* vault)
{
    QStringList out = env::wellKnown();
    QStringList custom;
    auto add = [&](const QString& label) {
        const QString l = label.trimmed();
        if (l.isEmpty())
            return;
        const auto same = [&](const QString& e) { return e.compare(l, Qt::CaseInsensitive) == 0; };
        if (std::none_of(out.cbegin(), out.cend(), same) &&
            std::none_of(custom.cbegin(), custom.cend(), same))
            custom << l;
    };
    if (store) {
        for (const api::Environment& e : store->all())
            add(e.name);
    }
    if (vault) {
        for (const QString& label : vault->environments())
            add(label);
    }
    std::sort(custom.begin(), custom.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out + custom;
}

QString findEnvironment(const r8::api::EnvironmentStore* store, const r8::TokenVault* vault,
                        const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return {};
    for (const QString& e : knownEnvironments(store, vault)) {
        if (e.compare(n, Qt::CaseInsensitive) == 0)
            return e;
    }
    return {};
}

} // namespace r8::ui
