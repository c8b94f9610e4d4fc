#include "secretstore.h"

#include "keychainsecretstore.h"
#include "logging.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
constexpr int blockingTimeoutMs = 15000;
}

namespace {
// Waits for an asynchronous keychain call. The shared state outlives a timeout, so a late
// answer writes into it harmlessly instead of into a dead stack frame.
template<typename Result, typename Start> Result waitFor(Start start, Result timedOut)
{
    struct State
    {
        bool done = false;
        Result result;
        QEventLoop *loop = nullptr;
    };
    auto state = std::make_shared<State>();
    state->result = timedOut;
    QEventLoop loop;
    state->loop = &loop;
    start([state](const Result &r) {
        state->result = r;
        state->done = true;
        if (state->loop)
            state->loop->quit();
    });
    if (!state->done) {
        QTimer::singleShot(blockingTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    state->loop = nullptr;
    return state->result;
}

const QString noAnswer = QStringLiteral("the keychain did not answer");
} // namespace

SecretStore::ReadResult SecretStore::readNow(const QString &key)
{
    return waitFor<ReadResult>([&](auto finish) { read(key, finish); },
                               ReadResult { std::nullopt, noAnswer });
}

QString SecretStore::writeNow(const QString &key, const QString &value)
{
    return waitFor<QString>(
        [&](auto finish) {
            write(key, value, [finish](bool ok, const QString &e) { finish(ok ? QString() : e); });
        },
        noAnswer);
}

QString SecretStore::removeNow(const QString &key)
{
    return waitFor<QString>(
        [&](auto finish) {
            remove(key, [finish](bool ok, const QString &e) { finish(ok ? QString() : e); });
        },
        noAnswer);
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_values.constFind(key);
    ReadResult result;
    if (it != m_values.cend())
        result.value = *it;
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &value, WriteCallback done)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}

void MemorySecretStore::remove(const QString &key, WriteCallback done)
{
    m_values.remove(key);
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        ReadResult result;
        if (job->error() == QKeychain::NoError)
            result.value = job->textData();
        else if (job->error() != QKeychain::EntryNotFound)
            result.error = job->errorString();
        if (!result.error.isEmpty())
            qCWarning(lcSecrets) << "keychain read failed:" << result.error;
        done(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCWarning(lcSecrets) << "keychain write failed:" << job->errorString();
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

bool KeychainSecretStore::probe(QString *why, const QString &service)
{
    KeychainSecretStore store(service);
    const QString key = QStringLiteral("probe");
    QString error = store.writeNow(key, QStringLiteral("probe"));
    if (error.isEmpty())
        error = store.removeNow(key);
    if (why)
        *why = error;
    return error.isEmpty();
}

FallbackSecretStore::FallbackSecretStore(SecretStore *persistent, QObject *parent)
    : SecretStore(parent)
    , m_persistent(persistent)
{
    m_persistent->setParent(this);
}

void FallbackSecretStore::fallBack(const QString &why)
{
    if (m_fellBack)
        return;
    m_fellBack = true;
    m_keychainError = why;
    qCWarning(lcSecrets) << "no usable keychain; secrets are kept for this session only:" << why;
    Q_EMIT fellBack(why);
}

void FallbackSecretStore::read(const QString &key, ReadCallback done)
{
    if (m_fellBack) {
        m_memory.read(key, std::move(done));
        return;
    }
    QPointer<FallbackSecretStore> self(this);
    m_persistent->read(key, [self, key, done](const ReadResult &result) {
        if (!self)
            return;
        if (result.error.isEmpty()) {
            done(result);
            return;
        }
        self->fallBack(result.error);
        self->m_memory.read(key, done);
    });
}

void FallbackSecretStore::write(const QString &key, const QString &value, WriteCallback done)
{
    if (m_fellBack) {
        m_memory.write(key, value, std::move(done));
        return;
    }
    QPointer<FallbackSecretStore> self(this);
    m_persistent->write(key, value, [self, key, value, done](bool ok, const QString &error) {
        if (!self)
            return;
        if (ok) {
            done(true, {});
            return;
        }
        self->fallBack(error);
        self->m_memory.write(key, value, done);
    });
}

void FallbackSecretStore::remove(const QString &key, WriteCallback done)
{
    m_memory.remove(key, [](bool, const QString &) {});
    if (m_fellBack) {
        QTimer::singleShot(0, this, [done] { done(true, {}); });
        return;
    }
    m_persistent->remove(key, std::move(done));
}
