#include "ui/response/OutputLoader.h"

#include "app/composer/OutputFetcher.h"
#include "ui/response/OutputItemsModel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace r8::ui {

using Kind = composer::OutputItem::Kind;
using State = OutputItemsModel::State;

namespace {
struct Decoded
{
    QImage image;
    QSize size;
    QString error;
};

Decoded decodeImage(const QByteArray& data, const QString& mimeType)
{
    Decoded d;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    d.size = reader.size();
    const int limit = OutputLoader::displayLimit;
    if (d.size.isValid() && (d.size.width() > limit || d.size.height() > limit))
        reader.setScaledSize(d.size.scaled(limit, limit, Qt::KeepAspectRatio));
    d.image = reader.read();
    if (d.image.isNull()) {
        const QString sub = mimeType.section(QLatin1Char('/'), 1).toLower();
        if (!sub.isEmpty() && !QImageReader::supportedMimeTypes().contains(mimeType.toLatin1()))
            d.error = QCoreApplication::translate("r8::ui::OutputView",
                                                  "this system cannot show %1 images (on Debian, install "
                                                  "qt6-image-formats-plugins)")
                          .arg(sub.toUpper());
        else
            d.error = reader.errorString();
        return d;
    }
    if (!d.size.isValid())
        d.size = d.image.size();
    return d;
}

bool isRemote(const QString& url)
{
    return url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"));
}
} // namespace

OutputLoader::OutputLoader(api::ApiClient* client, OutputItemsModel* model, QObject* parent)
    : QObject(parent), m_client(client), m_model(model)
{}

OutputLoader::~OutputLoader()
{
    abortAll();
}

void OutputLoader::abortAll()
{
    for (composer::OutputFetcher* f : std::as_const(m_fetchers)) {
        f->disconnect(this);
        f->abort();
        f->deleteLater();
    }
    m_fetchers.clear();
    m_queue.clear();
}

void OutputLoader::sync()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto& e = m_model->entry(r);
        if (e.item.kind == Kind::Image && e.state == State::Pending && !m_queue.contains(e.serial) &&
            !m_fetchers.contains(e.serial))
            m_queue.append(e.serial);
    }
    for (auto it = m_fetchers.begin(); it != m_fetchers.end();) {
        if (m_model->rowOfSerial(it.key()) < 0) {
            it.value()->disconnect(this);
            it.value()->abort();
            it.value()->deleteLater();
            it = m_fetchers.erase(it);
        } else {
            ++it;
        }
    }
    loadNext();
}

void OutputLoader::loadNext()
{
    while (m_fetchers.size() < maxParallel && !m_queue.isEmpty()) {
        const quint64 serial = m_queue.takeFirst();
        const int row = m_model->rowOfSerial(serial);
        if (row < 0)
            continue;
        const QString url = m_model->entry(row).item.url;
        m_model->setLoading(row);
        if (isRemote(url) && !m_client) {
            m_model->setFailed(
                row, QCoreApplication::translate("r8::ui::OutputView", "no connection to download it"));
            emit imageDone(row);
            continue;
        }
        auto* fetcher = new composer::OutputFetcher(m_client, this);
        m_fetchers.insert(serial, fetcher);
        connect(
            fetcher, &composer::OutputFetcher::fetched, this,
            [this, serial](const QByteArray& data, const QString& mime) { onFetched(serial, data, mime); });
        connect(fetcher, &composer::OutputFetcher::failed, this,
                [this, serial](const QString& error) { onFailed(serial, error); });
        fetcher->fetch(url, m_target);
    }
}

void OutputLoader::onFetched(quint64 serial, const QByteArray& data, const QString& mimeType)
{
    if (composer::OutputFetcher* f = m_fetchers.take(serial))
        f->deleteLater();
    const int row = m_model->rowOfSerial(serial);
    if (row < 0) {
        loadNext();
        return;
    }
    QString mime = mimeType;
    if (mime.isEmpty() || mime == QLatin1String("application/octet-stream"))
        mime = m_model->entry(row).item.mimeType;
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, serial, data, mime] {
        watcher->deleteLater();
        const Decoded d = watcher->result();
        const int r = m_model->rowOfSerial(serial);
        if (r < 0)
            return;
        if (d.image.isNull())
            m_model->setFailed(r, d.error);
        else
            m_model->setLoaded(r, data, mime, d.image, d.size);
        emit imageDone(r);
    });
    watcher->setFuture(QtConcurrent::run(decodeImage, data, mime));
    loadNext();
}

void OutputLoader::onFailed(quint64 serial, const QString& error)
{
    if (composer::OutputFetcher* f = m_fetchers.take(serial))
        f->deleteLater();
    const int row = m_model->rowOfSerial(serial);
    if (row >= 0) {
        m_model->setFailed(row, error);
        emit imageDone(row);
    }
    loadNext();
}

} // namespace r8::ui
