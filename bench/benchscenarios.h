#pragma once

#include <QList>
#include <QString>

class ImagesController;

// The filter and sort changes bench_images times, the same in both of its processes.
struct BenchScenario
{
    enum class Kind { Filter, Sort, Risk };
    Kind kind;
    QString value;
    QString name;
};

namespace BenchScenarios {
const QList<BenchScenario> &list();
void apply(ImagesController &controller, const BenchScenario &scenario);
} // namespace BenchScenarios

namespace BenchStats {
// CPU time of the calling thread, in milliseconds: what the work costs whatever else runs.
double threadCpuMs();
double percentile(QList<double> values, double p);
// "p50 1.2 ms, p95 3.4 ms, max 5.6 ms (n=40)"
QString summary(const QList<double> &values);
} // namespace BenchStats

namespace BenchUi {
// The child process: the app's services over the cache, the real Main.qml offscreen.
int run(int argc, char *argv[]);
} // namespace BenchUi
