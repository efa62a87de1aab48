#include "app/sandbox/SandboxConfig.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace r8::sandbox {

R8_FILE_TR(r8::sandbox::SandboxConfig)

QString seededToken(quint32 seed, int index)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QRandomGenerator rng(seed * 7919u + quint32(index) * 104729u + 17u);
    QString t = QStringLiteral("r8_");
    while (t.size() < 40)
        t.append(QLatin1Char(alphabet[rng.bounded(62)]));
    return t;
}

SandboxConfig SandboxConfig::demo(quint32 seed)
{
    SandboxConfig c;
    c.seed = seed;
    c.accounts = {
        {QStringLiteral("demo"), QStringLiteral("user"), QStringLiteral("Demo User"),
         QStringLiteral("https://github.com/demo")},
        {QStringLiteral("acme"), QStringLiteral("organization"), QStringLiteral("Acme Corp, Inc."),
         QStringLiteral("https://github.com/acme")},
    };
    const QString demo = QStringLiteral("demo");
    c.tokens = {
        {QStringLiteral("default"), seededToken(seed, 0), demo, false, {}},
        {QStringLiteral("ci"), seededToken(seed, 1), demo, false, {}},
        {QStringLiteral("staging"), seededToken(seed, 2), demo, false, {}},
        {QStringLiteral("old-laptop"), seededToken(seed, 3), demo, true, QStringLiteral("compromised")},
        {QStringLiteral("acme-prod"), seededToken(seed, 4), QStringLiteral("acme"), false, {}},
    };
    return c;
}

SandboxConfig SandboxConfig::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return demo();
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(tr("sandbox config: invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return fail(tr("sandbox config: the top level must be a JSON object"));
    const QJsonObject o = doc.object();
    const quint32 seed = quint32(o.value(QLatin1String("seed")).toInteger(1));
    SandboxConfig c = demo(seed);

    if (o.contains(QLatin1String("accounts"))) {
        c.accounts.clear();
        const QJsonArray arr = o.value(QLatin1String("accounts")).toArray();
        for (int i = 0; i < arr.size(); ++i) {
            const QJsonObject a = arr.at(i).toObject();
            SandboxAccount acc;
            acc.username = a.value(QLatin1String("username")).toString();
            if (acc.username.isEmpty())
                return fail(tr("sandbox config: accounts[%1].username is missing").arg(i));
            acc.type = a.value(QLatin1String("type")).toString(QStringLiteral("user"));
            if (acc.type != QLatin1String("user") && acc.type != QLatin1String("organization"))
                return fail(
                    tr("sandbox config: accounts[%1].type must be \"user\" or \"organization\"").arg(i));
            acc.name = a.value(QLatin1String("name")).toString(acc.username);
            acc.githubUrl = a.value(QLatin1String("github_url")).toString();
            c.accounts.append(acc);
        }
    }
    if (o.contains(QLatin1String("tokens"))) {
        c.tokens.clear();
        const QJsonArray arr = o.value(QLatin1String("tokens")).toArray();
        for (int i = 0; i < arr.size(); ++i) {
            const QJsonObject t = arr.at(i).toObject();
            DemoToken d;
            d.name = t.value(QLatin1String("name")).toString(QStringLiteral("token-%1").arg(i + 1));
            d.token = t.value(QLatin1String("token")).toString(seededToken(seed, 100 + i));
            d.account = t.value(QLatin1String("account")).toString();
            d.disabled = t.value(QLatin1String("disabled")).toBool(false);
            d.disabledReason = t.value(QLatin1String("disabled_reason"))
                                   .toString(d.disabled ? QStringLiteral("user") : QString());
            if (d.token.size() < 8)
                return fail(tr("sandbox config: tokens[%1].token is too short").arg(i));
            bool known = false;
            for (const auto& a : c.accounts)
                known = known || a.username == d.account;
            if (!known)
                return fail(tr("sandbox config: tokens[%1].account names no account in \"accounts\"").arg(i));
            c.tokens.append(d);
        }
    }
    if (o.contains(QLatin1String("models"))) {
        const QJsonArray arr = o.value(QLatin1String("models")).toArray();
        for (int i = 0; i < arr.size(); ++i) {
            const QJsonObject m = arr.at(i).toObject();
            if (m.value(QLatin1String("owner")).toString().isEmpty() ||
                m.value(QLatin1String("name")).toString().isEmpty())
                return fail(tr("sandbox config: models[%1] needs \"owner\" and \"name\"").arg(i));
            c.extraModels.append(m);
        }
    }
    const QJsonObject rl = o.value(QLatin1String("rate_limits")).toObject();
    c.rateLimits.createPerMinute =
        rl.value(QLatin1String("create_per_minute")).toInt(c.rateLimits.createPerMinute);
    c.rateLimits.otherPerMinute =
        rl.value(QLatin1String("other_per_minute")).toInt(c.rateLimits.otherPerMinute);
    if (c.rateLimits.createPerMinute < 1 || c.rateLimits.otherPerMinute < 1)
        return fail(tr("sandbox config: rate_limits values must be at least 1"));
    c.pageSize = o.value(QLatin1String("page_size")).toInt(c.pageSize);
    if (c.pageSize < 1 || c.pageSize > 1000)
        return fail(tr("sandbox config: page_size must be between 1 and 1000"));
    c.retentionSeconds = o.value(QLatin1String("retention_seconds")).toDouble(c.retentionSeconds);
    c.speed = o.value(QLatin1String("speed")).toDouble(c.speed);
    if (c.speed <= 0)
        return fail(tr("sandbox config: speed must be a positive number"));
    const QJsonObject conn = o.value(QLatin1String("connections")).toObject();
    c.connections.maxConnections = conn.value(QLatin1String("max")).toInt(c.connections.maxConnections);
    if (c.connections.maxConnections < 1)
        return fail(tr("sandbox config: connections.max must be at least 1"));
    const auto millis = [&conn](const char* key, int* ms) {
        const QJsonValue v = conn.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        const double s = v.toDouble(-1);
        if (!(s > 0 && s <= 86400))
            return false;
        *ms = std::max(1, int(s * 1000));
        return true;
    };
    if (!millis("idle_timeout_seconds", &c.connections.idleTimeoutMs) ||
        !millis("header_timeout_seconds", &c.connections.headerTimeoutMs) ||
        !millis("body_timeout_seconds", &c.connections.bodyTimeoutMs))
        return fail(
            tr("sandbox config: connections timeouts must be numbers of seconds above 0 (at most 86400)"));
    if (error)
        error->clear();
    return c;
}

} // namespace r8::sandbox
