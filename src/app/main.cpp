#include "application.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QQuickStyle>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(RuntimeDesk_CorePlugin)
Q_IMPORT_QML_PLUGIN(RuntimeDeskPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("RuntimeDesk"));
    QGuiApplication::setApplicationName(QStringLiteral("runtime-desk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Runtime Desk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.runtimedesk.RuntimeDesk"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    // The user's language when there is a catalogue for it (German); otherwise English, whose
    // catalogue only gives the plural forms ("1 tag", "2 tags").
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("runtime-desk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/runtime-desk_en.qm")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runtime Desk: a desktop client for JFrog Runtime."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("demo"),
          QStringLiteral("Run the built-in demo platform on loopback and connect to it.") },
        { QStringLiteral("demo-tags"), QStringLiteral("Tags in the demo platform (1 to 200000)."),
          QStringLiteral("n"), QStringLiteral("20000") },
        { QStringLiteral("demo-seed"), QStringLiteral("Seed of the demo data."), QStringLiteral("seed"),
          QStringLiteral("42") },
        { QStringLiteral("demo-total-count-skew"),
          QStringLiteral("Make the demo platform's total_count disagree with the rows it serves by N."),
          QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("demo-tag-detail"),
          QStringLiteral(
              "The demo platform also names Build Owner and Deployed By itself (in its list and an image-tag "
              "detail endpoint no public source documents); without it, they come from the owner trail.") },
        { QStringLiteral("db"), QStringLiteral("The profile's local data file (the cache sits beside it)."),
          QStringLiteral("file") },
        { QStringLiteral("page"),
          QStringLiteral("The page to open: images, people, rules, harness, settings."),
          QStringLiteral("name"), QStringLiteral("images") },
        { QStringLiteral("open"),
          QStringLiteral("Open an image tag's detailed view (digest or name:tag); with --page harness, "
                         "simulate an integrity violation on it."),
          QStringLiteral("ref") },
        { QStringLiteral("screenshot"),
          QStringLiteral("Render the window to a PNG when the data is in, then exit."),
          QStringLiteral("file") },
        { QStringLiteral("self-test"), QStringLiteral("Load every page, report QML errors, exit.") },
    });
    parser.process(app);

    Application::Options options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.demoTags = std::clamp(parser.value(QStringLiteral("demo-tags")).toInt(), 1, 200000);
    options.demoSeed = parser.value(QStringLiteral("demo-seed")).toULongLong();
    options.demoTotalCountSkew = parser.value(QStringLiteral("demo-total-count-skew")).toInt();
    options.demoTagDetail = parser.isSet(QStringLiteral("demo-tag-detail"));
    options.dbPath = parser.value(QStringLiteral("db"));
    options.page = parser.value(QStringLiteral("page"));
    options.openReference = parser.value(QStringLiteral("open"));
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    options.selfTest = parser.isSet(QStringLiteral("self-test"));

    Application application(options);
    const int early = application.start();
    if (early >= 0)
        return early;
    return QGuiApplication::exec();
}
