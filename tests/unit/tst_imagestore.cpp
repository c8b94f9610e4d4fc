#include "database.h"
#include "demodataset.h"
#include "filterparser.h"
#include "generationstore.h"
#include "imagestore.h"
#include "sampledata.h"
#include "schema.h"
#include "tagstore.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

// One row: the tag, its architecture and its digest (several architectures of a tag are several rows).
QString rowKey(const QString &registry, const QString &path, const QString &name, const QString &tag,
               const QString &architecture, const QString &digest)
{
    return registry + u'/' + path + u'/' + name + u':' + tag + u' ' + architecture + u'@' + digest;
}

QString keyOf(const ImageTag &t)
{
    return rowKey(t.registry, t.repositoryPath, t.name, t.tag, t.architecture, t.digest);
}

QString imageKeyOf(const ImageTag &t)
{
    return ImageStore::imageKey(t.registry, t.repositoryPath, t.name);
}

// SQLite's LIKE folds ASCII letters only; so does the reference.
QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

// A filter value as the grammar defines it: * is any text, a bare value a prefix, a quoted one the whole
// field.
bool valueMatches(const FilterValue &v, const QString &field)
{
    QString pattern = QStringLiteral("^");
    for (const QString &piece : asciiLower(v.text).split(u'*'))
        pattern += QRegularExpression::escape(piece) + QStringLiteral(".*");
    pattern.chop(2);
    if (v.exact)
        pattern += u'$';
    return QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption)
        .match(asciiLower(field))
        .hasMatch();
}

bool anyValue(const FilterTerm &t, const QStringList &fields)
{
    for (const FilterValue &v : t.values) {
        for (const QString &f : fields) {
            if (valueMatches(v, f))
                return true;
        }
    }
    return false;
}

// Full text as the FTS5 index reads it: the columns of tag_search, split into words (letters and
// digits), case folded; a query's words must follow each other in one column, the last as a
// prefix (a quoted phrase: whole). A query without letters or digits looks for the text itself.
bool textMatches(const FilterValue &value, const ImageTag &t)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = value.text.toLower().split(separators, Qt::SkipEmptyParts);
    const QString owner = t.buildInfo ? t.buildInfo->owner : QString();
    const QString deployer = t.deployedBy.value_or(QString());
    if (words.isEmpty()) {
        const QString all =
            QStringList { t.name, t.tag, t.registry, t.repositoryPath, t.digest, owner, deployer }.join(u' ');
        return asciiLower(all).contains(asciiLower(value.text));
    }
    QStringList cves;
    for (const Vulnerability &v : t.vulnerabilities)
        cves << v.cveId;
    QStringList places;
    for (const WorkloadRef &w : t.workloads)
        places << w.name << w.nameSpace << w.cluster;
    const QStringList columns { t.name,          t.tag,
                                t.registry,      t.repositoryPath,
                                t.digest,        deployer + u' ' + owner,
                                cves.join(u' '), places.join(u' ') };
    for (const QString &column : columns) {
        const QStringList tokens = column.toLower().split(separators, Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + words.size() <= tokens.size(); ++i) {
            bool match = true;
            for (qsizetype k = 0; k < words.size() && match; ++k) {
                const bool last = k == words.size() - 1;
                match =
                    (last && !value.exact) ? tokens[i + k].startsWith(words[k]) : tokens[i + k] == words[k];
            }
            if (match)
                return true;
        }
    }
    return false;
}

// An independent reading of the grammar's meaning, over tags in memory.
bool termMatches(const FilterTerm &t, const ImageTag &tag, bool changed)
{
    using F = FilterTerm::Field;
    bool result = false;
    switch (t.field) {
    case F::Text:
        result = textMatches(t.values.constFirst(), tag);
        break;
    case F::Risk:
        result = bool(tag.risks & t.risks);
        break;
    case F::Severity: {
        const int s = int(tag.maxSeverity());
        const int level = int(t.severity);
        static const std::function<bool(int, int)> ops[] = { std::greater_equal<int>(), std::greater<int>(),
                                                             std::less_equal<int>(), std::less<int>(),
                                                             std::equal_to<int>() };
        result = ops[int(t.compare)](s, level);
        break;
    }
    case F::Status:
        result = anyValue(t, { tag.runtimeStatus });
        break;
    case F::Changed:
        result = changed == t.changed;
        break;
    case F::Namespace:
    case F::Cluster: {
        QStringList places;
        for (const WorkloadRef &w : tag.workloads)
            places << (t.field == F::Namespace ? w.nameSpace : w.cluster);
        result = anyValue(t, places);
        break;
    }
    case F::Cve: {
        QStringList cves;
        for (const Vulnerability &v : tag.vulnerabilities)
            cves << v.cveId;
        result = anyValue(t, cves);
        break;
    }
    case F::Owner:
        result = anyValue(t, { tag.buildInfo ? tag.buildInfo->owner : QString() });
        break;
    case F::Deployer:
        result = anyValue(t, { tag.deployedBy.value_or(QString()) });
        break;
    case F::Registry:
        result = anyValue(t, { tag.registry });
        break;
    case F::Repository:
        result = anyValue(t, { tag.repositoryPath });
        break;
    case F::Tag:
        result = anyValue(t, { tag.tag });
        break;
    case F::Image:
        result = anyValue(t, { tag.name });
        break;
    case F::Architecture:
        result = anyValue(t, { tag.architecture });
        break;
    case F::Digest: {
        FilterTerm bare = t;
        for (FilterValue &v : bare.values) {
            if (v.text.startsWith(QLatin1StringView("sha256:")))
                v.text = v.text.mid(7);
        }
        result = anyValue(bare, { tag.digest });
        break;
    }
    }
    return result != t.negated;
}

} // namespace

// Image rows (cache v4) and the filter grammar's SQL, against an independent evaluation over
// the same demo tags in memory; golden files pin the Images list of a known estate.
class TestImageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void imageRowsAggregateTheirTags();
    void filtersMatchTheReference_data();
    void filtersMatchTheReference();
    void hostileFiltersNeverBreakTheQuery_data();
    void hostileFiltersNeverBreakTheQuery();
    void chipsAndTermsCombine();
    void tagsOfAnImageFollowTheQuery();
    void golden_data();
    void golden();
    void migrationBuildsImageRowsForOldCaches();

private:
    QSet<QString> sqlKeys(const TagQuery &query);
    QSet<QString> referenceKeys(const QList<FilterTerm> &terms);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_generation = 0;
    QList<ImageTag> m_tags;
    QSet<QString> m_changed;
};

void TestImageStore::initTestCase()
{
    TestEnvironment::init();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = SampleData::openCache(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_db);
    GenerationStore generations(*m_db);
    TagStore tags(*m_db);
    DemoDataset dataset(7, 900);
    QHash<QString, ImageTag> before;
    for (int epoch = 0; epoch < 2; ++epoch) {
        if (epoch == 1) {
            for (const ImageTag &t : std::as_const(m_tags))
                before.insert(keyOf(t), t);
            dataset.advance();
        }
        m_tags = dataset.expectedTags(DemoTagView::ListWithDetail);
        const qint64 generation = generations.begin(QStringLiteral("https://demo.invalid|default"));
        QVERIFY(m_db->transaction([&] { return tags.addTags(generation, m_tags); }));
        QCOMPARE(generations.commit(generation, m_tags.size(), {}),
                 GenerationStore::CommitOutcome::Committed);
        m_generation = generation;
    }
    for (const ImageTag &t : std::as_const(m_tags)) {
        const auto it = before.constFind(keyOf(t));
        if (it == before.cend() || !(*it == t))
            m_changed.insert(keyOf(t));
    }
    QVERIFY(!m_changed.isEmpty() && m_changed.size() < m_tags.size() / 4);
}

void TestImageStore::cleanupTestCase()
{
    QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
}

QSet<QString> TestImageStore::sqlKeys(const TagQuery &query)
{
    TagStore tags(*m_db);
    QSet<QString> keys;
    for (const TagRow &r : tags.rows(m_generation, query))
        keys.insert(rowKey(r.registry, r.repositoryPath, r.name, r.tag, r.architecture, r.digest));
    return keys;
}

QSet<QString> TestImageStore::referenceKeys(const QList<FilterTerm> &terms)
{
    QSet<QString> keys;
    for (const ImageTag &t : std::as_const(m_tags)) {
        const bool changed = m_changed.contains(keyOf(t));
        if (std::all_of(terms.cbegin(), terms.cend(),
                        [&](const FilterTerm &term) { return termMatches(term, t, changed); }))
            keys.insert(keyOf(t));
    }
    return keys;
}

void TestImageStore::imageRowsAggregateTheirTags()
{
    struct Expected
    {
        int tags = 0;
        int bestRank = -1;
        int bestVulns = -1;
        QSet<Risks::Int> bestRisks; // ties: any of these is the riskiest tag's risks
        bool running = false;
        QSet<QString> workloads;
        QSet<QString> clusters;
        bool changed = false;
    };
    QHash<QString, Expected> expected;
    for (const ImageTag &t : std::as_const(m_tags)) {
        Expected &e = expected[imageKeyOf(t)];
        ++e.tags;
        const int rank = RiskNames::rank(t.risks);
        const int vulns = int(t.vulnerabilities.size());
        if (rank > e.bestRank || (rank == e.bestRank && vulns > e.bestVulns)) {
            e.bestRank = rank;
            e.bestVulns = vulns;
            e.bestRisks = { t.risks.toInt() };
        } else if (rank == e.bestRank && vulns == e.bestVulns) {
            e.bestRisks.insert(t.risks.toInt());
        }
        e.running = e.running || t.runtimeStatus == QLatin1StringView("running");
        for (const WorkloadRef &w : t.workloads) {
            e.workloads.insert(w.cluster + u'\x1f' + w.nameSpace + u'\x1f' + w.name);
            if (!w.cluster.isEmpty())
                e.clusters.insert(w.cluster);
        }
        e.changed = e.changed || m_changed.contains(keyOf(t));
    }
    ImageStore images(*m_db);
    const QList<ImageMatch> all = images.matching(m_generation, TagQuery {});
    QCOMPARE(all.size(), expected.size());
    QCOMPARE(images.count(m_generation), qint64(expected.size()));
    QList<qint64> ids;
    for (const ImageMatch &m : all)
        ids.append(m.id);
    const QList<ImageRow> rows = images.rows(ids);
    QCOMPARE(rows.size(), all.size());
    int running = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ImageRow &r = rows[i];
        QVERIFY2(expected.contains(r.imageKey), qPrintable(r.imageKey));
        const Expected &e = expected[r.imageKey];
        QCOMPARE(r.tagCount, e.tags);
        QCOMPARE(all[i].tags, e.tags);
        QCOMPARE(RiskNames::rank(r.risks), e.bestRank);
        QCOMPARE(r.vulnerabilities, e.bestVulns);
        QVERIFY(e.bestRisks.contains(r.risks.toInt()));
        QCOMPARE(r.running, e.running);
        QCOMPARE(r.workloads, int(e.workloads.size()));
        QCOMPARE(r.clusters, int(e.clusters.size()));
        QCOMPARE(r.changed, e.changed);
        running += r.running;
    }
    QVERIFY(running > 0 && running < rows.size()); // the estate has both
}

void TestImageStore::filtersMatchTheReference_data()
{
    QTest::addColumn<QString>("filter");
    // Values taken from the estate, so every filter has something to find.
    const ImageTag *withOwner = nullptr;
    const ImageTag *withWorkloads = nullptr;
    const ImageTag *withCves = nullptr;
    for (const ImageTag &t : std::as_const(m_tags)) {
        if (!withOwner && t.buildInfo && !t.buildInfo->owner.isEmpty())
            withOwner = &t;
        if (!withWorkloads && t.workloads.size() > 1)
            withWorkloads = &t;
        if (!withCves && t.vulnerabilities.size() > 2)
            withCves = &t;
    }
    QVERIFY(withOwner && withWorkloads && withCves);
    const QString owner = withOwner->buildInfo->owner;
    const QString deployer = withOwner->deployedBy.value_or(QStringLiteral("x"));
    const WorkloadRef w = withWorkloads->workloads.constFirst();
    const QString cve = withCves->vulnerabilities.at(1).cveId;
    auto row = [](const QString &filter) { QTest::newRow(qPrintable(filter)) << filter; };
    row(QStringLiteral("risk:integrity"));
    row(QStringLiteral("risk:malicious,untrusted"));
    row(QStringLiteral("!risk:critical"));
    row(QStringLiteral("owner:") + FilterParser::quoted(owner));
    row(QStringLiteral("owner:") + owner.left(3));
    row(QStringLiteral("!owner:") + FilterParser::quoted(owner));
    row(QStringLiteral("deployer:") + FilterParser::quoted(deployer));
    row(QStringLiteral("deployer:jenkins*"));
    row(QStringLiteral("ns:") + FilterParser::quoted(w.nameSpace));
    row(QStringLiteral("ns:prod"));
    row(QStringLiteral("!ns:prod"));
    row(QStringLiteral("cluster:") + w.cluster.left(4));
    row(QStringLiteral("ns:") + FilterParser::quoted(w.nameSpace) + QStringLiteral(",kube-system cluster:")
        + w.cluster);
    row(QStringLiteral("cve:") + cve);
    row(QStringLiteral("cve:") + cve.left(8) + u'*');
    row(QStringLiteral("!cve:") + FilterParser::quoted(cve));
    row(QStringLiteral("registry:") + withOwner->registry);
    row(QStringLiteral("!registry:docker.io"));
    row(QStringLiteral("registry:*.io"));
    row(QStringLiteral("repo:") + withOwner->repositoryPath.left(5));
    row(QStringLiteral("image:") + FilterParser::quoted(withOwner->name));
    row(QStringLiteral("name:") + withOwner->name.left(2) + QStringLiteral("*a"));
    row(QStringLiteral("tag:") + withOwner->tag.left(1));
    row(QStringLiteral("tag:") + FilterParser::quoted(withOwner->tag));
    row(QStringLiteral("digest:sha256:") + withOwner->digest.left(10));
    row(QStringLiteral("digest:") + withOwner->digest.left(6));
    row(QStringLiteral("arch:arm64"));
    row(QStringLiteral("status:running"));
    row(QStringLiteral("status:stopped,unknown"));
    row(QStringLiteral("severity:critical"));
    row(QStringLiteral("severity:>high"));
    row(QStringLiteral("severity:<=medium"));
    row(QStringLiteral("severity:<low"));
    row(QStringLiteral("severity:=high"));
    row(QStringLiteral("!severity:>=medium"));
    row(QStringLiteral("changed:yes"));
    row(QStringLiteral("changed:no risk:integrity"));
    row(QStringLiteral("jenkins"));
    row(QStringLiteral("!jenkins"));
    row(withOwner->name.left(4));
    row(QStringLiteral("risk:integrity ns:prod !registry:docker.io severity:>=high"));
    row(QStringLiteral("owner:\"Jos\""));
    row(QStringLiteral("owner:jos"));
    row(QStringLiteral("owner:") + FilterParser::quoted(QStringLiteral("José Müller")));
    row(QStringLiteral("deployer:") + FilterParser::quoted(QStringLiteral("mallory\u202Eresu-snikne")));
    row(QStringLiteral("owner:<b>"));
    row(QStringLiteral("deployer:%_*"));
    row(QStringLiteral("!!!x"));
    row(QStringLiteral("\"--\""));
    row(QStringLiteral("!\"<\""));
    row(QStringLiteral("jenkins-user"));
    row(QStringLiteral("\"prod api\""));
}

void TestImageStore::filtersMatchTheReference()
{
    QFETCH(QString, filter);
    const FilterExpression e = FilterParser::parse(filter);
    if (!e.isValid())
        QSKIP(qPrintable(QStringLiteral("not a filter: ") + e.errors.constFirst().message)); // "!!!x" and kin
    TagQuery query;
    query.terms = e.terms;
    const QSet<QString> sql = sqlKeys(query);
    const QSet<QString> reference = referenceKeys(e.terms);
    if (sql != reference) {
        const QSet<QString> extra = sql - reference;
        const QSet<QString> missing = reference - sql;
        QFAIL(qPrintable(QStringLiteral("%1 extra (e.g. %2), %3 missing (e.g. %4)")
                             .arg(extra.size())
                             .arg(extra.isEmpty() ? QString() : *extra.cbegin())
                             .arg(missing.size())
                             .arg(missing.isEmpty() ? QString() : *missing.cbegin())));
    }
    QCOMPARE(TagStore(*m_db).countMatching(m_generation, query), qint64(reference.size()));

    // The images that list: those with a matching tag, each with how many.
    QHash<QString, int> perImage;
    for (const ImageTag &t : std::as_const(m_tags)) {
        if (reference.contains(keyOf(t)))
            ++perImage[imageKeyOf(t)];
    }
    ImageStore images(*m_db);
    const QList<ImageMatch> matches = images.matching(m_generation, query);
    QCOMPARE(matches.size(), perImage.size());
    QList<qint64> ids;
    for (const ImageMatch &m : matches)
        ids.append(m.id);
    const QList<ImageRow> rows = images.rows(ids);
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(matches[i].tags, perImage.value(rows[i].imageKey));
}

void TestImageStore::hostileFiltersNeverBreakTheQuery_data()
{
    QTest::addColumn<QString>("filter");
    for (const char16_t *text :
         { u"owner:\"'; DROP TABLE tag_rows; --\"", u"ns:%' OR 1=1 --", u"\"NEAR(a b)\"", u"\"{name}: x\"",
           u"\"*\"", u"\"-\"", u"!\"-\"", u"\"^a\"", u"\"a\\\"\\\"b\"", u"repo:\\", u"owner:\"\\\\\"",
           u"registry:_", u"tag:%", u"digest:sha256:", u"cve:***", u"\"\u202e\"", u"owner:\"🚀\" 🚀",
           u"image:\"AND\" OR NOT" })
        QTest::newRow(QString::fromUtf16(text).toUtf8().toHex().constData()) << QString::fromUtf16(text);
    QTest::newRow("nul in quotes") << QString(QStringLiteral("\"") + QChar(0) + QStringLiteral("\""));
    QTest::newRow("nul in a value") << QString(QStringLiteral("owner:a") + QChar(0) + QStringLiteral("b"));
}

void TestImageStore::hostileFiltersNeverBreakTheQuery()
{
    QFETCH(QString, filter);
    const FilterExpression e = FilterParser::parse(filter);
    QVERIFY2(e.isValid(), qPrintable(e.errors.isEmpty() ? QString() : e.errors.constFirst().message));
    TagQuery query;
    query.terms = e.terms;
    bool ok = false;
    ImageStore(*m_db).matching(m_generation, query, &ok);
    QVERIFY2(ok, qPrintable(m_db->lastError().message));
    QVERIFY(TagStore(*m_db).countMatching(m_generation, query) >= 0);
    QCOMPARE(
        SampleData::scalar(
            *m_db,
            QStringLiteral("SELECT count(*) FROM generation_tags WHERE generation = %1").arg(m_generation)),
        qint64(m_tags.size()));
}

void TestImageStore::chipsAndTermsCombine()
{
    // The chips (risk, cluster, namespace, minimum severity, changed) AND the filter text.
    const FilterExpression e = FilterParser::parse(QStringLiteral("!registry:docker.io"));
    TagQuery query;
    query.terms = e.terms;
    query.anyRisk = Risks(Risk::IntegrityViolation) | Risk::Malicious;
    query.minSeverity = Severity::High;
    const QSet<QString> sql = sqlKeys(query);
    const QList<FilterTerm> same =
        FilterParser::parse(QStringLiteral("!registry:docker.io risk:integrity,malicious "
                                           "severity:>=high"))
            .terms;
    QCOMPARE(sql, referenceKeys(same));
    QVERIFY(!sql.isEmpty());
}

void TestImageStore::tagsOfAnImageFollowTheQuery()
{
    TagQuery query;
    query.terms = FilterParser::parse(QStringLiteral("status:running")).terms;
    query.order = TagQuery::Order::Vulnerabilities;
    query.descending = true;
    ImageStore images(*m_db);
    TagStore tags(*m_db);
    const QList<ImageMatch> matches = images.matching(m_generation, query);
    QVERIFY(matches.size() > 10);
    for (int i = 0; i < 10; ++i) {
        const ImageRow image = images.rows({ matches[i].id }).constFirst();
        const QList<TagRow> rows = tags.rowsOfImage(m_generation, image.id, query);
        QCOMPARE(rows.size(), matches[i].tags);
        for (qsizetype k = 0; k < rows.size(); ++k) {
            QCOMPARE(rows[k].runtimeStatus, QStringLiteral("running"));
            QCOMPARE(ImageStore::imageKey(rows[k].registry, rows[k].repositoryPath, rows[k].name),
                     image.imageKey);
            if (k > 0)
                QVERIFY(rows[k - 1].vulnerabilities >= rows[k].vulnerabilities);
        }
    }
}

void TestImageStore::golden_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("descending");
    QTest::newRow("riskiest-first") << QString() << int(TagQuery::Order::Risk) << true;
    QTest::newRow("by-name") << QString() << int(TagQuery::Order::Name) << false;
    QTest::newRow("integrity-in-prod")
        << QStringLiteral("risk:integrity ns:prod") << int(TagQuery::Order::Workloads) << true;
    QTest::newRow("untrusted-not-dockerhub")
        << QStringLiteral("risk:untrusted !registry:docker.io") << int(TagQuery::Order::Registry) << false;
}

void TestImageStore::golden()
{
    QFETCH(QString, filter);
    QFETCH(int, order);
    QFETCH(bool, descending);
    TagQuery query;
    query.terms = FilterParser::parse(filter).terms;
    query.order = TagQuery::Order(order);
    query.descending = descending;
    ImageStore images(*m_db);
    TagStore tags(*m_db);
    const QList<ImageMatch> matches = images.matching(m_generation, query);
    QJsonArray list;
    for (qsizetype i = 0; i < matches.size() && i < 25; ++i) {
        const ImageRow r = images.rows({ matches[i].id }).constFirst();
        QJsonObject o { { QStringLiteral("name"), r.name },
                        { QStringLiteral("registry"), r.registry },
                        { QStringLiteral("repository_path"), r.repositoryPath },
                        { QStringLiteral("tags"), r.tagCount },
                        { QStringLiteral("matching_tags"), matches[i].tags },
                        { QStringLiteral("risks"),
                          QJsonArray::fromStringList(RiskNames::canonicalList(r.risks)) },
                        { QStringLiteral("vulnerabilities"), r.vulnerabilities },
                        { QStringLiteral("running"), r.running },
                        { QStringLiteral("workloads"), r.workloads },
                        { QStringLiteral("clusters"), r.clusters },
                        { QStringLiteral("changed"), r.changed } };
        if (i < 3) {
            QJsonArray children;
            for (const TagRow &t : tags.rowsOfImage(m_generation, r.id, query))
                children.append(
                    QJsonObject { { QStringLiteral("tag"), t.tag },
                                  { QStringLiteral("risks"),
                                    QJsonArray::fromStringList(RiskNames::canonicalList(t.risks)) },
                                  { QStringLiteral("vulnerabilities"), t.vulnerabilities },
                                  { QStringLiteral("status"), t.runtimeStatus },
                                  { QStringLiteral("architecture"), t.architecture },
                                  { QStringLiteral("workloads"), t.workloads },
                                  { QStringLiteral("clusters"), t.clusters },
                                  { QStringLiteral("changed"), t.changed } });
            o.insert(QStringLiteral("tag_rows"), children);
        }
        list.append(o);
    }
    const QJsonObject document { { QStringLiteral("filter"), filter },
                                 { QStringLiteral("images"), int(matches.size()) },
                                 { QStringLiteral("first_images"), list } };
    const QByteArray actual = QJsonDocument(document).toJson(QJsonDocument::Indented);
    const QString path = TestEnvironment::dataPath(
        QStringLiteral("golden/images-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (qEnvironmentVariable("RD_WRITE_GOLDEN") == u"1") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        QSKIP("golden file written");
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(path + QStringLiteral(": missing; run with RD_WRITE_GOLDEN=1 once")));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(file.readAll()));
}

void TestImageStore::migrationBuildsImageRowsForOldCaches()
{
    // A cache at v3 with a complete generation: opening it migrates to v4 and fills image_rows.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        auto old = Database::open(path, Schema::cache().upTo(3), options);
        QVERIFY(old.database);
        GenerationStore generations(*old.database);
        TagStore tags(*old.database);
        const QList<ImageTag> sample = SampleData::tags(40, 7);
        const qint64 generation = generations.begin(QStringLiteral("https://acme.jfrog.io|default"));
        QVERIFY(old.database->transaction([&] { return tags.addTags(generation, sample); }));
        // v3's commit has no image rows; mark it complete as v3 did.
        QVERIFY(old.database->exec(
            QStringLiteral("UPDATE generations SET state = 'complete' WHERE id = %1").arg(generation)));
    }
    auto migrated = SampleData::openCache(path);
    QVERIFY(migrated);
    QCOMPARE(migrated->schemaVersion(), Schema::cache().currentVersion());
    QCOMPARE(SampleData::scalar(*migrated, QStringLiteral("SELECT count(*) FROM image_rows")), qint64(7));
    QCOMPARE(SampleData::scalar(*migrated, QStringLiteral("SELECT sum(tag_count) FROM image_rows")),
             qint64(40));
}

QTEST_GUILESS_MAIN(TestImageStore)
#include "tst_imagestore.moc"
