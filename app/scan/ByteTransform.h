#pragma once
#include <QtGlobal>

namespace r8::scan {

// In-place, streaming decoders applied to a file's bytes before matching. Pure; safe to fuzz.
class ByteTransform
{
public:
    enum class Kind
    {
        None,
        ZshMetafied, // zsh history: 0x83 followed by (byte ^ 0x20) stands for one byte
        FishEscapes, // fish history: "\n" inside a command; the 'n' becomes a space so that a token
                     // right after it keeps its word boundary (offsets and line numbers unchanged)
        Utf16LE,     // UTF-16 code units → one byte each: ASCII kept, anything else becomes 0x80 (not a
        Utf16BE,     // word byte), so tokens and newlines survive and line numbers stay right
    };
    explicit ByteTransform(Kind kind = Kind::None) : m_kind(kind) {}

    // Decodes data[0..n) in place and returns the new length (≤ n). State carries across calls.
    qsizetype apply(char* data, qsizetype n);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
    bool m_pending = false; // zsh: a meta byte ended the last chunk; fish: an unescaped backslash did;
                            // UTF-16: the first byte of a code unit ended it (kept in m_odd)
    unsigned char m_odd = 0;
};

} // namespace r8::scan
