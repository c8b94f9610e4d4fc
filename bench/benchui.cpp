// bench_images' child process: what Application builds (without a platform), the real Main.qml
// offscreen, and the clock on the frames it renders.
#include "apiclient.h"
#include "benchscenarios.h"
#include "connectioncontroller.h"
#include "database.h"
#include "findingservice.h"
#include "imagescontroller.h"
#include "inventory.h"
#include "schema.h"
#include "secretstore.h"
#include "services.h"
#include "synccontroller.h"
#include "viewpreferences.h"
#include "workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(RuntimeDesk_CorePlugin)
Q_IMPORT_QML_PLUGIN(RuntimeDeskPlugin)

namespace {

// Waits for the next frame the window renders; false after 10 s without one.
bool nextFrame(QQuickWindow *window)
{
    QEventLoop loop;
    bool rendered = false;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        rendered = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(connection);
    return rendered;
}

} // namespace

namespace BenchUi {

int run(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("RuntimeDeskBench"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QTextStream out(stdout);
    const Workspace workspace = Workspace::fromLocalPath(QString::fromLocal8Bit(argv[2]));
    const int rounds = argc > 3 ? QByteArray(argv[3]).toInt() : 3;
    const QByteArray mode = argc > 4 ? QByteArray(argv[4]) : QByteArray("scroll");
    // The peak of this process's own memory (VmHWM, reset by exec): getrusage() and wait4() also
    // count the parent's pages (100,000 demo tags) that the fork shared until exec.
    auto printPeak = [&out] {
        QFile status(QStringLiteral("/proc/self/status"));
        status.open(QIODevice::ReadOnly);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                out << "peak-rss-kb " << line.mid(6).trimmed().split(' ').constFirst() << Qt::endl;
        }
    };

    // As Application::openDatabases() and start() do.
    Database::Options localOptions;
    localOptions.durability = Database::Durability::Full;
    auto local = Database::open(workspace.localPath, Schema::local(), localOptions).database;
    Database::Options cacheOptions;
    cacheOptions.onCorruption = Database::OnCorruption::Rebuild;
    cacheOptions.checkIntegrityOnOpen = mode != "cold-unchecked"; // only to show what the check costs
    auto cache = Database::open(workspace.cachePath, Schema::cache(), cacheOptions).database;
    if (!local || !cache)
        return 3;
    const qint64 databasesMs = sinceMain.elapsed();
    auto *inventory = new Inventory(std::move(cache), &app);
    QNetworkAccessManager *nam = ApiClient::createNetworkAccessManager(&app);
    auto *client = new ApiClient(nam, &app);
    auto *secrets = new MemorySecretStore(&app);
    auto *connection = new ConnectionController(client, secrets, local.get(), &app);
    auto *sync = new SyncController(client, workspace.cachePath, inventory, &app);
    auto *views = new ViewPreferences(local.get(), &app);
    Services::Parts parts { connection, sync, inventory, QStringLiteral("images"), {} };
    parts.views = views;
    parts.findings = new FindingService(local.get(), inventory, secrets, nam, &app);
    auto *services = new Services(parts, &app);
    Services::setInstance(services);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/RuntimeDesk/Main.qml")));
    const qint64 qmlMs = sinceMain.elapsed();
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 4;
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("imageList"));
    QObject *page = window->findChild<QObject *>(QStringLiteral("imagesPage"));
    auto *controller =
        page ? qobject_cast<ImagesController *>(page->property("controller").value<QObject *>()) : nullptr;
    if (!list || !controller)
        return 5;

    // Cold start: the first frame that shows rows of the list.
    for (int frame = 0; frame < 200; ++frame) {
        if (!nextFrame(window))
            return 6;
        if (list->property("count").toInt() > 0
            && list->property("contentItem").value<QQuickItem *>()->childItems().size() > 5)
            break;
    }
    out << "first-frame-epoch-ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
    out << QStringLiteral(
               "cold start inside the process: databases open (with the cache's quick_check) at %1 ms, "
               "Main.qml loaded at %2 ms, first frame with rows at %3 ms\n")
               .arg(databasesMs)
               .arg(qmlMs)
               .arg(sinceMain.elapsed());
    if (mode.startsWith("cold")) {
        printPeak();
        return 0;
    }
    out << QStringLiteral("list: %L1 images, %L2 tags\n")
               .arg(controller->model()->imageCount())
               .arg(controller->model()->tagCount());

    // A filter or sort change to the first frame with its rows.
    QList<double> all;
    QList<double> cpu;
    QList<double> queries;
    QMap<QString, QList<double>> per;
    for (int round = 0; round < rounds; ++round) {
        for (const BenchScenario &s : BenchScenarios::list()) {
            QElapsedTimer clock;
            clock.start();
            const double cpuBefore = BenchStats::threadCpuMs();
            BenchScenarios::apply(*controller, s);
            if (!nextFrame(window))
                return 7;
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            all.append(ms);
            cpu.append(BenchStats::threadCpuMs() - cpuBefore);
            queries.append(controller->lastQueryMs());
            per[s.name].append(ms);
        }
    }
    out << QStringLiteral(
               "filter/sort change to the first frame with its rows (%1 changes): %2 (aim p95 < 50 ms)\n")
               .arg(all.size())
               .arg(BenchStats::summary(all));
    out << QStringLiteral("  CPU time of the UI thread for the same: %1\n").arg(BenchStats::summary(cpu));
    out << QStringLiteral("  of which the query (controller + model update): %1\n")
               .arg(BenchStats::summary(queries));
    for (auto it = per.cbegin(); it != per.cend(); ++it)
        out << QStringLiteral("    %1 %2\n").arg(it.key(), -44).arg(BenchStats::summary(it.value()));
    out.flush();

    if (mode == "no-scroll") {
        printPeak();
        return 0;
    }
    // Scrolling the whole list, every image expanded: one viewport per frame, top to bottom.
    controller->filter()->clear();
    controller->model()->expandAll();
    nextFrame(window);
    const int rows = controller->model()->rowCount();
    const qreal step = list->height();
    QList<double> frames;
    QList<double> frameCpu;
    qreal y = 0;
    QElapsedTimer total;
    total.start();
    while (frames.size() < 100000) {
        const qreal end = list->property("contentHeight").toReal() - list->height();
        if (y >= end)
            break;
        y = std::min(end, y + step);
        QElapsedTimer clock;
        clock.start();
        const double cpuBefore = BenchStats::threadCpuMs();
        list->setProperty("contentY", y);
        if (!nextFrame(window))
            return 8;
        frames.append(double(clock.nsecsElapsed()) / 1e6);
        frameCpu.append(BenchStats::threadCpuMs() - cpuBefore);
    }
    const auto slow = std::count_if(frames.cbegin(), frames.cend(), [](double ms) { return ms > 16.7; });
    out << QStringLiteral("scrolling the whole list (%L1 rows, every image expanded), a viewport per frame: "
                          "%2 frames in "
                          "%3 s; frame %4; p99 %5 ms; %6 over 16.7 ms\n")
               .arg(rows)
               .arg(frames.size())
               .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(BenchStats::summary(frames))
               .arg(BenchStats::percentile(frames, 99), 0, 'f', 1)
               .arg(slow);
    out << QStringLiteral("  CPU time per frame: %1\n").arg(BenchStats::summary(frameCpu));
    const QVariant lastRow =
        controller->model()->data(controller->model()->index(rows - 1), ImageListModel::ReferenceRole);
    out << QStringLiteral("  last row read: %1\n").arg(lastRow.toString());
    printPeak();
    return 0;
}

} // namespace BenchUi
