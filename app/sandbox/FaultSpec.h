#pragma once
#include <QHash>
#include <QString>

namespace r8::sandbox {

// Faults the sandbox injects on purpose, for the client's reliability tests.
// Text form (for `r8 sandbox --faults`), comma-separated, every item optional:
//   latency=MS            added delay before every API answer (real milliseconds, not scaled)
//   error=RATE[:STATUS]   this fraction of API answers becomes STATUS (500, 502, 503 or 504; default 503)
//   error.AREA=RATE[:STATUS]  the same for one area: account, tokens, models, predictions, create, files
//   malformed=RATE        the body is replaced by invalid JSON
//   truncate=RATE         the body is cut in half (Content-Length matches the cut body)
//   drop=RATE             the connection is closed halfway through the body / the stream
//   stall=RATE            a stream stops sending events and never ends
// RATE is a fraction 0…1. Example: "latency=100,error.create=0.5:503,truncate=0.1".
struct FaultSpec
{
    struct ErrorRate
    {
        double rate = 0;
        int status = 503;
    };
    int latencyMs = 0;
    ErrorRate error; // every area
    QHash<QString, ErrorRate> errorByArea;
    double malformed = 0;
    double truncate = 0;
    double drop = 0;
    double stall = 0;

    bool isEmpty() const;
    // Parses the text form; on error returns false and sets *error (translated, naming the item).
    static bool parse(const QString& text, FaultSpec* out, QString* error);
};

} // namespace r8::sandbox
