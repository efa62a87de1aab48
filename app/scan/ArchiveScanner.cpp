#include "app/scan/ArchiveScanner.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <sys/stat.h>
#include <vector>

namespace r8::scan {

R8_FILE_TR(r8::scan::ArchiveScanner)

namespace {

constexpr size_t kBlock = 256 * 1024;

QString withoutCompression(const QString& name);

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

ArchivePtr newReader()
{
    ArchivePtr a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    archive_read_support_format_raw(a.get()); // .gz/.bz2/.xz of a single file
    return a;
}

QString errorOf(archive* a)
{
    const char* e = archive_error_string(a);
    return e ? QString::fromUtf8(e) : tr("unknown archive error");
}

// A nested archive reads its bytes out of the parent's current member.
struct NestedSource
{
    archive* parent;
    std::vector<char> buf;
};

la_ssize_t readNested(archive*, void* data, const void** out)
{
    auto* src = static_cast<NestedSource*>(data);
    *out = src->buf.data();
    return archive_read_data(src->parent, src->buf.data(), src->buf.size());
}

class Walk
{
public:
    Walk(const FileScanOptions& o, FileScanResult* r, qint64 archiveSize, const std::atomic_bool* cancel)
        : m_o(o), m_r(r), m_size(qMax<qint64>(archiveSize, 1)), m_cancel(cancel),
          m_scanner(ByteTransform::Kind::None, qsizetype(kBlock))
    {}

    bool stopped() const { return m_stop; }

    // Reads every member of `a` (already opened). `prefix`: "outer.zip!/" for nested archives.
    void members(archive* a, const QString& prefix, const QString& rawName, int depth)
    {
        archive_entry* e = nullptr;
        while (!m_stop) {
            const int rc = archive_read_next_header(a, &e);
            if (rc == ARCHIVE_EOF)
                return;
            if (rc == ARCHIVE_RETRY)
                continue;
            if (rc == ARCHIVE_FATAL) {
                skip(prefix, tr("the archive is damaged; the rest was not read: %1").arg(errorOf(a)));
                return;
            }
            const char* u8 = archive_entry_pathname_utf8(e);
            const char* raw = archive_entry_pathname(e);
            QString name = u8 ? QString::fromUtf8(u8) : QString::fromLocal8Bit(raw ? raw : "");
            if (archive_format(a) == ARCHIVE_FORMAT_RAW) // a compressed single file: "x.txt" of "x.txt.gz"
                name = rawName;
            if (rc == ARCHIVE_FAILED) {
                skip(prefix + name, tr("cannot be read: %1").arg(errorOf(a)));
                continue;
            }
            if (archive_entry_filetype(e) != AE_IFREG)
                continue;
            if (archive_entry_is_encrypted(e)) {
                skip(prefix + name, tr("encrypted: not scanned"));
                continue;
            }
            ++m_r->archiveMembers;
            const QString base = name.section(QLatin1Char('/'), -1);
            if (isArchiveName(base) && depth + 1 < m_o.limits.maxDepth) {
                nested(a, prefix + name, depth + 1);
            } else if (isArchiveName(base) && depth + 1 >= m_o.limits.maxDepth) {
                skip(prefix + name, tr("an archive nested more than %1 levels deep: its members were not "
                                       "opened (its bytes were scanned)")
                                        .arg(m_o.limits.maxDepth));
                data(a, prefix + name, false);
            } else {
                data(a, prefix + name,
                     base.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive) &&
                         archive_entry_size(e) <= m_o.limits.notebookMax);
            }
        }
    }

private:
    void skip(const QString& member, const QString& reason) { m_r->skipped.append({member, reason}); }

    // Counts expanded bytes; false (and the walk stops) past a limit.
    bool account(qint64 n, const QString& member)
    {
        m_r->expandedBytes += n;
        const qint64 x = m_r->expandedBytes;
        if (x > m_o.limits.maxExpanded ||
            (x > m_o.limits.bombThreshold && x / m_o.limits.bombRatio > m_size)) {
            skip(member, tr("the archive expands to more than %1 bytes from %2 (a possible zip bomb): "
                            "not followed further")
                             .arg(x)
                             .arg(m_size));
            m_stop = true;
            return false;
        }
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_r->status = FileScanResult::Status::Canceled;
            m_stop = true;
            return false;
        }
        return true;
    }

    void addHits(QList<TokenMatch> matches, const QString& member)
    {
        for (TokenMatch& m : matches)
            m_r->hits.append(FileHit{std::move(m), 0, member});
    }

    void data(archive* a, const QString& member, bool notebook)
    {
        if (notebook) {
            QByteArray all;
            std::vector<char> buf(kBlock);
            while (true) {
                const la_ssize_t n = archive_read_data(a, buf.data(), buf.size());
                if (n < 0) {
                    skip(member, tr("cannot be decompressed: %1").arg(errorOf(a)));
                    break;
                }
                if (n == 0 || !account(n, member))
                    break;
                all.append(buf.data(), n);
            }
            for (FileHit& h : scanNotebookBytes(all)) {
                h.member = member;
                m_r->hits.append(std::move(h));
            }
            return;
        }
        m_scanner.reset();
        while (true) {
            const la_ssize_t n = archive_read_data(a, m_scanner.space(), size_t(m_scanner.spaceSize()));
            if (n < 0) {
                skip(member, tr("cannot be decompressed: %1").arg(errorOf(a)));
                break;
            }
            if (n == 0)
                break;
            m_scanner.commit(n);
            addHits(m_scanner.takeMatches(), member);
            if (!account(n, member))
                break;
        }
        m_scanner.finish();
        addHits(m_scanner.takeMatches(), member);
    }

    void nested(archive* parent, const QString& member, int depth)
    {
        NestedSource src{parent, std::vector<char>(kBlock)};
        ArchivePtr a = newReader();
        if (archive_read_open(a.get(), &src, nullptr, readNested, nullptr) != ARCHIVE_OK) {
            // Not an archive after all (a file named .zip): its bytes, from the start — which
            // libarchive has consumed for its check; scan what it left as data.
            skip(member, tr("not a readable archive: %1").arg(errorOf(a.get())));
            return;
        }
        members(a.get(), member + QLatin1String("!/"),
                withoutCompression(member.section(QLatin1Char('/'), -1)), depth);
    }

    const FileScanOptions& m_o;
    FileScanResult* m_r;
    qint64 m_size;
    const std::atomic_bool* m_cancel;
    ContentScanner m_scanner;
    bool m_stop = false;
};
QString withoutCompression(const QString& name)
{
    for (const char* ext : {".gz", ".bz2", ".xz", ".zst"}) {
        if (name.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return name.chopped(int(qstrlen(ext)));
    }
    if (name.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive) ||
        name.endsWith(QLatin1String(".txz"), Qt::CaseInsensitive))
        return name.chopped(4) + QLatin1String(".tar");
    return name;
}

} // namespace

bool isArchiveName(const QString& fileName)
{
    static const char* const kExt[] = {".zip", ".jar", ".whl", ".war",  ".ear", ".aar", ".egg", ".nupkg",
                                       ".tar", ".tgz", ".gz",  ".tbz2", ".bz2", ".txz", ".xz",  ".zst"};
    for (const char* ext : kExt) {
        if (fileName.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool scanArchive(int fd, const QString& path, const FileScanOptions& options, FileScanResult* r,
                 const std::atomic_bool* cancel)
{
    struct stat st;
    const qint64 size = ::fstat(fd, &st) == 0 ? qint64(st.st_size) : 0;
    ArchivePtr a = newReader();
    if (archive_read_open_fd(a.get(), fd, kBlock) != ARCHIVE_OK)
        return false;
    FileScanResult out;
    out.archive = true;
    out.bytes = size;
    Walk walk(options, &out, size, cancel);
    walk.members(a.get(), QString(), withoutCompression(path.section(QLatin1Char('/'), -1)), 0);
    if (archive_format(a.get()) == ARCHIVE_FORMAT_RAW && archive_filter_count(a.get()) <= 1)
        return false; // libarchive read it as plain bytes: not an archive
    *r = std::move(out);
    return true;
}

} // namespace r8::scan
