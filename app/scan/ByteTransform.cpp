#include "app/scan/ByteTransform.h"

namespace r8::scan {

qsizetype ByteTransform::apply(char* data, qsizetype n)
{
    switch (m_kind) {
    case Kind::None:
        return n;
    case Kind::ZshMetafied: {
        qsizetype out = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const char c = data[i];
            if (m_pending) {
                data[out++] = char(c ^ 0x20);
                m_pending = false;
            } else if (static_cast<unsigned char>(c) == 0x83) {
                m_pending = true;
            } else {
                data[out++] = c;
            }
        }
        return out;
    }
    case Kind::FishEscapes:
        for (qsizetype i = 0; i < n; ++i) {
            if (m_pending) {
                if (data[i] == 'n')
                    data[i] = ' ';
                m_pending = false;
            } else if (data[i] == '\\') {
                m_pending = true;
            }
        }
        return n;
    case Kind::Utf16LE:
    case Kind::Utf16BE: {
        const bool le = m_kind == Kind::Utf16LE;
        const auto* u = reinterpret_cast<const unsigned char*>(data);
        qsizetype out = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (!m_pending) {
                m_odd = u[i];
                m_pending = true;
                continue;
            }
            m_pending = false;
            const unsigned unit = le ? (unsigned(u[i]) << 8 | m_odd) : (unsigned(m_odd) << 8 | u[i]);
            data[out++] = unit < 0x80 ? char(unit) : char(0x80);
        }
        return out;
    }
    }
    return n;
}

} // namespace r8::scan
