// Full sync of N tags (default 100,000) from a local demo platform, by the real CLI in its own
// process: tags per second and the CLI's peak RSS. The demo runs as another process, so the
// figures are the client's alone.
//
//   bench_sync [--tags N] [--runs R]
#include "benchprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("tags"), QStringLiteral("Tags."), QStringLiteral("n"), QStringLiteral("100000") },
          { QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("r"), QStringLiteral("3") } });
    parser.process(app);
    const int tags = parser.value(QStringLiteral("tags")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString cli = QStringLiteral(RD_CLI_PATH);
    ServerChild demo(cli,
                     { QStringLiteral("serve-demo"), QStringLiteral("--tags"), QString::number(tags),
                       QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--dir"), dir.path(),
                       QStringLiteral("--token"), QStringLiteral("bench-token") });
    if (!demo.waitFor("Trust the CA", 30000)) {
        out << "the demo platform did not start\n" << demo.output();
        return 1;
    }
    const QString url = QRegularExpression(QStringLiteral("url:\\s+(\\S+)"))
                            .match(QString::fromUtf8(demo.output()))
                            .captured(1);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JFROG_URL"), url);
    env.insert(QStringLiteral("JFROG_ACCESS_TOKEN"), QStringLiteral("bench-token"));
    QList<double> rates;
    QList<double> rss;
    out << QStringLiteral("bench_sync: %1 tags from %2, %3 runs, each into a fresh cache\n")
               .arg(tags)
               .arg(url)
               .arg(runs);
    for (int i = 0; i < runs; ++i) {
        const QString db = dir.filePath(QStringLiteral("run%1.sqlite").arg(i));
        const ChildRun run = runChild(cli,
                                      { QStringLiteral("--db"), db, QStringLiteral("--ca"),
                                        dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("sync"),
                                        QStringLiteral("--quiet") },
                                      env);
        if (run.exitCode != 0) {
            out << "sync failed: " << run.err;
            return 1;
        }
        const double rate = double(tags) / run.seconds;
        rates.append(rate);
        rss.append(run.peakRssMb);
        out << QStringLiteral("  run %1: %2 s wall, %3 tags/s end to end, peak RSS %4 MB | %5")
                   .arg(i + 1)
                   .arg(run.seconds, 0, 'f', 2)
                   .arg(rate, 0, 'f', 0)
                   .arg(run.peakRssMb, 0, 'f', 1)
                   .arg(QString::fromUtf8(run.out).trimmed());
        out << "\n";
        out.flush();
    }
    std::sort(rates.begin(), rates.end());
    out << QStringLiteral("result: median %1 tags/s (aim >= 20000), max peak RSS %2 MB (aim < 200)\n")
               .arg(rates.at(rates.size() / 2), 0, 'f', 0)
               .arg(*std::max_element(rss.begin(), rss.end()), 0, 'f', 1);
    return 0;
}
