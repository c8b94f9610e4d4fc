#include "demofaults.h"

#include "logging.h"

bool DemoFaults::install(const QJsonValue &json, QString *error)
{
    QJsonArray array;
    if (json.isArray())
        array = json.toArray();
    else if (json.isObject() && json.toObject().contains(QLatin1StringView("rules")))
        array = json.toObject().value(QLatin1StringView("rules")).toArray();
    else if (json.isObject())
        array.append(json);
    QList<DemoFaultRule> parsed;
    for (const QJsonValue &value : std::as_const(array)) {
        QString reason;
        const auto rule =
            value.isObject() ? DemoFaultRule::fromJson(value.toObject(), &reason) : std::nullopt;
        if (!rule) {
            if (error)
                *error = reason.isEmpty() ? QStringLiteral("a rule must be an object") : reason;
            return false;
        }
        parsed.append(*rule);
    }
    QMutexLocker lock(&m_mutex);
    m_rules += parsed;
    for (const DemoFaultRule &rule : std::as_const(parsed))
        qCInfo(lcDemo).noquote() << "fault armed:" << DemoFault::kindName(rule.fault.kind) << "on"
                                 << rule.path;
    return true;
}

void DemoFaults::add(const DemoFaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void DemoFaults::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

QJsonArray DemoFaults::rules() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray array;
    for (const DemoFaultRule &rule : m_rules)
        array.append(rule.toJson());
    return array;
}

int DemoFaults::armedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_rules.cbegin(), m_rules.cend(),
                             [](const DemoFaultRule &r) { return !r.exhausted(); }));
}

std::optional<DemoFault> DemoFaults::take(const DemoRequest &request, const DemoResponse &response,
                                          bool protectedEndpoint)
{
    QMutexLocker lock(&m_mutex);
    for (DemoFaultRule &rule : m_rules) {
        if (rule.exhausted())
            continue;
        if (!rule.matches(request.method, request.path, request.pattern, response.pageIndex,
                          response.lastPage))
            continue;
        if (rule.fault.kind == DemoFault::Kind::ExpireToken) {
            if (!protectedEndpoint || ++rule.seen <= rule.fault.after)
                continue;
        } else if (++rule.seen <= rule.skip) {
            continue;
        }
        ++rule.fired;
        return rule.fault;
    }
    return std::nullopt;
}
