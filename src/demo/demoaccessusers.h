#pragma once

#include "demoresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The Access users of the demo estate (docs/jfrog-api.md 3.9): GET /access/api/v2/users/{username}.
// The people of DemoVocabulary are internal users with an @acme.example address; some of their
// addresses are SAML users named by the address; "José Müller" is an LDAP user and "zoë.müller" an
// internal one (non-ASCII names); one user is disabled. CI users, service accounts, teams and every
// other name are not platform users (404). A token that is not admin-scoped gets 403 for every name.
namespace DemoAccessUsers {

struct User
{
    QString username;
    QString email;
    QString realm;
    QString status;
    bool admin = false;
    QStringList groups;
};

QList<User> all();
std::optional<User> find(const QString &username);
// The answer for `username` (decoded from the path): 200 with the user, 404, or 403 when !admin.
DemoResponse answer(const QString &username, bool admin);

} // namespace DemoAccessUsers
