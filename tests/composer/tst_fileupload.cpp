// Uploaded input files: composer::FileUploader against the sandbox's POST /v1/files over loopback
// (upload, then urls.get describes the file and its download gives back the same bytes), the
// sandbox's files API (list, get, delete, other accounts, bad bodies) in the shapes of the real
// recording, and the token going only to the API origin (a redirect elsewhere goes without it).
#include "app/api/ApiClient.h"
#include "app/composer/FileInput.h"
#include "app/composer/FileUploader.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/api/ApiTestUtil.h"
#include "tests/api/ScriptedServer.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::composer;

namespace {
QString tokenOf(const sandbox::SandboxServer& s, const QString& account)
{
    for (const auto& t : s.tokens()) {
        if (!t.disabled && t.account == account)
            return t.token;
    }
    return {};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QJsonObject json(const api::ApiResult& r)
{
    return QJsonDocument::fromJson(r.body).object();
}
} // namespace

class TstFileUpload : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_server.reset(new sandbox::SandboxServer);
        QVERIFY(m_server->start());
        m_token = tokenOf(*m_server, QStringLiteral("demo"));
        QVERIFY(!m_token.isEmpty());
    }

    void uploadThenGetTheSameBytes()
    {
        QTemporaryDir dir;
        QByteArray bytes;
        for (int i = 0; i < 300000; ++i)
            bytes += char(i * 7 % 251);
        const QString path = writeFile(dir, QStringLiteral("weights \"v2\".bin"), bytes);
        api::ApiClient client;
        const api::ApiTarget target{m_server->baseUrl(), m_token};
        FileUploader up(&client, target);
        QSignalSpy uploaded(&up, &FileUploader::uploaded);
        QSignalSpy failed(&up, &FileUploader::failed);
        up.upload(path);
        QVERIFY(up.isBusy());
        QVERIFY(uploaded.wait(15000));
        QCOMPARE(failed.count(), 0);
        const QString url = uploaded.first().first().toString();
        const QJsonObject file = up.lastFile();
        QCOMPARE(url, m_server->baseUrl().toString() + QStringLiteral("/files/") +
                          file[QStringLiteral("id")].toString());
        QCOMPARE(file[QStringLiteral("name")].toString(),
                 QStringLiteral("weights _v2_.bin")); // quotes made safe
        QCOMPARE(file[QStringLiteral("size")].toInt(), bytes.size());
        QCOMPARE(file[QStringLiteral("content_type")].toString(), QStringLiteral("application/octet-stream"));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(file[QStringLiteral("checksums")][QStringLiteral("sha256")].toString(), sha);
        QCOMPARE(file[QStringLiteral("etag")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()));
        const QDateTime created =
            QDateTime::fromString(file[QStringLiteral("created_at")].toString(), Qt::ISODateWithMs);
        const QDateTime expires =
            QDateTime::fromString(file[QStringLiteral("expires_at")].toString(), Qt::ISODateWithMs);
        QVERIFY(created.isValid() && expires.isValid());
        QCOMPARE(created.secsTo(expires), 24 * 3600);

        // urls.get answers with the file's JSON (as the real API does); /download with the bytes.
        const api::ApiResult meta = test::sendAndWait(client, api::ApiRequest::get(QUrl(url)), target);
        QVERIFY2(meta.ok(), qPrintable(meta.error));
        QCOMPARE(json(meta), file);
        const api::ApiResult data =
            test::sendAndWait(client, api::ApiRequest::get(QUrl(url + QStringLiteral("/download"))), target);
        QVERIFY2(data.ok(), qPrintable(data.error));
        QCOMPARE(data.body, bytes);
        QCOMPARE(data.header("Content-Type"), QByteArray("application/octet-stream"));

        // Listed (newest first), then deleted: 204, and 404 "File not found" afterwards.
        const QString path2 = writeFile(dir, QStringLiteral("notes.txt"), "hello\n");
        up.upload(path2);
        QVERIFY(uploaded.wait(15000));
        QCOMPARE(up.lastFile()[QStringLiteral("content_type")].toString(), QStringLiteral("text/plain"));
        const api::ApiResult list = test::sendAndWait(
            client, api::ApiRequest::get(QUrl(m_server->baseUrl().toString() + QStringLiteral("/files"))),
            target);
        QVERIFY(list.ok());
        const QJsonArray results = json(list)[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0][QStringLiteral("name")].toString(), QStringLiteral("notes.txt"));
        QCOMPARE(results[1][QStringLiteral("id")].toString(), file[QStringLiteral("id")].toString());
        QVERIFY(json(list).contains(QStringLiteral("next")) &&
                json(list).contains(QStringLiteral("previous")));
        api::ApiRequest del = api::ApiRequest::get(QUrl(url));
        del.method = "DELETE";
        const api::ApiResult deleted = test::sendAndWait(client, del, target);
        QCOMPARE(deleted.status, 204);
        const api::ApiResult gone = test::sendAndWait(client, api::ApiRequest::get(QUrl(url)), target);
        QCOMPARE(gone.status, 404);
        QCOMPARE(json(gone)[QStringLiteral("detail")].toString(), QStringLiteral("File not found"));
    }

    void filesArePrivateToTheirAccount()
    {
        QTemporaryDir dir;
        api::ApiClient client;
        FileUploader up(&client, {m_server->baseUrl(), m_token});
        QSignalSpy uploaded(&up, &FileUploader::uploaded);
        up.upload(writeFile(dir, QStringLiteral("a.txt"), "secret plan"));
        QVERIFY(uploaded.wait(15000));
        const QUrl url(uploaded.first().first().toString());
        const QString other = tokenOf(*m_server, QStringLiteral("acme"));
        QVERIFY(!other.isEmpty());
        QCOMPARE(test::sendAndWait(client, api::ApiRequest::get(url), {m_server->baseUrl(), other}).status,
                 404);
        QCOMPARE(test::sendAndWait(client,
                                   api::ApiRequest::get(QUrl(url.toString() + QStringLiteral("/download"))),
                                   {m_server->baseUrl(), other})
                     .status,
                 404);
        QCOMPARE(
            test::sendAndWait(client, api::ApiRequest::get(url), {m_server->baseUrl(), QString()}).status,
            401);
    }

    void badBodiesAreRefused()
    {
        api::ApiClient client;
        const api::ApiTarget target{m_server->baseUrl(), m_token};
        const QUrl files(m_server->baseUrl().toString() + QStringLiteral("/files"));
        const api::ApiResult notMultipart =
            test::sendAndWait(client, api::ApiRequest::postJson(files, "{}"), target);
        QCOMPARE(notMultipart.status, 400);
        api::ApiRequest noContent = fileUploadRequest(m_server->baseUrl(), QStringLiteral("x.txt"), "x",
                                                      QStringLiteral("text/plain"));
        noContent.body.replace("name=\"content\"", "name=\"other\"");
        const api::ApiResult missing = test::sendAndWait(client, noContent, target);
        QCOMPARE(missing.status, 400);
        QVERIFY(json(missing)[QStringLiteral("detail")].toString().contains(QLatin1String("content")));
    }

    void shapeMatchesTheRecording()
    {
        const QString dir = test::recordingsDir();
        if (dir.isEmpty())
            QSKIP("recordings not found (../shared/fixtures/replicate-recordings)");
        QFile f(dir + QStringLiteral("/file-operations.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray interactions =
            QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("interactions")].toArray();
        const QJsonObject created =
            interactions.first()[QStringLiteral("response")][QStringLiteral("body")].toString().isEmpty()
                ? QJsonObject()
                : QJsonDocument::fromJson(
                      interactions.first()[QStringLiteral("response")][QStringLiteral("body")]
                          .toString()
                          .toUtf8())
                      .object();
        QCOMPARE(interactions.first()[QStringLiteral("response")][QStringLiteral("status")].toInt(), 201);
        QVERIFY(!created.isEmpty());

        QTemporaryDir tmp;
        api::ApiClient client;
        FileUploader up(&client, {m_server->baseUrl(), m_token});
        QSignalSpy uploaded(&up, &FileUploader::uploaded);
        up.upload(writeFile(tmp, QStringLiteral("empty.txt"), QByteArray()));
        QVERIFY(uploaded.wait(15000));
        const QJsonObject ours = up.lastFile();
        for (auto it = created.begin(); it != created.end(); ++it) {
            QVERIFY2(ours.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(ours.value(it.key()).type(), it.value().type());
        }
        for (const QString& k : created[QStringLiteral("checksums")].toObject().keys())
            QVERIFY2(ours[QStringLiteral("checksums")].toObject().contains(k), qPrintable(k));
        // The recorded empty file's checksums are the well-known ones of zero bytes: ours too.
        QCOMPARE(ours[QStringLiteral("checksums")], created[QStringLiteral("checksums")]);
        QCOMPARE(ours[QStringLiteral("size")].toInt(), 0);
    }

    void tokenOnlyToTheApiOrigin()
    {
        // The "API" answers the upload with a 307 to another origin (the sandbox, another port):
        // the upload follows without the token, so the sandbox says no token was passed.
        const QString files = m_server->baseUrl().toString() + QStringLiteral("/files");
        test::ScriptedServer api([&](const test::RawRequest&) {
            return test::respond(307, QByteArray(), "text/plain", {{"Location", files.toUtf8()}});
        });
        QVERIFY(api.start());
        QTemporaryDir dir;
        api::ApiClient client;
        FileUploader up(&client, {api.baseUrl(), m_token});
        QSignalSpy failed(&up, &FileUploader::failed);
        up.upload(writeFile(dir, QStringLiteral("a.txt"), "abc"));
        QVERIFY(failed.wait(15000));
        const QString error = failed.first().first().toString();
        QVERIFY2(error.contains(QLatin1String("a.txt")) &&
                     error.contains(QLatin1String("did not pass an authentication token")),
                 qPrintable(error));
        QVERIFY(!error.contains(m_token));
        QCOMPARE(api.requests().size(), 1);
        QVERIFY(
            api.requests().first().headers.value("authorization").startsWith("Bearer r8_")); // the API origin
                                                                                             // had it
    }

    void localProblems()
    {
        api::ApiClient client;
        FileUploader up(&client, {m_server->baseUrl(), m_token});
        QSignalSpy failed(&up, &FileUploader::failed);
        up.upload(QStringLiteral("/nonexistent/dir/file.png"));
        QCOMPARE(failed.count(), 0); // always asynchronous
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("no such file")));
        // Over the API's 100 MB limit: refused before reading (a sparse file).
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("huge.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(FileUploader::maxBytes + 1));
        big.close();
        up.upload(big.fileName());
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.last().first().toString().contains(QLatin1String("100 MB")),
                 qPrintable(failed.last().first().toString()));
    }

private:
    QScopedPointer<sandbox::SandboxServer> m_server;
    QString m_token;
};

QTEST_MAIN(TstFileUpload)
#include "tst_fileupload.moc"
