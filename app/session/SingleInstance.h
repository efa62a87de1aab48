#pragma once
#include <QObject>
#include <QStringList>

class QLocalServer;

namespace r8::session {

// One r8desk per user session: the first instance listens on a local socket; a later one sends it
// its arguments ("bring the window forward") and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `key` names the socket; the default is per user (r8desk-<user>).
    explicit SingleInstance(const QString& key = defaultKey(), QObject* parent = nullptr);
    ~SingleInstance() override;
    static QString defaultKey();

    // True: this is the first instance (now listening). False: another one runs and was told
    // to come forward with `arguments` (waits up to timeoutMs for it to acknowledge).
    bool claim(const QStringList& arguments, int timeoutMs = 2000);

signals:
    void activationRequested(const QStringList& arguments);

private:
    QString m_key;
    QLocalServer* m_server = nullptr;
};

} // namespace r8::session
