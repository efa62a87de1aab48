// What the leak check reads inside files: binary files, UTF-16 (LE/BE, with and without a BOM),
// UTF-8 with a BOM, archives (zip, jar, whl, tar, tar.gz, gz, a notebook inside, nesting, a zip
// bomb), and the pure helpers behind them (encoding sniffing, git's object stream, escaping).
#include "app/scan/ContentScanner.h"
#include "app/scan/FileScanner.h"
#include "app/scan/GitObjectParser.h"
#include "app/scan/ScanJob.h"
#include "app/scan/TextEscape.h"
#include "tests/scan/ScanTestUtil.h"
#include "tests/support/TestSupport.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::scan;
using test::writeFile;

namespace {
QByteArray encode(const QString& text, QStringConverter::Encoding e, bool bom)
{
    QStringEncoder enc(e, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return enc(text);
}

// Writes archives with Python's standard library (python3 is a test dependency).
bool python(const QString& script, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("python3 failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

const FileHit* hitWith(const FileScanResult& r, const QByteArray& secret)
{
    for (const FileHit& h : r.hits) {
        if (h.match.secret == secret)
            return &h;
    }
    return nullptr;
}
} // namespace

class TstScanContent : public QObject
{
    Q_OBJECT
private slots:
    void utf16AndBomFilesGiveTheRightLine_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<int>("expected");
        QTest::newRow("utf-16le bom") << int(QStringConverter::Utf16LE) << true << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16le") << int(QStringConverter::Utf16LE) << false << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16be bom") << int(QStringConverter::Utf16BE) << true << int(TextEncoding::Utf16BE);
        QTest::newRow("utf-16be") << int(QStringConverter::Utf16BE) << false << int(TextEncoding::Utf16BE);
        QTest::newRow("utf-8 bom") << int(QStringConverter::Utf8) << true << int(TextEncoding::Utf8Bom);
    }
    void utf16AndBomFilesGiveTheRightLine()
    {
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        // Windows line ends, non-ASCII text before the token, the token on line 4.
        const QString text = QStringLiteral("línea uno\r\n€ zwei\r\n\r\nclave = %1\r\nfin\r\n").arg(tok);
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(path, encode(text, QStringConverter::Encoding(encoding), bom)));
        for (qsizetype chunk : {qsizetype(4096), qsizetype(1024 * 1024)}) {
            FileScanOptions o;
            o.chunkSize = chunk;
            const FileScanResult r = scanFile(path, o);
            QCOMPARE(int(r.encoding), expected);
            QCOMPARE(r.hits.size(), 1);
            QCOMPARE(r.hits.first().match.secret, tok.toUtf8());
            QCOMPARE(r.hits.first().match.line, 4);
        }
    }

    void utf16LongFileAcrossChunks()
    {
        // A token straddling chunk boundaries (odd byte offsets too) deep in a UTF-16 file.
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("fila %1 ü\n").arg(i);
        text += QStringLiteral("x=%1\n").arg(tok);
        const QString path = dir.filePath(QStringLiteral("big16.txt"));
        QVERIFY(writeFile(path, encode(text, QStringConverter::Utf16LE, false)));
        FileScanOptions o;
        o.chunkSize = 4099;
        const FileScanResult r = scanFile(path, o);
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.first().match.line, 20001);
    }

    void sniffingIsConservative()
    {
        QCOMPARE(sniffEncoding("plain ascii text, long enough to look at"), TextEncoding::Bytes);
        QCOMPARE(sniffEncoding(QByteArray("SQLite format 3\0\0\0\0\0\0\0\0\0", 24)), TextEncoding::Bytes);
        QCOMPARE(sniffEncoding(QByteArray("a\0b\0c\0d\0", 8)), TextEncoding::Utf16LE);
        QCOMPARE(sniffEncoding(QByteArray("\0a\0b\0c\0d", 8)), TextEncoding::Utf16BE);
        QCOMPARE(sniffEncoding(QByteArray("a\0", 2)), TextEncoding::Bytes); // too short to tell
        // Bytes read as UTF-16: ASCII kept, others one 0x80, newlines kept.
        QByteArray le("r\0"
                      "8\0"
                      "\n\0"
                      "\xac\x20",
                      8);
        ByteTransform t(ByteTransform::Kind::Utf16LE);
        QCOMPARE(t.apply(le.data(), 3), 1); // an odd byte waits for the next call
        QCOMPARE(t.apply(le.data() + 3, 5), 3);
    }

    void binaryFilesAreRead()
    {
        QTemporaryDir dir;
        const QByteArray tok = test::makeToken().toUtf8();
        // An SQLite-like page: NUL bytes all around, the token in the middle of 3 MB.
        QByteArray db("SQLite format 3\0", 16);
        db += QByteArray(1536 * 1024, '\0') + tok + QByteArray(1536 * 1024, '\0');
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(writeFile(path, db));
        FileScanOptions o;
        o.chunkSize = 64 * 1024;
        const FileScanResult r = scanFile(path, o);
        QVERIFY(r.binary);
        QCOMPARE(r.status, FileScanResult::Status::Scanned);
        QCOMPARE(r.bytes, db.size());
        QVERIFY(hitWith(r, tok));
        // Only an explicit --max-size makes a file go unread, and that is reported.
        o.maxFileSize = 1024;
        const FileScanResult limited = scanFile(path, o);
        QCOMPARE(limited.status, FileScanResult::Status::TooLarge);
        QVERIFY(limited.hits.isEmpty());
    }

    void archivesAreReadInside()
    {
        QTemporaryDir dir;
        const QByteArray a = test::makeToken().toUtf8(), b = test::makeToken().toUtf8(),
                         c = test::makeToken().toUtf8(), d = test::makeToken().toUtf8(),
                         e = test::makeToken().toUtf8(), f = test::makeToken().toUtf8(),
                         g = test::makeToken().toUtf8();
        const QString nb =
            QStringLiteral(
                "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import os\\n\", \"k = '%1'\\n\"],"
                " \"outputs\": []}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}")
                .arg(QString::fromLatin1(g));
        const QString script = QStringLiteral(R"(
import sys, zipfile, tarfile, gzip, io
d, a, b, c, d2, e, f, nb = sys.argv[1:]
def z(path, files):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zf:
        for n, data in files.items(): zf.writestr(n, data)
z(d + '/app.zip', {'conf/a.env': 'one\nREPLICATE_API_TOKEN=' + a + '\n'})
z(d + '/lib.jar', {'META-INF/x.properties': 'k=' + b})
z(d + '/pkg-1.0-py3-none-any.whl', {'pkg/_k.py': '\n\nT = "' + c + '"\n', 'pkg/nb.ipynb': nb})
inner = io.BytesIO()
with zipfile.ZipFile(inner, 'w', zipfile.ZIP_DEFLATED) as zf: zf.writestr('deep/secret.txt', 'x ' + d2)
z(d + '/outer.zip', {'inner.zip': inner.getvalue()})
with tarfile.open(d + '/src.tar.gz', 'w:gz') as t:
    data = ('a\nb\nc\nt=' + e + '\n').encode()
    ti = tarfile.TarInfo('src/settings.py'); ti.size = len(data); t.addfile(ti, io.BytesIO(data))
with tarfile.open(d + '/plain.tar', 'w') as t:
    data = ('q=' + f + '\n').encode()
    ti = tarfile.TarInfo('x/y.txt'); ti.size = len(data); t.addfile(ti, io.BytesIO(data))
with gzip.open(d + '/dump.sql.gz', 'wb') as gz: gz.write(('-- dump\nINSERT ' + a + ';\n').encode())
)");
        QVERIFY(python(script,
                       {dir.path(), QString::fromLatin1(a), QString::fromLatin1(b), QString::fromLatin1(c),
                        QString::fromLatin1(d), QString::fromLatin1(e), QString::fromLatin1(f), nb}));
        const auto scan = [&](const QString& name) {
            return scanFile(dir.filePath(name), FileScanOptions());
        };

        FileScanResult r = scan(QStringLiteral("app.zip"));
        QVERIFY(r.archive);
        QVERIFY(r.complete());
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.first().member, QStringLiteral("conf/a.env"));
        QCOMPARE(r.hits.first().match.line, 2);
        QVERIFY(hitWith(scan(QStringLiteral("lib.jar")), b));
        r = scan(QStringLiteral("pkg-1.0-py3-none-any.whl"));
        QCOMPARE(hitWith(r, c)->match.line, 3);
        const FileHit* cell = hitWith(r, g);
        QVERIFY(cell);
        QCOMPARE(cell->member, QStringLiteral("pkg/nb.ipynb"));
        QCOMPARE(cell->cell, 1);
        QCOMPARE(cell->match.line, 2);
        r = scan(QStringLiteral("outer.zip"));
        QCOMPARE(hitWith(r, d)->member, QStringLiteral("inner.zip!/deep/secret.txt"));
        r = scan(QStringLiteral("src.tar.gz"));
        QCOMPARE(hitWith(r, e)->member, QStringLiteral("src/settings.py"));
        QCOMPARE(hitWith(r, e)->match.line, 4);
        QVERIFY(hitWith(scan(QStringLiteral("plain.tar")), f));
        r = scan(QStringLiteral("dump.sql.gz"));
        QCOMPARE(hitWith(r, a)->member, QStringLiteral("dump.sql"));
        QCOMPARE(hitWith(r, a)->match.line, 2);

        // Nesting deeper than allowed: reported (the scan is incomplete), bytes still read.
        FileScanOptions shallow;
        shallow.limits.maxDepth = 1;
        const FileScanResult s = scanFile(dir.filePath(QStringLiteral("outer.zip")), shallow);
        QVERIFY(!s.complete());
        QCOMPARE(s.skipped.size(), 1);
        QVERIFY(s.skipped.first().reason.contains(QStringLiteral("nested")));
    }

    void zipBombIsReportedNotFollowed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.zip"));
        // 40 MiB of zeros in each of 3 members: ~120 KB on disk, a ratio of ~1000.
        QVERIFY(python(QStringLiteral(R"(
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for i in range(3): z.writestr('zeros%d.bin' % i, b'\0' * (40 << 20))
)"),
                       {path}));
        FileScanOptions o;
        o.limits.bombThreshold = 16 * 1024 * 1024;
        const FileScanResult r = scanFile(path, o);
        QVERIFY(!r.complete());
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY(r.skipped.first().reason.contains(QStringLiteral("zip bomb")));
        QVERIFY(r.expandedBytes < 20 * 1024 * 1024); // stopped soon after the threshold
        // Through a scan, with the default limits: reported as not scanned, the scan incomplete.
        ScanRequest req;
        req.paths = {dir.path()};
        const ScanReport rep = ScanJob().run(req, nullptr);
        QVERIFY(rep.findings.isEmpty());
        QVERIFY(!rep.complete());
        QCOMPARE(rep.unreadable.size(), 1);
        QVERIFY(rep.unreadable.first().path.startsWith(path + QStringLiteral("!/zeros")));
        QVERIFY(rep.unreadable.first().reason.contains(QStringLiteral("zip bomb")));
    }

    void notAnArchiveIsReadAsBytes()
    {
        QTemporaryDir dir;
        const QByteArray tok = test::makeToken().toUtf8();
        const QString path = dir.filePath(QStringLiteral("fake.zip"));
        QVERIFY(writeFile(path, "this is text\nk=" + tok + "\n"));
        const FileScanResult r = scanFile(path, FileScanOptions());
        QVERIFY(!r.archive);
        QVERIFY(r.complete());
        QCOMPARE(hitWith(r, tok)->match.line, 2);
    }

    void gitObjectStreamParser()
    {
        const QByteArray tok = test::makeToken().toUtf8(), tok2 = test::makeToken().toUtf8();
        const QByteArray commit = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor a <a@b> 1 +0000\n"
                                  "committer a <a@b> 1 +0000\n\nsubject\n\nbody " +
                                  tok + "\n";
        const QByteArray blob = "one\ntwo " + tok2 + "\n";
        const QByteArray stream = "1111111111111111111111111111111111111111 commit " +
                                  QByteArray::number(commit.size()) + "\n" + commit + "\n" +
                                  "2222222222222222222222222222222222222222 missing\n" +
                                  "3333333333333333333333333333333333333333 blob " +
                                  QByteArray::number(blob.size()) + "\n" + blob + "\n";
        for (qsizetype step : {qsizetype(1), qsizetype(3), stream.size()}) {
            GitObjectParser p;
            for (qsizetype i = 0; i < stream.size(); i += step)
                p.feed(QByteArrayView(stream).sliced(i, qMin(step, stream.size() - i)));
            p.finish();
            QVERIFY(!p.malformed());
            const QList<GitObjectHit> hits = p.takeHits();
            QCOMPARE(hits.size(), 2);
            QCOMPARE(hits[0].type, GitObjectHit::Type::Commit);
            QVERIFY(hits[0].inMessage);
            QCOMPARE(hits[0].line, 3); // the message's third line
            QCOMPARE(hits[1].type, GitObjectHit::Type::Blob);
            QCOMPARE(hits[1].line, 2);
            QCOMPARE(hits[1].oid, QByteArray("3333333333333333333333333333333333333333"));
            QCOMPARE(p.objects(), 2);
            QCOMPARE(p.commitCount(), 1);
        }
        GitObjectParser bad;
        bad.feed("nonsense without a size\n");
        QVERIFY(bad.malformed());
    }

    void controlCharactersAreEscaped()
    {
        QCOMPARE(escapeControls(QStringLiteral("a\nb")), QStringLiteral("a\\nb"));
        QCOMPARE(escapeControls(QStringLiteral("x\x1b[2Jy")), QStringLiteral("x\\e[2Jy"));
        QCOMPARE(escapeControls(QStringLiteral("tab\there\r")), QStringLiteral("tab\\there\\r"));
        QCOMPARE(escapeControls(QStringLiteral("back\\slash")), QStringLiteral("back\\\\slash"));
        QCOMPARE(escapeControls(QString(QChar(0x202E)) + QStringLiteral("txt.exe")),
                 QStringLiteral("\\u{202e}txt.exe"));
        QCOMPARE(escapeControls(QString(QChar(0x9b))), QStringLiteral("\\x9b"));
        QCOMPARE(escapeControls(QStringLiteral("café/ü.txt")), QStringLiteral("café/ü.txt"));
    }
};

QTEST_GUILESS_MAIN(TstScanContent)
#include "tst_scancontent.moc"
