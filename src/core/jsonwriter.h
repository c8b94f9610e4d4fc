#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

// The one JSON writer: streams straight into bytes (an order of magnitude cheaper than building a
// QJsonObject to serialise it, which matters when a sync stores 100,000 tags or the demo writes a
// page), keys in the order written, and byte for byte what JavaScript's JSON.stringify writes:
// control characters as \u00xx (lower-case hex) except \b \f \n \r \t, lone surrogates as \udxxx,
// no escaping of "/" or of other non-ASCII characters (UTF-8), numbers as Number#toString, and with
// an indent the layout of JSON.stringify(v, null, indent). QJsonDocument sorts keys and escapes
// differently, so nothing that must equal the worker's output goes through it. (A JavaScript object
// lists keys that look like array indices, "0" to "4294967294", first; none of ours do.)
class JsonWriter
{
public:
    // How stringify() orders the keys of a QJsonObject (which does not keep the written order).
    enum class KeyOrder { Sorted, Reversed };
    // What a lone surrogate in a string becomes: "\udxxx" as JSON.stringify writes it, or "?" as
    // QString::toUtf8 writes it (the cache stores text that way, so what it reads back agrees).
    enum class LoneSurrogates { Escape, Replace };

    struct Style
    {
        int indent = 0;
        bool escapeLineSeparators = false; // see quote()
        LoneSurrogates loneSurrogates = LoneSurrogates::Escape;
    };

    // Writes into data().
    explicit JsonWriter(int indent = 0, bool escapeLineSeparators = false);
    // Appends to out, which must outlive the writer; data() is out.
    JsonWriter(QByteArray &out, Style style);
    Q_DISABLE_COPY_MOVE(JsonWriter)

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QStringView name);
    JsonWriter &key(const char *asciiName) { return key(QLatin1StringView(asciiName)); }
    JsonWriter &key(QLatin1StringView asciiName);
    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(const char16_t *text) { return value(QStringView(text)); }
    JsonWriter &value(double number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &value(const QJsonValue &json, KeyOrder order = KeyOrder::Sorted);
    JsonWriter &stringList(const QStringList &texts);
    JsonWriter &raw(const QByteArray &json); // an already serialised JSON value, written as is

    // A member with a string value, and the same for numbers and flags.
    JsonWriter &field(const char *name, const QString &text) { return key(name).value(text); }
    JsonWriter &field(const char *name, qint64 number) { return key(name).value(number); }
    JsonWriter &field(const char *name, int number) { return key(name).value(qint64(number)); }
    JsonWriter &field(const char *name, bool flag) { return key(name).value(flag); }

    const QByteArray &data() const { return *m_out; }

    // A JSON string literal. With escapeLineSeparators, U+2028 and U+2029 become \u2028 and \u2029
    // too (same value, but safe on one line of source code).
    static QByteArray quote(QStringView text, bool escapeLineSeparators = false);
    static QByteArray stringify(const QJsonValue &json, int indent = 0, KeyOrder order = KeyOrder::Sorted);
    // Sorted keys, no spaces: the form both sides hash to name an event.
    static QByteArray canonical(const QJsonValue &json) { return stringify(json, 0, KeyOrder::Sorted); }
    // Number#toString of a finite number: shortest round-trip digits, "1e+21", "1e-7", "-0" as "0".
    static QByteArray number(double finite);

private:
    static void appendQuoted(QByteArray &out, QStringView text, const Style &style);
    void beforeValue();
    void beforeKey();
    void open(char bracket, bool isObject);
    void close(char bracket);

    struct Level
    {
        bool isObject = false;
        int count = 0;
    };
    QByteArray m_own;
    QByteArray *m_out;
    Style m_style;
    QVarLengthArray<Level, 16> m_levels;
    bool m_afterKey = false;
};
