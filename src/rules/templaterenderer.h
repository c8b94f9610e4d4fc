#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class EventView;
struct Rule;

// Message templates: text with {{placeholder}} and {{placeholder|fallback}} (the fallback is used
// when the value is empty), and one section {{#images}} … {{/images}} repeated for every image of
// the event. Outside the section, image.* is the first image. A newline right after a section tag
// is dropped. There is no escape for a literal "{{". The worker parses templates the same way
// (worker-runtime.ts); only templates this class accepts reach it.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    struct Token
    {
        enum class Kind { Text, Value, SectionStart, SectionEnd };
        Kind kind = Kind::Text;
        QString text; // Text: the text; Value: the fallback
        QString name; // Value and sections: the placeholder
        bool operator==(const Token &) const = default;
    };

    // How values are made safe for where they go; template text and fallbacks are never changed.
    enum class Escape { None, Slack }; // Slack: & < > as entities, so event data cannot ping or link

    struct Context
    {
        const Rule *rule = nullptr;
        const EventView *event = nullptr;
        qint64 unixTime = 0;
        qsizetype image = 0; // the image image.* means outside a section
    };

    // Tokens, or an empty list and a one-line reason ("unknown placeholder {{x}} at code point 4").
    static QList<Token> parse(const QString &text, QString *error);
    static QString render(const QList<Token> &tokens, const Context &context, Escape escape);
    // parse() + render(); an invalid template renders as "".
    static QString render(const QString &text, const Context &context, Escape escape);

    static const QStringList &placeholders(); // every name a Value may use
    static QString isoTime(qint64 unixTime); // 2024-06-10T06:13:20Z
    static QString slackEscape(const QString &text);
};
