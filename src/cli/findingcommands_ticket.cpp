#include "apiclient.h"
#include "displaytext.h"
#include "findingactions.h"
#include "findingcommands.h"
#include "generationstore.h"
#include "outboxsender.h"
#include "secretstore.h"
#include "settingsstore.h"
#include "trackerclients.h"
#include "trackerrequests.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {

const QList<QCommandLineOption> &trackerOptions()
{
    static const QList<QCommandLineOption> options {
        { QStringLiteral("tracker-url"),
          QStringLiteral("The tracker (else JIRA_URL / GITHUB_API_URL, else saved)."),
          QStringLiteral("url") },
        { QStringLiteral("tracker-ca"), QStringLiteral("PEM CA certificates to trust for the tracker."),
          QStringLiteral("file") },
        { QStringLiteral("project"),
          QStringLiteral(
              "Jira project key, or GitHub owner/repo (else JIRA_PROJECT / GITHUB_REPOSITORY, else saved)."),
          QStringLiteral("project") },
        { QStringLiteral("jira-user"),
          QStringLiteral(
              "Jira account e-mail for an API token (else JIRA_USER, else saved; none: the token is a PAT)."),
          QStringLiteral("email") },
    };
    return options;
}

// Saved settings, overridden by the environment, overridden by the options.
TrackerConfig trackerConfig(CliContext &cx, const QCommandLineParser &parser, TrackerConfig::Kind kind)
{
    TrackerConfig c;
    c.kind = kind;
    if (Database *db = cx.local()) {
        SettingsStore settings(*db);
        c = TrackerConfig::load(settings, kind);
    }
    auto pick = [&](QString &field, const char *env, const char *option) {
        if (!qEnvironmentVariableIsEmpty(env))
            field = qEnvironmentVariable(env);
        if (option && parser.optionNames().contains(QLatin1StringView(option))
            && parser.isSet(QLatin1StringView(option)))
            field = parser.value(QLatin1StringView(option));
    };
    const bool jira = kind == TrackerConfig::Kind::Jira;
    pick(c.url, jira ? "JIRA_URL" : "GITHUB_API_URL", "tracker-url");
    pick(c.project, jira ? "JIRA_PROJECT" : "GITHUB_REPOSITORY", "project");
    if (jira)
        pick(c.user, "JIRA_USER", "jira-user");
    pick(c.caFile, jira ? "JIRA_CA_FILE" : "GITHUB_CA_FILE", "tracker-ca");
    return c;
}

// The credential from JIRA_API_TOKEN / GITHUB_TOKEN, else the keychain. Empty with a reason.
QString trackerSecret(CliContext &cx, const TrackerConfig &config, QString *error)
{
    const QString env =
        qEnvironmentVariable(config.kind == TrackerConfig::Kind::Jira ? "JIRA_API_TOKEN" : "GITHUB_TOKEN");
    if (!env.isEmpty())
        return env;
    const SecretStore::ReadResult stored = cx.secrets()->readNow(config.secretKey());
    if (stored.value && !stored.value->isEmpty())
        return *stored.value;
    *error = stored.error.isEmpty()
        ? QStringLiteral("no %1 credential: set %2 or run `tracker %3`")
              .arg(config.title(),
                   config.kind == TrackerConfig::Kind::Jira ? u"JIRA_API_TOKEN" : u"GITHUB_TOKEN",
                   config.name())
        : QStringLiteral("no %1 credential (the keychain is unavailable: %2)")
              .arg(config.title(), stored.error);
    return {};
}

// Runs one outbox pass with the given trackers configured.
OutboxSender::Summary sendOutbox(Database &local, TrackerClients &clients)
{
    OutboxSender sender(local, &clients);
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &sender, &OutboxSender::sendPending);
    loop.exec();
    return sender.lastSummary();
}

QString describe(const OutboxItem &item)
{
    return QStringLiteral("#%1 %2 %3 %4")
        .arg(item.id)
        .arg(item.tracker, OutboxItem::kindName(item.kind), OutboxItem::stateName(item.state));
}

void addTicketOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Files a ticket for an image tag, prefilled with Build Owner, Deployed By, digests, workloads and "
        "risks. "
        "Offline, it waits in the outbox (exit 2) and goes out exactly once with `outbox --send`."));
    parser.addOptions(trackerOptions());
    parser.addOptions({
        { QStringLiteral("tracker"), QStringLiteral("jira or github."), QStringLiteral("tracker") },
        { QStringLiteral("title"), QStringLiteral("The title instead of the prefilled one."),
          QStringLiteral("text") },
        { QStringLiteral("body-file"),
          QStringLiteral("The description (Markdown) from this file instead of the prefilled one."),
          QStringLiteral("file") },
        { QStringLiteral("dry-run"), QStringLiteral("Print the request instead of sending it.") },
    });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The image tag."));
    parser.addHelpOption();
}

// The prefilled draft with --title and --body-file applied, validated.
std::optional<TicketDraft> ticketDraft(CliContext &cx, const QCommandLineParser &parser, const ImageTag &tag,
                                       FindingActions &actions, int *exit)
{
    TicketDraft draft = TicketDraft::prefill(tag, actions.findings().finding(tag));
    if (parser.isSet(QStringLiteral("title")))
        draft.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("body-file"))) {
        QFile file(parser.value(QStringLiteral("body-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            *exit = cx.fail(CliContext::Usage, QStringLiteral("cannot read %1").arg(file.fileName()));
            return std::nullopt;
        }
        draft.body = QString::fromUtf8(file.read(TicketDraft::maxBody * 4 + 1));
    }
    QString error;
    if (!draft.validate(&error)) {
        *exit = cx.fail(CliContext::Usage, error);
        return std::nullopt;
    }
    return draft;
}

// --dry-run: the request the tracker would get, without its credential.
int printTicketRequest(CliContext &cx, const TrackerConfig &config, const TicketDraft &draft)
{
    const bool jira = config.kind == TrackerConfig::Kind::Jira;
    const QString marker = TrackerMarker::line(QStringLiteral("<outbox-uuid>"), !jira);
    const QString body = draft.body + QStringLiteral("\n\n") + marker;
    const QJsonObject json = jira
        ? QJsonObject { { QStringLiteral("fields"),
                          QJsonObject {
                              { QStringLiteral("project"),
                                QJsonObject { { QStringLiteral("key"), config.project } } },
                              { QStringLiteral("summary"), draft.title },
                              { QStringLiteral("description"), body },
                              { QStringLiteral("issuetype"),
                                QJsonObject { { QStringLiteral("name"), config.issueType } } },
                              { QStringLiteral("labels"),
                                QJsonArray { QStringLiteral("runtime-desk"),
                                             TrackerMarker::label(QStringLiteral("<outbox-uuid>")) } } } } }
        : QJsonObject { { QStringLiteral("title"), draft.title }, { QStringLiteral("body"), body } };
    QString url = config.url.trimmed();
    if (url.endsWith(u'/'))
        url.chop(1);
    cx.out << "POST " << url
           << (jira ? QStringLiteral("/rest/api/2/issue")
                    : QStringLiteral("/repos/%1/%2/issues").arg(config.owner(), config.repository()))
           << "\nAuthorization: <" << (jira && !config.user.isEmpty() ? "Basic" : "Bearer")
           << " credential, not shown>\n"
           << (jira ? "Accept: application/json\n"
                    : "Accept: application/vnd.github+json\nX-GitHub-Api-Version: 2022-11-28\n")
           << "Content-Type: application/json\n\n"
           << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return CliContext::Ok;
}

// Queues the ticket in the outbox and sends it: its key and URL, or why it waits or was refused.
int fileTicket(CliContext &cx, Database &local, FindingActions &actions, const ImageTag &tag,
               const TrackerConfig &config, const TicketDraft &draft)
{
    QString error;
    const QString secret = trackerSecret(cx, config, &error);
    if (secret.isEmpty())
        return cx.fail(CliContext::Usage, error);
    QNetworkAccessManager *nam = ApiClient::createNetworkAccessManager(nullptr);
    TrackerClients clients(nam);
    if (!clients.configure(config, secret, &error)) {
        delete nam;
        return cx.fail(CliContext::Usage, error);
    }
    const std::optional<OutboxItem> queued = actions.queueTicket(tag, config.name(), draft, &error);
    if (!queued) {
        delete nam;
        return cx.fail(CliContext::Data, error);
    }
    sendOutbox(local, clients);
    delete nam;
    const std::optional<OutboxItem> item = actions.outbox().find(queued->id);
    if (item && item->state == OutboxItem::State::Sent) {
        cx.out << item->resultKey << " " << item->resultUrl << Qt::endl;
        return CliContext::Ok;
    }
    if (item && item->state == OutboxItem::State::Failed)
        return cx.fail(
            CliContext::Network,
            QStringLiteral("%1 refused the ticket (outbox #%2, retry with `outbox --retry %2 --send`): %3")
                .arg(config.title())
                .arg(item->id)
                .arg(item->lastError));
    return cx.fail(CliContext::Network,
                   QStringLiteral("queued in the outbox: #%1, sent with `outbox --send` (%2)")
                       .arg(queued->id)
                       .arg(item ? item->lastError : QStringLiteral("not sent")));
}

void addOutboxOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Lists the tickets and notes waiting to go to a tracker; "
                                                    "--send sends them (exactly once), --retry puts refused "
                                                    "ones back in line."));
    parser.addOptions(trackerOptions());
    parser.addOptions({
        { QStringLiteral("send"), QStringLiteral("Send what is pending.") },
        { QStringLiteral("retry"), QStringLiteral("Put a refused item (or \"all\") back in line."),
          QStringLiteral("id") },
        { QStringLiteral("all"), QStringLiteral("List sent items too.") },
        { QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("format"),
          QStringLiteral("table") },
    });
    parser.addHelpOption();
}

// --send: one outbox pass with every tracker that has items configured; the exit code.
int sendPending(CliContext &cx, const QCommandLineParser &parser, Database &local, OutboxStore &outbox)
{
    QNetworkAccessManager *nam = ApiClient::createNetworkAccessManager(nullptr);
    TrackerClients clients(nam);
    QStringList problems;
    for (TrackerConfig::Kind kind : { TrackerConfig::Kind::Jira, TrackerConfig::Kind::GitHub }) {
        const QString name = TrackerConfig::kindName(kind);
        const QList<OutboxItem> items = outbox.list();
        if (std::none_of(items.cbegin(), items.cend(),
                         [&](const OutboxItem &i) { return i.tracker == name; }))
            continue;
        QString error;
        const TrackerConfig config = trackerConfig(cx, parser, kind);
        const QString secret = trackerSecret(cx, config, &error);
        if (secret.isEmpty() || !clients.configure(config, secret, &error))
            problems.append(error);
    }
    const OutboxSender::Summary summary = sendOutbox(local, clients);
    delete nam;
    cx.err << "sent " << summary.sent << ", waiting " << summary.waiting << " (" << summary.failed
           << " refused)" << Qt::endl;
    for (const QString &p : problems)
        cx.err << "warning: " << p << Qt::endl;
    if (summary.waiting == 0)
        return CliContext::Ok;
    const QString why = summary.lastError.isEmpty() ? problems.value(0) : summary.lastError;
    return cx.fail(CliContext::Network,
                   QStringLiteral("%1 item(s) still in the outbox: %2").arg(summary.waiting).arg(why));
}

void printOutbox(CliContext &cx, const QList<OutboxItem> &items, const QString &format)
{
    if (format == u"json") {
        QJsonArray array;
        for (const OutboxItem &i : items)
            array.append(
                QJsonObject { { QStringLiteral("id"), i.id },
                              { QStringLiteral("tracker"), i.tracker },
                              { QStringLiteral("kind"), OutboxItem::kindName(i.kind) },
                              { QStringLiteral("state"), OutboxItem::stateName(i.state) },
                              { QStringLiteral("attempts"), i.attempts },
                              { QStringLiteral("last_error"), i.lastError },
                              { QStringLiteral("title"), i.payload.value(QLatin1StringView("title")) },
                              { QStringLiteral("key"), i.resultKey },
                              { QStringLiteral("url"), i.resultUrl },
                              { QStringLiteral("idempotency_key"), i.idempotencyKey } });
        cx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const OutboxItem &i : items)
            cx.out << describe(i) << " attempts " << i.attempts << "  "
                   << (i.state == OutboxItem::State::Sent ? i.resultKey + u' ' + i.resultUrl
                                                          : DisplayText::cell(i.lastError, 100))
                   << "\n";
        if (items.isEmpty())
            cx.out << "the outbox is empty\n";
    }
    cx.out.flush();
}

} // namespace

int runTicket(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    addTicketOptions(parser);
    if (!parser.parse(args))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    const auto kind = TrackerConfig::kindFromName(parser.value(QStringLiteral("tracker")));
    if (!kind)
        return cx.fail(CliContext::Usage, QStringLiteral("ticket needs --tracker jira|github"));
    if (parser.positionalArguments().size() != 1)
        return cx.fail(CliContext::Usage,
                       QStringLiteral("give exactly one REF (a digest, name:tag or registry/path/name:tag)"));

    std::unique_ptr<Database> cache = cx.openCache();
    if (!cache)
        return CliContext::Data;
    GenerationStore generations(*cache);
    const auto current = generations.current();
    if (!current)
        return cx.fail(CliContext::Data, QStringLiteral("the cache is empty: run `sync` first"));
    TagStore tags(*cache);
    const FindingActions::Resolved resolved =
        FindingActions::resolve(tags, current->id, parser.positionalArguments().constFirst());
    if (!resolved.tag)
        return cx.fail(resolved.ambiguous ? CliContext::Usage : CliContext::Data, resolved.error);
    Database *local = cx.local();
    if (!local)
        return CliContext::Data;
    FindingActions actions(*local);
    const ImageTag &tag = resolved.tag->tag;

    int exit = 0;
    const std::optional<TicketDraft> draft = ticketDraft(cx, parser, tag, actions, &exit);
    if (!draft)
        return exit;
    QString error;
    const TrackerConfig config = trackerConfig(cx, parser, *kind);
    if (!config.profile(&error))
        return cx.fail(CliContext::Usage, error);
    if (parser.isSet(QStringLiteral("dry-run")))
        return printTicketRequest(cx, config, *draft);
    return fileTicket(cx, *local, actions, tag, config, *draft);
}

int runOutbox(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    addOutboxOptions(parser);
    if (!parser.parse(args))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"json")
        return cx.fail(
            CliContext::Usage,
            QStringLiteral("unknown --format %1 (use table|json)").arg(DisplayText::visible(format)));
    Database *local = cx.local();
    if (!local)
        return CliContext::Data;
    OutboxStore outbox(*local);
    if (parser.isSet(QStringLiteral("retry"))) {
        const QString which = parser.value(QStringLiteral("retry"));
        bool ok = false;
        const qint64 id = which == u"all" ? 0 : which.toLongLong(&ok);
        if (which != u"all" && (!ok || id <= 0))
            return cx.fail(CliContext::Usage, QStringLiteral("--retry takes an outbox id or \"all\""));
        cx.err << outbox.retry(id) << " item(s) back in line" << Qt::endl;
    }
    const int exit =
        parser.isSet(QStringLiteral("send")) ? sendPending(cx, parser, *local, outbox) : CliContext::Ok;
    printOutbox(cx, outbox.list(parser.isSet(QStringLiteral("all"))), format);
    return exit;
}

int runTracker(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves a tracker for this profile: tracker jira|github --tracker-url URL --project P "
                       "[--jira-user E] [--tracker-ca F]. "
                       "The API token (Jira) or token (GitHub) is read from standard input into the "
                       "keychain, never from the command line."));
    parser.addOptions(trackerOptions());
    parser.addOption({ QStringLiteral("issue-type"), QStringLiteral("Jira issue type (default Bug)."),
                       QStringLiteral("type") });
    parser.addOption({ QStringLiteral("no-token"),
                       QStringLiteral("Keep the stored token; read nothing from standard input.") });
    parser.addPositionalArgument(QStringLiteral("TRACKER"), QStringLiteral("jira or github."));
    parser.addHelpOption();
    if (!parser.parse(args))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    const auto kind = parser.positionalArguments().size() == 1
        ? TrackerConfig::kindFromName(parser.positionalArguments().constFirst())
        : std::nullopt;
    if (!kind)
        return cx.fail(CliContext::Usage, QStringLiteral("tracker takes jira or github"));
    Database *local = cx.local();
    if (!local)
        return CliContext::Data;
    TrackerConfig config = trackerConfig(cx, parser, *kind);
    if (parser.isSet(QStringLiteral("issue-type")))
        config.issueType = parser.value(QStringLiteral("issue-type"));
    QString error;
    if (!config.profile(&error))
        return cx.fail(CliContext::Usage, error);
    if (!parser.isSet(QStringLiteral("no-token"))) {
        QTextStream in(stdin);
        const QString token = in.readLine().trimmed();
        if (token.isEmpty())
            return cx.fail(CliContext::Usage,
                           QStringLiteral("no token on standard input (or give --no-token)"));
        error = cx.secrets()->writeNow(config.secretKey(), token);
        if (!error.isEmpty())
            return cx.fail(CliContext::Data, QStringLiteral("the keychain refused the token: %1").arg(error));
    }
    SettingsStore settings(*local);
    if (!config.save(settings))
        return cx.fail(CliContext::Data, local->lastError().message);
    cx.out << config.title() << " " << config.url << " (" << config.project << ") saved" << Qt::endl;
    return CliContext::Ok;
}
