#include "filterparser.h"
#include "testenvironment.h"

#include <QRandomGenerator>
#include <QtTest>

using Field = FilterTerm::Field;
using Compare = FilterTerm::Compare;

namespace {

// A term written compactly for the tables: "field!:value|value" with quoted values marked by =.
QString describe(const FilterTerm &t)
{
    static const char *fields[] = { "text",     "risk",    "ns",   "cluster", "owner", "deployer",
                                    "registry", "repo",    "sev",  "cve",     "tag",   "image",
                                    "status",   "changed", "arch", "digest" };
    QString out = QLatin1StringView(fields[int(t.field)]);
    if (t.negated)
        out += u'!';
    out += u':';
    switch (t.field) {
    case Field::Risk:
        out += RiskNames::canonicalList(t.risks).join(u'|');
        break;
    case Field::Severity: {
        static const char *ops[] = { ">=", ">", "<=", "<", "=" };
        out += QLatin1StringView(ops[int(t.compare)]) + SeverityNames::toString(t.severity);
        break;
    }
    case Field::Changed:
        out += t.changed ? QStringLiteral("yes") : QStringLiteral("no");
        break;
    default: {
        QStringList values;
        for (const FilterValue &v : t.values)
            values.append(v.exact ? u'=' + v.text : v.text);
        out += values.join(u'|');
    }
    }
    return out;
}

QStringList describe(const QList<FilterTerm> &terms)
{
    QStringList list;
    for (const FilterTerm &t : terms)
        list.append(describe(t));
    return list;
}

} // namespace

// The images filter grammar: what each key means, the exact messages of every error with where
// it is, and input written to break it.
class TestFilterParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }
    void valid_data();
    void valid();
    void termPositions();
    void errors_data();
    void errors();
    void hostileInputNeverBreaksTheParser_data();
    void hostileInputNeverBreaksTheParser();
    void randomInputKeepsPositionsInRange();
    void quotedRoundTrips_data();
    void quotedRoundTrips();
};

void TestFilterParser::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    auto rowList = [](const char *name, const QString &text, const QStringList &terms) {
        QTest::newRow(name) << text << terms;
    };
    auto row = [&](const char *name, const QString &text, std::initializer_list<const char *> terms) {
        QStringList list;
        for (const char *t : terms)
            list.append(QString::fromUtf8(t));
        rowList(name, text, list);
    };
    row("empty", QString(), {});
    row("only spaces", QStringLiteral("   \t\n "), {});
    row("the issue's example", QStringLiteral("risk:integrity ns:prod owner:alice !registry:docker.io nginx"),
        { "risk:integrity_violation", "ns:prod", "owner:alice", "registry!:docker.io", "text:nginx" });
    row("every key",
        QStringLiteral("risk:malicious namespace:a cluster:b owner:c deployer:d deployed:e registry:f repo:g "
                       "repository:h cve:CVE-1 tag:t image:i name:n arch:arm64 digest:abc"),
        { "risk:malicious", "ns:a", "cluster:b", "owner:c", "deployer:d", "deployer:e", "registry:f",
          "repo:g", "repo:h", "cve:CVE-1", "tag:t", "image:i", "image:n", "arch:arm64", "digest:abc" });
    row("keys ignore case", QStringLiteral("RISK:Malicious Owner:Alice"),
        { "risk:malicious", "owner:Alice" });
    row("risk spellings and prefixes",
        QStringLiteral("risk:mal risk:int risk:u risk:crit risk:integrity_violation risk:untrusted_registry "
                       "risk:critical_applicable_cves"),
        { "risk:malicious", "risk:integrity_violation", "risk:untrusted_registry",
          "risk:critical_applicable_cves", "risk:integrity_violation", "risk:untrusted_registry",
          "risk:critical_applicable_cves" });
    row("any of several risks", QStringLiteral("risk:malicious,integrity"),
        { "risk:malicious|integrity_violation" });
    row("alternatives", QStringLiteral("ns:prod,staging,\"dev team\""), { "ns:prod|staging|=dev team" });
    row("severity default is at least", QStringLiteral("severity:high"), { "sev:>=High" });
    row("severity operators", QStringLiteral("sev:>critical sev:<=Medium sev:<low sev:=high sev:>=l"),
        { "sev:>Critical", "sev:<=Medium", "sev:<Low", "sev:=High", "sev:>=Low" });
    row("status", QStringLiteral("status:running,stop !status:u"),
        { "status:=running|=stopped", "status!:=unknown" });
    row("changed", QStringLiteral("changed:yes changed:no !changed:true"),
        { "changed:yes", "changed:no", "changed!:yes" });
    row("negated text", QStringLiteral("!nginx"), { "text!:nginx" });
    row("quoted phrase", QStringLiteral("\"payments api\""), { "text:=payments api" });
    row("quoted value", QStringLiteral("owner:\"Alice Smith\""), { "owner:=Alice Smith" });
    row("escapes in quotes", QStringLiteral("owner:\"a \\\"b\\\" \\\\ c\""), { "owner:=a \"b\" \\ c" });
    row("backslash without a quote after it stays", QStringLiteral("repo:\"a\\b\""), { "repo:=a\\b" });
    row("wildcards stay in the value", QStringLiteral("image:ng*x registry:*.io"),
        { "image:ng*x", "registry:*.io" });
    row("a colon after a non-key is text", QStringLiteral("1.25:x"), { "text:1.25:x" });
    row("a comma in bare text is text", QStringLiteral("a,b"), { "text:a,b" });
    row("a quote inside a bare word is text", QStringLiteral("ab\"c"), { "text:ab\"c" });
    row("unicode values", QStringLiteral("owner:Jürgen ns:生产 \"🚀 launch\""),
        { "owner:Jürgen", "ns:生产", "text:=🚀 launch" });
    row("unicode spaces separate", QStringLiteral("a\u00a0b\u3000c"), { "text:a", "text:b", "text:c" });
    row("control characters separate", QStringLiteral("a\u0001b"), { "text:a", "text:b" });
    rowList("exactly 32 terms", QStringList(32, QStringLiteral("x")).join(u' '),
            QStringList(32, QStringLiteral("text:x")));
    rowList("exactly 16 values", QStringLiteral("ns:") + QStringList(16, QStringLiteral("v")).join(u','),
            { QStringLiteral("ns:") + QStringList(16, QStringLiteral("v")).join(u'|') });
}

void TestFilterParser::valid()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    const FilterExpression e = FilterParser::parse(text);
    QVERIFY2(e.isValid(), qPrintable(e.errors.isEmpty() ? QString() : e.errors.constFirst().message));
    QCOMPARE(describe(e.terms), terms);
}

void TestFilterParser::termPositions()
{
    const QString text = QStringLiteral("  risk:mal !ns:\"a b\"  nginx");
    const FilterExpression e = FilterParser::parse(text);
    QVERIFY(e.isValid());
    QCOMPARE(e.terms.size(), 3);
    QCOMPARE(text.mid(e.terms[0].start, e.terms[0].length), QStringLiteral("risk:mal"));
    QCOMPARE(text.mid(e.terms[1].start, e.terms[1].length), QStringLiteral("!ns:\"a b\""));
    QCOMPARE(text.mid(e.terms[2].start, e.terms[2].length), QStringLiteral("nginx"));
}

void TestFilterParser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QString &text, int start, int length, const QString &message) {
        QTest::newRow(name) << text << start << length << message;
    };
    row("unknown key, close to one", QStringLiteral("regsitry:docker.io"), 0, 9,
        QStringLiteral("Unknown key \"regsitry:\". Did you mean \"registry:\"?"));
    row("unknown key, after text", QStringLiteral("nginx sevrity:high"), 6, 8,
        QStringLiteral("Unknown key \"sevrity:\". Did you mean \"severity:\"?"));
    row("unknown key, far from any", QStringLiteral("nginx:1.25"), 0, 6,
        QStringLiteral(
            "Unknown key \"nginx:\". Keys: risk, ns, cluster, owner, deployer, registry, repo, severity, "
            "cve, "
            "tag, image, status, changed, arch, digest. Put text that contains a colon in quotes."));
    row("negated unknown key", QStringLiteral("!colour:red"), 1, 7,
        QStringLiteral(
            "Unknown key \"colour:\". Keys: risk, ns, cluster, owner, deployer, registry, repo, severity, "
            "cve, "
            "tag, image, status, changed, arch, digest. Put text that contains a colon in quotes."));
    row("key without value", QStringLiteral("owner: alice"), 0, 6,
        QStringLiteral("\"owner:\" needs a value."));
    row("key at the end", QStringLiteral("nginx risk:"), 6, 5, QStringLiteral("\"risk:\" needs a value."));
    row("unterminated quote", QStringLiteral("owner:\"alice"), 6, 6,
        QStringLiteral("This quote is not closed."));
    row("unterminated phrase", QStringLiteral("a \"b c"), 2, 4, QStringLiteral("This quote is not closed."));
    row("text glued to a closing quote", QStringLiteral("ns:\"a\"b"), 6, 1,
        QStringLiteral("Put a space after a closing quote."));
    row("lone bang", QStringLiteral("nginx ! foo"), 6, 1,
        QStringLiteral("\"!\" must be followed by a term, as in !registry:docker.io."));
    row("bang at the end", QStringLiteral("nginx !"), 6, 1,
        QStringLiteral("\"!\" must be followed by a term, as in !registry:docker.io."));
    row("empty alternative", QStringLiteral("ns:a,,b"), 4, 1, QStringLiteral("Empty value between commas."));
    row("trailing comma", QStringLiteral("ns:a, x"), 4, 1, QStringLiteral("Empty value between commas."));
    row("empty quotes", QStringLiteral("owner:\"\""), 6, 2,
        QStringLiteral("Empty quotes match nothing; remove them."));
    row("empty phrase", QStringLiteral("\"\""), 0, 2,
        QStringLiteral("Empty quotes match nothing; remove them."));
    row("not a risk", QStringLiteral("risk:bad"), 5, 3,
        QStringLiteral("\"bad\" is not a risk: use malicious, integrity, untrusted or critical."));
    row("ambiguous risk prefix", QStringLiteral("risk:malicious,xyz"), 15, 3,
        QStringLiteral("\"xyz\" is not a risk: use malicious, integrity, untrusted or critical."));
    row("not a severity", QStringLiteral("severity:>=urgent"), 9, 8,
        QStringLiteral("\">=urgent\" is not a severity: use critical, high, medium or low, optionally after "
                       ">=, >, <=, < or =."));
    row("two severities", QStringLiteral("sev:high,low"), 4, 8,
        QStringLiteral("\"severity:\" takes one level, as in severity:>=high."));
    row("not a status", QStringLiteral("status:paused"), 7, 6,
        QStringLiteral("\"paused\" is not a runtime status: use running, stopped or unknown."));
    row("changed needs yes or no", QStringLiteral("changed:maybe"), 8, 5,
        QStringLiteral("\"changed:\" takes yes or no."));
    row("value too long", QStringLiteral("owner:") + QString(257, u'a'), 6, 257,
        QStringLiteral("A value is longer than 256 characters."));
    row("phrase too long", u'"' + QString(257, u'a') + u'"', 0, 259,
        QStringLiteral("A value is longer than 256 characters."));
    row("too many values", QStringLiteral("ns:") + QStringList(17, QStringLiteral("v")).join(u','), 0, 35,
        QStringLiteral("At most 16 values per key."));
    row("too many terms", QStringList(33, QStringLiteral("x")).join(u' '), 64, 1,
        QStringLiteral("A filter has at most 32 terms."));
    row("too long", QString(1001, u'a'), 1000, 1,
        QStringLiteral("The filter is longer than 1000 characters."));
    row("far too long", QString(100000, u'"'), 1000, 99000,
        QStringLiteral("The filter is longer than 1000 characters."));
    row("control characters in a message are visible", QStringLiteral("risk:a\u202eb"), 5, 3,
        QStringLiteral("\"a<U+202E>b\" is not a risk: use malicious, integrity, untrusted or critical."));
}

void TestFilterParser::errors()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(QString, message);
    const FilterExpression e = FilterParser::parse(text);
    QVERIFY(!e.isValid());
    QCOMPARE(e.errors.constFirst().message, message);
    QCOMPARE(e.errors.constFirst().start, start);
    QCOMPARE(e.errors.constFirst().length, length);
}

void TestFilterParser::hostileInputNeverBreaksTheParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes only") << QString(999, u'"');
    QTest::newRow("bangs only") << QString(999, u'!');
    QTest::newRow("colons only") << QString(999, u':');
    QTest::newRow("commas after a key") << QStringLiteral("ns:") + QString(990, u',');
    QTest::newRow("backslashes in quotes")
        << QStringLiteral("\"") + QString(997, u'\\') + QStringLiteral("\"");
    QTest::newRow("nested quotes") << QStringLiteral("owner:\"\"\"\"\"\"");
    QTest::newRow("unbalanced everything")
        << QStringLiteral("(risk:\"mal ns:[prod owner:{\"alice !!!! ,,,, \"\"\"");
    QTest::newRow("nul characters") << QString(QStringLiteral("risk:mal\u0000ns:\u0000prod"));
    QTest::newRow("lone surrogates") << QString(QStringLiteral("owner:")) + QChar(0xd800)
            + QStringLiteral(" ") + QChar(0xdc00);
    QTest::newRow("emoji key") << QStringLiteral("🚀:x 🚀 \"🚀\"");
    QTest::newRow("right-to-left override") << QStringLiteral("\u202eowner:alice\u202c risk:\u202emal");
    QTest::newRow("combining marks") << QStringLiteral("owner:e\u0301\u0301\u0301 ns:\u0301");
    QTest::newRow("many errors") << QStringList(40, QStringLiteral("bad:x")).join(u' ');
    QTest::newRow("sql") << QStringLiteral("owner:\"'; DROP TABLE tag_rows; --\" ns:%' OR 1=1 --");
    QTest::newRow("fts syntax") << QStringLiteral("NEAR(a b) {name}:x \"a\" * ^b -c");
    QTest::newRow("a long key") << QString(500, u'k') + QStringLiteral(":v");
    QTest::newRow("keys with bangs") << QStringLiteral("!!risk:mal !!!ns:a");
}

void TestFilterParser::hostileInputNeverBreaksTheParser()
{
    QFETCH(QString, text);
    const FilterExpression e = FilterParser::parse(text);
    QVERIFY(e.errors.size() <= FilterParser::maxErrors);
    QVERIFY(e.terms.size() <= FilterParser::maxTerms);
    for (const FilterError &error : e.errors) {
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.start >= 0 && error.length >= 1);
        QVERIFY2(error.start + error.length <= std::max<qsizetype>(text.size(), 1),
                 qPrintable(error.message));
        QVERIFY(!error.message.contains(u'\u202e')); // server-like text is made visible, never live
    }
    for (const FilterTerm &t : e.terms)
        QVERIFY(t.start >= 0 && t.start + t.length <= text.size());
}

void TestFilterParser::randomInputKeepsPositionsInRange()
{
    // Deterministic random strings over the grammar's alphabet: no crash, every span in range.
    QRandomGenerator random(20240611);
    const QString alphabet = QStringLiteral("abrisknowe:!\",\\ *<>=\u00e9\u202e\u0000\t");
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int size = int(random.bounded(60));
        for (int i = 0; i < size; ++i)
            text += alphabet.at(int(random.bounded(alphabet.size())));
        const FilterExpression e = FilterParser::parse(text);
        for (const FilterError &error : e.errors)
            QVERIFY2(error.start >= 0 && error.start + error.length <= std::max<qsizetype>(text.size(), 1),
                     qPrintable(text));
        for (const FilterTerm &t : e.terms) {
            QVERIFY2(t.start >= 0 && t.start + t.length <= text.size(), qPrintable(text));
            QVERIFY(!t.values.isEmpty() || t.field == Field::Risk || t.field == Field::Severity
                    || t.field == Field::Changed);
        }
    }
}

void TestFilterParser::quotedRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("alice");
    QTest::newRow("spaces") << QStringLiteral("Alice Smith");
    QTest::newRow("quotes") << QStringLiteral("a \"quoted\" name");
    QTest::newRow("backslashes") << QStringLiteral("DOMAIN\\alice\\");
    QTest::newRow("commas and colons") << QStringLiteral("a,b:c");
    QTest::newRow("unicode") << QStringLiteral("Jürgen 🚀");
}

void TestFilterParser::quotedRoundTrips()
{
    // "Show everything by this owner" writes owner:<quoted>; it must find exactly that name.
    QFETCH(QString, value);
    const FilterExpression e = FilterParser::parse(QStringLiteral("owner:") + FilterParser::quoted(value));
    QVERIFY(e.isValid());
    QCOMPARE(e.terms.size(), 1);
    QCOMPARE(e.terms[0].values, (QList<FilterValue> { FilterValue { value, true } }));
}

QTEST_GUILESS_MAIN(TestFilterParser)
#include "tst_filterparser.moc"
