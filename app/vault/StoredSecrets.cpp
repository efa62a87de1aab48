#include "app/vault/StoredSecrets.h"

#include "app/vault/TokenVault.h"

#include <QPointer>

#include <memory>

namespace r8 {

void readStoredSecrets(TokenVault* vault, QObject* context, std::function<void(const StoredSecrets&)> done)
{
    struct State
    {
        StoredSecrets result;
        int pending = 0;
        std::function<void(const StoredSecrets&)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->pending = int(vault->records().size());
    if (state->pending == 0) {
        QMetaObject::invokeMethod(
            context, [state] { state->done(state->result); }, Qt::QueuedConnection);
        return;
    }
    for (const TokenRecord& r : vault->records()) {
        vault->readSecret(r.id, context, [state, id = r.id](const SecretReadResult& res) {
            if (res.error.ok())
                state->result.idBySecret.insert(res.secret, id);
            else if (res.error.kind != SecretError::Kind::NotFound)
                state->result.failure = res.error.userMessage();
            if (--state->pending == 0) {
                state->done(state->result);
                state->result = {}; // the secrets leave memory with the caller's copy
            }
        });
    }
}

} // namespace r8
