#include "benchscenarios.h"

#include "imagescontroller.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace BenchScenarios {

const QList<BenchScenario> &list()
{
    using K = BenchScenario::Kind;
    static const QList<BenchScenario> scenarios {
        { K::Sort, QStringLiteral("name"), QStringLiteral("sort by name") },
        { K::Sort, QStringLiteral("vulnerabilities"), QStringLiteral("sort by vulnerabilities") },
        { K::Sort, QStringLiteral("registry"), QStringLiteral("sort by registry") },
        { K::Sort, QStringLiteral("workloads"), QStringLiteral("sort by workloads") },
        { K::Sort, QStringLiteral("risk"), QStringLiteral("sort by risk") },
        { K::Filter, QStringLiteral("risk:integrity"), QStringLiteral("risk:integrity") },
        { K::Filter, QStringLiteral("ns:prod"), QStringLiteral("ns:prod") },
        { K::Filter, QStringLiteral("deployer:alice"), QStringLiteral("deployer:alice") },
        { K::Filter, QStringLiteral("!registry:docker.io"), QStringLiteral("!registry:docker.io") },
        { K::Filter, QStringLiteral("nginx"), QStringLiteral("nginx (full text)") },
        { K::Filter, QStringLiteral("risk:integrity ns:prod owner:alice !registry:docker.io nginx"),
          QStringLiteral("the issue's example") },
        { K::Filter, QStringLiteral("severity:>=high status:running"),
          QStringLiteral("severity:>=high status:running") },
        { K::Filter, QStringLiteral("cve:CVE-2023"), QStringLiteral("cve:CVE-2023 (every 2023 CVE)") },
        { K::Filter, QStringLiteral("cve:CVE-2019-20527"), QStringLiteral("cve:CVE-2019-20527 (one CVE)") },
        { K::Filter, QStringLiteral("deployer:jenkins*"), QStringLiteral("deployer:jenkins*") },
        { K::Filter, QStringLiteral("changed:yes"), QStringLiteral("changed:yes") },
        { K::Filter, QString(), QStringLiteral("clear the filter") },
        { K::Risk, QStringLiteral("malicious"), QStringLiteral("chip: malicious on/off") },
    };
    return scenarios;
}

void apply(ImagesController &controller, const BenchScenario &s)
{
    switch (s.kind) {
    case BenchScenario::Kind::Filter:
        controller.filter()->setText(s.value);
        controller.filter()->applyNow(); // the 150 ms typing pause is not part of the query
        break;
    case BenchScenario::Kind::Sort:
        controller.columns()->sortBy(s.value);
        break;
    case BenchScenario::Kind::Risk:
        controller.filter()->toggleRisk(s.value);
        break;
    }
}

} // namespace BenchScenarios

namespace BenchStats {

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1,
                                                  0, values.size() - 1);
    return values.at(index);
}

QString summary(const QList<double> &values)
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms (n=%4)")
        .arg(percentile(values, 50), 0, 'f', 1)
        .arg(percentile(values, 95), 0, 'f', 1)
        .arg(percentile(values, 100), 0, 'f', 1)
        .arg(values.size());
}

} // namespace BenchStats
