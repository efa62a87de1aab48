#include "ui/response/OutputItemsModel.h"

#include "app/composer/BodyText.h"

#include <QJsonDocument>

namespace r8::ui {

using Kind = composer::OutputItem::Kind;

namespace {
bool sameItem(const composer::OutputItem& a, const composer::OutputItem& b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case Kind::Image:
    case Kind::File:
        return a.url == b.url;
    case Kind::Text:
        return a.text == b.text;
    case Kind::Json:
        return a.json == b.json && a.path == b.path;
    }
    return false;
}
} // namespace

OutputItemsModel::OutputItemsModel(QObject* parent) : QAbstractListModel(parent) {}

void OutputItemsModel::setItems(const QList<composer::OutputItem>& items)
{
    QList<Entry> next;
    next.reserve(items.size());
    QList<Entry> old = m_entries;
    for (const composer::OutputItem& item : items) {
        auto it =
            std::find_if(old.begin(), old.end(), [&](const Entry& e) { return sameItem(e.item, item); });
        if (it != old.end()) {
            Entry e = *it;
            e.item = item;
            old.erase(it);
            next.append(e);
            continue;
        }
        Entry e;
        e.item = item;
        e.serial = m_nextSerial++;
        e.mimeType = item.mimeType;
        if (item.kind == Kind::Text || item.kind == Kind::Json)
            e.state = State::Loaded;
        next.append(e);
    }
    // Same rows in the same order (a poll with the same output): only signal changes.
    bool same = next.size() == m_entries.size();
    for (qsizetype i = 0; same && i < next.size(); ++i)
        same = next.at(i).serial == m_entries.at(i).serial;
    if (same) {
        m_entries = next;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0), index(int(m_entries.size()) - 1));
        return;
    }
    beginResetModel();
    m_entries = next;
    endResetModel();
}

void OutputItemsModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int OutputItemsModel::rowOfSerial(quint64 serial) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).serial == serial)
            return int(i);
    }
    return -1;
}

void OutputItemsModel::setLoading(int row)
{
    m_entries[row].state = State::Loading;
    m_entries[row].error.clear();
    emit dataChanged(index(row), index(row));
}

void OutputItemsModel::setLoaded(int row, const QByteArray& bytes, const QString& mimeType,
                                 const QImage& image, const QSize& imageSize)
{
    Entry& e = m_entries[row];
    e.state = State::Loaded;
    e.bytes = bytes;
    if (!mimeType.isEmpty())
        e.mimeType = mimeType;
    e.image = image;
    e.imageSize = imageSize;
    e.error.clear();
    emit dataChanged(index(row), index(row));
}

void OutputItemsModel::setFailed(int row, const QString& error)
{
    m_entries[row].state = State::Failed;
    m_entries[row].error = error;
    emit dataChanged(index(row), index(row));
}

int OutputItemsModel::count(Kind kind) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [kind](const Entry& e) { return e.item.kind == kind; }));
}

int OutputItemsModel::count(Kind kind, State state) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [kind, state](const Entry& e) {
        return e.item.kind == kind && e.state == state;
    }));
}

int OutputItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString OutputItemsModel::displayUrl(const QString& url)
{
    if (!url.startsWith(QLatin1String("data:")))
        return url;
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    return tr("%1,… (%2)")
        .arg(url.left(std::max<qsizetype>(comma, 0)), composer::byteSizeText(url.size() - comma - 1));
}

QString OutputItemsModel::caption(const Entry& e) const
{
    switch (e.state) {
    case State::Pending:
    case State::Loading:
        return tr("Loading…");
    case State::Failed:
        return tr("Could not load: %1").arg(e.error);
    case State::Loaded:
        break;
    }
    QStringList parts;
    if (e.imageSize.isValid())
        parts << tr("%1×%2").arg(e.imageSize.width()).arg(e.imageSize.height());
    const QString sub = e.mimeType.section(QLatin1Char('/'), 1).section(QLatin1Char(';'), 0, 0).toUpper();
    if (!sub.isEmpty())
        parts << sub;
    if (!e.bytes.isEmpty())
        parts << composer::byteSizeText(e.bytes.size());
    return parts.join(QStringLiteral(" · "));
}

QVariant OutputItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (e.item.kind) {
        case Kind::Image:
        case Kind::File:
            return e.item.fileName;
        case Kind::Text:
            return e.item.text.left(200);
        case Kind::Json:
            return e.item.path;
        }
        return {};
    case Qt::AccessibleTextRole:
        return e.item.fileName.isEmpty() ? e.item.path : e.item.fileName;
    case Qt::AccessibleDescriptionRole:
    case CaptionRole:
        return caption(e);
    case Qt::ToolTipRole:
        if (e.item.kind == Kind::Image || e.item.kind == Kind::File)
            return tr("%1\n%2\n%3").arg(e.item.path, displayUrl(e.item.url), caption(e));
        return e.item.path;
    case KindRole:
        return int(e.item.kind);
    case StateRole:
        return int(e.state);
    case UrlRole:
        return e.item.url;
    case FileNameRole:
        return e.item.fileName;
    case MimeTypeRole:
        return e.mimeType;
    case ImageRole:
        return e.image;
    case ImageSizeRole:
        return e.imageSize;
    case BytesSizeRole:
        return qint64(e.bytes.size());
    case ErrorRole:
        return e.error;
    case SerialRole:
        return e.serial;
    default:
        return {};
    }
}

} // namespace r8::ui
