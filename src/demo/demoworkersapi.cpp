// Workers CRUD of the demo platform; actions, options, test runs and history are in
// demoworkersapi_run.cpp.
#include "demoworkersapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

DemoResponse noContent(int status)
{
    return DemoResponse { status, {}, {} };
}

DemoResponse badRequest(const QString &message)
{
    return DemoResponse::platformError(400, message);
}

} // namespace

DemoWorkersApi::DemoWorkersApi() = default;

void DemoWorkersApi::setOptions(const Options &options)
{
    QMutexLocker lock(&m_mutex);
    m_options = options;
}

DemoWorkersApi::Options DemoWorkersApi::options() const
{
    QMutexLocker lock(&m_mutex);
    return m_options;
}

void DemoWorkersApi::put(const Worker &worker)
{
    QMutexLocker lock(&m_mutex);
    Worker w = worker;
    if (w.modifiedAtMs == 0)
        w.modifiedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_workers.insert(w.key, w);
}

std::optional<DemoWorkersApi::Worker> DemoWorkersApi::worker(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_workers.constFind(key);
    if (it == m_workers.constEnd())
        return std::nullopt;
    return *it;
}

QStringList DemoWorkersApi::keys() const
{
    QMutexLocker lock(&m_mutex);
    return m_workers.keys();
}

QJsonObject DemoWorkersApi::detailsJson(const Worker &w)
{
    QJsonArray secrets;
    for (auto it = w.secrets.begin(); it != w.secrets.end(); ++it) // keys only: values never leave
        secrets.append(QJsonObject { { QStringLiteral("key"), it.key() },
                                     { QStringLiteral("markedForRemoval"), false } });
    QJsonObject details { { QStringLiteral("key"), w.key },
                          { QStringLiteral("description"), w.description },
                          { QStringLiteral("enabled"), w.enabled },
                          { QStringLiteral("debug"), w.debug },
                          { QStringLiteral("sourceCode"), w.sourceCode },
                          { QStringLiteral("action"), w.action },
                          { QStringLiteral("secrets"), secrets },
                          { QStringLiteral("projectKey"), w.projectKey } };
    if (!w.filterCriteria.isEmpty())
        details.insert(QStringLiteral("filterCriteria"), w.filterCriteria);
    return details;
}

DemoResponse DemoWorkersApi::list(const DemoRequest &request) const
{
    QMutexLocker lock(&m_mutex);
    const QString action = request.query.queryItemValue(QStringLiteral("action"));
    const QString project = request.query.queryItemValue(QStringLiteral("projectKey"));
    const bool keysOnly = request.query.queryItemValue(QStringLiteral("keysOnly")) == u"true";
    QJsonArray workers;
    QJsonArray keys;
    for (const Worker &w : m_workers) {
        if ((!action.isEmpty() && w.action != action) || (!project.isEmpty() && w.projectKey != project))
            continue;
        workers.append(detailsJson(w));
        keys.append(w.key);
    }
    const QJsonObject body = keysOnly ? QJsonObject { { QStringLiteral("keys"), keys } }
                                      : QJsonObject { { QStringLiteral("workers"), workers } };
    return DemoResponse::json(200, QJsonDocument(body));
}

DemoResponse DemoWorkersApi::get(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_workers.constFind(key);
    if (it == m_workers.constEnd())
        return DemoResponse::platformError(404, QStringLiteral("Worker %1 not found").arg(key));
    return DemoResponse::json(200, QJsonDocument(detailsJson(*it)));
}

std::optional<DemoResponse> DemoWorkersApi::applySecrets(const QJsonValue &secrets, Worker *worker)
{
    if (secrets.isUndefined() || secrets.isNull())
        return std::nullopt;
    if (!secrets.isArray())
        return badRequest(QStringLiteral("secrets should be an array"));
    for (const QJsonValue &entry : secrets.toArray()) {
        const QJsonObject s = entry.toObject();
        const QString key = s.value(QLatin1StringView("key")).toString();
        if (!entry.isObject() || key.isEmpty())
            return badRequest(QStringLiteral("every secret needs a key"));
        if (s.value(QLatin1StringView("markedForRemoval")).toBool(false)) {
            worker->secrets.remove(key);
            continue;
        }
        const QJsonValue value = s.value(QLatin1StringView("value"));
        if (!value.isString() || value.toString().isEmpty())
            return badRequest(QStringLiteral("secret %1 has no value").arg(key));
        worker->secrets.insert(key, value.toString());
    }
    return std::nullopt;
}

std::optional<DemoResponse> DemoWorkersApi::read(const QByteArray &body, int apiVersion, Worker *worker) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return badRequest(QStringLiteral("the request body is not a JSON object"));
    const QJsonObject o = document.object();

    // ASSUMED key rule (no public source): 1 to 100 of letters, digits, - and _, starting alphanumeric.
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$"));
    const QString key = o.value(QLatin1StringView("key")).toString();
    if (!keyPattern.match(key).hasMatch())
        return badRequest(QStringLiteral("key must be 1 to 100 letters, digits, '-' or '_'"));
    worker->key = key;

    const QJsonValue action = o.value(QLatin1StringView("action"));
    QString application;
    QString name;
    if (apiVersion == 2) {
        if (!action.isObject())
            return badRequest(QStringLiteral("action should be an object {application, name}"));
        application = action.toObject().value(QLatin1StringView("application")).toString();
        name = action.toObject().value(QLatin1StringView("name")).toString();
    } else {
        name = action.toString();
    }
    const auto known = findAction(application, name);
    if (!known)
        return badRequest(QStringLiteral("action %1 does not exist")
                              .arg(application.isEmpty() ? name : application + u'/' + name));
    worker->application = known->application;
    worker->action = known->name;

    const QJsonValue source = o.value(QLatin1StringView("sourceCode"));
    if (!source.isString() || source.toString().isEmpty())
        return badRequest(QStringLiteral("sourceCode is required"));
    QString code = source.toString();
    worker->receivedBase64 = code.startsWith(u"base64:");
    if (worker->receivedBase64) {
        const auto decoded =
            QByteArray::fromBase64Encoding(code.mid(7).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return badRequest(QStringLiteral("sourceCode is not valid base64"));
        code = QString::fromUtf8(*decoded);
    }
    if (code.size() > m_options.maxCodeChars)
        return badRequest(QStringLiteral("the source code has %1 characters, more than %2")
                              .arg(code.size())
                              .arg(m_options.maxCodeChars));
    worker->sourceCode = code;

    for (const char *flag : { "enabled", "debug" }) {
        const QJsonValue v = o.value(QLatin1StringView(flag));
        if (!v.isUndefined() && !v.isBool())
            return badRequest(QStringLiteral("%1 should be true or false").arg(QLatin1StringView(flag)));
    }
    worker->enabled = o.value(QLatin1StringView("enabled")).toBool(false);
    worker->debug = o.value(QLatin1StringView("debug")).toBool(false);
    worker->description = o.value(QLatin1StringView("description")).toString();
    worker->projectKey = o.value(QLatin1StringView("projectKey")).toString();
    worker->filterCriteria = o.value(QLatin1StringView("filterCriteria")).toObject();
    if (known->mandatoryFilter && worker->filterCriteria.isEmpty())
        return badRequest(QStringLiteral("filterCriteria is required for %1").arg(known->name));
    worker->versionNumber =
        o.value(QLatin1StringView("version")).toObject().value(QLatin1StringView("versionNumber")).toString();
    return applySecrets(o.value(QLatin1StringView("secrets")), worker);
}

DemoResponse DemoWorkersApi::create(const DemoRequest &request, int apiVersion)
{
    QMutexLocker lock(&m_mutex);
    Worker worker;
    if (auto error = read(request.body, apiVersion, &worker))
        return *error;
    if (m_workers.contains(worker.key)) // ASSUMED status: a duplicate key is a conflict
        return DemoResponse::platformError(409, QStringLiteral("Worker %1 already exists").arg(worker.key));
    worker.modifiedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_workers.insert(worker.key, worker);
    return noContent(apiVersion == 2 ? 201 : 200);
}

DemoResponse DemoWorkersApi::update(const DemoRequest &request, int apiVersion)
{
    QMutexLocker lock(&m_mutex);
    Worker worker;
    const QJsonObject o = QJsonDocument::fromJson(request.body).object();
    const auto existing = m_workers.constFind(o.value(QLatin1StringView("key")).toString());
    if (existing != m_workers.constEnd())
        worker.secrets = existing->secrets; // secrets the body does not name are kept
    if (auto error = read(request.body, apiVersion, &worker))
        return *error;
    if (existing == m_workers.constEnd())
        return DemoResponse::platformError(404, QStringLiteral("Worker %1 not found").arg(worker.key));
    worker.modifiedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_workers.insert(worker.key, worker);
    return noContent(apiVersion == 2 ? 204 : 200);
}

DemoResponse DemoWorkersApi::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    if (!m_workers.remove(key))
        return DemoResponse::platformError(404, QStringLiteral("Worker %1 not found").arg(key));
    return noContent(204);
}

QByteArray DemoWorkersApi::redact(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return body;
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QByteArrayLiteral("(not JSON; not logged)");
    QJsonObject o = document.object();
    for (const QString &list : { QStringLiteral("secrets"), QStringLiteral("stagedSecrets") }) {
        QJsonArray secrets = o.value(list).toArray();
        for (qsizetype i = 0; i < secrets.size(); ++i) {
            QJsonObject s = secrets[i].toObject();
            if (s.contains(QLatin1StringView("value")))
                s.insert(QStringLiteral("value"), QStringLiteral("•••"));
            secrets[i] = s;
        }
        if (o.contains(list))
            o.insert(list, secrets);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
