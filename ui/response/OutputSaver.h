#pragma once
#include "app/api/ApiRequest.h"

#include <QObject>
#include <QStringList>

namespace r8::api {
class ApiClient;
}

namespace r8::ui {

class OutputItemsModel;

// Saves output items to files: what is already in memory (loaded images, text, JSON) is written at
// once; files not downloaded yet are downloaded straight to disk through ApiClient. Never overwrites
// a file when saving all into a folder ("out-0 (1).png").
class OutputSaver : public QObject
{
    Q_OBJECT
public:
    OutputSaver(api::ApiClient* client, const OutputItemsModel* model, QObject* parent = nullptr);

    void setTarget(const api::ApiTarget& target) { m_target = target; }
    void saveItem(int row, const QString& path); // ends with saved() or saveFailed()
    void saveAll(const QString& folder);         // ends with allSaved()
    QString suggestedName(int row) const;        // "out-0.webp", "output.txt", "output.json"

signals:
    void saved(const QString& path);
    void saveFailed(const QString& error);
    void allSaved(const QString& folder, int files, const QStringList& errors);

private:
    QString write(int row, const QString& path) const; // synchronous; the error or ""
    bool inMemory(int row) const;

    api::ApiClient* m_client;
    const OutputItemsModel* m_model;
    api::ApiTarget m_target;
};

} // namespace r8::ui
