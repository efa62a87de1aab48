#pragma once
#include "app/composer/OutputItems.h"

#include <QAbstractListModel>
#include <QImage>

namespace r8::ui {

// The items of a prediction's output (images, text, JSON, files) with what the view has made of
// them: download state, the bytes (kept so "Save as…" works after the URLs expire), and for images
// a display copy (at most 1024 px) and the real size. Read-only for views.
class OutputItemsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class State
    {
        Pending,
        Loading,
        Loaded,
        Failed
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(composer::OutputItem::Kind)
        StateRole,                   // int(State)
        UrlRole,                     // the http(s) URL or data: URI
        FileNameRole,
        MimeTypeRole,
        ImageRole,     // QImage (display copy) once loaded
        ImageSizeRole, // QSize of the real image
        BytesSizeRole, // qint64, once loaded
        ErrorRole,     // why loading failed
        SerialRole,    // quint64: stable id of the entry (for caches)
        CaptionRole,   // "1024×1024 · WEBP · 240 KB", "Loading…", "Could not load: …"
    };

    struct Entry
    {
        composer::OutputItem item;
        State state = State::Pending;
        QByteArray bytes;
        QString mimeType; // as downloaded (else the item's)
        QImage image;     // display copy
        QSize imageSize;
        QString error;
        quint64 serial = 0;
    };

    explicit OutputItemsModel(QObject* parent = nullptr);

    // Replaces the items; entries whose URL (or text/JSON) is unchanged keep what was loaded.
    void setItems(const QList<composer::OutputItem>& items);
    void clear();
    const Entry& entry(int row) const { return m_entries.at(row); }
    int rowOfSerial(quint64 serial) const;
    void setLoading(int row);
    void setLoaded(int row, const QByteArray& bytes, const QString& mimeType, const QImage& image = QImage(),
                   const QSize& imageSize = QSize());
    void setFailed(int row, const QString& error);

    int count(composer::OutputItem::Kind kind) const;
    int count(composer::OutputItem::Kind kind, State state) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "data:image/png;base64,… (12 KB)" for data URIs (never the whole payload), else the URL.
    static QString displayUrl(const QString& url);

private:
    QString caption(const Entry& e) const;
    QList<Entry> m_entries;
    quint64 m_nextSerial = 1;
};

} // namespace r8::ui
