#include "demofaultrule.h"

std::optional<DemoFaultRule> DemoFaultRule::fromJson(const QJsonObject &o, QString *error)
{
    DemoFaultRule rule;
    rule.method = o.value(QLatin1StringView("method")).toString().toUpper().toLatin1();
    rule.path = o.value(QLatin1StringView("path")).toString(QStringLiteral("*"));
    const QJsonValue page = o.value(QLatin1StringView("page"));
    if (page.isDouble()) {
        rule.page = Page::Index;
        rule.pageIndex = page.toInt();
    } else if (!page.isUndefined()) {
        const QString p = page.toString();
        if (p == u"any")
            rule.page = Page::Any;
        else if (p == u"first")
            rule.page = Page::First;
        else if (p == u"middle")
            rule.page = Page::Middle;
        else if (p == u"last")
            rule.page = Page::Last;
        else {
            if (error)
                *error = QStringLiteral("page must be first, middle, last, any or a number");
            return std::nullopt;
        }
    }
    rule.skip = o.value(QLatin1StringView("skip")).toInt(0);
    rule.count = o.value(QLatin1StringView("count")).toInt(1);

    const auto fault = DemoFault::fromJson(o, error);
    if (!fault)
        return std::nullopt;
    rule.fault = *fault;
    if (rule.fault.kind == DemoFault::Kind::ExpireToken) {
        rule.count = -1; // from then on
        rule.skip = 0;
    }
    return rule;
}

QJsonObject DemoFaultRule::toJson() const
{
    QJsonObject o {
        { QStringLiteral("path"), path }, { QStringLiteral("fault"), DemoFault::kindName(fault.kind) },
        { QStringLiteral("skip"), skip }, { QStringLiteral("count"), count },
        { QStringLiteral("seen"), seen }, { QStringLiteral("fired"), fired }
    };
    if (!method.isEmpty())
        o.insert(QStringLiteral("method"), QString::fromLatin1(method));
    static const char *pages[] = { "any", "first", "middle", "last" };
    if (page == Page::Index)
        o.insert(QStringLiteral("page"), pageIndex);
    else
        o.insert(QStringLiteral("page"), QLatin1StringView(pages[int(page)]));
    if (fault.status)
        o.insert(QStringLiteral("status"), fault.status);
    if (fault.kind == DemoFault::Kind::ExpireToken)
        o.insert(QStringLiteral("after"), fault.after);
    return o;
}

bool DemoFaultRule::matches(const QByteArray &requestMethod, const QString &requestPath,
                            const QString &pattern, int requestPage, bool lastPage) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (path != u"*" && path != requestPath && path != pattern)
        return false;
    switch (page) {
    case Page::Any:
        return true;
    case Page::First:
        return requestPage == 0;
    case Page::Middle:
        return requestPage > 0 && !lastPage;
    case Page::Last:
        return lastPage;
    case Page::Index:
        return requestPage == pageIndex;
    }
    return false;
}
