// Writes fuzz seeds: every openapi_schema found in the recordings (schemaform/) and a few SSE
// streams in Replicate's shape (sse/; the first byte is the chunk size selector).
//   fuzz_composer_seeds RECORDINGS_DIR OUT_DIR
#include "tests/support/OpenapiSchemas.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void write(const QString& dir, const QByteArray& bytes)
{
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') +
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString out = QString::fromLocal8Bit(argv[2]);
    QDirIterator it(QString::fromLocal8Bit(argv[1]), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            for (const QJsonObject& schema : r8::test::openapiSchemasIn(f.readAll()))
                write(out + QStringLiteral("/schemaform"),
                      QJsonDocument(schema).toJson(QJsonDocument::Compact));
        }
    }
    write(
        out + QStringLiteral("/schemaform"),
        R"({"properties":{"a":{"type":"integer","minimum":1,"x-order":0},"b":{"allOf":[{"$ref":"#/components/schemas/e"}]}}})");
    const QList<QByteArray> streams = {
        "\x03"
        "event: output\nid: 1690212292:0\ndata: Once upon a time...\n\nevent: output\nid: "
        "1690212293:0\ndata: The End.\n\nevent: done\ndata: {}\n\n",
        "\x01"
        "event: logs\r\ndata:  12%|#  | 6/50\r\n\r\nevent: error\r\ndata: {\"detail\": "
        "\"boom\"}\r\n\r\nevent: done\r\ndata: {\"reason\": \"error\"}\r\n\r\n",
        "\x07"
        "\xEF\xBB\xBF:408: 408 Request Timeout\r\rretry: 10\rdata: a\rdata: b\r\r"};
    for (const QByteArray& s : streams)
        write(out + QStringLiteral("/sse"), s);
    return 0;
}
