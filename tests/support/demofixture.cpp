#include "demofixture.h"

#include "runtimerequests.h"

#include <QSignalSpy>
#include <QtTest>

DemoFixture::DemoFixture(const DemoPlatform::Options &options)
    : m_platform(std::make_unique<DemoPlatform>(options))
{
    m_nam = ApiClient::createNetworkAccessManager(&m_owner);
    m_client = std::make_unique<ApiClient>(m_nam);
}

DemoFixture::~DemoFixture()
{
    m_client.reset();
    m_platform.reset();
}

DemoPlatform::Options DemoFixture::defaultOptions()
{
    DemoPlatform::Options options;
    options.tags = 250;
    options.seed = 1;
    return options;
}

bool DemoFixture::start()
{
    QString error;
    if (!m_platform->start(&error)) {
        qWarning("demo platform did not start: %s", qPrintable(error));
        return false;
    }
    m_client->setProfile(profile());
    m_client->setToken(m_platform->token());
    return true;
}

ConnectionProfile DemoFixture::profile() const
{
    return defaultProfile(*m_platform);
}

ConnectionProfile DemoFixture::defaultProfile(const DemoPlatform &platform)
{
    ConnectionProfile profile;
    profile.baseUrl = platform.url();
    profile.caCertificates = { platform.caCertificate() };
    profile.transferTimeout = std::chrono::milliseconds(5000);
    profile.totalTimeout = std::chrono::milliseconds(30000);
    profile.retry.maxAttempts = 3;
    profile.retry.baseDelay = std::chrono::milliseconds(20);
    profile.retry.maxDelay = std::chrono::milliseconds(100);
    return profile;
}

void DemoFixture::setProfile(const ConnectionProfile &profile)
{
    m_client->setProfile(profile);
}

bool DemoFixture::arm(const QJsonValue &rules)
{
    QString error;
    if (!m_platform->faults().install(rules, &error)) {
        qWarning("bad fault rule: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool DemoFixture::run(ApiRequest &request, int timeoutMs)
{
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

QList<ImageTag> DemoFixture::fetchAllTags(RuntimeQuery query, ApiError *error, int *pages)
{
    QList<ImageTag> tags;
    if (pages)
        *pages = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        ImageTagsPageRequest request(m_client.get(), query, nullptr);
        if (!run(request)) {
            if (error)
                *error = { ApiError::Kind::Timeout,
                           0,
                           QStringLiteral("(test)"),
                           {},
                           QStringLiteral("the test gave up waiting") };
            return tags;
        }
        if (request.error()) {
            if (error)
                *error = request.error();
            return tags;
        }
        if (pages)
            ++*pages;
        tags += request.result().items;
        query.nextKey = request.result().nextKey;
        if (query.nextKey.isEmpty())
            break;
    }
    if (error)
        *error = {};
    return tags;
}
