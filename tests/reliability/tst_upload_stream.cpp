// Hardening (issue 13, item 8): `key=@FILE` uploads are streamed from disk. `r8 run` (a real process,
// the real keychain of run-headless.sh) uploads a generated 90 MB file to the in-process sandbox,
// with libcurl and with Qt's stack; its peak RSS (VmHWM, read from /proc while it still runs, after
// the upload was answered) is compared with the same run uploading a 300 KB file: the growth must be
// far below the file's size. The sandbox keeps the file: downloaded again, size and SHA-256 match.
#include "app/sandbox/SandboxServer.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;

namespace {
constexpr qint64 kBigBytes = 90LL * 1024 * 1024; // below the files API's 100 MB (FileUploader::maxBytes)
constexpr qint64 kSmallBytes = 300 * 1024;       // above the 256 KB data: URI limit: uploaded too

struct Upload
{
    int code = -1;
    QByteArray out, err;
    qint64 peakKiB = -1; // VmHWM after the upload was answered
};
} // namespace

class TstUploadStream : public QObject
{
    Q_OBJECT
private:
    // A seed of its own: demo tokens of the default seed may already be in the shared test keyring.
    sandbox::SandboxServer m_sandbox{
        sandbox::SandboxConfig::demo(quint32(QDateTime::currentMSecsSinceEpoch() % 100000) + 200000)};
    QString m_r8, m_name, m_token;
    QTemporaryDir m_dir;

    // A token list of its own (the keychain is the shared test one).
    QProcessEnvironment r8Environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    QString writeFile(const QString& name, qint64 size, QByteArray* sha)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QRandomGenerator gen{quint32(size)};
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 left = size; left > 0;) {
            gen.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            const qint64 n = std::min<qint64>(left, block.size());
            f.write(block.constData(), n);
            hash.addData(QByteArrayView(block.constData(), n));
            left -= n;
        }
        *sha = hash.result();
        return f.fileName();
    }

    // `r8 run` uploading `path` as the image of a model that takes a while (so that r8 still runs
    // when the prediction has been created: its VmHWM is read then, after the upload).
    Upload run(const QString& path, const QByteArray& backend)
    {
        QProcess p;
        QProcessEnvironment env = r8Environment();
        env.insert(QStringLiteral("R8_HTTP_BACKEND"), QString::fromLatin1(backend));
        p.setProcessEnvironment(test::withoutAsanQuarantine(env)); // r8's own peak RSS, under ASan too
        Upload u;
        QByteArray err;
        connect(&p, &QProcess::readyReadStandardError, this, [&] {
            err += p.readAllStandardError();
            if (u.peakKiB < 0 && err.contains("Prediction ") && err.contains(" created"))
                u.peakKiB = test::peakRssKiB(p.processId());
        });
        p.start(m_r8,
                {QStringLiteral("run"), QStringLiteral("stability-ai/sdxl:") + m_version,
                 QStringLiteral("prompt=x"), QStringLiteral("image=@") + path,
                 QStringLiteral("num_inference_steps=1"), QStringLiteral("--json"), QStringLiteral("--token"),
                 m_name, QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()});
        if (!p.waitForStarted(10000))
            return u;
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(120000)) {
            p.kill();
            p.waitForFinished();
            return u;
        }
        u.code = p.exitCode();
        u.out = p.readAllStandardOutput();
        u.err = err + p.readAllStandardError();
        if (u.out.contains(m_token.toUtf8()) || u.err.contains(m_token.toUtf8()))
            u.code = 99; // never
        return u;
    }

    QByteArray get(const QUrl& url)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QNetworkReply* reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(60000);
        reply->deleteLater();
        return reply->readAll();
    }

    QString m_version;

private slots:
    void initTestCase()
    {
        m_r8 = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/app/r8");
        QVERIFY(QFileInfo(m_r8).isExecutable());
        if (qEnvironmentVariable("R8_TEST_HOME").isEmpty())
            QSKIP("needs tests/run-headless.sh (private HOME and keyring)");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        for (const auto& t : m_sandbox.tokens())
            if (!t.disabled && m_token.isEmpty())
                m_token = t.token;
        m_name = QStringLiteral("upload-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QProcess add;
        add.setProcessEnvironment(r8Environment());
        add.start(m_r8, {QStringLiteral("tokens"), QStringLiteral("add"), m_name, QStringLiteral("--env"),
                         QStringLiteral("development")});
        QVERIFY(add.waitForStarted());
        add.write(m_token.toLatin1() + '\n');
        add.closeWriteChannel();
        QSignalSpy added(&add, &QProcess::finished);
        QVERIFY(added.wait(20000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        m_version = QJsonDocument::fromJson(get(QUrl(m_sandbox.baseUrl().toString() +
                                                     QStringLiteral("/models/stability-ai/sdxl"))))
                        .object()
                        .value(QLatin1String("latest_version"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString();
        QVERIFY(!m_version.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_name.isEmpty() || m_r8.isEmpty())
            return;
        QProcess rm;
        rm.setProcessEnvironment(r8Environment());
        rm.start(m_r8, {QStringLiteral("tokens"), QStringLiteral("rm"), m_name});
        rm.waitForFinished(20000);
    }

    void largeUploadIsStreamed_data()
    {
        QTest::addColumn<QByteArray>("backend");
        QTest::newRow("curl") << QByteArray("curl");
        QTest::newRow("qt") << QByteArray("qt");
    }

    void largeUploadIsStreamed()
    {
        QFETCH(QByteArray, backend);
        QByteArray smallSha, bigSha;
        const QString small = writeFile(QStringLiteral("small.bin"), kSmallBytes, &smallSha);
        const QString big = writeFile(QStringLiteral("big.bin"), kBigBytes, &bigSha);
        QVERIFY(!small.isEmpty() && !big.isEmpty());

        const Upload base = run(small, backend);
        QVERIFY2(base.code == 0, base.err.constData());
        const Upload u = run(big, backend);
        QVERIFY2(u.code == 0, u.err.constData());
        QVERIFY2(base.peakKiB > 0 && u.peakKiB > 0, "VmHWM was not read while r8 ran");
        const qint64 growthKiB = u.peakKiB - base.peakKiB;
        qInfo("%s: peak RSS %lld KiB uploading %lld KiB, %lld KiB uploading %lld KiB: growth %lld KiB "
              "(%.1f %% of the file)",
              backend.constData(), base.peakKiB, kSmallBytes / 1024, u.peakKiB, kBigBytes / 1024, growthKiB,
              100.0 * double(growthKiB) / double(kBigBytes / 1024));
        QVERIFY2(growthKiB < kBigBytes / 1024 / 8, "the upload was held in memory");

        // Arrived whole: the sandbox's copy (urls.get + /download) has the file's size and hash.
        const QString url = QJsonDocument::fromJson(u.out.trimmed())
                                .object()
                                .value(QLatin1String("input"))
                                .toObject()
                                .value(QLatin1String("image"))
                                .toString();
        QVERIFY2(url.startsWith(m_sandbox.baseUrl().toString() + QStringLiteral("/files/")), qPrintable(url));
        const QByteArray stored = get(QUrl(url + QStringLiteral("/download")));
        QCOMPARE(stored.size(), kBigBytes);
        QCOMPARE(QCryptographicHash::hash(stored, QCryptographicHash::Sha256), bigSha);
        // For the record: the sandbox (in this process) buffers each upload whole, as a peer may.
        qInfo("this process (the sandbox, which buffers uploads): peak RSS %lld KiB",
              test::peakRssKiB(QCoreApplication::applicationPid()));
    }

    // The limit is still refused before anything is read or sent (100 MB: "less than 100MB").
    void tooLargeIsRefusedBeforeReading()
    {
        QFile f(m_dir.filePath(QStringLiteral("huge.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(100LL * 1024 * 1024)); // sparse: nothing written
        f.close();
        const Upload u = run(f.fileName(), "curl");
        QCOMPARE(u.code, 2);
        QVERIFY2(u.err.contains("104857600"), u.err.constData());
        QVERIFY(!u.err.contains("Uploading"));
    }
};

QTEST_MAIN(TstUploadStream)
#include "tst_upload_stream.moc"
