#pragma once

#include "demofaultrule.h"
#include "demorequest.h"
#include "demoresponse.h"

#include <QJsonArray>
#include <QList>
#include <QMutex>

#include <optional>

// The armed fault rules of one demo platform. Thread-safe: tests install rules from their own
// thread while the platform serves in another.
class DemoFaults
{
public:
    // Accepts one rule object, an array of them, or {"rules": [...]}; appends. False (and nothing
    // installed) when any rule is malformed.
    bool install(const QJsonValue &json, QString *error = nullptr);
    void add(const DemoFaultRule &rule);
    void clear();
    QJsonArray rules() const;
    int armedCount() const;

    // The fault for this request, if a rule fires; counts the rule's use. `protectedEndpoint` is
    // whether the endpoint needs the token (token expiry only touches those).
    std::optional<DemoFault> take(const DemoRequest &request, const DemoResponse &response,
                                  bool protectedEndpoint);

private:
    mutable QMutex m_mutex;
    QList<DemoFaultRule> m_rules;
};
