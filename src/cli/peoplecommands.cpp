// `people`: the people directory, who each Build Owner and Deployed By is (PeopleStore, PeopleRoster).
#include "clicontext.h"
#include "displaytext.h"
#include "peoplefile.h"
#include "peopleresolvejob.h"
#include "peopleroster.h"
#include "peoplestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("people", text);
}

// Parses the options; true when the command should go on (false: help printed or a usage error).
bool parse(CliContext &cx, QCommandLineParser &p, const QStringList &args, int positionals, int *code)
{
    *code = CliContext::Ok;
    if (!p.parse(args)) {
        *code = cx.fail(CliContext::Usage, p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        cx.out << p.helpText();
        return false;
    }
    if (p.positionalArguments().size() != positionals) {
        *code = cx.fail(
            CliContext::Usage,
            positionals == 0
                ? tr("unexpected argument %1").arg(DisplayText::visible(p.positionalArguments().constFirst()))
                : tr("expected %1 argument(s); see --help").arg(positionals));
        return false;
    }
    return true;
}

QList<PeopleRoster::Entry> roster(CliContext &cx, bool *ok)
{
    *ok = false;
    Database *local = cx.local();
    if (!local)
        return {};
    std::unique_ptr<Database> cache = cx.openCache();
    if (!cache)
        return {};
    QList<PeopleRoster::Entry> entries = PeopleRoster::build(*local, cache.get(), ok);
    if (!*ok)
        cx.fail(CliContext::Data, tr("the people could not be read from the databases"));
    return entries;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

int runList(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("list [--format json]: every Build Owner and Deployed By of the inventory and every "
                       "directory entry: e-mail, Slack member ID, team, source, tags and risky tags."));
    p.addHelpOption();
    p.addOption({ QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("format"),
                  QStringLiteral("text") });
    int code = 0;
    if (!parse(cx, p, args, 0, &code))
        return code;
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return cx.fail(CliContext::Usage, QStringLiteral("--format takes text or json"));
    bool ok = false;
    const QList<PeopleRoster::Entry> entries = roster(cx, &ok);
    if (!ok)
        return CliContext::Data;
    if (format == u"json") {
        QJsonArray array;
        for (const PeopleRoster::Entry &e : entries)
            array.append(QJsonObject { { QStringLiteral("name"), e.person.name },
                                       { QStringLiteral("email"), orNull(e.person.email) },
                                       { QStringLiteral("slack_id"), orNull(e.person.slackId) },
                                       { QStringLiteral("team"), orNull(e.person.team) },
                                       { QStringLiteral("source"), Person::sourceName(e.person.source) },
                                       { QStringLiteral("tags"), e.tags },
                                       { QStringLiteral("risky_tags"), e.riskyTags } });
        cx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CliContext::Ok;
    }
    cx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                  .arg(QStringLiteral("NAME"), -28)
                  .arg(QStringLiteral("E-MAIL"), -32)
                  .arg(QStringLiteral("SLACK"), -12)
                  .arg(QStringLiteral("TEAM"), -16)
                  .arg(QStringLiteral("SOURCE"), -10)
                  .arg(QStringLiteral("TAGS"), 6)
                  .arg(QStringLiteral("RISKY"), 6);
    for (const PeopleRoster::Entry &e : entries) {
        cx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                      .arg(DisplayText::cell(e.person.name, 28), -28)
                      .arg(DisplayText::cell(e.person.email.isEmpty() ? QStringLiteral("-") : e.person.email,
                                             32),
                           -32)
                      .arg(e.person.slackId.isEmpty() ? QStringLiteral("-") : e.person.slackId, -12)
                      .arg(DisplayText::cell(e.person.team.isEmpty() ? QStringLiteral("-") : e.person.team,
                                             16),
                           -16)
                      .arg(Person::sourceName(e.person.source), -10)
                      .arg(e.tags, 6)
                      .arg(e.riskyTags, 6);
        if (!e.person.isResolved() && !e.person.reason.isEmpty())
            cx.out << "  (" << DisplayText::visible(e.person.reason) << ")";
        cx.out << "\n";
    }
    cx.out.flush();
    return CliContext::Ok;
}

int runImport(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "import FILE: your own directory entries from CSV (header name,email,slack_id,team) or JSON (an "
        "array of objects with those keys). A bad line or entry imports nothing."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV or JSON file."));
    int code = 0;
    if (!parse(cx, p, args, 1, &code))
        return code;
    const QString path = p.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cx.fail(CliContext::Data, tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(PeopleFile::maxBytes + 1);
    const PeopleFile::Parsed parsed = PeopleFile::parse(bytes, PeopleFile::formatOf(path, bytes));
    if (!parsed.ok())
        return cx.fail(CliContext::Data, tr("%1: %2; nothing was imported").arg(path, parsed.error));
    Database *local = cx.local();
    if (!local)
        return CliContext::Data;
    if (!PeopleStore(*local).importYours(parsed.people))
        return cx.fail(
            CliContext::Data,
            tr("the entries could not be saved (%1); nothing was imported").arg(local->lastError().message));
    cx.out << tr("imported %1 entries from %2").arg(parsed.people.size()).arg(path) << Qt::endl;
    return CliContext::Ok;
}

int runSet(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "set NAME [--email E] [--slack-id U] [--team T]: your own entry for NAME (as the inventory spells "
        "it); what you leave out keeps its known value, an empty value clears it."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The Build Owner or Deployed By."));
    p.addOption(
        { QStringLiteral("email"), QStringLiteral("The e-mail address."), QStringLiteral("address") });
    p.addOption({ QStringLiteral("slack-id"), QStringLiteral("The Slack member ID (U… or W…)."),
                  QStringLiteral("id") });
    p.addOption({ QStringLiteral("team"), QStringLiteral("The team."), QStringLiteral("team") });
    int code = 0;
    if (!parse(cx, p, args, 1, &code))
        return code;
    Database *local = cx.local();
    if (!local)
        return CliContext::Data;
    PeopleStore store(*local);
    Person person;
    person.name = p.positionalArguments().constFirst();
    if (const std::optional<Person> known = store.person(person.name); known && known->isResolved()) {
        person.email = known->email;
        person.slackId = known->slackId;
        person.team = known->team;
    }
    if (p.isSet(QStringLiteral("email")))
        person.email = p.value(QStringLiteral("email")).trimmed();
    if (p.isSet(QStringLiteral("slack-id")))
        person.slackId = p.value(QStringLiteral("slack-id")).trimmed();
    if (p.isSet(QStringLiteral("team")))
        person.team = p.value(QStringLiteral("team")).trimmed();
    person.source = Person::Source::Yours;
    person.resolvedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = person.problem(); !problem.isEmpty())
        return cx.fail(CliContext::Usage, problem);
    if (!store.upsert(person))
        return cx.fail(CliContext::Data,
                       tr("the entry could not be saved: %1").arg(local->lastError().message));
    cx.out << tr("%1: saved as yours").arg(DisplayText::visible(person.name)) << Qt::endl;
    return CliContext::Ok;
}

int runResolve(CliContext &cx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "resolve: asks the platform's Access API for every Build Owner and Deployed By no source resolved "
        "yet (needs an admin-scoped token). Exit 2 when the platform refused or failed; what is known is "
        "kept."));
    p.addHelpOption();
    int code = 0;
    if (!parse(cx, p, args, 0, &code))
        return code;
    bool ok = false;
    const QList<PeopleRoster::Entry> entries = roster(cx, &ok);
    if (!ok)
        return CliContext::Data;
    const QStringList names = PeopleRoster::toResolve(entries);
    ApiClient *client = names.isEmpty() ? nullptr : cx.platform();
    if (!names.isEmpty() && !client)
        return CliContext::Usage;
    PeopleResolveJob job(client, *cx.local());
    QEventLoop loop;
    QObject::connect(&job, &PeopleResolveJob::finished, &loop, &QEventLoop::quit);
    job.start(names);
    loop.exec();
    const PeopleResolveJob::Summary &s = job.summary();
    const QString text = PeopleResolveJob::summaryText(s);
    if (s.refused)
        return cx.fail(CliContext::Network,
                       tr("the platform refused (%1) for %2 of %3 names: %4; what was known is kept")
                           .arg(s.refusedStatus)
                           .arg(s.refused)
                           .arg(s.asked)
                           .arg(DisplayText::visible(text)));
    if (s.failed)
        return cx.fail(CliContext::Network,
                       tr("%1 of %2 names failed: %3; what was known is kept")
                           .arg(s.failed)
                           .arg(s.asked)
                           .arg(DisplayText::visible(text)));
    cx.out << text << Qt::endl;
    return CliContext::Ok;
}

} // namespace

int runPeople(CliContext &cx, const QStringList &args)
{
    const QString sub = args.value(1);
    using Command = int (*)(CliContext &, const QStringList &);
    static const QHash<QString, Command> commands { { QStringLiteral("list"), &runList },
                                                    { QStringLiteral("import"), &runImport },
                                                    { QStringLiteral("set"), &runSet },
                                                    { QStringLiteral("resolve"), &runResolve } };
    if (const Command command = commands.value(sub)) {
        QStringList rest = args.mid(1);
        rest[0] = args.value(0) + u' ' + sub;
        return command(cx, rest);
    }
    const bool help = sub == u"--help" || sub == u"-h";
    (help ? cx.out : cx.err)
        << QStringLiteral("Usage: %1 <subcommand> [options]\n\n"
                          "The people directory: who each Build Owner and Deployed By is.\n\n"
                          "Subcommands:\n"
                          "  list [--format json]: everyone, with e-mail, Slack member ID, team, "
                          "source, tags, risky tags.\n"
                          "  import FILE: your entries from CSV (name,email,slack_id,team) or JSON.\n"
                          "  set NAME [--email E] [--slack-id U] [--team T]: your entry for NAME.\n"
                          "  resolve: ask the platform for every unresolved name (exit 2 when it "
                          "refuses; what is known is kept).\n")
               .arg(args.value(0));
    if (help)
        return CliContext::Ok;
    if (!sub.isEmpty())
        return cx.fail(CliContext::Usage,
                       QStringLiteral("unknown people subcommand \"%1\"").arg(DisplayText::visible(sub)));
    return CliContext::Usage;
}
