#include "apiclient.h"
#include "clicontext.h"
#include "displaytext.h"
#include "filterparser.h"
#include "generationstore.h"
#include "ownertrailstore.h"
#include "profileloader.h"
#include "secretstore.h"
#include "settingsstore.h"
#include "syncjob.h"
#include "tagjson.h"
#include "tagstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace {

QString formatOf(const QCommandLineParser &parser, const QStringList &allowed, QString *error)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!allowed.contains(format))
        *error = QStringLiteral("unknown --format %1 (use %2)").arg(format, allowed.join(u'|'));
    return format;
}

QString csvField(const QString &value)
{
    QString v = value;
    // A leading =, +, - or @ would make a spreadsheet run it as a formula.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v;
}

// One progress line, redrawn in place on a terminal, or printed every few seconds into a log.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(QTextStream &err)
        : m_err(err)
        , m_terminal(isatty(fileno(stderr)))
    {
        m_clock.start();
    }

    void print(const SyncProgress &p)
    {
        const qint64 interval = m_terminal ? 100 : 5000;
        if (m_printed && m_clock.elapsed() - m_last < interval && p.phase == m_phase)
            return;
        m_last = m_clock.elapsed();
        m_phase = p.phase;
        m_printed = true;
        const QLocale c = QLocale::c();
        m_err << (m_terminal ? "\r" : "") << p.phase << ": " << c.toString(p.pages) << " pages, "
              << c.toString(p.tags) << " tags";
        if (p.serverTotal)
            m_err << " of " << c.toString(*p.serverTotal);
        if (p.workloads)
            m_err << ", " << c.toString(p.workloads) << " workloads";
        m_err << ", " << c.toString(qRound64(p.tagsPerSecond())) << " tags/s" << (m_terminal ? "   " : "\n")
              << Qt::flush;
    }

    void done()
    {
        if (m_terminal && m_printed)
            m_err << Qt::endl;
    }

private:
    QTextStream &m_err;
    QElapsedTimer m_clock;
    QString m_phase;
    qint64 m_last = 0;
    bool m_terminal;
    bool m_printed = false;
};

} // namespace

int runSync(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Pages the platform's image tags, workloads and clusters into the cache."));
    parser.addOptions({
        { QStringLiteral("time-period"),
          QStringLiteral(
              "now, 1 hour, 24 hours, 3 days, 7 days or 10 days (default: the platform's default)."),
          QStringLiteral("period") },
        { QStringLiteral("accept-shrink"),
          QStringLiteral("Make the new generation current even if it holds far fewer tags.") },
        { QStringLiteral("quiet"), QStringLiteral("No progress line.") },
    });
    parser.addHelpOption();
    if (!parser.parse(args))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    ApiClient *client = cx.platform();
    if (!client)
        return CliContext::Usage;
    if (!cx.openCache()) // creates or migrates the cache before the writer thread opens it
        return CliContext::Data;

    SyncOptions options;
    options.timePeriod = parser.value(QStringLiteral("time-period"));
    static const QStringList periods { QStringLiteral("now"),      QStringLiteral("1 hour"),
                                       QStringLiteral("24 hours"), QStringLiteral("3 days"),
                                       QStringLiteral("7 days"),   QStringLiteral("10 days") };
    if (!options.timePeriod.isEmpty() && !periods.contains(options.timePeriod))
        return cx.fail(CliContext::Usage,
                       QStringLiteral("--time-period takes %1").arg(periods.join(QStringLiteral(", "))));
    options.acceptShrink = parser.isSet(QStringLiteral("accept-shrink"));
    if (Database *local = cx.local()) // the trail's repository, when `owners setup` chose another
        options.ownerTrailRepository =
            SettingsStore(*local).value(SettingsStore::ownerTrailRepository, options.ownerTrailRepository);
    SyncJob job(client, cx.workspace.cachePath, options);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    ProgressPrinter progress(cx.err);
    QObject::connect(&job, &SyncJob::progressChanged, [&](const SyncProgress &p) {
        if (!quiet)
            progress.print(p);
    });
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&job, &SyncJob::finished, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    progress.done();
    // A platform whose count disagrees with what it sent is reported, never hidden; the generation is kept.
    const QString countsWarning = result.counts.warning(QLocale(QLocale::English));
    if (!countsWarning.isEmpty())
        cx.err << "warning: " << countsWarning << Qt::endl;
    // A trail that could not be read is reported the same way; owners stay as the last read left them.
    if (!result.trail.warning.isEmpty())
        cx.err << "warning: " << DisplayText::visible(result.trail.warning) << Qt::endl;
    for (const QString &sample : result.trail.rejectedSamples)
        cx.err << "refused owner record: " << DisplayText::visible(sample) << Qt::endl;
    if (result.outcome != SyncResult::Outcome::Completed)
        return cx.fail(result.exitCode(), result.message);
    const QLocale c = QLocale::c();
    cx.out << "synced " << c.toString(result.counts.stored) << " tags, "
           << c.toString(result.progress.workloads) << " workloads, " << c.toString(result.progress.clusters)
           << " clusters in " << QString::number(double(result.progress.elapsedMs) / 1000.0, 'f', 1) << " s ("
           << c.toString(qRound64(result.progress.tagsPerSecond())) << " tags/s)" << Qt::endl;
    if (result.trail.stored > 0 || result.trail.rejected > 0)
        cx.out << "owner trail: " << c.toString(result.trail.stored) << " new records from "
               << DisplayText::visible(result.trail.repository)
               << (result.trail.rejected > 0
                       ? QStringLiteral(", %1 refused").arg(c.toString(result.trail.rejected))
                       : QString())
               << Qt::endl;
    for (const QString &sample : result.rejectedSamples)
        cx.err << "refused: " << sample << Qt::endl;
    return CliContext::Ok;
}

namespace {

void addImagesOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Lists the image tags of the cache."));
    parser.addOptions({
        { QStringLiteral("risk"),
          QStringLiteral("Only tags with this risk (repeatable): malicious, untrusted_registry, "
                         "integrity_violation, critical_applicable_cves."),
          QStringLiteral("risk") },
        { QStringLiteral("filter"),
          QStringLiteral("The Images filter grammar, as in the app: risk:integrity ns:prod owner:alice "
                         "!registry:docker.io "
                         "severity:>=high nginx (see the README)."),
          QStringLiteral("expr") },
        { QStringLiteral("search"),
          QStringLiteral("Full-text search: names, digests, people, CVEs, workloads."),
          QStringLiteral("text") },
        { QStringLiteral("cluster"), QStringLiteral("Only tags running in this cluster (repeatable)."),
          QStringLiteral("cluster") },
        { QStringLiteral("namespace"), QStringLiteral("Only tags running in this namespace (repeatable)."),
          QStringLiteral("namespace") },
        { QStringLiteral("format"), QStringLiteral("table, json or csv."), QStringLiteral("format"),
          QStringLiteral("table") },
        { QStringLiteral("limit"), QStringLiteral("At most this many rows."), QStringLiteral("n"),
          QStringLiteral("-1") },
    });
    parser.addHelpOption();
}

// The query the options ask for: risks, the filter grammar, search, clusters, namespaces, limit.
std::optional<TagQuery> imagesQuery(CliContext &cx, const QCommandLineParser &parser, int *exit)
{
    TagQuery query;
    for (const QString &r : parser.values(QStringLiteral("risk"))) {
        const auto risk = RiskNames::fromString(r);
        if (!risk) {
            *exit = cx.fail(CliContext::Usage,
                            QStringLiteral("unknown risk \"%1\"").arg(DisplayText::visible(r)));
            return std::nullopt;
        }
        query.anyRisk |= *risk;
    }
    query.text = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("filter"))) {
        const FilterExpression filter = FilterParser::parse(parser.value(QStringLiteral("filter")));
        if (!filter.isValid()) {
            const FilterError &e = filter.errors.constFirst();
            *exit = cx.fail(CliContext::Usage,
                            QStringLiteral("--filter: %1 (at column %2)").arg(e.message).arg(e.start + 1));
            return std::nullopt;
        }
        query.terms = filter.terms;
    }
    query.clusters = parser.values(QStringLiteral("cluster"));
    query.namespaces = parser.values(QStringLiteral("namespace"));
    query.limit = parser.value(QStringLiteral("limit")).toInt();
    return query;
}

void printTagsCsv(CliContext &cx, const QList<StoredTag> &rows)
{
    cx.out << "name,tag,registry,repository_path,digest,risks,vulnerabilities_count,runtime_status,workloads,"
              "clusters,"
              "build_owner,deployed_by,architecture\r\n";
    for (const StoredTag &s : rows) {
        const ImageTag &t = s.tag;
        const QStringList fields { t.name,
                                   t.tag,
                                   t.registry,
                                   t.repositoryPath,
                                   t.digest,
                                   RiskNames::canonicalList(t.risks).join(u' '),
                                   QString::number(t.vulnerabilities.size()),
                                   t.runtimeStatus,
                                   QString::number(t.workloads.size()),
                                   QString::number(t.clusters().size()),
                                   t.buildInfo ? t.buildInfo->owner : QString(),
                                   t.deployedBy.value_or(QString()),
                                   t.architecture };
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(csvField(f));
        cx.out << escaped.join(u',') << "\r\n";
    }
}

void printTagsTable(CliContext &cx, const QList<StoredTag> &rows)
{
    cx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                  .arg(QStringLiteral("IMAGE:TAG"), -44)
                  .arg(QStringLiteral("ARCH"), -8)
                  .arg(QStringLiteral("RISKS"), -40)
                  .arg(QStringLiteral("VULNS"), 5)
                  .arg(QStringLiteral("STATUS"), -8)
                  .arg(QStringLiteral("WORKLOADS"), 9)
                  .arg(QStringLiteral("REGISTRY"));
    for (const StoredTag &s : rows) {
        const ImageTag &t = s.tag;
        cx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                      .arg(DisplayText::cell(t.reference(), 44), -44)
                      .arg(DisplayText::cell(t.architecture, 8), -8)
                      .arg(RiskNames::canonicalList(t.risks).join(u','), -40)
                      .arg(t.vulnerabilities.size(), 5)
                      .arg(DisplayText::cell(t.runtimeStatus, 8), -8)
                      .arg(t.workloads.size(), 9)
                      .arg(DisplayText::visible(t.registry));
    }
}

} // namespace

int runImages(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    addImagesOptions(parser);
    if (!parser.parse(args))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    QString error;
    const QString format =
        formatOf(parser, { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") }, &error);
    if (!error.isEmpty())
        return cx.fail(CliContext::Usage, error);
    int exit = 0;
    const std::optional<TagQuery> query = imagesQuery(cx, parser, &exit);
    if (!query)
        return exit;

    std::unique_ptr<Database> db = cx.openCache();
    if (!db)
        return CliContext::Data;
    GenerationStore generations(*db);
    const auto current = generations.current();
    if (!current)
        return cx.fail(CliContext::Data, QStringLiteral("the cache is empty: run `sync` first"));
    TagStore tags(*db);
    const QList<StoredTag> rows = tags.query(current->id, *query);

    if (format == QLatin1StringView("json")) {
        QJsonArray array;
        for (const StoredTag &s : rows)
            array.append(TagJson::describe(s.tag, s.changed));
        cx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1StringView("csv")) {
        printTagsCsv(cx, rows);
    } else {
        printTagsTable(cx, rows);
        cx.err << rows.size() << " of " << tags.count(current->id) << " tags, as of "
               << current->finishedAt.toLocalTime().toString(Qt::ISODate) << Qt::endl;
    }
    return CliContext::Ok;
}

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString workloadText(const WorkloadRef &w)
{
    return DisplayText::visible(w.cluster) + u'/' + DisplayText::visible(w.nameSpace) + u'/'
        + DisplayText::visible(w.name);
}

// Where an owner came from: the platform, or the owner trail (when the collector recorded it, and where).
QString sourceText(OwnerProvenance::Source source, const std::optional<OwnerRecord> &record)
{
    if (source == OwnerProvenance::Source::Trail && record)
        return QStringLiteral(" (owner trail, recorded %1 from %2)")
            .arg(utcText(record->recordedAt), workloadText(record->workload));
    if (source == OwnerProvenance::Source::Platform)
        return QStringLiteral(" (platform)");
    return {};
}

QJsonValue sourceJson(OwnerProvenance::Source source, const std::optional<OwnerRecord> &record)
{
    if (source == OwnerProvenance::Source::None)
        return QJsonValue::Null;
    QJsonObject o { { QStringLiteral("source"),
                      source == OwnerProvenance::Source::Trail ? QStringLiteral("owner_trail")
                                                               : QStringLiteral("platform") } };
    if (source == OwnerProvenance::Source::Trail && record) {
        o.insert(QStringLiteral("recorded_at"), record->recordedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("record"), record->path);
        o.insert(QStringLiteral("workload"),
                 QJsonObject { { QStringLiteral("name"), record->workload.name },
                               { QStringLiteral("namespace"), record->workload.nameSpace },
                               { QStringLiteral("cluster"), record->workload.cluster } });
    }
    return o;
}

void printTag(CliContext &cx, const StoredTag &stored, const QList<OwnerRecord> &history)
{
    const ImageTag &t = stored.tag;
    const OwnerProvenance &p = stored.owners;
    const QString na =
        QStringLiteral("not provided by the platform (set up the owner trail: `owners setup`)");
    const bool hasOwner = t.buildInfo && !t.buildInfo->owner.isEmpty();
    const bool hasDeployer = t.deployedBy && !t.deployedBy->isEmpty();
    cx.out << DisplayText::visible(t.reference()) << "\n"
           << "  Build Owner:  "
           << (hasOwner ? DisplayText::visible(t.buildInfo->owner) + sourceText(p.buildOwner, p.buildRecord)
                        : na)
           << "\n"
           << "  Deployed By:  "
           << (hasDeployer ? DisplayText::visible(*t.deployedBy) + sourceText(p.deployedBy, p.deployRecord)
                           : na)
           << "\n"
           << "  Registry:     " << DisplayText::visible(t.registry)
           << (t.registryTrusted ? (*t.registryTrusted ? " (trusted)" : " (untrusted)") : "") << "\n"
           << "  Repository:   " << DisplayText::visible(t.repositoryPath) << "\n"
           << "  Architecture: " << (t.architecture.isEmpty() ? na : DisplayText::visible(t.architecture))
           << "\n"
           << "  Digest:       " << (t.digest.isEmpty() ? na : DisplayText::visible(t.digest)) << "\n"
           << "  Risks:        " << RiskNames::canonicalList(t.risks).join(QStringLiteral(", ")) << "\n"
           << "  Vulnerabilities: " << t.vulnerabilities.size() << "\n";
    if (t.integrity && !t.integrity->violationType.isEmpty())
        cx.out << "  Integrity:    " << DisplayText::visible(t.integrity->violationType) << " ("
               << DisplayText::visible(t.integrity->severity) << ")\n"
               << "    runtime:    " << DisplayText::visible(t.integrity->runtimeDigest) << "\n"
               << "    expected:   " << DisplayText::visible(t.integrity->expectedDigest) << "\n";
    for (const WorkloadRef &w : t.workloads)
        cx.out << "  Workload:     " << DisplayText::visible(w.name) << " ("
               << DisplayText::visible(w.nameSpace) << " @ " << DisplayText::visible(w.cluster) << ")\n";
    // The owner trail is a deployment history: who deployed this digest where, newest first.
    for (const OwnerRecord &r : history)
        cx.out << "  Deployed:     " << utcText(r.recordedAt) << " by "
               << (r.deployedBy ? DisplayText::visible(*r.deployedBy) : QStringLiteral("(not recorded)"))
               << " to " << workloadText(r.workload)
               << (r.tag == t.tag ? QString() : QStringLiteral(" as :") + DisplayText::visible(r.tag))
               << "\n";
}

void addShowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Shows an image tag: REF is a digest, name:tag or registry/path/name:tag. A tag built for several "
        "architectures is one row per architecture: text shows them all, JSON needs --arch or a digest."));
    parser.addOptions({
        { QStringLiteral("format"), QStringLiteral("json or text."), QStringLiteral("format"),
          QStringLiteral("text") },
        { QStringLiteral("arch"), QStringLiteral("Only the row of this architecture (amd64, arm64, ...)."),
          QStringLiteral("architecture") },
    });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The image tag."));
    parser.addHelpOption();
}

// --arch: only the row of that architecture; false (and the architectures there are) when there is none.
bool keepArchitecture(CliContext &cx, QList<StoredTag> &found, const QString &ref, const QString &arch,
                      int *exit)
{
    QStringList architectures;
    for (const StoredTag &s : std::as_const(found))
        architectures.append(DisplayText::visible(s.tag.architecture));
    found.removeIf([&arch](const StoredTag &s) { return s.tag.architecture != arch; });
    if (!found.isEmpty())
        return true;
    *exit = cx.fail(CliContext::Data,
                    QStringLiteral("%1 has no %2 row; it has: %3")
                        .arg(DisplayText::visible(ref), DisplayText::visible(arch),
                             architectures.join(QStringLiteral(", "))));
    return false;
}

// One row as the documented JSON, with where its owners came from and its deployments.
int printShowJson(CliContext &cx, Database &db, const QList<StoredTag> &found, const QString &ref)
{
    if (found.size() > 1) {
        QStringList candidates;
        for (const StoredTag &s : found)
            candidates.append(DisplayText::visible(s.tag.candidateName()));
        return cx.fail(CliContext::Usage,
                       QStringLiteral("%1 is %2 rows; pick one with --arch or a digest: %3")
                           .arg(DisplayText::visible(ref))
                           .arg(found.size())
                           .arg(candidates.join(QStringLiteral("; "))));
    }
    const StoredTag &s = found.constFirst();
    QJsonObject described = TagJson::describe(s.tag, s.changed);
    described.insert(
        QStringLiteral("owner_sources"),
        QJsonObject {
            { QStringLiteral("build_owner"), sourceJson(s.owners.buildOwner, s.owners.buildRecord) },
            { QStringLiteral("deployed_by"), sourceJson(s.owners.deployedBy, s.owners.deployRecord) } });
    QJsonArray deployments;
    for (const OwnerRecord &r : OwnerTrailStore(db).history(s.tag, 50))
        deployments.append(QJsonObject {
            { QStringLiteral("recorded_at"), r.recordedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("deployed_by"), r.deployedBy ? QJsonValue(*r.deployedBy) : QJsonValue() },
            { QStringLiteral("tag"), r.tag },
            { QStringLiteral("workload"),
              QJsonObject { { QStringLiteral("name"), r.workload.name },
                            { QStringLiteral("namespace"), r.workload.nameSpace },
                            { QStringLiteral("cluster"), r.workload.cluster } } },
            { QStringLiteral("change_type"), r.changeType } });
    described.insert(QStringLiteral("deployments"), deployments);
    cx.out << QJsonDocument(described).toJson(QJsonDocument::Indented);
    return CliContext::Ok;
}

} // namespace

int runShow(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    addShowOptions(parser);
    if (!parser.parse(args))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    QString error;
    const QString format = formatOf(parser, { QStringLiteral("json"), QStringLiteral("text") }, &error);
    if (!error.isEmpty())
        return cx.fail(CliContext::Usage, error);
    if (parser.positionalArguments().size() != 1)
        return cx.fail(CliContext::Usage, QStringLiteral("show takes exactly one REF"));
    const QString ref = parser.positionalArguments().constFirst();

    std::unique_ptr<Database> db = cx.openCache();
    if (!db)
        return CliContext::Data;
    GenerationStore generations(*db);
    const auto current = generations.current();
    if (!current)
        return cx.fail(CliContext::Data, QStringLiteral("the cache is empty: run `sync` first"));
    TagStore tags(*db);
    QList<StoredTag> found = tags.findByReference(current->id, ref);
    if (found.isEmpty())
        return cx.fail(CliContext::Data,
                       QStringLiteral("no image tag %1 in the cache").arg(DisplayText::visible(ref)));
    int exit = 0;
    if (parser.isSet(QStringLiteral("arch"))
        && !keepArchitecture(cx, found, ref, parser.value(QStringLiteral("arch")), &exit))
        return exit;
    if (format == QLatin1StringView("json"))
        return printShowJson(cx, *db, found, ref);
    if (found.size() > 1)
        cx.out << DisplayText::visible(ref) << ": " << found.size() << " rows\n\n";
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (i > 0)
            cx.out << "\n";
        printTag(cx, found.at(i), OwnerTrailStore(*db).history(found.at(i).tag, 10));
    }
    return CliContext::Ok;
}

int runLogin(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stores the platform URL (and CA file) for this profile and the access token in the keychain. "
        "The token is read from standard input, never from the command line."));
    parser.addHelpOption();
    if (!parser.parse(args))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    if (token.isEmpty())
        return cx.fail(CliContext::Usage, QStringLiteral("no token on standard input"));
    const QString url = cx.urlOption.isEmpty() ? qEnvironmentVariable("JFROG_URL") : cx.urlOption;
    QString error;
    const auto profile = ProfileLoader::make(url, cx.caOption, &error);
    if (!profile)
        return cx.fail(CliContext::Usage, error);
    Database *db = cx.local();
    if (!db)
        return CliContext::Data;
    SettingsStore settings(*db);
    settings.setValue(SettingsStore::platformUrl, profile->baseUrl.toString());
    settings.setValue(SettingsStore::platformCaFile, cx.caOption);
    error = cx.secrets()->writeNow(SecretStore::platformTokenKey(profile->origin()), token);
    if (!error.isEmpty())
        return cx.fail(CliContext::Data, QStringLiteral("the keychain refused the token: %1").arg(error));
    cx.out << "token for " << profile->origin() << " stored in the keychain" << Qt::endl;
    return CliContext::Ok;
}
