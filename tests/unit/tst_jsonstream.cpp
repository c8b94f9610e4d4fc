// JsonWriter as a streaming writer: appending to a caller's buffer, the lone surrogate styles, ASCII
// keys, exact integers, raw values and indentation. tst_jsonwriter holds it against JavaScript.
#include "jsonwriter.h"
#include "testenvironment.h"

#include <QtTest>

class TestJsonStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestEnvironment::init(); }

    void appendsToTheCallersBuffer()
    {
        QByteArray out = "prefix:";
        {
            JsonWriter w(out, {});
            w.beginObject().field("a", QStringLiteral("x")).field("n", 3).field("b", true).endObject();
            QVERIFY(&w.data() == &out);
        }
        QCOMPARE(out, QByteArray("prefix:{\"a\":\"x\",\"n\":3,\"b\":true}"));
    }

    void loneSurrogates_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("escape") << int(JsonWriter::LoneSurrogates::Escape)
                                << QByteArray("\"\\ud800x\\udfff\xf0\x9f\x9a\x80\"");
        QTest::newRow("replace") << int(JsonWriter::LoneSurrogates::Replace)
                                 << QByteArray("\"?x?\xf0\x9f\x9a\x80\"");
    }

    void loneSurrogates()
    {
        QFETCH(int, style);
        QFETCH(QByteArray, json);
        const QString text = QString(QChar(0xd800)) + QChar(u'x') + QChar(0xdfff) + QStringLiteral("🚀");
        QByteArray out;
        JsonWriter(out, { 0, false, JsonWriter::LoneSurrogates(style) }).value(text);
        QCOMPARE(out, json);
        if (style == int(JsonWriter::LoneSurrogates::Replace)) // what the cache's text columns hold
            QCOMPARE(out.mid(1, out.size() - 2), text.toUtf8());
    }

    void everyUnitAsUtf8()
    {
        // Outside the escapes, a string is its UTF-8, unit for unit across the whole BMP.
        QString text;
        for (char32_t c = 0x20; c < 0x10000; ++c) {
            if (c != u'"' && c != u'\\' && !QChar::isSurrogate(c))
                text.append(QChar(char16_t(c)));
        }
        text += QStringLiteral("𝄞🚀");
        QByteArray out;
        JsonWriter(out, {}).value(text);
        QCOMPARE(out, QByteArray('"' + text.toUtf8() + '"'));
    }

    void asciiKeysAreEscaped()
    {
        JsonWriter w;
        w.beginObject().key("a\"b").null().key(u"c\n").null().endObject();
        QCOMPARE(w.data(), QByteArray("{\"a\\\"b\":null,\"c\\n\":null}"));
    }

    void integers_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("zero") << qint64(0) << QByteArray("0");
        QTest::newRow("negative") << qint64(-42) << QByteArray("-42");
        QTest::newRow("2^53") << (qint64(1) << 53) << QByteArray("9007199254740992");
        // Past 2^53 a JavaScript number cannot hold it: written as the worker would read it.
        QTest::newRow("2^53+1") << (qint64(1) << 53) + 1 << QByteArray("9007199254740992");
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << QByteArray("9223372036854776000");
    }

    void integers()
    {
        QFETCH(qint64, number);
        QFETCH(QByteArray, json);
        JsonWriter w;
        w.value(number);
        QCOMPARE(w.data(), json);
    }

    void rawAndIndent()
    {
        JsonWriter w(2);
        w.beginObject().key("list").beginArray().raw("[1]").value(2).endArray();
        w.key("empty").beginObject().endObject().endObject();
        QCOMPARE(w.data(), QByteArray("{\n  \"list\": [\n    [1],\n    2\n  ],\n  \"empty\": {}\n}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
