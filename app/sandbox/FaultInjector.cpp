#include "app/sandbox/FaultInjector.h"

namespace r8::sandbox {

bool FaultInjector::roll(double rate)
{
    if (rate <= 0)
        return false;
    if (rate >= 1)
        return true;
    return m_rng.generateDouble() < rate;
}

int FaultInjector::errorStatusFor(const QString& area)
{
    const auto it = m_spec.errorByArea.constFind(area);
    if (it != m_spec.errorByArea.constEnd() && roll(it->rate))
        return it->status;
    if (roll(m_spec.error.rate))
        return m_spec.error.status;
    return 0;
}

} // namespace r8::sandbox
