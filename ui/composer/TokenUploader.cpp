#include "ui/composer/TokenUploader.h"

#include "app/composer/FileUploader.h"
#include "app/vault/TokenVault.h"

#include <QCoreApplication>

namespace r8::ui {

namespace {
// Uploads one file with an authenticated target; `done(url, error)` once, unless `context` is gone.
void uploadFile(api::ApiClient* client, const api::ApiTarget& target, const QString& path, QObject* context,
                const std::function<void(const QString&, const QString&)>& done)
{
    auto* uploader = new composer::FileUploader(client, target, context);
    QObject::connect(uploader, &composer::FileUploader::uploaded, uploader,
                     [uploader, done](const QString& url) {
                         uploader->deleteLater();
                         done(url, QString());
                     });
    QObject::connect(uploader, &composer::FileUploader::failed, uploader,
                     [uploader, done](const QString& error) {
                         uploader->deleteLater();
                         done(QString(), error);
                     });
    uploader->upload(path);
}
} // namespace

FileUploadFn tokenUploaderFn(api::ApiClient* client, TokenVault* vault, std::function<QString()> tokenId,
                             std::function<QUrl()> baseUrl)
{
    return
        [=](const QString& path, QObject* context, std::function<void(const QString&, const QString&)> done) {
            const QString id = tokenId();
            const QUrl base = baseUrl();
            if (id.isEmpty() || !base.isValid() || !client) {
                done(QString(),
                     QCoreApplication::translate("r8::ui::ComposerPage",
                                                 "Choose an environment and a token to upload files to."));
                return;
            }
            vault->readSecret(id, context, [client, base, path, context, done](const SecretReadResult& r) {
                if (!r.error.ok()) {
                    done(QString(), r.error.userMessage());
                    return;
                }
                uploadFile(client, {base, r.secret}, path, context, done);
            });
        };
}

} // namespace r8::ui
