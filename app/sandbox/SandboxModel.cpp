#include "app/sandbox/SandboxModel.h"

#include "app/sandbox/CogSchema.h"
#include "app/sandbox/Timestamps.h"

namespace r8::sandbox {

QJsonObject SandboxModel::openapiSchema() const
{
    return cog::document(input, output, enums);
}

QJsonObject SandboxModel::versionJson(int index) const
{
    return {{QStringLiteral("id"), versionIds.value(index)},
            {QStringLiteral("created_at"), isoTime(versionDates.value(index))},
            {QStringLiteral("cog_version"), index == 0 ? cogVersion : QStringLiteral("0.8.6")},
            {QStringLiteral("openapi_schema"), openapiSchema()}};
}

QJsonObject SandboxModel::toJson(const QString& origin) const
{
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return {
        {QStringLiteral("url"), origin + QLatin1Char('/') + ref()},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("visibility"), QStringLiteral("public")},
        {QStringLiteral("github_url"), orNull(githubUrl)},
        {QStringLiteral("paper_url"), orNull(paperUrl)},
        {QStringLiteral("license_url"), orNull(licenseUrl)},
        {QStringLiteral("run_count"), runCount},
        {QStringLiteral("cover_image_url"), origin + QStringLiteral("/files/covers/") + owner +
                                                QLatin1Char('/') + name + QStringLiteral(".png")},
        {QStringLiteral("default_example"), QJsonValue::Null},
        {QStringLiteral("latest_version"),
         versionIds.isEmpty() ? QJsonValue(QJsonValue::Null) : versionJson(0)},
        {QStringLiteral("is_official"), official},
        {QStringLiteral("created_at"), isoTime(versionDates.isEmpty() ? QDateTime() : versionDates.last())},
        {QStringLiteral("weights_url"), QJsonValue::Null}};
}

} // namespace r8::sandbox
