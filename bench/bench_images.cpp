// The Images page at scale: a cache of N demo tags (default 100,000, two generations so rows
// are "changed"), then, in a fresh process that builds the app's real services and loads the
// real Main.qml offscreen:
//   - cold start: process start to the first frame that shows list rows,
//   - filter and sort changes: the change to the first frame with the new rows (p50, p95),
//   - frame times while scrolling the whole list, every image expanded (every tag a row),
//   - the process's peak RSS.
// Also, in this process, the query alone (controller + model, no QML) for the same changes.
//
//   bench_images [--tags N] [--rounds R] [--dir DIR] [--no-scroll]   (DIR keeps the cache between runs)
#include "benchprocess.h"
#include "benchscenarios.h"
#include "database.h"
#include "demodataset.h"
#include "generationstore.h"
#include "imagescontroller.h"
#include "inventory.h"
#include "schema.h"
#include "tagstore.h"
#include "viewpreferences.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    return db.exec(q) && q.next() ? q.value(0).toLongLong() : -1;
}

bool buildCache(const Workspace &workspace, int count, QTextStream &out)
{
    QElapsedTimer clock;
    clock.start();
    Database::Options options;
    auto opened = Database::open(workspace.cachePath, Schema::cache(), options);
    if (!opened.database)
        return false;
    Database &db = *opened.database;
    GenerationStore generations(db);
    TagStore tags(db);
    DemoDataset dataset(42, count);
    for (int epoch = 0; epoch < 2; ++epoch) {
        if (epoch == 1)
            dataset.advance(); // about 2% of the tags change: "changed since the last sync"
        const QList<ImageTag> all = dataset.expectedTags(DemoTagView::ListWithDetail);
        const qint64 generation = generations.begin(QStringLiteral("https://bench.invalid|default"));
        for (qsizetype i = 0; i < all.size(); i += 1000) {
            if (!db.transaction([&] { return tags.addTags(generation, all.mid(i, 1000)); }))
                return false;
        }
        GenerationStore::CommitPolicy policy;
        policy.acceptShrink = true;
        QElapsedTimer commit;
        commit.start();
        if (generations.commit(generation, all.size(), policy) != GenerationStore::CommitOutcome::Committed)
            return false;
        out << QStringLiteral("  generation %1: %L2 tags, commit (with the image rows) %3 ms\n")
                   .arg(generation)
                   .arg(all.size())
                   .arg(commit.elapsed());
    }
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << QStringLiteral("  cache built in %1 s, %2 MB, %L3 images\n")
               .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(double(QFileInfo(workspace.cachePath).size()) / 1e6, 0, 'f', 0)
               .arg(scalar(db, QStringLiteral("SELECT count(*) FROM image_rows WHERE generation = 2")));
    out.flush();
    return true;
}

// The query alone: the controller applies a change and the first rows are read, as a view would.
void measureQueries(const Workspace &workspace, int rounds, QTextStream &out)
{
    Database::Options options;
    auto cache = Database::open(workspace.cachePath, Schema::cache(), options);
    Inventory inventory(std::move(cache.database));
    ImagesController controller;
    controller.classBegin();
    controller.setInventory(&inventory);
    controller.componentComplete();
    QCoreApplication::processEvents();
    QList<double> all;
    QList<double> cpu;
    QMap<QString, QList<double>> per;
    for (int round = 0; round < rounds; ++round) {
        for (const BenchScenario &s : BenchScenarios::list()) {
            QElapsedTimer clock;
            clock.start();
            const double cpuBefore = BenchStats::threadCpuMs();
            BenchScenarios::apply(controller, s);
            ImageListModel *model = controller.model();
            for (int row = 0; row < 40 && row < model->rowCount(); ++row)
                model->data(model->index(row), ImageListModel::NameRole);
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            all.append(ms);
            cpu.append(BenchStats::threadCpuMs() - cpuBefore);
            per[s.name].append(ms);
        }
    }
    out << QStringLiteral("query to first 40 rows, no QML (%1 changes): %2\n")
               .arg(all.size())
               .arg(BenchStats::summary(all));
    out << QStringLiteral("  CPU time: %1\n").arg(BenchStats::summary(cpu));
    for (auto it = per.cbegin(); it != per.cend(); ++it)
        out << QStringLiteral("    %1 %2\n").arg(it.key(), -44).arg(BenchStats::summary(it.value()));
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArray(argv[1]) == "--ui")
        return BenchUi::run(argc, argv); // the child: the app's services and QML, offscreen

    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("tags"), QStringLiteral("Tags."), QStringLiteral("n"), QStringLiteral("100000") },
          { QStringLiteral("rounds"), QStringLiteral("Rounds of changes."), QStringLiteral("r"),
            QStringLiteral("4") },
          { QStringLiteral("dir"), QStringLiteral("Keep the cache here."), QStringLiteral("dir") },
          { QStringLiteral("no-scroll"),
            QStringLiteral("Skip scrolling the whole list (about 2 minutes).") } });
    parser.process(app);
    const int tags = parser.value(QStringLiteral("tags")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    QTextStream out(stdout);

    QTemporaryDir temporary;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    QDir().mkpath(dir);
    const Workspace workspace = Workspace::fromLocalPath(QDir(dir).filePath(QStringLiteral("desk.sqlite")));
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    loadavg.open(QIODevice::ReadOnly);
    out << QStringLiteral("bench_images: %L1 tags in %2 (load average %3, %4 CPUs)\n")
               .arg(tags)
               .arg(workspace.cachePath)
               .arg(QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2))
               .arg(QThread::idealThreadCount());
    if (!QFileInfo::exists(workspace.cachePath)) {
        if (!buildCache(workspace, tags, out)) {
            out << "could not build the cache\n";
            return 1;
        }
    } else {
        out << "  (reusing the cache)\n";
    }
    measureQueries(workspace, rounds, out);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("rtdesk.*.info=false"));
    // Cold starts: a fresh process each, no saved state, to the first frame with rows. Also once
    // without the cache's quick_check on open (docs/TESTING.md DB-4 wants it), to show its share.
    struct Child
    {
        qint64 coldMs = 0;
        double peakMb = 0;
        QStringList lines;
    };
    auto child = [&](const QString &mode) -> std::optional<Child> {
        QFile::remove(workspace.localPath);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        const ChildRun run =
            runChild(QCoreApplication::applicationFilePath(),
                     { QStringLiteral("--ui"), workspace.localPath, QString::number(rounds), mode }, env);
        if (run.exitCode != 0) {
            out << "the UI run failed (" << run.exitCode << "):\n" << run.out << run.err;
            return std::nullopt;
        }
        Child c;
        for (const QString &line : QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1StringView("first-frame-epoch-ms ")))
                c.coldMs = line.section(u' ', 1).toLongLong() - started;
            else if (line.startsWith(QLatin1StringView("peak-rss-kb ")))
                c.peakMb = line.section(u' ', 1).toDouble() / 1024.0;
            else
                c.lines.append(line);
        }
        return c;
    };
    QList<double> cold;
    QString breakdown;
    for (int i = 0; i < 3; ++i) {
        const auto c = child(QStringLiteral("cold"));
        if (!c)
            return 1;
        cold.append(double(c->coldMs));
        breakdown = c->lines.join(u'\n');
    }
    const auto unchecked = child(QStringLiteral("cold-unchecked"));
    if (!unchecked)
        return 1;
    out << QStringLiteral("cold start to the rendered list (3 runs): %1 (aim < 1000 ms)\n")
               .arg(BenchStats::summary(cold));
    out << "  " << breakdown << "\n";
    out << QStringLiteral("  the same without the cache's quick_check on open: %1 ms\n")
               .arg(unchecked->coldMs);
    out.flush();

    const auto full = child(parser.isSet(QStringLiteral("no-scroll")) ? QStringLiteral("no-scroll")
                                                                      : QStringLiteral("scroll"));
    if (!full)
        return 1;
    for (const QString &line : full->lines) {
        if (!line.startsWith(QLatin1StringView("cold start inside")))
            out << line << "\n";
    }
    out << QStringLiteral("peak RSS of the UI process (cold start, every change, the whole list scrolled): "
                          "%1 MB (aim < 250)\n")
               .arg(full->peakMb, 0, 'f', 1);
    return 0;
}
