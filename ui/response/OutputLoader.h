#pragma once
#include "app/api/ApiRequest.h"

#include <QHash>
#include <QObject>

namespace r8::api {
class ApiClient;
}
namespace r8::composer {
class OutputFetcher;
}

namespace r8::ui {

class OutputItemsModel;

// Loads the images of an OutputItemsModel: downloads http(s) ones through ApiClient (the token goes
// only to the API's origin), decodes data: URIs, and decodes every image off the GUI thread (a display
// copy of at most displayLimit pixels), a few at a time. Writes the results into the model.
class OutputLoader : public QObject
{
    Q_OBJECT
public:
    OutputLoader(api::ApiClient* client, OutputItemsModel* model, QObject* parent = nullptr);
    ~OutputLoader() override;

    void setTarget(const api::ApiTarget& target) { m_target = target; }
    // Starts loading the model's pending images; drops loads of entries that are gone.
    void sync();
    void abortAll();

    static constexpr int maxParallel = 4;
    static constexpr int displayLimit = 1024; // the largest zoom

signals:
    void imageDone(int row); // an image was loaded or failed

private:
    void loadNext();
    void onFetched(quint64 serial, const QByteArray& data, const QString& mimeType);
    void onFailed(quint64 serial, const QString& error);

    api::ApiClient* m_client;
    OutputItemsModel* m_model;
    api::ApiTarget m_target;
    QHash<quint64, composer::OutputFetcher*> m_fetchers; // downloads in flight, by entry serial
    QList<quint64> m_queue;
};

} // namespace r8::ui
