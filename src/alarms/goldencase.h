#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct RuleSimulation;

// A saved simulation of one rule: an event and what the rule must do with it.
// Cases run on every rule save and before every deploy (CaseRunner); a failing case blocks the deploy.
struct GoldenCase
{
    QString id; // 32 lower-case hex digits
    QString ruleId;
    QString name;
    QJsonObject event;
    qint64 planTime = 0; // unix seconds: the clock its messages render with, so {{time}} is stable
    bool expectFire = true;
    // Exactly these channels send (order does not matter); nullopt: not checked. Only when it fires.
    std::optional<QStringList> expectChannels;
    // Each text appears in what the recipient of every sending channel reads (Slack's blocks, the
    // mail's subject and body, the webhook's title and text). Only when it fires.
    QStringList expectTexts;
    qint64 createdAt = 0; // unix ms
    qint64 updatedAt = 0;

    static QString newId();
    // "Save this simulation as a case": the expectations are what the rule does now.
    static GoldenCase fromSimulation(const RuleSimulation &simulation, const QJsonObject &event,
                                     qint64 planTime, const QString &name);
    bool operator==(const GoldenCase &) const = default;
};
