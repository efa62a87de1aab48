#include "app/vault/TokenVault.h"

#include "app/core/Paths.h"
#include "app/core/Redact.h"
#include "app/vault/TokenInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <memory>
#include <utility>

namespace r8 {

namespace {
// Makes the first remaining record of the environment its default, or clears the default.
void pickDefault(VaultData& d, const QString& envLabel)
{
    d.defaults.remove(envLabel);
    for (const TokenRecord& r : std::as_const(d.records)) {
        if (r.environment == envLabel) {
            d.defaults.insert(envLabel, r.id);
            return;
        }
    }
}
} // namespace

TokenVault::TokenVault(SecretStore* store, const QString& metadataPath, QObject* parent)
    : QObject(parent), m_store(store), m_path(metadataPath)
{}

QString TokenVault::defaultMetadataPath()
{
    return appDataDir() + QStringLiteral("/tokens.json");
}

bool TokenVault::load(QString* error)
{
    QFile f(m_path);
    if (!f.exists()) {
        m_loadError.clear();
        m_data = VaultData{};
        emit reset();
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error =
            tr("Cannot read the token list %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        m_loadError = *error;
        return false;
    }
    constexpr qint64 kLimit = 64 * 1024 * 1024; // ~200 bytes a token: far beyond any real list
    const QByteArray bytes = f.read(kLimit + 1);
    if (bytes.size() > kLimit || f.error() != QFileDevice::NoError) {
        *error =
            tr("Cannot use the token list %1: %2 The file was left as it is.")
                .arg(QDir::toNativeSeparators(m_path),
                     f.error() != QFileDevice::NoError ? f.errorString() : tr("it is larger than 64 MB."));
        m_loadError = *error;
        return false;
    }
    VaultData d;
    QString parseError;
    if (!vaultFromJson(bytes, &d, &parseError)) {
        *error = tr("Cannot use the token list %1. %2 The file was left as it is; fix or move it away and "
                    "restart.")
                     .arg(QDir::toNativeSeparators(m_path), parseError);
        m_loadError = *error;
        return false;
    }
    m_loadError.clear();
    m_data = d;
    emit reset();
    return true;
}

TokenVault::Outcome TokenVault::save()
{
    if (!m_loadError.isEmpty())
        return {false, tr("Nothing was changed: %1").arg(m_loadError)};
    makePrivateDir(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {
            false,
            tr("Cannot write the token list %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString())};
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(vaultToJson(m_data));
    if (!f.commit()) {
        return {
            false,
            tr("Cannot write the token list %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString())};
    }
    emit saved();
    return {true, {}};
}

int TokenVault::indexOf(const QString& id) const
{
    for (int i = 0; i < m_data.records.size(); ++i) {
        if (m_data.records.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<TokenRecord> TokenVault::record(const QString& id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_data.records.at(i);
}

std::optional<TokenRecord> TokenVault::findByName(const QString& name) const
{
    for (const TokenRecord& r : m_data.records) {
        if (r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString TokenVault::defaultFor(const QString& environment) const
{
    return m_data.defaults.value(normalizeEnvironment(environment));
}

bool TokenVault::isDefault(const QString& id) const
{
    for (auto it = m_data.defaults.cbegin(); it != m_data.defaults.cend(); ++it) {
        if (it.value() == id)
            return true;
    }
    return false;
}

QStringList TokenVault::environments() const
{
    QStringList out = env::wellKnown();
    for (const TokenRecord& r : m_data.records) {
        if (!out.contains(r.environment))
            out.append(r.environment);
    }
    return out;
}

QString TokenVault::uniqueName(const QString& base) const
{
    const QString b = base.trimmed().isEmpty() ? tr("token") : base.trimmed();
    if (!findByName(b))
        return b;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(b).arg(n);
        if (!findByName(candidate))
            return candidate;
    }
}

QString TokenVault::normalizeEnvironment(const QString& label)
{
    const QString t = label.trimmed();
    if (t.isEmpty())
        return env::Development;
    for (const QString& known : env::wellKnown()) {
        if (t.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return t;
}

QString TokenVault::checkName(const QString& name, const QString& exceptId) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("Give the token a name.");
    if (n.size() > 100)
        return tr("The name is too long (at most 100 characters).");
    if (n.contains(u'\n') || n.contains(u'\r'))
        return tr("The name must be a single line.");
    if (redact(n) != n) // a token pasted as the name would land in the token list file
        return tr("The name looks like a token. Give it a name; the token itself is read from the "
                  "keychain dialog or standard input, never from a name.");
    const auto existing = findByName(n);
    if (existing && existing->id != exceptId)
        return tr("A token named “%1” already exists.").arg(existing->name);
    return {};
}

void TokenVault::findDuplicate(const QString& secret, QObject* context,
                               std::function<void(QString, SecretError)> done)
{
    // Only records with the same last four characters can hold the same secret: read just those.
    auto candidates = std::make_shared<QStringList>();
    const QString hint = tokenHint(secret);
    for (const TokenRecord& r : m_data.records) {
        if (r.hint == hint)
            candidates->append(r.id);
    }
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, candidates, secret, context, done, step]() {
        if (candidates->isEmpty()) {
            done(QString(), SecretError{});
            *step = nullptr; // break the cycle
            return;
        }
        const QString id = candidates->takeFirst();
        m_store->read(id, context, [done, id, secret, step](const SecretReadResult& r) {
            if (r.error.ok() && r.secret == secret) {
                done(id, SecretError{});
                *step = nullptr;
                return;
            }
            if (!r.error.ok() && r.error.kind != SecretError::Kind::NotFound) {
                done(QString(), r.error);
                *step = nullptr;
                return;
            }
            (*step)();
        });
    };
    (*step)();
}

void TokenVault::add(const AddRequest& request, QObject* context, AddFn done)
{
    AddResult result;
    const TokenInput input = cleanTokenInput(request.rawInput);
    if (!input.accepted()) {
        result.error = input.message;
        done(result);
        return;
    }
    if (!m_loadError.isEmpty()) {
        result.error = tr("Nothing was changed: %1").arg(m_loadError);
        done(result);
        return;
    }
    const QString nameError = checkName(request.name);
    if (!nameError.isEmpty()) {
        result.error = nameError;
        done(result);
        return;
    }
    if (input.verdict == TokenInput::Verdict::LegacyShape)
        result.warning = input.message;

    const QString secret = input.token;
    QPointer<TokenVault> self(this);
    findDuplicate(
        secret, context,
        [self, request, secret, context, done, result](QString dupId, SecretError err) mutable {
            if (!self)
                return;
            if (!err.ok()) {
                result.error = err.userMessage();
                result.keychainTrouble = true;
                done(result);
                return;
            }
            if (!dupId.isEmpty()) {
                const auto existing = self->record(dupId);
                result.duplicateOf = dupId;
                result.error =
                    tr("This token is already stored as “%1”.").arg(existing ? existing->name : dupId);
                done(result);
                return;
            }
            TokenRecord rec;
            rec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            rec.name = request.name.trimmed();
            rec.environment = normalizeEnvironment(request.environment);
            rec.note = request.note.trimmed();
            rec.hint = tokenHint(secret);
            rec.legacyShape = !isCurrentTokenShape(secret);
            rec.addedAt = QDateTime::currentDateTimeUtc();
            self->m_store->write(
                rec.id, secret, context, [self, rec, context, done, result](const SecretError& werr) mutable {
                    if (!self)
                        return;
                    if (!werr.ok()) {
                        result.error = tr("The token was not stored. %1").arg(werr.userMessage());
                        result.keychainTrouble = true;
                        done(result);
                        return;
                    }
                    const int row = int(self->m_data.records.size());
                    const bool firstOfEnv = !self->m_data.defaults.contains(rec.environment);
                    self->m_data.records.append(rec);
                    if (firstOfEnv)
                        self->m_data.defaults.insert(rec.environment, rec.id);
                    const Outcome saved = self->save();
                    if (!saved.ok) {
                        self->m_data.records.removeLast();
                        if (firstOfEnv)
                            self->m_data.defaults.remove(rec.environment);
                        // Do not leave an orphan secret behind.
                        self->m_store->remove(rec.id, self, [](const SecretError&) {});
                        result.error = saved.error;
                        done(result);
                        return;
                    }
                    self->m_data.records.removeLast();
                    emit self->aboutToInsert(row);
                    self->m_data.records.append(rec);
                    emit self->inserted(row);
                    if (firstOfEnv)
                        emit self->defaultsChanged();
                    result.ok = true;
                    result.id = rec.id;
                    // The token is stored; the label only makes the item recognisable. Its outcome goes
                    // to labelUpdated(), and the add finishes after it so that the item is complete.
                    self->m_store->setLabel(rec.id, itemLabel(rec), context,
                                            [self, id = rec.id, done, result](const SecretError& lerr) {
                                                if (self)
                                                    emit self->labelUpdated(id, lerr);
                                                done(result);
                                            });
                });
        });
}

TokenVault::Outcome TokenVault::rename(const QString& id, const QString& newName)
{
    if (indexOf(id) < 0)
        return {false, tr("That token no longer exists.")};
    const QString err = checkName(newName, id);
    if (!err.isEmpty())
        return {false, err};
    const Outcome o = changeRecord(id, [&](TokenRecord& r) { r.name = newName.trimmed(); });
    if (o.ok)
        relabel(id);
    return o;
}

TokenVault::Outcome TokenVault::setEnvironment(const QString& id, const QString& environment)
{
    const int i = indexOf(id);
    if (i < 0)
        return {false, tr("That token no longer exists.")};
    const VaultData before = m_data;
    const QString oldEnv = m_data.records.at(i).environment;
    const QString newEnv = normalizeEnvironment(environment);
    if (oldEnv == newEnv)
        return {true, {}};
    m_data.records[i].environment = newEnv;
    if (m_data.defaults.value(oldEnv) == id)
        pickDefault(m_data, oldEnv);
    if (!m_data.defaults.contains(newEnv))
        m_data.defaults.insert(newEnv, id);
    const Outcome o = save();
    if (!o.ok) {
        m_data = before;
        return o;
    }
    emit changed(i);
    emit defaultsChanged();
    relabel(id);
    return o;
}

TokenVault::Outcome TokenVault::setNote(const QString& id, const QString& note)
{
    return changeRecord(id, [&](TokenRecord& r) { r.note = note.trimmed(); });
}

TokenVault::Outcome TokenVault::setDefault(const QString& id)
{
    const int i = indexOf(id);
    if (i < 0)
        return {false, tr("That token no longer exists.")};
    const QString envLabel = m_data.records.at(i).environment;
    const QString previous = m_data.defaults.value(envLabel);
    m_data.defaults.insert(envLabel, id);
    const Outcome o = save();
    if (!o.ok) {
        if (previous.isEmpty())
            m_data.defaults.remove(envLabel);
        else
            m_data.defaults.insert(envLabel, previous);
        return o;
    }
    const int prevRow = indexOf(previous);
    if (prevRow >= 0)
        emit changed(prevRow);
    emit changed(i);
    emit defaultsChanged();
    return o;
}

TokenVault::Outcome TokenVault::updateStatus(const QString& id, TokenStatus status, const QString& account,
                                             const QString& detail, const QDateTime& at)
{
    return changeRecord(id, [&](TokenRecord& r) {
        r.status = status;
        if (!account.isEmpty())
            r.account = account;
        r.statusDetail = redact(detail);
        r.lastVerifiedAt = at.toUTC();
    });
}

TokenVault::Outcome TokenVault::updateStatuses(const QList<StatusUpdate>& updates)
{
    const QList<TokenRecord> before = m_data.records;
    QList<int> touched;
    for (const StatusUpdate& u : updates) {
        const int i = indexOf(u.id);
        if (i < 0)
            continue;
        TokenRecord& r = m_data.records[i];
        r.status = u.status;
        if (!u.account.isEmpty())
            r.account = u.account;
        r.statusDetail = redact(u.detail);
        r.lastVerifiedAt = u.at.toUTC();
        if (!touched.contains(i))
            touched.append(i);
    }
    if (touched.isEmpty())
        return {true, {}};
    const Outcome o = save();
    if (!o.ok) {
        m_data.records = before; // the file was not written: memory stays as the file is
        return o;
    }
    for (int i : touched)
        emit changed(i);
    return o;
}

TokenVault::Outcome TokenVault::markRotated(const QString& id, const QDateTime& at)
{
    return changeRecord(id, [&](TokenRecord& r) { r.rotatedAt = at.toUTC(); });
}

TokenVault::Outcome TokenVault::changeRecord(const QString& id,
                                             const std::function<void(TokenRecord&)>& change)
{
    const int i = indexOf(id);
    if (i < 0)
        return {false, tr("That token no longer exists.")};
    const TokenRecord before = m_data.records.at(i);
    change(m_data.records[i]);
    const Outcome o = save();
    if (!o.ok) {
        m_data.records[i] = before; // the file was not written: memory stays as the file is
        return o;
    }
    emit changed(i);
    return o;
}

void TokenVault::readSecret(const QString& id, QObject* context, SecretStore::ReadFn done)
{
    if (indexOf(id) < 0) {
        SecretReadResult r;
        r.error.kind = SecretError::Kind::NotFound;
        done(r);
        return;
    }
    QPointer<TokenVault> self(this);
    m_store->read(id, context, [self, id, done](const SecretReadResult& r) {
        if (self && r.error.ok())
            self->relabel(id); // the keychain is unlocked now: a stale or missing label is set
        done(r);
    });
}

QString TokenVault::itemLabel(const TokenRecord& record)
{
    // A fixed format, not translated: people search for it (README: secret-tool, KeePassXC, KWallet).
    return QStringLiteral("r8desk: %1 (%2)").arg(record.name, record.environment);
}

void TokenVault::relabel(const QString& id)
{
    const auto rec = record(id);
    if (!rec)
        return;
    QPointer<TokenVault> self(this);
    m_store->setLabel(id, itemLabel(*rec), this, [self, id](const SecretError& e) {
        if (self)
            emit self->labelUpdated(id, e);
    });
}

void TokenVault::remove(const QString& id, QObject* context, OutcomeFn done)
{
    if (indexOf(id) < 0) {
        done({false, tr("That token no longer exists.")});
        return;
    }
    QPointer<TokenVault> self(this);
    m_store->remove(id, context, [self, id, done](const SecretError& err) {
        if (!self)
            return;
        if (!err.ok() && err.kind != SecretError::Kind::NotFound) {
            done({false, tr("The token was not deleted. %1").arg(err.userMessage()), true});
            return;
        }
        const int i = self->indexOf(id);
        if (i < 0) {
            done({true, {}});
            return;
        }
        const QString envLabel = self->m_data.records.at(i).environment;
        VaultData next = self->m_data;
        next.records.removeAt(i);
        const bool defaultMoved = next.defaults.value(envLabel) == id;
        if (defaultMoved)
            pickDefault(next, envLabel);
        const VaultData before = std::exchange(self->m_data, next);
        const Outcome o = self->save();
        self->m_data = before;
        if (!o.ok) {
            done({false, tr("The keychain item was deleted, but the token list could not be updated. %1")
                             .arg(o.error)});
            return;
        }
        emit self->aboutToRemove(i);
        self->m_data = next;
        emit self->removed(i);
        if (defaultMoved) {
            emit self->defaultsChanged();
            const int newDefault = self->indexOf(next.defaults.value(envLabel));
            if (newDefault >= 0)
                emit self->changed(newDefault);
        }
        done({true, {}});
    });
}

} // namespace r8
