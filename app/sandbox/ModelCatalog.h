#pragma once
#include "app/sandbox/SandboxModel.h"

#include <QList>

namespace r8::sandbox {

// The models the sandbox knows: the built-ins (flux-schnell, sdxl, hello-world, llama-3, always-fails)
// plus any from the config file. Version ids are stable (derived from the model name, not the seed).
class ModelCatalog
{
public:
    ModelCatalog();
    static QString versionIdFor(const QString& ref, int index);

    // Adds a model from a config file object: {owner, name, description?, kind:
    // "image"|"text"|"language"|"fails", official?, input?: Cog Input schema, output?: Cog Output schema}.
    // Returns false with *error when invalid.
    bool addFromConfig(const QJsonObject& model, QString* error);

    SandboxModel* find(const QString& owner, const QString& name);
    // Finds by version id; *index receives the version's position (0 = latest).
    SandboxModel* findVersion(const QString& versionId, int* index = nullptr);
    QList<SandboxModel>& models() { return m_models; }

private:
    QList<SandboxModel> m_models;
};

} // namespace r8::sandbox
