#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Who a Build Owner or Deployed By is: the free string build-info or the deployment gives (the
// key), and what the people directory knows about it (docs/jfrog-api.md 3.9). The user's own
// entries win over the platform's Access API; a name neither knows stays unresolved, with the
// reason.
struct Person
{
    enum class Source { Yours, Platform, Unresolved };

    QString name; // exactly as the inventory spells it
    QString email;
    QString slackId; // a Slack member ID (U… or W…), mentioned as <@U…>
    QString team;
    Source source = Source::Unresolved;
    QString status; // platform: the account status ("enabled", "disabled", …)
    QStringList groups; // platform
    QDateTime resolvedAt; // UTC: when the source said so (or when resolving failed)
    QString reason; // unresolved: why, e.g. "the platform answered 403 (needs an admin-scoped token)"

    bool isResolved() const { return source != Source::Unresolved; }
    static QString sourceName(Source source); // "yours", "platform", "unresolved"
    static std::optional<Source> sourceFromName(QStringView name);
    // U or W followed by 2 to 20 upper-case letters or digits.
    static bool isSlackMemberId(QStringView id);
    // An address a mail API would take: one @, a dotted domain, printable ASCII without the
    // characters that need quoting. The generated worker applies the same test (worker-runtime.ts).
    static bool isPlausibleEmail(const QString &address);
    // Why this entry cannot be kept (an empty or over-long name, control characters, an implausible
    // e-mail address or Slack member ID); empty when it can.
    QString problem() const;
    bool operator==(const Person &) const = default;
};
