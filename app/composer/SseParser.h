#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

namespace r8::composer {

// One Server-Sent Event. Replicate uses the types output (plain text), logs, error (JSON) and done (JSON).
struct SseEvent
{
    QString event = QStringLiteral("message"); // "message" when the event had no event: line
    QString data;                              // data: lines joined by "\n"
    QString id;                                // the last event id seen so far (persists across events)
    int retry = -1;                            // retry: milliseconds, -1 when not given
};

// Incremental SSE parser (the WHATWG event-stream rules): feed chunks split anywhere — inside a
// line, a UTF-8 sequence or a CR LF pair — and get the complete events. Comments (":…") are
// ignored; CR LF, LF and CR end lines; one space after the colon is dropped; an event is dispatched
// on a blank line when it has data or an event type. Pure (no I/O), so it is fuzzed.
class SseParser
{
public:
    QList<SseEvent> feed(const QByteArray& chunk);
    // The stream ended: an unterminated last event is dropped (as the standard says) and state reset.
    void finish();
    QString lastEventId() const { return m_lastId; }
    // Bytes held back for an unfinished line (bounded: a line longer than maxLineBytes is dropped).
    static constexpr qsizetype maxLineBytes = 16 * 1024 * 1024;

private:
    QList<SseEvent> feedBytes(const QByteArray& chunk);
    void processLine(const QByteArray& line, QList<SseEvent>* out);

    QByteArray m_line;
    QByteArray m_head;      // the first bytes, until the BOM question is settled
    bool m_skipLf = false;  // the previous chunk ended with CR: a leading LF belongs to it
    bool m_started = false; // a leading BOM is only skipped at the very start
    bool m_overflow = false;
    QString m_event;
    QString m_data;
    bool m_hasData = false;
    QString m_lastId;
    int m_retry = -1;
};

} // namespace r8::composer
