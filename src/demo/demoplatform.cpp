#include "demoplatform.h"

#include "demoaccessusers.h"
#include "demodelivery.h"
#include "demorandom.h"
#include "demoruntimeapi.h"
#include "demoserver.h"
#include "demoworkersapi.h"
#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

// Compares without an early exit, so timing says nothing about the token.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

int loggedStatus(const DemoRequest &request, const DemoResponse &response,
                 const std::optional<DemoFault> &fault)
{
    if (!fault)
        return response.status;
    switch (fault->kind) {
    case DemoFault::Kind::Close:
    case DemoFault::Kind::Hang:
    case DemoFault::Kind::Raw:
        return 0;
    case DemoFault::Kind::GzipBomb:
    case DemoFault::Kind::Oversize:
        return 200;
    default:
        return DemoDelivery::replacement(request, response, *fault).status;
    }
}

} // namespace

DemoPlatform::DemoPlatform(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_token(options.token.isEmpty() ? randomHex(16) : options.token)
    , m_trackers(std::make_unique<DemoTrackersApi>(DemoTrackersApi::Credentials {
          QStringLiteral("analyst@demo.example"),
          options.jiraToken.isEmpty() ? randomHex(12) : options.jiraToken,
          options.githubToken.isEmpty() ? QStringLiteral("ghp_") + randomHex(16) : options.githubToken }))
    , m_workers(std::make_unique<DemoWorkersApi>())
    , m_artifactory(std::make_unique<DemoArtifactoryApi>(options.artifactoryAdmin))
    , m_sinks(options.sinks)
{
    if (options.seedWorkers) {
        // A worker made elsewhere (the JFrog UI or `jf worker deploy`): Runtime Desk lists it read-only.
        DemoWorkersApi::Worker cleanup;
        cleanup.key = QStringLiteral("cleanup-stale-builds");
        cleanup.description = QStringLiteral("Deletes builds older than 90 days; called nightly by CI");
        cleanup.application = QStringLiteral("worker");
        cleanup.action = QStringLiteral("GENERIC_EVENT");
        cleanup.enabled = true;
        cleanup.sourceCode = QStringLiteral(
            "export default async (context: PlatformContext, data: GenericEventRequest): Promise<{ message: "
            "string }> => {\n"
            "    const cutoff = Date.now() - 90 * 24 * 3600 * 1000;\n"
            "    const res = await context.clients.platformHttp.get('/artifactory/api/build');\n"
            "    let deleted = 0;\n"
            "    for (const build of res.data.builds ?? []) {\n"
            "        if (Date.parse(build.lastStarted) < cutoff) {\n"
            "            await "
            "context.clients.platformHttp.delete(`/artifactory/api/build${build.uri}?deleteAll=1`);\n"
            "            deleted++;\n"
            "        }\n"
            "    }\n"
            "    return { message: `deleted ${deleted} builds` };\n"
            "};\n");
        cleanup.secrets.insert(QStringLiteral("CI_TOKEN"), randomHex(16));
        m_workers->put(cleanup);
    }
}

DemoPlatform::~DemoPlatform()
{
    stop();
}

bool DemoPlatform::start(QString *error)
{
    if (m_server)
        return true;
    QString reason;
    auto failed = [&](const QString &why) {
        qCWarning(lcDemo).noquote() << "demo platform did not start:" << why;
        if (error)
            *error = why;
        stop();
        return false;
    };
    m_startedAt = QDateTime::currentSecsSinceEpoch();
    m_ca = CertificateFactory::createCa(QStringLiteral("Runtime Desk Demo CA"), &reason);
    if (m_ca.isNull())
        return failed(reason);
    switch (m_options.certificate) {
    case ServerCertificate::Valid:
        m_leaf = CertificateFactory::createLeaf(m_ca, {}, &reason);
        break;
    case ServerCertificate::Expired:
        m_leaf = CertificateFactory::createExpiredLeaf(m_ca, &reason);
        break;
    case ServerCertificate::WrongHost:
        m_leaf = CertificateFactory::createWrongHostLeaf(m_ca, &reason);
        break;
    case ServerCertificate::SelfSigned:
        m_leaf = CertificateFactory::createSelfSignedLeaf({}, &reason);
        break;
    }
    if (m_leaf.isNull())
        return failed(reason);

    m_directory = m_options.directory;
    if (m_directory.isEmpty()) {
        m_temporaryDirectory = std::make_unique<QTemporaryDir>();
        m_directory = m_temporaryDirectory->path();
    }
    if (!QDir().mkpath(m_directory))
        return failed(QStringLiteral("cannot create %1").arg(m_directory));
    QFile pem(caCertificatePath());
    if (!pem.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || pem.write(m_ca.certificatePem) != m_ca.certificatePem.size())
        return failed(QStringLiteral("cannot write %1").arg(pem.fileName()));
    pem.close();

    {
        QMutexLocker lock(&m_datasetMutex);
        m_dataset = std::make_unique<DemoDataset>(m_options.seed, std::clamp(m_options.tags, 1, 200000));
        if (m_options.ownerTrail)
            seedOwnerTrail();
    }
    // The next_key seal comes from the seed, so two platforms with one seed serve identical pages.
    m_runtime = std::make_unique<DemoRuntimeApi>(DemoRandom::hash(m_options.seed, 0x6e6b6579),
                                                 m_options.listIncludesDetail);
    m_runtime->setListVariant(m_options.listVariant);
    m_runtime->setTotalCountSkew(m_options.totalCountSkew);

    m_server = new DemoServer(this);
    addRoutes();
    if (!m_server->listenTls(m_leaf.certificate, m_leaf.key, m_options.port, &reason))
        return failed(reason);
    m_port = m_server->port();
    qCInfo(lcDemo).noquote() << "demo platform on" << url().toString() << "with" << tagCount() << "tags, CA"
                             << caCertificatePath();
    return true;
}

void DemoPlatform::stop()
{
    if (m_server) {
        m_server->stop();
        delete m_server;
        m_server = nullptr;
    }
}

QUrl DemoPlatform::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl DemoPlatform::jiraUrl() const
{
    QUrl u = url();
    u.setPath(QStringLiteral("/jira"));
    return u;
}

QUrl DemoPlatform::githubUrl() const
{
    QUrl u = url();
    u.setPath(QStringLiteral("/github"));
    return u;
}

QString DemoPlatform::caCertificatePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("ca.pem"));
}

bool DemoPlatform::requiresToken(const QString &path) const
{
    if (path == u"/access/api/v1/system/ping")
        return false;
    if (path.startsWith(u"/artifactory/")) // all but the system endpoints (ping, version, readiness)
        return !path.startsWith(u"/artifactory/api/system/")
            && !path.startsWith(u"/artifactory/api/v1/system/");
    return path.startsWith(u"/runtime/") || path.startsWith(u"/access/") || path.startsWith(u"/worker/")
        || path.startsWith(u"/__demo/");
}

bool DemoPlatform::authorized(const DemoRequest &request) const
{
    return sameBytes(request.header("Authorization"), "Bearer " + m_token.toUtf8());
}

DemoResponse DemoPlatform::unauthorized(const DemoRequest &request) const
{
    if (request.path.startsWith(u"/runtime/"))
        return DemoResponse::runtimeError(401, QStringLiteral("Bad credentials"));
    return DemoResponse::platformError(401, QStringLiteral("Bad credentials"));
}

DemoResponse DemoPlatform::notFound(const DemoRequest &request, bool pathKnown) const
{
    if (requiresToken(request.path) && !authorized(request))
        return unauthorized(request);
    const int status = pathKnown ? 405 : 404;
    const QString message = pathKnown ? QStringLiteral("method not allowed") : QStringLiteral("not found");
    return request.path.startsWith(u"/runtime/") ? DemoResponse::runtimeError(status, message)
                                                 : DemoResponse::platformError(status, message);
}

void DemoPlatform::addRoutes()
{
    DemoRouter &router = m_server->router();
    // Every handler checks the token first where the endpoint needs one.
    auto route = [this, &router](const char *method, const char *pattern, DemoRouter::Handler handler) {
        router.add(method, QString::fromLatin1(pattern), [this, handler](const DemoRequest &request) {
            if (requiresToken(request.path) && !authorized(request))
                return unauthorized(request);
            return handler(request);
        });
    };
    auto locked = [this](auto call) {
        return [this, call](const DemoRequest &request) {
            QMutexLocker lock(&m_datasetMutex);
            return call(*m_runtime, *m_dataset, request);
        };
    };
    auto json = [](const QJsonObject &object) { return DemoResponse::json(200, QJsonDocument(object)); };

    route("GET", "/access/api/v1/tokens/me", [this](const DemoRequest &) { return tokenInfo(); });
    route("GET", "/access/api/v2/users/{username}", [this](const DemoRequest &r) {
        return DemoAccessUsers::answer(r.params.value(QStringLiteral("username")), m_options.accessAdmin);
    });
    route("GET", "/access/api/v1/system/ping",
          [](const DemoRequest &) { return DemoResponse::text(200, "OK"); });
    route("GET", "/artifactory/api/system/ping",
          [](const DemoRequest &) { return DemoResponse::text(200, "OK"); });
    route("GET", "/artifactory/api/system/version", [json](const DemoRequest &) {
        return json({ { QStringLiteral("version"), QStringLiteral("7.104.7") },
                      { QStringLiteral("revision"), QStringLiteral("79007900") },
                      { QStringLiteral("addons"),
                        QJsonArray { QStringLiteral("build"), QStringLiteral("docker"),
                                     QStringLiteral("xray"), QStringLiteral("runtime") } } });
    });
    route("GET", "/artifactory/api/v1/system/readiness", [json](const DemoRequest &) {
        return json({ { QStringLiteral("code"), QStringLiteral("OK") } });
    });
    route("GET", "/xray/api/v1/system/version", [json](const DemoRequest &) {
        return json({ { QStringLiteral("xray_version"), QStringLiteral("3.107.8") },
                      { QStringLiteral("xray_revision"), QStringLiteral("5735964") } });
    });
    route("GET", "/xray/api/v1/system/ping", [json](const DemoRequest &) {
        return json({ { QStringLiteral("status"), QStringLiteral("pong") } });
    });

    route("POST", "/runtime/api/v1/images/tags",
          locked([](DemoRuntimeApi &api, const DemoDataset &d, const DemoRequest &r) {
              return api.imageTags(d, r.body);
          }));
    if (m_options.tagDetailEndpoint) { // without it, the path is as unknown as any other
        route("GET", "/runtime/api/v1/images/tags/{digest}",
              locked([](DemoRuntimeApi &api, const DemoDataset &d, const DemoRequest &r) {
                  return api.imageTag(d, r.params.value(QStringLiteral("digest")));
              }));
    }
    route("POST", "/runtime/api/v1/workloads",
          locked([](DemoRuntimeApi &api, const DemoDataset &d, const DemoRequest &r) {
              return api.workloads(d, r.body);
          }));
    route("POST", "/runtime/api/v1/clusters",
          locked([](DemoRuntimeApi &api, const DemoDataset &d, const DemoRequest &r) {
              return api.clusters(d, r.body);
          }));
    for (const char *pattern : { "/runtime/api/v1/cluster/{id}", "/runtime/api/v1/clusters/{id}/" }) {
        route("GET", pattern, locked([](DemoRuntimeApi &api, const DemoDataset &d, const DemoRequest &r) {
                  return api.cluster(d, r.params.value(QStringLiteral("id")));
              }));
    }

    addTrackerRoutes();
    addArtifactoryRoutes();
    // Workers (docs/jfrog-api.md 4.4); DemoWorkersApi has its own lock.
    DemoWorkersApi *workers = m_workers.get();
    route("GET", "/worker/api/v2/actions", [workers](const DemoRequest &) { return workers->actions(); });
    route("GET", "/worker/api/v1/options",
          [workers](const DemoRequest &) { return workers->optionsResponse(); });
    route("GET", "/worker/api/v1/workers", [workers](const DemoRequest &r) { return workers->list(r); });
    route("GET", "/worker/api/v1/workers/{key}",
          [workers](const DemoRequest &r) { return workers->get(r.params.value(QStringLiteral("key"))); });
    route("DELETE", "/worker/api/v1/workers/{key}",
          [workers](const DemoRequest &r) { return workers->remove(r.params.value(QStringLiteral("key"))); });
    for (int version : { 1, 2 }) {
        const QByteArray path = "/worker/api/v" + QByteArray::number(version) + "/workers";
        route("POST", path.constData(),
              [workers, version](const DemoRequest &r) { return workers->create(r, version); });
        route("PUT", path.constData(),
              [workers, version](const DemoRequest &r) { return workers->update(r, version); });
    }
    route("POST", "/worker/api/v1/test/{key}", [workers](const DemoRequest &r) {
        return workers->test(r.params.value(QStringLiteral("key")), r);
    });
    route("GET", "/worker/api/v1/execution_history",
          [workers](const DemoRequest &r) { return workers->history(r); });

    // Control endpoints: not JFrog's; never faulted, never logged.
    route("POST", "/__demo/faults", [this](const DemoRequest &r) { return controlFaults(r); });
    route("GET", "/__demo/faults", [this](const DemoRequest &r) { return controlFaults(r); });
    route("DELETE", "/__demo/faults", [this](const DemoRequest &r) { return controlFaults(r); });
    route("POST", "/__demo/advance", [this, json](const DemoRequest &) {
        const DemoDataset::AdvanceStats stats = advance();
        return json({ { QStringLiteral("epoch"), epoch() },
                      { QStringLiteral("changed"), stats.changed },
                      { QStringLiteral("removed"), stats.removed },
                      { QStringLiteral("added"), stats.added },
                      { QStringLiteral("total_count"), tagCount() } });
    });
    route("GET", "/__demo/requests", [this, json](const DemoRequest &) { return json(m_requests.toJson()); });
    route("GET", "/__demo/deliveries", [this, json](const DemoRequest &) { return json(m_sinks.toJson()); });
    route("DELETE", "/__demo/deliveries", [this, json](const DemoRequest &) {
        m_sinks.clear();
        return json({ { QStringLiteral("total"), 0 } });
    });
    m_sinks.addRoutes(router); // Slack, webhook and SendGrid sinks; no platform token (they have their own)
    route("DELETE", "/__demo/requests", [this, json](const DemoRequest &) {
        m_requests.clear();
        return json({ { QStringLiteral("total"), 0 } });
    });

    route("GET", "/__demo/trackers",
          [this, json](const DemoRequest &) { return json(m_trackers->toJson()); });
    route("DELETE", "/__demo/trackers", [this, json](const DemoRequest &) {
        m_trackers->clear();
        return json({ { QStringLiteral("total"), 0 } });
    });

    m_server->setFallback([this](const DemoRequest &r, bool pathKnown) { return notFound(r, pathKnown); });
    m_server->setInterceptor(
        [this](const DemoRequest &r, const DemoResponse &response) -> std::optional<DemoFault> {
            if (r.path.startsWith(u"/__demo/"))
                return std::nullopt;
            return m_faults.take(r, response, requiresToken(r.path));
        });
    m_server->setObserver(
        [this](const DemoRequest &r, const DemoResponse &response, const std::optional<DemoFault> &fault) {
            if (r.path.startsWith(u"/__demo/"))
                return;
            DemoRequestLog::Entry entry;
            entry.method = r.method;
            entry.path = r.path;
            entry.endpoint = QString::fromLatin1(r.method) + u' ' + r.pattern;
            // Worker bodies carry secret values: the log keeps them masked.
            entry.body = r.path.startsWith(u"/worker/") ? DemoWorkersApi::redact(r.body) : r.body;
            entry.hadAuthorization = !r.header("Authorization").isEmpty();
            entry.authorized = authorized(r);
            entry.status = loggedStatus(r, response, fault);
            entry.fault = fault ? DemoFault::kindName(fault->kind) : QString();
            if (DemoSinks::isSinkPath(r.path))
                m_sinks.record(r, entry.status, entry.fault);
            m_requests.append(std::move(entry));
        });
}

// The trackers check their own credentials (not the platform token) and may be faulted like any path.
void DemoPlatform::addTrackerRoutes()
{
    DemoRouter &router = m_server->router();
    const auto handler = [this](const DemoRequest &r) { return m_trackers->handle(r, url().toString()); };
    static const char *const routes[][2] = {
        { "POST", "/jira/rest/api/2/issue" },
        { "GET", "/jira/rest/api/2/search" },
        { "GET", "/jira/rest/api/2/myself" },
        { "GET", "/jira/rest/api/2/issue/{key}" },
        { "POST", "/jira/rest/api/2/issue/{key}/comment" },
        { "GET", "/jira/rest/api/2/issue/{key}/comment" },
        { "GET", "/github/user" },
        { "POST", "/github/repos/{owner}/{repo}/issues" },
        { "GET", "/github/repos/{owner}/{repo}/issues" },
        { "POST", "/github/repos/{owner}/{repo}/issues/{number}/comments" },
        { "GET", "/github/repos/{owner}/{repo}/issues/{number}/comments" },
    };
    for (const auto &[method, pattern] : routes)
        router.add(method, QString::fromLatin1(pattern), handler);
}

DemoResponse DemoPlatform::controlFaults(const DemoRequest &request)
{
    if (request.method == "DELETE")
        m_faults.clear();
    if (request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        const QJsonValue value =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        if (!error.isEmpty() || !m_faults.install(value, &error))
            return DemoResponse::validationError(error);
    }
    return DemoResponse::json(200,
                              QJsonDocument(QJsonObject { { QStringLiteral("armed"), m_faults.armedCount() },
                                                          { QStringLiteral("rules"), m_faults.rules() } }));
}

DemoResponse DemoPlatform::tokenInfo() const
{
    const QJsonObject info { { QStringLiteral("token_id"),
                               QStringLiteral("demo-token-%1").arg(m_options.seed) },
                             { QStringLiteral("subject"), QStringLiteral("jfac@01demo/users/demo-admin") },
                             { QStringLiteral("expiry"), m_startedAt + 365LL * 24 * 3600 },
                             { QStringLiteral("issued_at"), m_startedAt },
                             { QStringLiteral("issuer"), QStringLiteral("jfac@01demo") },
                             { QStringLiteral("description"), QStringLiteral("Runtime Desk demo token") },
                             { QStringLiteral("refreshable"), false },
                             { QStringLiteral("last_used"), QDateTime::currentSecsSinceEpoch() } };
    return DemoResponse::json(200, QJsonDocument(info));
}

QList<ImageTag> DemoPlatform::expectedTags() const
{
    return expectedTags(m_options.listIncludesDetail ? DemoTagView::ListWithDetail : DemoTagView::List);
}

QList<ImageTag> DemoPlatform::expectedTags(DemoTagView view) const
{
    QMutexLocker lock(&m_datasetMutex);
    return m_dataset ? m_dataset->expectedTags(view) : QList<ImageTag>();
}

int DemoPlatform::tagCount() const
{
    QMutexLocker lock(&m_datasetMutex);
    return m_dataset ? m_dataset->size() : 0;
}

int DemoPlatform::epoch() const
{
    QMutexLocker lock(&m_datasetMutex);
    return m_dataset ? m_dataset->epoch() : 0;
}

DemoDataset::ShapeCounts DemoPlatform::shapeCounts() const
{
    QMutexLocker lock(&m_datasetMutex);
    return m_dataset ? m_dataset->shapeCounts() : DemoDataset::ShapeCounts();
}
