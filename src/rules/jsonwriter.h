#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

// Writes JSON byte for byte as JavaScript's JSON.stringify does: keys in the order written,
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

    // escapeLineSeparators: see quote().
    explicit JsonWriter(int indent = 0, bool escapeLineSeparators = false);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QStringView name);
    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(const char16_t *text) { return value(QStringView(text)); }
    JsonWriter &value(double number);
    JsonWriter &value(int number) { return value(double(number)); }
    JsonWriter &value(qint64 number) { return value(double(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &value(const QJsonValue &json, KeyOrder order = KeyOrder::Sorted);
    JsonWriter &stringList(const QStringList &texts);

    const QByteArray &data() const { return m_out; }

    // A JSON string literal. With escapeLineSeparators, U+2028 and U+2029 become \u2028 and \u2029
    // too (same value, but safe on one line of source code).
    static QByteArray quote(QStringView text, bool escapeLineSeparators = false);
    static QByteArray stringify(const QJsonValue &json, int indent = 0, KeyOrder order = KeyOrder::Sorted);
    // Sorted keys, no spaces: the form both sides hash to name an event.
    static QByteArray canonical(const QJsonValue &json) { return stringify(json, 0, KeyOrder::Sorted); }

private:
    void beforeValue();
    void open(char bracket, bool isObject);
    void close(char bracket);

    struct Level
    {
        bool isObject = false;
        int count = 0;
    };
    int m_indent;
    bool m_escapeLineSeparators;
    QList<Level> m_levels;
    bool m_afterKey = false;
    QByteArray m_out;
};
