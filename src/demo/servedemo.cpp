#include "servedemo.h"

#include "logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
#ifdef Q_OS_UNIX
int signalPipe[2] = { -1, -1 };

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1); // async-signal-safe
}
#endif
} // namespace

int runServeDemo(const DemoPlatform::Options &options, QTextStream &out)
{
    DemoPlatform platform(options);
    QString error;
    if (!platform.start(&error)) {
        out << "serve-demo: " << error << Qt::endl;
        return 2;
    }
#ifdef Q_OS_UNIX
    // Self-pipe: the handler only writes a byte; Qt's event loop does the rest. Set up before anything is
    // printed, so a script that reads the output and then signals never finds the default handler.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        out << "serve-demo: cannot watch for signals" << Qt::endl;
        return 2;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&notifier] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        qCInfo(lcDemo) << "serve-demo: signal" << int(byte) << "- stopping";
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
    out << "Runtime Desk demo platform" << Qt::endl
        << "  url:   " << platform.url().toString() << Qt::endl
        << "  ca:    " << platform.caCertificatePath() << Qt::endl
        << "  token: " << platform.token() << Qt::endl
        << "  tags:  " << platform.tagCount() << " (seed " << options.seed << ")" << Qt::endl
        << "  jira:  " << platform.jiraUrl().toString() << " user "
        << platform.trackers().credentials().jiraUser << " api-token "
        << platform.trackers().credentials().jiraToken << Qt::endl
        << "  github: " << platform.githubUrl().toString() << " token "
        << platform.trackers().credentials().githubToken << Qt::endl
        << "  sinks: slack    " << platform.url().toString() << "/services/<team>/<bot>/<secret>" << Qt::endl
        << "         webhook  " << platform.url().toString() << "/hooks/<name>  (signing key "
        << platform.sinks().webhookSecret() << ", raw " << platform.sinks().webhookKey() << ")" << Qt::endl
        << "         sendgrid " << platform.url().toString() << "/v3/mail/send  (API key "
        << platform.sinks().mailApiKey() << ")" << Qt::endl
        << "Trust the CA certificate above; stop with Ctrl+C." << Qt::endl;
    if (options.listVariant != DemoListVariant::Examples || options.totalCountSkew != 0)
        out << "  image-tags listing: "
            << (options.listVariant == DemoListVariant::FieldTable
                    ? "images_tags, total_count in pagination"
                    : "image_tags, total_count at the top level")
            << ", total_count skew " << options.totalCountSkew << Qt::endl;
    QStringList knobs;
    if (!options.tagDetailEndpoint)
        knobs << QStringLiteral("no image-tag detail endpoint");
    if (!options.ownerTrail)
        knobs << QStringLiteral("no owner trail");
    if (!options.artifactoryAdmin)
        knobs << QStringLiteral("the token is not an Artifactory admin");
    if (!options.accessAdmin)
        knobs << QStringLiteral("the token is not admin-scoped (reading users answers 403)");
    if (!knobs.isEmpty())
        out << "  knobs: " << knobs.join(QStringLiteral(", ")) << Qt::endl;
    // What the estate holds, on stderr, so scripts reading stdout see the same lines as before.
    QTextStream shapes(stderr);
    shapes << "serve-demo: shapes: " << platform.shapeCounts().toString() << Qt::endl;
    if (options.ownerTrail)
        shapes << "serve-demo: owner trail: " << platform.trailRecordCount() << " records in "
               << DemoPlatform::trailRepository() << Qt::endl;
    else
        shapes << "serve-demo: owner trail: off" << Qt::endl;

    QCoreApplication::exec();
#ifdef Q_OS_UNIX
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
#endif
    platform.stop();
    out << "serve-demo: stopped" << Qt::endl;
    return 0;
}
