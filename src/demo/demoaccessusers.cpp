#include "demoaccessusers.h"

#include "demovocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DemoAccessUsers {

QList<User> all()
{
    static const QList<User> users = [] {
        namespace V = DemoVocabulary;
        const QStringList groups { QStringLiteral("readers"), QStringLiteral("developers"),
                                   QStringLiteral("release-managers"), QStringLiteral("security") };
        QList<User> list;
        const QStringList &people = V::people();
        for (int i = 0; i < people.size(); ++i) {
            const QString &name = people.at(i);
            QStringList theirs { groups.at(0), groups.at(1 + i % 3) };
            // One in three signs in through SSO too, as the SAML user named by the address.
            list.append(User { name, V::emailOf(name), QStringLiteral("internal"),
                               i == 3 ? QStringLiteral("disabled") : QStringLiteral("enabled"), false,
                               theirs });
            if (i % 3 == 0)
                list.append(User { V::emailOf(name), V::emailOf(name), QStringLiteral("saml"),
                                   QStringLiteral("enabled"), false, theirs });
        }
        list.append(User { QStringLiteral("José Müller"),
                           QStringLiteral("jose.muller@acme.example"),
                           QStringLiteral("ldap"),
                           QStringLiteral("enabled"),
                           false,
                           { groups.at(0), groups.at(3) } });
        list.append(User { QStringLiteral("zoë.müller"),
                           QStringLiteral("zoe.muller@acme.example"),
                           QStringLiteral("internal"),
                           QStringLiteral("enabled"),
                           true,
                           { groups.at(0), groups.at(2) } });
        return list;
    }();
    return users;
}

std::optional<User> find(const QString &username)
{
    for (const User &user : all()) {
        if (user.username == username)
            return user;
    }
    return std::nullopt;
}

DemoResponse answer(const QString &username, bool admin)
{
    if (!admin)
        return DemoResponse::platformError(403,
                                           QStringLiteral("Forbidden: reading users needs an admin token"));
    const std::optional<User> user = find(username);
    if (!user)
        return DemoResponse::platformError(404, QStringLiteral("User '%1' does not exist").arg(username));
    QJsonObject body { { QStringLiteral("username"), user->username },
                       { QStringLiteral("email"), user->email },
                       { QStringLiteral("realm"), user->realm },
                       { QStringLiteral("status"), user->status },
                       { QStringLiteral("admin"), user->admin },
                       { QStringLiteral("groups"), QJsonArray::fromStringList(user->groups) } };
    return DemoResponse::json(200, QJsonDocument(body));
}

} // namespace DemoAccessUsers
