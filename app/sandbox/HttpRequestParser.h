#pragma once
#include <QByteArray>
#include <QList>
#include <QPair>

namespace r8::sandbox {

// One HTTP/1.x request as it came off the wire (the body de-chunked).
struct ParsedRequest
{
    QByteArray method;
    QByteArray target; // origin-form, e.g. "/v1/account?x=1"
    int minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true; // false: "Connection: close", or HTTP/1.0 without "keep-alive"
};

// An incremental HTTP/1.0–1.1 request parser with hard limits, pure (bytes in, requests out).
// The body's size is decided on the headers: a Content-Length beyond the limit is refused before
// one byte of the body is read, and a chunked body is refused as soon as its chunk sizes add up
// beyond it. Nothing is buffered beyond the limits: the head is at most maxHeadBytes, a body at
// most maxBodyBytes (plus one read's worth of the next request).
class HttpRequestParser
{
public:
    enum class Status
    {
        NeedMore, // nothing complete yet (see stage())
        Ready,    // a request is complete: take it with take()
        Failed,   // the stream cannot go on: answer error() and close the connection
    };
    enum class Stage
    {
        Idle, // between requests, no byte of the next one seen yet
        Head, // request line and headers
        Body,
    };
    enum class Error
    {
        None,
        BadRequest,         // 400: malformed request line, header, length or chunk
        HeadTooLarge,       // 431: request line + headers beyond maxHeadBytes
        BodyTooLarge,       // 413: declared (or chunked) body beyond maxBodyBytes
        NotImplemented,     // 501: a transfer coding other than chunked
        VersionUnsupported, // 505: not HTTP/1.0 or HTTP/1.1
    };

    // maxUploadBytes (when above maxBodyBytes) is the limit of a POST /v1/files body with a
    // declared Content-Length (a chunked one stays within maxBodyBytes).
    HttpRequestParser(int maxHeadBytes, qint64 maxBodyBytes, qint64 maxUploadBytes = 0);

    // Appends bytes and parses as far as they go. Call again with no bytes after take() to parse
    // a pipelined request that is already buffered.
    Status feed(const QByteArray& bytes = {});
    ParsedRequest take(); // the Ready request; the parser moves on to the next one
    Stage stage() const { return m_stage; }
    Error error() const { return m_error; }
    int errorStatus() const; // 400/413/431/501/505, 0 when none
    // The head of the request being read asked for "Expect: 100-continue" (its body is acceptable).
    bool expectsContinue() const { return m_stage == Stage::Body && m_expectContinue; }
    qint64 declaredLength() const { return m_contentLength; } // -1 when chunked or none
    bool isUpload() const { return m_upload; }                // the request being read is POST /v1/files
    qsizetype buffered() const { return m_buffer.size(); }

private:
    Status fail(Error e);
    Status parseHead(qsizetype headEnd);
    Status parseBody();
    Status parseChunked();

    const int m_maxHead;
    const qint64 m_maxBody;
    const qint64 m_maxUpload;
    QByteArray m_buffer;
    Stage m_stage = Stage::Idle;
    Error m_error = Error::None;
    ParsedRequest m_current;
    bool m_ready = false;
    bool m_expectContinue = false;
    qint64 m_contentLength = -1;
    bool m_upload = false;
    bool m_chunked = false;
    // Chunked decoding
    enum class ChunkState
    {
        Size,
        Data,
        DataEnd,
        Trailers,
    };
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_chunkLeft = 0;
    qint64 m_trailerBytes = 0;
    qsizetype m_scanned = 0; // head bytes already searched for its end
};

} // namespace r8::sandbox
