#include "risk.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QtTest>

// Risk normalisation (docs/jfrog-api.md 3.6): every spelling of a risk maps to one flag.
class TestRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void fromString_data();
    void fromString();
    void unknownIsIgnored_data();
    void unknownIsIgnored();
    void fromJsonArrayKeepsRawAndIgnoresJunk();
    void spellings_data();
    void spellings();
    void spellingsRoundTrip();
    void canonicalListIsRiskiestFirst();
    void rankOrdering();
    void rankGrowsWithEveryRisk();
    void severityNames_data();
    void severityNames();
};

void TestRisk::fromString_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<Risk>("risk");

    // The 3.6 table: filter, response and event spellings of each risk.
    QTest::newRow("malicious") << QStringLiteral("malicious") << Risk::Malicious;
    QTest::newRow("untrusted_registry") << QStringLiteral("untrusted_registry") << Risk::UntrustedRegistry;
    QTest::newRow("untrusted_registry_images (event)")
        << QStringLiteral("untrusted_registry_images") << Risk::UntrustedRegistry;
    QTest::newRow("integrity_violation") << QStringLiteral("integrity_violation") << Risk::IntegrityViolation;
    QTest::newRow("critical_applicable_cve (SD filter)")
        << QStringLiteral("critical_applicable_cve") << Risk::CriticalApplicableCves;
    QTest::newRow("critical_applicable (RD filter)")
        << QStringLiteral("critical_applicable") << Risk::CriticalApplicableCves;
    QTest::newRow("critical_applicable_cves (response)")
        << QStringLiteral("critical_applicable_cves") << Risk::CriticalApplicableCves;
    QTest::newRow("critical_and_applicable_cves (event)")
        << QStringLiteral("critical_and_applicable_cves") << Risk::CriticalApplicableCves;
    // The ASSUMED event spelling of integrity: "integrity_violation..." (3.6, matched by prefix).
    QTest::newRow("integrity_violations (assumed event)")
        << QStringLiteral("integrity_violations") << Risk::IntegrityViolation;
    // Case and surrounding white space do not matter.
    QTest::newRow("upper case") << QStringLiteral("MALICIOUS") << Risk::Malicious;
    QTest::newRow("mixed case") << QStringLiteral("Untrusted_Registry") << Risk::UntrustedRegistry;
    QTest::newRow("padded") << QStringLiteral("  integrity_violation\t") << Risk::IntegrityViolation;
}

void TestRisk::fromString()
{
    QFETCH(QString, raw);
    QFETCH(Risk, risk);
    const std::optional<Risk> parsed = RiskNames::fromString(raw);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, risk);
}

void TestRisk::unknownIsIgnored_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("critical alone") << QStringLiteral("critical");
    QTest::newRow("critical and high") << QStringLiteral("critical_high_cves");
    QTest::newRow("applicable alone") << QStringLiteral("applicable_cves");
    QTest::newRow("running cves") << QStringLiteral("running_cves");
    QTest::newRow("a prefix too short") << QStringLiteral("integ");
    QTest::newRow("keyword not at the start") << QStringLiteral("not_malicious");
    QTest::newRow("severity") << QStringLiteral("High");
}

void TestRisk::unknownIsIgnored()
{
    QFETCH(QString, raw);
    QVERIFY(!RiskNames::fromString(raw).has_value());
}

void TestRisk::fromJsonArrayKeepsRawAndIgnoresJunk()
{
    const QJsonArray array { QStringLiteral("critical_and_applicable_cves"),
                             QStringLiteral("something_new"),
                             42,
                             QJsonValue(),
                             QJsonObject { { QStringLiteral("risk"), QStringLiteral("malicious") } },
                             QStringLiteral("untrusted_registry_images"),
                             QStringLiteral("critical_applicable_cves") };
    QStringList raw;
    const Risks risks = RiskNames::fromJsonArray(array, &raw);
    QCOMPARE(risks, Risks(Risk::CriticalApplicableCves) | Risk::UntrustedRegistry);
    // Every string is kept for display, the unknown one too; non-strings are dropped.
    QCOMPARE(raw,
             QStringList({ QStringLiteral("critical_and_applicable_cves"), QStringLiteral("something_new"),
                           QStringLiteral("untrusted_registry_images"),
                           QStringLiteral("critical_applicable_cves") }));
    QCOMPARE(RiskNames::fromJsonArray(QJsonArray {}), Risks());
}

void TestRisk::spellings_data()
{
    QTest::addColumn<Risk>("risk");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("event");
    QTest::newRow("malicious") << Risk::Malicious << QStringLiteral("malicious")
                               << QStringLiteral("malicious") << QStringLiteral("malicious");
    QTest::newRow("untrusted") << Risk::UntrustedRegistry << QStringLiteral("untrusted_registry")
                               << QStringLiteral("untrusted_registry")
                               << QStringLiteral("untrusted_registry_images");
    QTest::newRow("integrity") << Risk::IntegrityViolation << QStringLiteral("integrity_violation")
                               << QStringLiteral("integrity_violation")
                               << QStringLiteral("integrity_violation");
    QTest::newRow("critical applicable")
        << Risk::CriticalApplicableCves << QStringLiteral("critical_applicable_cves")
        << QStringLiteral("critical_applicable_cve") << QStringLiteral("critical_and_applicable_cves");
}

void TestRisk::spellings()
{
    QFETCH(Risk, risk);
    QFETCH(QString, canonical);
    QFETCH(QString, filter);
    QFETCH(QString, event);
    QCOMPARE(RiskNames::canonical(risk), canonical);
    QCOMPARE(RiskNames::filterValue(risk), filter);
    QCOMPARE(RiskNames::eventValue(risk), event);
}

void TestRisk::spellingsRoundTrip()
{
    for (Risk risk : RiskNames::all) {
        QCOMPARE(RiskNames::fromString(RiskNames::canonical(risk)), std::optional<Risk>(risk));
        QCOMPARE(RiskNames::fromString(RiskNames::filterValue(risk)), std::optional<Risk>(risk));
        QCOMPARE(RiskNames::fromString(RiskNames::eventValue(risk)), std::optional<Risk>(risk));
    }
}

void TestRisk::canonicalListIsRiskiestFirst()
{
    const Risks every = Risks(Risk::CriticalApplicableCves) | Risk::UntrustedRegistry
        | Risk::IntegrityViolation | Risk::Malicious;
    QCOMPARE(
        RiskNames::canonicalList(every),
        QStringList({ QStringLiteral("malicious"), QStringLiteral("integrity_violation"),
                      QStringLiteral("untrusted_registry"), QStringLiteral("critical_applicable_cves") }));
    QCOMPARE(RiskNames::canonicalList(Risks()), QStringList());
    QCOMPARE(
        RiskNames::canonicalList(Risks(Risk::UntrustedRegistry) | Risk::CriticalApplicableCves),
        QStringList({ QStringLiteral("untrusted_registry"), QStringLiteral("critical_applicable_cves") }));
}

void TestRisk::rankOrdering()
{
    using RiskNames::rank;
    // malicious > integrity > untrusted > critical applicable > nothing (docs/jfrog-api.md 3.7.3),
    // and one riskier kind outranks every combination of the lesser ones.
    const Risks lesserThanMalicious =
        Risks(Risk::IntegrityViolation) | Risk::UntrustedRegistry | Risk::CriticalApplicableCves;
    const Risks lesserThanIntegrity = Risks(Risk::UntrustedRegistry) | Risk::CriticalApplicableCves;
    QVERIFY(rank(Risk::Malicious) > rank(lesserThanMalicious));
    QVERIFY(rank(Risk::IntegrityViolation) > rank(lesserThanIntegrity));
    QVERIFY(rank(Risk::UntrustedRegistry) > rank(Risk::CriticalApplicableCves));
    QVERIFY(rank(Risk::CriticalApplicableCves) > rank(Risks()));
    QCOMPARE(rank(Risks()), 0);
}

void TestRisk::rankGrowsWithEveryRisk()
{
    for (int mask = 0; mask < 16; ++mask) {
        const Risks risks = Risks::fromInt(mask);
        for (Risk extra : RiskNames::all) {
            if (!risks.testFlag(extra))
                QVERIFY2(RiskNames::rank(risks | extra) > RiskNames::rank(risks),
                         qPrintable(QString::number(mask)));
        }
    }
}

void TestRisk::severityNames_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("printed");
    QTest::newRow("Critical") << QStringLiteral("Critical") << Severity::Critical
                              << QStringLiteral("Critical");
    QTest::newRow("high lower case") << QStringLiteral("high") << Severity::High << QStringLiteral("High");
    QTest::newRow("MEDIUM") << QStringLiteral(" MEDIUM ") << Severity::Medium << QStringLiteral("Medium");
    QTest::newRow("Low") << QStringLiteral("Low") << Severity::Low << QStringLiteral("Low");
    QTest::newRow("unknown") << QStringLiteral("Catastrophic") << Severity::Unknown
                             << QStringLiteral("Unknown");
    QTest::newRow("empty") << QString() << Severity::Unknown << QStringLiteral("Unknown");
}

void TestRisk::severityNames()
{
    QFETCH(QString, raw);
    QFETCH(Severity, severity);
    QFETCH(QString, printed);
    QCOMPARE(SeverityNames::fromString(raw), severity);
    QCOMPARE(SeverityNames::toString(severity), printed);
}

QTEST_GUILESS_MAIN(TestRisk)
#include "tst_risk.moc"
