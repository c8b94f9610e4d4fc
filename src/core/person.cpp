#include "person.h"

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
