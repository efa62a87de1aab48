#include "ui/response/OutputSaver.h"

#include "app/composer/OutputFetcher.h"
#include "ui/response/OutputItemsModel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

namespace r8::ui {

using Kind = composer::OutputItem::Kind;
using State = OutputItemsModel::State;

namespace {
QString uniquePath(const QDir& dir, const QString& name, QStringList* taken)
{
    const QFileInfo fi(name.isEmpty() ? QStringLiteral("output") : name);
    const QString base = fi.completeBaseName();
    const QString suffix = fi.suffix().isEmpty() ? QString() : QLatin1Char('.') + fi.suffix();
    QString candidate = base + suffix;
    for (int i = 1; dir.exists(candidate) || taken->contains(candidate); ++i)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(i).arg(suffix);
    taken->append(candidate);
    return dir.filePath(candidate);
}

QByteArray jsonBytes(const QJsonValue& v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson();
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson();
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '\n';
}
} // namespace

OutputSaver::OutputSaver(api::ApiClient* client, const OutputItemsModel* model, QObject* parent)
    : QObject(parent), m_client(client), m_model(model)
{}

QString OutputSaver::suggestedName(int row) const
{
    const auto& e = m_model->entry(row);
    if (!e.item.fileName.isEmpty())
        return e.item.fileName;
    if (e.item.kind == Kind::Text)
        return QStringLiteral("output.txt");
    if (e.item.kind == Kind::Json)
        return QStringLiteral("output.json");
    return QStringLiteral("output");
}

bool OutputSaver::inMemory(int row) const
{
    const auto& e = m_model->entry(row);
    return e.item.kind == Kind::Text || e.item.kind == Kind::Json || e.state == State::Loaded;
}

QString OutputSaver::write(int row, const QString& path) const
{
    const auto& e = m_model->entry(row);
    const QByteArray data = e.item.kind == Kind::Text   ? e.item.text.toUtf8()
                            : e.item.kind == Kind::Json ? jsonBytes(e.item.json)
                                                        : e.bytes;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    return {};
}

void OutputSaver::saveItem(int row, const QString& path)
{
    if (row < 0 || row >= m_model->rowCount() || path.isEmpty())
        return;
    if (inMemory(row)) {
        const QString error = write(row, path);
        if (error.isEmpty())
            emit saved(path);
        else
            emit saveFailed(error);
        return;
    }
    // Not in memory (a file, or an image that failed to load): download it straight to the file.
    auto* fetcher = new composer::OutputFetcher(m_client, this);
    connect(fetcher, &composer::OutputFetcher::saved, this, [this, fetcher](const QString& p, qint64) {
        fetcher->deleteLater();
        emit saved(p);
    });
    connect(fetcher, &composer::OutputFetcher::failed, this, [this, fetcher, path](const QString& error) {
        fetcher->deleteLater();
        emit saveFailed(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    });
    fetcher->fetch(m_model->entry(row).item.url, m_target, path);
}

void OutputSaver::saveAll(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        emit allSaved(folder, 0,
                      {tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder))});
        return;
    }
    struct Batch
    {
        int pending = 0;
        int saved = 0;
        QStringList errors;
    };
    auto batch = std::make_shared<Batch>();
    auto finishOne = [this, batch, folder] {
        if (--batch->pending == 0)
            emit allSaved(folder, batch->saved, batch->errors);
    };
    batch->pending = m_model->rowCount() + 1; // +1: released at the end, once every save has started
    QStringList taken;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString path = uniquePath(dir, suggestedName(row), &taken);
        if (inMemory(row)) {
            const QString error = write(row, path);
            if (error.isEmpty())
                ++batch->saved;
            else
                batch->errors << error;
            finishOne();
            continue;
        }
        auto* fetcher = new composer::OutputFetcher(m_client, this);
        connect(fetcher, &composer::OutputFetcher::saved, this,
                [batch, fetcher, finishOne](const QString&, qint64) {
                    fetcher->deleteLater();
                    ++batch->saved;
                    finishOne();
                });
        connect(fetcher, &composer::OutputFetcher::failed, this,
                [batch, fetcher, finishOne, path](const QString& error) {
                    fetcher->deleteLater();
                    batch->errors << tr("%1: %2").arg(QFileInfo(path).fileName(), error);
                    finishOne();
                });
        fetcher->fetch(m_model->entry(row).item.url, m_target, path);
    }
    finishOne();
}

} // namespace r8::ui
