#pragma once

#include "apiclient.h"
#include "apirequest.h"
#include "demoplatform.h"
#include "imagetag.h"
#include "runtimequery.h"

#include <QJsonValue>
#include <QNetworkAccessManager>

#include <memory>

// An in-process demo platform over real TLS on 127.0.0.1, and the real ApiClient set up to trust
// its CA with its token: the integration tests' seam. Both live in the test's
// thread; everything is asynchronous, so waiting with QSignalSpy::wait() drives both.
class DemoFixture
{
public:
    explicit DemoFixture(const DemoPlatform::Options &options = defaultOptions());
    ~DemoFixture();

    static DemoPlatform::Options defaultOptions(); // 250 tags, seed 1
    // Starts the platform and configures the client; false (with a QTest warning) on failure.
    bool start();

    DemoPlatform &platform() { return *m_platform; }
    ApiClient &client() { return *m_client; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // The profile the client uses: base URL, the demo CA, a 5 s transfer timeout, fast retries.
    ConnectionProfile profile() const;
    // The same for a platform running elsewhere (a DemoHost's).
    static ConnectionProfile defaultProfile(const DemoPlatform &platform);
    void setProfile(const ConnectionProfile &profile);

    // Arms fault rules (the JSON of POST /__demo/faults); fails the test on a bad rule.
    bool arm(const QJsonValue &rules);

    // Starts `request` and waits for finished(); false on timeout.
    static bool run(ApiRequest &request, int timeoutMs = 20000);
    // Every page of POST /images/tags for `query`, in order; stops at the first error.
    QList<ImageTag> fetchAllTags(RuntimeQuery query, ApiError *error = nullptr, int *pages = nullptr);

private:
    std::unique_ptr<DemoPlatform> m_platform;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<ApiClient> m_client;
    QObject m_owner;
};
