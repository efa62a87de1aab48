#include "app/sandbox/CogSchema.h"

namespace r8::sandbox::cog {

namespace {
QJsonObject base(int order, const QString& title, const QString& description)
{
    QJsonObject o{{QStringLiteral("x-order"), order}, {QStringLiteral("description"), description}};
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    return o;
}
void bounds(QJsonObject& o, const QJsonValue& def, const QJsonValue& minimum, const QJsonValue& maximum)
{
    if (!def.isUndefined())
        o.insert(QStringLiteral("default"), def);
    if (!minimum.isUndefined())
        o.insert(QStringLiteral("minimum"), minimum);
    if (!maximum.isUndefined())
        o.insert(QStringLiteral("maximum"), maximum);
}
QJsonObject ref(const QString& name)
{
    return {{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/") + name}};
}
} // namespace

QJsonObject stringProp(int order, const QString& title, const QString& description, const QJsonValue& def)
{
    QJsonObject o = base(order, title, description);
    o.insert(QStringLiteral("type"), QStringLiteral("string"));
    if (!def.isUndefined())
        o.insert(QStringLiteral("default"), def);
    return o;
}

QJsonObject uriProp(int order, const QString& title, const QString& description)
{
    QJsonObject o = stringProp(order, title, description);
    o.insert(QStringLiteral("format"), QStringLiteral("uri"));
    return o;
}

QJsonObject intProp(int order, const QString& title, const QString& description, const QJsonValue& def,
                    const QJsonValue& minimum, const QJsonValue& maximum)
{
    QJsonObject o = base(order, title, description);
    o.insert(QStringLiteral("type"), QStringLiteral("integer"));
    bounds(o, def, minimum, maximum);
    return o;
}

QJsonObject numberProp(int order, const QString& title, const QString& description, const QJsonValue& def,
                       const QJsonValue& minimum, const QJsonValue& maximum)
{
    QJsonObject o = base(order, title, description);
    o.insert(QStringLiteral("type"), QStringLiteral("number"));
    bounds(o, def, minimum, maximum);
    return o;
}

QJsonObject boolProp(int order, const QString& title, const QString& description, bool def)
{
    QJsonObject o = base(order, title, description);
    o.insert(QStringLiteral("type"), QStringLiteral("boolean"));
    o.insert(QStringLiteral("default"), def);
    return o;
}

QJsonObject enumProp(int order, const QString& refName, const QString& description, const QJsonValue& def)
{
    QJsonObject o = base(order, QString(), description);
    o.insert(QStringLiteral("allOf"), QJsonArray{ref(refName)});
    if (!def.isUndefined())
        o.insert(QStringLiteral("default"), def);
    return o;
}

QJsonObject enumSchema(const QString& name, const QJsonArray& values, const QString& type)
{
    return {{QStringLiteral("enum"), values},
            {QStringLiteral("type"), type},
            {QStringLiteral("title"), name},
            {QStringLiteral("description"), QStringLiteral("An enumeration.")}};
}

QJsonObject inputObject(const QJsonObject& properties, const QStringList& required)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("object")},
                  {QStringLiteral("title"), QStringLiteral("Input")},
                  {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        o.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return o;
}

QJsonObject document(const QJsonObject& input, const QJsonObject& output, const QJsonObject& enumSchemas)
{
    QJsonObject schemas = enumSchemas;
    schemas.insert(QStringLiteral("Input"), input);
    schemas.insert(QStringLiteral("Output"), output);
    schemas.insert(
        QStringLiteral("Status"),
        enumSchema(QStringLiteral("Status"),
                   {QStringLiteral("starting"), QStringLiteral("processing"), QStringLiteral("succeeded"),
                    QStringLiteral("canceled"), QStringLiteral("failed")}));
    schemas.insert(
        QStringLiteral("WebhookEvent"),
        enumSchema(QStringLiteral("WebhookEvent"), {QStringLiteral("start"), QStringLiteral("output"),
                                                    QStringLiteral("logs"), QStringLiteral("completed")}));
    schemas.insert(
        QStringLiteral("ValidationError"),
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("title"), QStringLiteral("ValidationError")},
            {QStringLiteral("required"),
             QJsonArray{QStringLiteral("loc"), QStringLiteral("msg"), QStringLiteral("type")}},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("loc"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                     {QStringLiteral("title"), QStringLiteral("Location")}}},
                 {QStringLiteral("msg"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                     {QStringLiteral("title"), QStringLiteral("Message")}}},
                 {QStringLiteral("type"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                              {QStringLiteral("title"), QStringLiteral("Error Type")}}}}}});
    schemas.insert(
        QStringLiteral("HTTPValidationError"),
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("title"), QStringLiteral("HTTPValidationError")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("detail"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                      {QStringLiteral("title"), QStringLiteral("Detail")},
                                      {QStringLiteral("items"), ref(QStringLiteral("ValidationError"))}}}}}});
    const QJsonObject requestProps{
        {QStringLiteral("id"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                           {QStringLiteral("title"), QStringLiteral("Id")}}},
        {QStringLiteral("input"), ref(QStringLiteral("Input"))},
        {QStringLiteral("webhook"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                {QStringLiteral("title"), QStringLiteral("Webhook")},
                                                {QStringLiteral("format"), QStringLiteral("uri")},
                                                {QStringLiteral("maxLength"), 65536},
                                                {QStringLiteral("minLength"), 1}}},
        {QStringLiteral("created_at"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                   {QStringLiteral("title"), QStringLiteral("Created At")},
                                                   {QStringLiteral("format"), QStringLiteral("date-time")}}}};
    schemas.insert(QStringLiteral("PredictionRequest"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("title"), QStringLiteral("PredictionRequest")},
                               {QStringLiteral("properties"), requestProps}});
    QJsonObject responseProps = requestProps;
    responseProps.insert(QStringLiteral("output"), ref(QStringLiteral("Output")));
    responseProps.insert(QStringLiteral("status"), ref(QStringLiteral("Status")));
    responseProps.insert(QStringLiteral("logs"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("title"), QStringLiteral("Logs")},
                                     {QStringLiteral("default"), QString()}});
    responseProps.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("title"), QStringLiteral("Error")}});
    responseProps.insert(QStringLiteral("metrics"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                     {QStringLiteral("title"), QStringLiteral("Metrics")}});
    schemas.insert(QStringLiteral("PredictionResponse"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("title"), QStringLiteral("PredictionResponse")},
                               {QStringLiteral("properties"), responseProps}});

    auto jsonContent = [](const QString& schemaName) {
        return QJsonObject{
            {QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), ref(schemaName)}}}};
    };
    const QJsonObject predictPost{
        {QStringLiteral("summary"), QStringLiteral("Predict")},
        {QStringLiteral("operationId"), QStringLiteral("predict_predictions_post")},
        {QStringLiteral("requestBody"),
         QJsonObject{{QStringLiteral("content"), jsonContent(QStringLiteral("PredictionRequest"))}}},
        {QStringLiteral("responses"),
         QJsonObject{
             {QStringLiteral("200"),
              QJsonObject{{QStringLiteral("description"), QStringLiteral("Successful Response")},
                          {QStringLiteral("content"), jsonContent(QStringLiteral("PredictionResponse"))}}},
             {QStringLiteral("422"),
              QJsonObject{
                  {QStringLiteral("description"), QStringLiteral("Validation Error")},
                  {QStringLiteral("content"), jsonContent(QStringLiteral("HTTPValidationError"))}}}}}};
    const QJsonObject paths{
        {QStringLiteral("/"),
         QJsonObject{{QStringLiteral("get"),
                      QJsonObject{{QStringLiteral("summary"), QStringLiteral("Root")},
                                  {QStringLiteral("operationId"), QStringLiteral("root__get")}}}}},
        {QStringLiteral("/health-check"),
         QJsonObject{
             {QStringLiteral("get"),
              QJsonObject{{QStringLiteral("summary"), QStringLiteral("Healthcheck")},
                          {QStringLiteral("operationId"), QStringLiteral("healthcheck_health_check_get")}}}}},
        {QStringLiteral("/predictions"), QJsonObject{{QStringLiteral("post"), predictPost}}},
        {QStringLiteral("/predictions/{prediction_id}/cancel"),
         QJsonObject{{QStringLiteral("post"),
                      QJsonObject{{QStringLiteral("summary"), QStringLiteral("Cancel")},
                                  {QStringLiteral("operationId"),
                                   QStringLiteral("cancel_predictions__prediction_id__cancel_post")}}}}},
        {QStringLiteral("/shutdown"),
         QJsonObject{{QStringLiteral("post"),
                      QJsonObject{{QStringLiteral("summary"), QStringLiteral("Start Shutdown")},
                                  {QStringLiteral("operationId"),
                                   QStringLiteral("start_shutdown_shutdown_post")}}}}}};
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.2")},
            {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Cog")},
                                                 {QStringLiteral("version"), QStringLiteral("0.1.0")}}},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), schemas}}}};
}

} // namespace r8::sandbox::cog
