#pragma once
#include "app/sandbox/FaultSpec.h"

#include <QRandomGenerator>

namespace r8::sandbox {

// Decides, with a seeded generator, which answers get which fault.
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed = 1) : m_rng(seed) {}
    void setSpec(const FaultSpec& spec) { m_spec = spec; }
    const FaultSpec& spec() const { return m_spec; }

    int errorStatusFor(const QString& area); // 0 = no injected error
    bool roll(double rate);

private:
    FaultSpec m_spec;
    QRandomGenerator m_rng;
};

} // namespace r8::sandbox
