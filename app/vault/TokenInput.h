#pragma once
#include <QString>

namespace r8 {

// The result of cleaning what a user pasted or typed as a token.
struct TokenInput
{
    enum class Verdict
    {
        Valid,       // r8_ + 37 characters of [A-Za-z0-9_-]
        LegacyShape, // plausible, but not the current shape: accepted with a warning
        Refused,     // empty, several lines, whitespace inside, or implausible
    };
    Verdict verdict = Verdict::Refused;
    QString token;   // the cleaned secret (empty when refused)
    QString message; // translated: why it was refused, or the warning for LegacyShape

    bool accepted() const { return verdict != Verdict::Refused; }
};

// Strips surrounding whitespace and quotes, a leading "Bearer " / "Token ", and a
// "REPLICATE_API_TOKEN=" or "export REPLICATE_API_TOKEN=" assignment, then checks the shape.
// Pure: no I/O, safe to fuzz.
TokenInput cleanTokenInput(const QString& raw);

// True for r8_ + 37 characters of [A-Za-z0-9_-].
bool isCurrentTokenShape(const QString& token);

} // namespace r8
