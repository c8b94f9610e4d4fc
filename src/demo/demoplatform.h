#pragma once

#include "certificatefactory.h"
#include "demoartifactoryapi.h"
#include "demodataset.h"
#include "demofaults.h"
#include "demorequestlog.h"
#include "demoruntimeapi.h"
#include "demosinks.h"
#include "demotrackersapi.h"
#include "demotrail.h"

#include <QMutex>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class DemoServer;
class DemoRuntimeApi;
class DemoWorkersApi;

// A JFrog-shaped platform on https://127.0.0.1:PORT: Access, Artifactory, Xray, Runtime and
// Workers endpoints (docs/jfrog-api.md 1, 3, 4.4, 5) over a seeded DemoDataset, with its own CA, Bearer
// tokens, fault injection and a request log; and the owner trail (docs/jfrog-api.md 3.10) in the generic
// repository runtime-desk-trail, as if Runtime Desk's collector worker had run for weeks. Used by
// `runtime-desk --demo`, `runtime-desk-cli serve-demo`, the tests and the benchmarks.
//
// Threads: the platform serves in the thread it lives in (DemoHost gives it its own). faults(),
// requests() and the dataset accessors below are safe from any thread; url(), token() and the CA
// are fixed once start() has returned.
class DemoPlatform : public QObject
{
    Q_OBJECT

public:
    enum class ServerCertificate { Valid, Expired, WrongHost, SelfSigned }; // NET-10 refusal tests

    struct Options
    {
        quint16 port = 0; // 0: any free port
        int tags = 1000; // 1 to 200,000
        quint64 seed = 1;
        QString token; // empty: 32 random hex digits
        bool listIncludesDetail =
            true; // list rows also carry deployed_by, build_info, registry_trusted, integrity
        QString directory; // where ca.pem is written; empty: a private temporary directory
        ServerCertificate certificate = ServerCertificate::Valid;
        QString jiraToken; // the demo Jira's API token; empty: random
        QString githubToken; // the demo GitHub's token; empty: random
        DemoSinks::Config sinks; // the webhook sink's signing key and the mail sink's API key
        bool seedWorkers = true; // one worker made elsewhere (GENERIC_EVENT) on the Workers API
        DemoListVariant listVariant = DemoListVariant::Examples; // which documented image-tags response shape
        int totalCountSkew = 0; // added to every total_count of the image-tags listing (a fault)
        bool tagDetailEndpoint =
            true; // false: GET /runtime/api/v1/images/tags/{digest} is an unknown path (404)
        bool ownerTrail = true; // the repository runtime-desk-trail with a trail of DemoDataset's rows
        bool artifactoryAdmin = true; // false: creating a repository answers 403
        bool accessAdmin = true; // false: the token is not admin-scoped; reading users answers 403
    };

    explicit DemoPlatform(const Options &options, QObject *parent = nullptr);
    ~DemoPlatform() override;

    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    QUrl url() const; // https://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString caCertificatePath() const; // <directory>/ca.pem
    QSslCertificate caCertificate() const { return m_ca.certificate; }
    QString token() const { return m_token; }
    const Options &options() const { return m_options; }

    DemoFaults &faults() { return m_faults; }
    DemoRequestLog &requests() { return m_requests; }
    // The Jira- and GitHub-compatible trackers under /jira and /github, with what they received.
    DemoTrackersApi &trackers() { return *m_trackers; }
    QUrl jiraUrl() const; // https://127.0.0.1:PORT/jira
    QUrl githubUrl() const; // https://127.0.0.1:PORT/github
    // The Slack, webhook and SendGrid sinks (demosinks.h): what they received, their keys.
    DemoSinks &sinks() { return m_sinks; }
    DemoSinkEndpoints sinkEndpoints() const { return m_sinks.endpoints(url().toString()); }
    DemoWorkersApi &workers() { return *m_workers; } // thread-safe; seed or inspect workers
    // Repositories, files and AQL under /artifactory (thread-safe; seed or inspect).
    DemoArtifactoryApi &artifactory() { return *m_artifactory; }
    static const QString &trailRepository(); // runtime-desk-trail
    // The owner trail in runtime-desk-trail now (thread-safe): how many records, and each one's
    // path, JSON and times, by modified then path.
    int trailRecordCount() const;
    QList<DemoTrailRecord> trailRecords() const;

    // The dataset, under the platform's lock. advance() also writes what the collector would: when the
    // trail is on, or the collector (worker runtime-desk-owner-trail) is deployed and enabled, a record
    // for every workload of each row that changed or appeared, modified now.
    DemoDataset::AdvanceStats advance();
    QList<ImageTag> expectedTags() const; // every tag as the list endpoint shows it now
    QList<ImageTag> expectedTags(DemoTagView view) const;
    int tagCount() const;
    DemoDataset::ShapeCounts shapeCounts() const;
    int epoch() const;
    template<typename Function> auto withDataset(Function function) const
    {
        QMutexLocker lock(&m_datasetMutex);
        return function(*m_dataset);
    }

private:
    void addRoutes();
    bool requiresToken(const QString &path) const;
    bool authorized(const DemoRequest &request) const;
    DemoResponse unauthorized(const DemoRequest &request) const;
    DemoResponse notFound(const DemoRequest &request, bool pathKnown) const;
    DemoResponse controlFaults(const DemoRequest &request);
    DemoResponse tokenInfo() const;
    void addTrackerRoutes();
    // demoplatform_trail.cpp
    void addArtifactoryRoutes();
    void seedOwnerTrail();
    QStringList collectorRepositories() const;

    Options m_options;
    QString m_token;
    IssuedCertificate m_ca;
    IssuedCertificate m_leaf;
    std::unique_ptr<QTemporaryDir> m_temporaryDirectory;
    QString m_directory;
    quint16 m_port = 0;
    qint64 m_startedAt = 0;
    DemoServer *m_server = nullptr;
    std::unique_ptr<DemoRuntimeApi> m_runtime;
    std::unique_ptr<DemoTrackersApi> m_trackers;
    std::unique_ptr<DemoWorkersApi> m_workers;
    std::unique_ptr<DemoArtifactoryApi> m_artifactory;
    std::unique_ptr<DemoDataset> m_dataset;
    mutable QMutex m_datasetMutex;
    DemoFaults m_faults;
    DemoRequestLog m_requests;
    DemoSinks m_sinks;
};
