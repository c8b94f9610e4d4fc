// OutboundAddressPolicy: the deny table (docs/TESTING.md NOTIF-4; smokescreen's TestClassifyAddr ranges and
// OWASP's encoded forms), one row per URL or address, and the public hosts that must pass.
#include "outboundaddresspolicy.h"
#include "testenvironment.h"

#include <QtTest>

using Reason = OutboundAddressPolicy::Reason;
Q_DECLARE_METATYPE(OutboundAddressPolicy::Reason)

class TestOutboundAddressPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    // URLs as a rule could carry them: classify() alone decides these (literal hosts, schemes, forms).
    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Reason>("reason");
        auto row = [](const char *name, const char *url, Reason reason) {
            QTest::newRow(name) << QString::fromUtf8(url) << reason;
        };
        // Allowed: public hosts and addresses over https.
        row("slack", "https://hooks.slack.com/services/T000/B000/XXXX", Reason::Allowed);
        row("sendgrid", "https://api.sendgrid.com/v3/mail/send", Reason::Allowed);
        row("public v4 literal", "https://8.8.8.8/hook", Reason::Allowed);
        row("public v6 literal", "https://[2606:4700:4700::1111]/hook", Reason::Allowed);
        row("public v4 port", "https://1.1.1.1:8443/hook", Reason::Allowed);
        row("just outside CGNAT below", "https://100.63.255.255/", Reason::Allowed);
        row("just outside CGNAT above", "https://100.128.0.0/", Reason::Allowed);
        row("just outside 172.16/12", "https://172.32.0.1/", Reason::Allowed);
        row("NAT64 of a public v4", "https://[64:ff9b::808:808]/", Reason::Allowed);
        row("6to4 of a public v4", "https://[2002:808:808::1]/", Reason::Allowed);
        row("upper-case scheme and host", "HTTPS://Hooks.Slack.COM/x", Reason::Allowed);
        // Schemes.
        row("http", "http://hooks.slack.com/services/T/B/X", Reason::NotHttps);
        row("file", "file:///etc/passwd", Reason::UnsupportedScheme);
        row("ftp", "ftp://example.com/x", Reason::UnsupportedScheme);
        row("gopher", "gopher://example.com:70/_x", Reason::UnsupportedScheme);
        row("data", "data:text/plain,hello", Reason::UnsupportedScheme);
        row("javascript", "javascript:alert(1)", Reason::UnsupportedScheme);
        row("no scheme", "//example.com/x", Reason::Malformed);
        row("empty", "", Reason::Malformed);
        row("leading space", " https://example.com/", Reason::Malformed);
        row("backslashes", "https:\\\\127.0.0.1\\", Reason::Malformed);
        row("no host", "https:///path", Reason::MissingHost);
        row("percent-encoded host", "https://%31%32%37.0.0.1/", Reason::Malformed);
        // User info: the host is what follows the "@".
        row("userinfo trick", "https://good.com@127.0.0.1/", Reason::UserInfo);
        row("userinfo to public", "https://user:pass@example.com/", Reason::UserInfo);
        row("empty userinfo", "https://@example.com/", Reason::UserInfo);
        // Loopback in every encoding.
        row("loopback dotted", "https://127.0.0.1/", Reason::Loopback);
        row("loopback other", "https://127.42.0.9/", Reason::Loopback);
        row("loopback decimal", "https://2130706433/", Reason::Loopback);
        row("loopback hex", "https://0x7f000001/", Reason::Loopback);
        row("loopback octal", "https://017700000001/", Reason::Loopback);
        row("loopback short", "https://127.1/", Reason::Loopback);
        row("loopback mixed hex", "https://0x7f.1/", Reason::Loopback);
        row("loopback octal dotted", "https://0177.0.0.1/", Reason::Loopback);
        row("loopback trailing dot", "https://127.0.0.1./", Reason::Loopback);
        row("loopback v6", "https://[::1]/", Reason::Loopback);
        row("localhost", "https://localhost/", Reason::LocalName);
        row("localhost trailing dot", "https://localhost./", Reason::LocalName);
        row("localhost upper", "https://LOCALHOST:8443/", Reason::LocalName);
        row("sub.localhost", "https://admin.localhost/", Reason::LocalName);
        // IPv4 written as IPv6.
        row("v4-mapped loopback", "https://[::ffff:127.0.0.1]/", Reason::EmbeddedIPv4);
        row("v4-mapped public", "https://[::ffff:8.8.8.8]/", Reason::EmbeddedIPv4);
        row("v4-mapped hex", "https://[::ffff:7f00:1]/", Reason::EmbeddedIPv4);
        row("v4-compatible", "https://[::127.0.0.1]/", Reason::EmbeddedIPv4);
        row("NAT64 of loopback", "https://[64:ff9b::7f00:1]/", Reason::Loopback);
        row("NAT64 of private", "https://[64:ff9b::a00:1]/", Reason::Private);
        row("NAT64 of metadata", "https://[64:ff9b::a9fe:a9fe]/", Reason::Metadata);
        row("NAT64 local use", "https://[64:ff9b:1::1]/", Reason::Private);
        row("6to4 of private", "https://[2002:c0a8:101::1]/", Reason::Private);
        row("6to4 of loopback", "https://[2002:7f00:1::]/", Reason::Loopback);
        row("teredo", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", Reason::Teredo);
        // Private, link-local, shared, metadata.
        row("10/8", "https://10.0.0.1/", Reason::Private);
        row("10/8 top", "https://10.255.255.255/", Reason::Private);
        row("10/8 decimal", "https://167772161/", Reason::Private);
        row("172.16/12", "https://172.16.0.1/", Reason::Private);
        row("172.16/12 top", "https://172.31.255.255/", Reason::Private);
        row("192.168/16", "https://192.168.1.1/", Reason::Private);
        row("192.168 hex", "https://0xc0a80101/", Reason::Private);
        row("CGNAT", "https://100.64.0.1/", Reason::SharedAddressSpace);
        row("CGNAT top", "https://100.127.255.255/", Reason::SharedAddressSpace);
        row("link-local", "https://169.254.1.1/", Reason::LinkLocal);
        row("metadata", "https://169.254.169.254/latest/meta-data/", Reason::Metadata);
        row("metadata decimal", "https://2852039166/", Reason::Metadata);
        row("metadata alibaba", "https://100.100.100.200/", Reason::Metadata);
        row("metadata v6", "https://[fd00:ec2::254]/", Reason::Metadata);
        row("metadata name gcp", "https://metadata.google.internal/computeMetadata/v1/",
            Reason::MetadataName);
        row("metadata name trailing dot", "https://metadata.google.internal./", Reason::MetadataName);
        row("ULA", "https://[fc00::1]/", Reason::Private);
        row("ULA fd", "https://[fd12:3456::1]/", Reason::Private);
        row("link-local v6", "https://[fe80::1]/", Reason::LinkLocal);
        row("link-local v6 scoped", "https://[fe80::1%25eth0]/", Reason::LinkLocal);
        row("site-local v6", "https://[fec0::1]/", Reason::Private);
        // Broadcast, multicast, unspecified, reserved.
        row("broadcast", "https://255.255.255.255/", Reason::Broadcast);
        row("broadcast decimal", "https://4294967295/", Reason::Broadcast);
        row("multicast", "https://224.0.0.1/", Reason::Multicast);
        row("multicast v6", "https://[ff02::2]/", Reason::Multicast);
        row("unspecified", "https://0.0.0.0/", Reason::Unspecified);
        row("unspecified short", "https://0/", Reason::Unspecified);
        row("unspecified v6", "https://[::]/", Reason::Unspecified);
        row("this network", "https://0.1.2.3/", Reason::Unspecified);
        row("class E", "https://240.0.0.1/", Reason::Reserved);
        row("documentation", "https://192.0.2.10/", Reason::Reserved);
        row("documentation v6", "https://[2001:db8::1]/", Reason::Reserved);
        row("benchmarking", "https://198.18.0.1/", Reason::Reserved);
        row("protocol assignments", "https://192.0.0.8/", Reason::Reserved);
        row("oracle metadata", "https://192.0.0.192/", Reason::Metadata);
        row("discard v6", "https://[100::1]/", Reason::Reserved);
        row("not global unicast", "https://[4000::1]/", Reason::Reserved);
        // Numeric hosts that are not addresses must not reach the resolver.
        row("five parts", "https://1.2.3.4.5/", Reason::InvalidNumericHost);
        row("octet too big", "https://256.1.1.1/", Reason::InvalidNumericHost);
        row("bad octal", "https://08.1.1.1/", Reason::InvalidNumericHost);
        row("numeric last label", "https://example.123/", Reason::InvalidNumericHost);
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(Reason, reason);
        const auto verdict = OutboundAddressPolicy::classify(url, {});
        QCOMPARE(OutboundAddressPolicy::reasonName(verdict.reason),
                 OutboundAddressPolicy::reasonName(reason));
        QCOMPARE(verdict.allowed, reason == Reason::Allowed);
        QCOMPARE(verdict.message.isEmpty(), reason == Reason::Allowed);
        // The message names the host, never the path (a Slack path is a credential).
        QVERIFY2(!verdict.message.contains(QLatin1StringView("XXXX")), qPrintable(verdict.message));
        QVERIFY2(!verdict.message.contains(QLatin1StringView("meta-data")), qPrintable(verdict.message));
    }

    // Addresses a name resolved to: every one is checked before anything is sent (DNS rebinding).
    void resolved_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<Reason>("reason");
        QTest::newRow("public v4") << QStringLiteral("93.184.216.34") << Reason::Allowed;
        QTest::newRow("public v6") << QStringLiteral("2a00:1450:4001:80b::200e") << Reason::Allowed;
        QTest::newRow("private") << QStringLiteral("10.1.2.3") << Reason::Private;
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << Reason::Loopback;
        QTest::newRow("metadata") << QStringLiteral("169.254.169.254") << Reason::Metadata;
        QTest::newRow("mapped") << QStringLiteral("::ffff:10.0.0.1") << Reason::EmbeddedIPv4;
        QTest::newRow("ula") << QStringLiteral("fd00::5") << Reason::Private;
    }

    void resolved()
    {
        QFETCH(QString, address);
        QFETCH(Reason, reason);
        const auto verdict = OutboundAddressPolicy::checkResolved(QHostAddress(address), {});
        QCOMPARE(OutboundAddressPolicy::reasonName(verdict.reason),
                 OutboundAddressPolicy::reasonName(reason));
        QCOMPARE(verdict.allowed, reason == Reason::Allowed);
    }

    void loopbackOnlyWhenAllowed()
    {
        OutboundAddressPolicy::Options allow;
        allow.allowLoopback = true;
        for (const char *url : { "https://127.0.0.1:4443/hooks/x", "https://localhost:4443/",
                                 "https://[::1]:4443/", "https://2130706433/" }) {
            QVERIFY2(OutboundAddressPolicy::classify(QString::fromLatin1(url), allow).allowed, url);
            QVERIFY2(!OutboundAddressPolicy::classify(QString::fromLatin1(url), {}).allowed, url);
        }
        QVERIFY(
            OutboundAddressPolicy::checkResolved(QHostAddress(QStringLiteral("127.0.0.1")), allow).allowed);
        // Allowing loopback allows nothing else, and no loopback hidden in an embedding.
        for (const char *url :
             { "https://10.0.0.1/", "https://169.254.169.254/", "https://[::ffff:127.0.0.1]/",
               "https://[64:ff9b::7f00:1]/", "https://[2002:7f00:1::]/", "http://127.0.0.1/" })
            QVERIFY2(!OutboundAddressPolicy::classify(QString::fromLatin1(url), allow).allowed, url);
    }

    void verdictCarriesHostAndPort()
    {
        const auto verdict =
            OutboundAddressPolicy::classify(QStringLiteral("https://Hooks.Slack.com./a"), {});
        QVERIFY(verdict.allowed);
        QCOMPARE(verdict.host, QStringLiteral("hooks.slack.com"));
        QCOMPARE(verdict.port, 443);
        QVERIFY(!verdict.literal);
        const auto literal = OutboundAddressPolicy::classify(QStringLiteral("https://8.8.8.8:8443/"), {});
        QCOMPARE(literal.port, 8443);
        QVERIFY(literal.literal);
        QCOMPARE(*literal.literal, QHostAddress(QStringLiteral("8.8.8.8")));
    }

    // A fuzz pass (the function is pure): mutated URLs never crash it, and whatever it lets through is https,
    // has no user info, and names a host whose literal address (if any) passes the address check too.
    void mutatedUrlsKeepTheInvariants()
    {
        const QStringList seeds { QStringLiteral("https://hooks.slack.com/services/T/B/X"),
                                  QStringLiteral("https://[::ffff:127.0.0.1]:8443/a"),
                                  QStringLiteral("https://0x7f.1/"),
                                  QStringLiteral("https://good.com@10.0.0.1/"),
                                  QStringLiteral("https://8.8.8.8/"),
                                  QStringLiteral("https://[64:ff9b::808:808]/"),
                                  QStringLiteral("http://example.com/") };
        const QString alphabet = QStringLiteral("0123456789abcdefx.:/@[]%-_ ~?#\\xX:ff");
        QRandomGenerator random(20240601);
        int allowed = 0;
        for (int i = 0; i < 20000; ++i) {
            QString url = seeds[random.bounded(int(seeds.size()))];
            for (int edits = random.bounded(1, 5); edits > 0; --edits) {
                const int at = random.bounded(int(url.size()) + 1);
                const QChar c = alphabet[random.bounded(int(alphabet.size()))];
                switch (random.bounded(3)) {
                case 0:
                    url.insert(at, c);
                    break;
                case 1:
                    if (at < url.size())
                        url.remove(at, 1);
                    break;
                default:
                    if (at < url.size())
                        url[at] = c;
                    break;
                }
            }
            for (bool loopback : { false, true }) {
                OutboundAddressPolicy::Options options;
                options.allowLoopback = loopback;
                const auto verdict = OutboundAddressPolicy::classify(url, options);
                if (!verdict.allowed)
                    continue;
                ++allowed;
                const QUrl parsed(url, QUrl::StrictMode);
                QVERIFY2(parsed.scheme().compare(u"https", Qt::CaseInsensitive) == 0, qPrintable(url));
                QVERIFY2(parsed.userInfo().isEmpty(), qPrintable(url));
                QVERIFY2(!verdict.host.isEmpty(), qPrintable(url));
                if (verdict.literal)
                    QVERIFY2(OutboundAddressPolicy::checkResolved(*verdict.literal, options).allowed,
                             qPrintable(url));
            }
        }
        QVERIFY(allowed > 0);
    }

    void parseIPv4Forms()
    {
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"127.0.0.1"), std::optional<quint32>(0x7f000001));
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"2130706433"), std::optional<quint32>(0x7f000001));
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"0x7F.1"), std::optional<quint32>(0x7f000001));
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"0177.0.1"), std::optional<quint32>(0x7f000001));
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"10.1.65535"), std::optional<quint32>(0x0a01ffff));
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"10.1.65536"), std::nullopt);
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"4294967296"), std::nullopt);
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"1..2"), std::nullopt);
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"0x"), std::nullopt);
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"09"), std::nullopt);
        QCOMPARE(OutboundAddressPolicy::parseIPv4(u"example.com"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestOutboundAddressPolicy)
#include "tst_outboundaddresspolicy.moc"
