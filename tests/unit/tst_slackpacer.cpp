// SlackPacer: one request in flight per URL, the next starting at least the interval after the previous one
// finished, a Retry-After hold, and URLs independent of each other.
#include "slackpacer.h"
#include "testenvironment.h"

#include <QtTest>

class TestSlackPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void pacesPerUrl()
    {
        SlackPacer pacer(1000);
        const QString a = QStringLiteral("https://hooks.slack.com/services/T/B/a");
        const QString b = QStringLiteral("https://hooks.slack.com/services/T/B/b");
        QCOMPARE(pacer.waitFor(a, 0), 0);
        pacer.started(a);
        QCOMPARE(pacer.waitFor(a, 10), -1); // in flight
        QCOMPARE(pacer.waitFor(b, 10), 0); // another URL is not held up
        pacer.finished(a, 250);
        QCOMPARE(pacer.waitFor(a, 250), 1000);
        QCOMPARE(pacer.waitFor(a, 900), 350);
        QCOMPARE(pacer.waitFor(a, 1250), 0);
        QCOMPARE(pacer.waitFor(a, 5000), 0);
    }

    void holdsForRetryAfter()
    {
        SlackPacer pacer(1000);
        const QString a = QStringLiteral("https://hooks.slack.com/services/T/B/a");
        pacer.started(a);
        pacer.finished(a, 100);
        pacer.hold(a, 30100); // 429, Retry-After: 30
        QCOMPARE(pacer.waitFor(a, 100), 30000);
        pacer.hold(a, 500); // an earlier hold does not shorten it
        QCOMPARE(pacer.waitFor(a, 100), 30000);
    }
};

QTEST_GUILESS_MAIN(TestSlackPacer)
#include "tst_slackpacer.moc"
