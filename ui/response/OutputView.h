#pragma once
#include "app/api/ApiRequest.h"
#include "app/api/Prediction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QScopedPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace Ui {
class OutputView;
}
namespace r8::api {
class ApiClient;
}

namespace r8::ui {

class ImageGridDelegate;
class JsonTreeModel;
class OutputItemsModel;
class OutputKindFilter;
class OutputLoader;
class OutputSaver;

// The composer's output preview: images (PNG, JPEG, WebP, GIF — from URLs or data: URIs) in a grid
// with zoom and "Save as…"; text (iterator outputs joined, streamed text appended as it arrives);
// JSON as a tree; other files as links with "Save as…". Says when output URLs expire (an hour after
// the prediction finished) and offers "Save all…"; "Open on replicate.com" when urls.web is there.
// http(s) outputs are downloaded through ApiClient (the token only goes to the API's origin);
// images are decoded off the GUI thread.
class OutputView : public QWidget
{
    Q_OBJECT
public:
    explicit OutputView(r8::api::ApiClient* client, QWidget* parent = nullptr);
    ~OutputView() override;

    void
    setApiTarget(const r8::api::ApiTarget& target); // for downloading http(s) outputs (through ApiClient)
    void clear();
    void appendText(const QString& chunk); // streaming text
    void showPrediction(const r8::api::Prediction& p,
                        const QJsonObject& outputSchema); // final (or latest) output
    int imageCount() const;                               // images shown (loaded) — for tests
    QString text() const;                                 // the text shown

    // Beyond the composer's needs: for tests and menus.
    OutputItemsModel* model() const { return m_model; }
    QString noticeText() const; // the expiry note / save result ("" when hidden)
    QUrl webUrl() const { return m_webUrl; }
    int imageZoom() const;
    void setImageZoom(int pixels); // 64–1024
    // Saves one item (a row of model()) to `path` (empty: ask). Ends with saved() or saveFailed().
    void saveItem(int row, const QString& path = QString());
    // Saves every item into `folder` (empty: ask), never overwriting a file. Ends with allSaved().
    void saveAll(const QString& folder = QString());
    void openWebPage();

signals:
    void imagesLoaded(); // every image of the current output is loaded (or failed)
    void saved(const QString& path);
    void saveFailed(const QString& error);
    void allSaved(int files, const QStringList& errors);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void checkSettled();
    void onAllSaved(const QString& folder, int files, const QStringList& errors);
    void updateSections();
    void updateNotice();
    void updateButtons();
    void setText(const QString& text);
    int selectedImageRow() const; // a row of m_model, or -1
    int selectedFileRow() const;
    QString askSavePath(const QString& suggestedName);
    void copyImage();
    void copyJson();
    void showGridMenu(const QPoint& pos);
    void toggleFit(const QModelIndex& index);

    const QScopedPointer<Ui::OutputView> m_ui;
    OutputItemsModel* m_model;
    OutputKindFilter* m_images;
    OutputKindFilter* m_files;
    JsonTreeModel* m_json;
    ImageGridDelegate* m_delegate;
    OutputLoader* m_loader;
    OutputSaver* m_saver;
    QList<QPair<QString, QJsonValue>> m_jsonShown;
    QString m_streamed;
    QUrl m_webUrl;
    QDateTime m_completedAt;
    QString m_statusNote; // no output: why
    QString m_saveNote;   // the last save's result
    bool m_hasRemoteUrls = false;
    bool m_imagesSignalled = false;
    int m_zoomBeforeFit = 0;
    QString m_lastFolder;
    QTimer m_expiryTimer;
};

} // namespace r8::ui
