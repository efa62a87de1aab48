// fuzz_seeds RECORDINGS_DIR OUT_DIR: writes every recorded response body to OUT_DIR/prediction,
// OUT_DIR/problem and OUT_DIR/tokens (plus a few hand-written token pages) as fuzzing seeds.
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
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
    if (argc != 3)
        return 2;
    const QString in = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    int n = 0;
    for (const QString& name : QDir(in).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(in + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const auto interactions =
            QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("interactions")).toArray();
        for (const QJsonValue& v : interactions) {
            const QJsonObject res = v[QLatin1String("response")].toObject();
            if (res.value(QLatin1String("body_base64")).toBool())
                continue;
            const QByteArray body = res.value(QLatin1String("body")).toString().toUtf8();
            if (body.isEmpty() || body.size() > 64 * 1024)
                continue; // keep seeds small: the big model lists slow the fuzzer down
            write(out + (res.value(QLatin1String("status")).toInt() >= 400 ? QStringLiteral("/problem")
                                                                           : QStringLiteral("/prediction")),
                  body);
            ++n;
        }
    }
    write(
        out + QStringLiteral("/tokens"),
        R"({"next":"http://127.0.0.1:1/v1/tokens?cursor=1","previous":null,"results":[{"id":"tok_1","name":"ci","hint":"Ab12","created_at":"2024-01-01T00:00:00.123456789Z","last_used_at":null,"disabled_at":null,"disabled_reason":null,"current":true}]})");
    write(out + QStringLiteral("/tokens"), R"({"type":"user","username":"demo","name":"Demo"})");
    write(out + QStringLiteral("/problem"),
          R"({"title":"Unauthenticated","detail":"This API token has been disabled","status":401})");
    write(out + QStringLiteral("/prediction"),
          R"({"id":"x","status":"aborted","version":"hidden","created_at":"2024-10-04T18:07:40.32Z"})");
    printf("%d seeds\n", n);
    return 0;
}
