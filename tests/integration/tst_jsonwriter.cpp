// JsonWriter and JsText against JavaScript itself: the planner's bytes must equal what the worker's
// JSON.stringify produces, for hostile strings, every kind of double, key order and indentation.
#include "jsonwriter.h"
#include "jstext.h"
#include "nodetools.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

namespace {

QString fromUnits(const QList<char16_t> &units)
{
    QString s;
    for (char16_t u : units)
        s.append(QChar(u));
    return s;
}

QJsonArray unitsOf(const QString &s)
{
    QJsonArray units;
    for (QChar c : s)
        units.append(int(c.unicode()));
    return units;
}

// Interesting UTF-16 code units: controls, quotes, escapes, DEL, C1, bidi, separators, BOM,
// surrogates of both kinds, private use, the last BMP one.
const QList<char16_t> &pool()
{
    static const QList<char16_t> units = [] {
        QList<char16_t> u;
        for (char16_t c = 0; c < 0x80; ++c)
            u.append(c);
        u << 0x80 << 0x9f << 0xa0 << 0xe9 << 0x061c << 0x200b << 0x200e << 0x202e << 0x2028 << 0x2029
          << 0x2066 << 0xfeff << 0xd800 << 0xdbff << 0xdc00 << 0xdfff << 0xd83d << 0xde80 << 0xe000 << 0xfffd
          << 0xffff;
        return u;
    }();
    return units;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    const int kind = depth > 3 ? random.bounded(4) : random.bounded(6);
    switch (kind) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return random.bounded(2) == 1;
    case 2: {
        quint64 bits = random.generate64();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(random.bounded(1000) - 500);
    }
    case 3: {
        QList<char16_t> units;
        for (int i = random.bounded(8); i > 0; --i)
            units.append(pool()[random.bounded(int(pool().size()))]);
        return fromUnits(units);
    }
    case 4: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = random.bounded(4); i > 0; --i)
            // Not index-like ("1"): JavaScript objects put those first, whatever the written order.
            object.insert(u'k' + randomValue(random, 4).toString() + QString::number(i),
                          randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestEnvironment::init();
        QVERIFY2(NodeTools::missing().isEmpty(), qPrintable(NodeTools::missing()));
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray("\"\\b\\f\\n\\r\\t\"");
        QTest::newRow("other controls lower-case hex")
            << QString(QChar(0x01)) + QChar(0x1f) + QChar(0x0b) << QByteArray("\"\\u0001\\u001f\\u000b\"");
        QTest::newRow("nul") << QString(QChar(0)) << QByteArray("\"\\u0000\"");
        QTest::newRow("slash and DEL stay") << QStringLiteral("/\x7f") << QByteArray("\"/\x7f\"");
        QTest::newRow("non-ASCII as UTF-8")
            << QStringLiteral("é🚀") << QByteArray("\"\xc3\xa9\xf0\x9f\x9a\x80\"");
        QTest::newRow("lone surrogates")
            << QString(QChar(0xd800)) + QChar(u'x') + QChar(0xdfff) << QByteArray("\"\\ud800x\\udfff\"");
        QTest::newRow("line separator stays") << QString(QChar(0x2028)) << QByteArray("\"\xe2\x80\xa8\"");
    }

    void knownStrings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        QCOMPARE(JsonWriter::quote(text), json);
    }

    void lineSeparatorsForSource()
    {
        const QString text = QString(QChar(0x2028)) + QChar(0x2029);
        QCOMPARE(JsonWriter::quote(text, true), QByteArray("\"\\u2028\\u2029\""));
    }

    void knownNumbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("integer") << 456.0 << QStringLiteral("456");
        QTest::newRow("fraction") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("1e21") << 1e21 << QStringLiteral("1e+21");
        QTest::newRow("below 1e21") << 123456789012345680000.0 << QStringLiteral("123456789012345680000");
        QTest::newRow("1e-7") << 1e-7 << QStringLiteral("1e-7");
        QTest::newRow("1e-6") << 0.000001 << QStringLiteral("0.000001");
        QTest::newRow("negative") << -2.5e-8 << QStringLiteral("-2.5e-8");
        QTest::newRow("max") << 1.7976931348623157e308 << QStringLiteral("1.7976931348623157e+308");
        QTest::newRow("denormal") << 5e-324 << QStringLiteral("5e-324");
        QTest::newRow("2^53+1 rounds") << 9007199254740993.0 << QStringLiteral("9007199254740992");
    }

    void knownNumbers()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(JsText::number(value), text);
    }

    void writerLayout()
    {
        JsonWriter compact;
        compact.beginObject()
            .key(u"b")
            .value(1)
            .key(u"a")
            .beginArray()
            .endArray()
            .key(u"c")
            .beginObject()
            .endObject()
            .endObject();
        QCOMPARE(compact.data(), QByteArray("{\"b\":1,\"a\":[],\"c\":{}}")); // written order, not sorted
        JsonWriter pretty(2);
        pretty.beginObject().key(u"a").beginArray().value(true).null().endArray().endObject();
        QCOMPARE(pretty.data(), QByteArray("{\n  \"a\": [\n    true,\n    null\n  ]\n}"));
    }

    // The same answers as node, for thousands of generated inputs.
    void agreesWithJavaScript()
    {
        QRandomGenerator random(20240611);
        QJsonArray strings;
        QList<QString> texts;
        for (char16_t u : pool())
            texts.append(QString(QChar(u)));
        texts.append(QString(QChar(0xdc00)) + QChar(0xd800)); // a pair the wrong way round
        texts.append(QString(QChar(0xd83d)) + QChar(0xde80) + QChar(0xd83d)); // a pair, then a cut one
        for (int i = 0; i < 2000; ++i) {
            QList<char16_t> units;
            for (int n = random.bounded(12); n > 0; --n)
                units.append(pool()[random.bounded(int(pool().size()))]);
            texts.append(fromUnits(units));
        }
        for (const QString &t : texts)
            strings.append(unitsOf(t));

        QList<double> numbers { 0.1, 0.2 + 0.1, 1e21, 1e-7, 123e-20, 4.35, 100, 1e300, -1e-300, 2.5e-7 };
        for (int e = -30; e <= 30; ++e)
            numbers << std::pow(10.0, e) << 3 * std::pow(10.0, e) << 1.25 * std::pow(10.0, e);
        while (numbers.size() < 5000) {
            quint64 bits = random.generate64();
            double d;
            std::memcpy(&d, &bits, sizeof d);
            if (std::isfinite(d))
                numbers.append(random.bounded(3) == 0 ? std::round(d) : d);
        }
        QJsonArray numberHex;
        for (double d : numbers) {
            quint64 bits;
            std::memcpy(&bits, &d, sizeof bits);
            numberHex.append(QString::number(bits, 16).rightJustified(16, u'0'));
        }

        QJsonArray keySets;
        QList<QStringList> keyLists;
        for (int i = 0; i < 200; ++i) {
            QStringList keys;
            for (int n = 2 + random.bounded(6); n > 0; --n)
                keys.append(randomValue(random, 4).toString()
                            + QString(QChar(char16_t(random.bounded(0x10000)))));
            keys.removeDuplicates();
            QJsonArray set;
            for (const QString &k : keys)
                set.append(unitsOf(k));
            keySets.append(set);
            keyLists.append(keys);
        }

        QJsonArray documents;
        QList<QJsonValue> values;
        for (int i = 0; i < 300; ++i) {
            const QJsonValue v = randomValue(random, 0);
            values.append(v);
            documents.append(QString::fromUtf8(JsonWriter::stringify(v, 0)));
        }

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("cases.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(JsonWriter::stringify(QJsonObject { { QStringLiteral("strings"), strings },
                                                       { QStringLiteral("numbers"), numberHex },
                                                       { QStringLiteral("keys"), keySets },
                                                       { QStringLiteral("documents"), documents } }));
        file.close();
        const NodeTools::Run run = NodeTools::node({ QStringLiteral("json-oracle.mjs"), file.fileName() });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject oracle = QJsonDocument::fromJson(run.out).object();

        const QJsonArray quoted = oracle.value(QLatin1StringView("strings")).toArray();
        QCOMPARE(quoted.size(), texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i)
            QCOMPARE(JsonWriter::quote(texts[i]), QByteArray::fromBase64(quoted[i].toString().toLatin1()));

        const QJsonArray shown = oracle.value(QLatin1StringView("numbers")).toArray();
        QCOMPARE(shown.size(), numbers.size());
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            QCOMPARE(JsText::number(numbers[i]), shown[i].toArray()[0].toString());
            JsonWriter w;
            w.value(numbers[i]);
            QCOMPARE(QString::fromLatin1(w.data()), shown[i].toArray()[1].toString());
        }

        const QJsonArray sorted = oracle.value(QLatin1StringView("sorted")).toArray();
        for (qsizetype i = 0; i < keyLists.size(); ++i) {
            QJsonObject object;
            for (const QString &k : keyLists[i])
                object.insert(k, 0);
            QStringList expected;
            for (const QJsonValue &units : sorted[i].toArray()) {
                QString k;
                for (const QJsonValue &u : units.toArray())
                    k.append(QChar(char16_t(u.toInt())));
                expected.append(k);
            }
            QByteArray want = "{";
            for (const QString &k : expected)
                want += (want.size() > 1 ? "," : "") + JsonWriter::quote(k) + ":0";
            QCOMPARE(JsonWriter::canonical(object), want + "}");
        }

        const QJsonArray pretty = oracle.value(QLatin1StringView("documents")).toArray();
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(JsonWriter::stringify(values[i], 2),
                     QByteArray::fromBase64(pretty[i].toString().toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
