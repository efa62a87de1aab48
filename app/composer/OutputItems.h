#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace r8::composer {

// One thing to show from a prediction's output.
struct OutputItem
{
    enum class Kind
    {
        Image,
        Text,
        Json,
        File
    };
    Kind kind = Kind::Text;
    QString url;      // Image/File: an http(s) URL or a data: URI
    QString text;     // Text: the text (iterator outputs joined)
    QJsonValue json;  // Json: the value
    QString mimeType; // from the data: URI or guessed from the URL's extension (may be empty)
    QString fileName; // a name to save it under ("out-0.png")
    QString path;     // where in the output it was found ("output[1]", "output.image")
};

// Walks `output` into items. `outputSchema` (components.schemas.Output, may be empty) decides
// whether a list of strings is one text (x-cog-array-display: concatenate). Without a schema, a
// list of plain strings (no URLs) is joined too, as the API's token iterators are. Pure.
QList<OutputItem> outputItems(const QJsonValue& output, const QJsonObject& outputSchema = {});

// The text of a concatenated/iterator output, or of a plain string output; empty otherwise. Pure.
QString outputText(const QJsonValue& output);

// Every http(s) URL and data: URI found in `output` (for history rows and --save). Pure.
QStringList outputUrls(const QJsonValue& output);

struct DataUri
{
    QString mimeType; // "image/png" ("text/plain;charset=US-ASCII" when absent, per RFC 2397)
    QByteArray data;
};
// Decodes "data:[<mime>][;base64],<data>" (base64 or percent-encoded). Empty + *error on bad input. Pure.
std::optional<DataUri> decodeDataUri(const QString& uri, QString* error);
// "data:<mime>;base64,<…>" for bytes. Pure.
QString encodeDataUri(const QByteArray& data, const QString& mimeType);

// "image/png" for ".png" etc. (png, jpg/jpeg, webp, gif, svg, mp3, wav, mp4, txt, json, …); empty if unknown.
QString mimeTypeForName(const QString& fileName);

} // namespace r8::composer
