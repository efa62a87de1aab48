#pragma once
#include "ui/composer/SchemaFormWidget.h"

#include <QUrl>

#include <functional>

namespace r8 {
class TokenVault;
}

namespace r8::ui {

// The composer's FileUploadFn: a file too large to send inline is uploaded (POST {base}/files) with
// the token chosen at that moment, whose secret is read from the keychain for that one upload.
FileUploadFn tokenUploaderFn(api::ApiClient* client, TokenVault* vault, std::function<QString()> tokenId,
                             std::function<QUrl()> baseUrl);

} // namespace r8::ui
