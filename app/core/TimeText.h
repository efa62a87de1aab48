#pragma once
#include <QDateTime>
#include <QString>

namespace r8 {

// "just now", "5 minutes ago", "12 days ago", "3 months ago", "2 years ago" — translated.
QString relativeAge(const QDateTime& then, const QDateTime& now);

} // namespace r8
