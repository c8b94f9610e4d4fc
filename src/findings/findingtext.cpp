#include "findingtext.h"

#include "displaytext.h"

namespace FindingText {

QString code(const QString &serverText)
{
    if (serverText.isEmpty())
        return QStringLiteral("_not provided by the platform_");
    QString visible = DisplayText::visible(serverText);
    visible.replace(u'\n', u' ');
    // A code span fenced by more backticks than the text holds in a row cannot be closed early.
    int longest = 0;
    int run = 0;
    for (QChar c : visible) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = visible.startsWith(u'`') || visible.endsWith(u'`');
    return fence + (pad ? QStringLiteral(" ") : QString()) + visible + (pad ? QStringLiteral(" ") : QString())
        + fence;
}

QString csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v;
}

QString buildOwner(const ImageTag &tag)
{
    return tag.buildInfo ? tag.buildInfo->owner : QString();
}

QString deployedBy(const ImageTag &tag)
{
    return tag.deployedBy.value_or(QString());
}

QString fullReference(const ImageTag &tag)
{
    return tag.registry + u'/' + tag.repositoryPath + u'/' + tag.reference();
}

namespace {
// Whether the character at i follows an odd run of backslashes (CommonMark's escape).
bool escaped(const QString &text, qsizetype i)
{
    qsizetype run = 0;
    while (i - run > 0 && text.at(i - run - 1) == u'\\')
        ++run;
    return run % 2 == 1;
}
} // namespace

QString displayMarkdown(const QString &markdown)
{
    QString out;
    out.reserve(markdown.size() + 16);
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown.at(i);
        if (c == u'<') {
            out += QLatin1StringView("&lt;"); // no HTML block or inline tag, no <img>
        } else if (c == u'!' && i + 1 < markdown.size() && markdown.at(i + 1) == u'['
                   && !escaped(markdown, i)) {
            out += QLatin1StringView("&#33;"); // ![alt](url) becomes "!" and a link: nothing is loaded
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace FindingText
