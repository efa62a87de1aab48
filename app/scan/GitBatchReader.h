#pragma once
#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>

namespace r8::scan {

// Splits the output of `git cat-file --batch` ("<oid> <type> <size>\n<size bytes>\n" per object,
// "<oid> missing\n" for an object that is not there) into objects, whatever the chunk sizes. Only
// the current header line is kept (bounded); bodies are passed through. Pure; safe to fuzz.
class GitBatchReader
{
public:
    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void begin(QByteArrayView oid, QByteArrayView type, qint64 size) = 0;
        virtual void bytes(QByteArrayView part) = 0; // the body, in order, in pieces
        virtual void end() = 0;
    };

    explicit GitBatchReader(Sink& sink) : m_sink(sink) {}
    void feed(QByteArrayView chunk);
    void finish();
    bool malformed() const { return m_malformed; } // the stream did not follow the format
    qint64 objects() const { return m_objects; }

private:
    void header(QByteArrayView line);

    enum class State
    {
        Header,
        Body,
        Trailer
    };
    Sink& m_sink;
    State m_state = State::Header;
    QByteArray m_header;
    qint64 m_left = 0;
    qint64 m_objects = 0;
    bool m_malformed = false;
};

// The first 8 bytes of a binary object id, as a hash key (an index on it must check the whole id:
// two ids sharing 8 bytes can be made on purpose).
inline quint64 gitIdPrefix(QByteArrayView id)
{
    quint64 k = 0;
    std::memcpy(&k, id.data(), size_t(std::min<qsizetype>(id.size(), qsizetype(sizeof k))));
    return k;
}

} // namespace r8::scan
