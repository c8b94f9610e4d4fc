#include "person.h"

#include "displaytext.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Person", text);
}

// Control characters (C0, DEL, C1, line and paragraph separators) make a field that no list or
// CSV row can show as one line.
bool hasControl(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

} // namespace

QString Person::sourceName(Source source)
{
    switch (source) {
    case Source::Yours:
        return QStringLiteral("yours");
    case Source::Platform:
        return QStringLiteral("platform");
    case Source::Unresolved:
        break;
    }
    return QStringLiteral("unresolved");
}

std::optional<Person::Source> Person::sourceFromName(QStringView name)
{
    for (Source source : { Source::Yours, Source::Platform, Source::Unresolved }) {
        if (name == sourceName(source))
            return source;
    }
    return std::nullopt;
}

bool Person::isSlackMemberId(QStringView id)
{
    if (id.size() < 3 || id.size() > 21 || (id[0] != u'U' && id[0] != u'W'))
        return false;
    for (QChar c : id.mid(1)) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

bool Person::isPlausibleEmail(const QString &address)
{
    if (address.size() < 3 || address.size() > 254)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at < 1 || at > 64 || address.indexOf(u'@', at + 1) >= 0)
        return false;
    const QStringView domain = QStringView(address).mid(at + 1);
    if (domain.isEmpty() || !domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.'))
        return false;
    for (const QChar c : address) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || QStringView(u"\"(),:;<>[\\]").contains(c))
            return false;
    }
    return true;
}

QString Person::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("the name is empty");
    if (name.size() > 256)
        return tr("the name is longer than 256 characters");
    if (hasControl(name))
        return tr("the name contains control characters");
    if (!email.isEmpty() && !isPlausibleEmail(email))
        return tr("\"%1\" is not a plausible e-mail address").arg(DisplayText::visible(email.left(80)));
    if (!slackId.isEmpty() && !isSlackMemberId(slackId))
        return tr("\"%1\" is not a Slack member ID (U or W, then 2 to 20 upper-case letters or digits)")
            .arg(DisplayText::visible(slackId.left(40)));
    if (team.size() > 100)
        return tr("the team is longer than 100 characters");
    if (hasControl(team))
        return tr("the team contains control characters");
    return {};
}
