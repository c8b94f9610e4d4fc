#include "peopleresolvejob.h"

#include "accessrequests.h"
#include "apiclient.h"
#include "logging.h"
#include "peoplestore.h"

#include <QDateTime>
#include <QTimer>

PeopleResolveJob::PeopleResolveJob(ApiClient *client, Database &local, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_local(local)
{ }

PeopleResolveJob::~PeopleResolveJob()
{
    // Nobody hears finished() from a job being destroyed.
    if (m_request)
        m_request->disconnect(this);
}

QString PeopleResolveJob::refusedReason(int status)
{
    return tr("the platform refused (%1): reading users needs an admin-scoped token").arg(status);
}

QString PeopleResolveJob::notUserReason()
{
    return tr("not a platform user");
}

void PeopleResolveJob::start(const QStringList &names)
{
    cancel();
    m_names = names;
    m_index = 0;
    m_summary = Summary {};
    m_summary.asked = int(names.size());
    m_running = true;
    // Asynchronously, so a caller connects to finished() before an empty run ends.
    QTimer::singleShot(0, this, &PeopleResolveJob::next);
}

void PeopleResolveJob::cancel()
{
    if (!m_running)
        return;
    if (AccessUserRequest *request = m_request) {
        m_request = nullptr;
        request->disconnect(this);
        request->abort();
        request->deleteLater();
    }
    m_summary.cancelled = m_index < m_names.size();
    m_names.clear();
    m_index = 0;
    m_running = false;
    Q_EMIT finished();
}

void PeopleResolveJob::next()
{
    if (!m_running)
        return; // cancelled before the first name
    Q_EMIT progress(m_index, int(m_names.size()));
    if (m_index >= m_names.size() || !m_client) {
        m_summary.cancelled = m_index < m_names.size();
        m_running = false;
        Q_EMIT finished();
        return;
    }
    m_request = new AccessUserRequest(m_client, m_names.at(m_index), this);
    connect(m_request, &ApiRequest::finished, this, &PeopleResolveJob::onAnswer);
    m_request->start();
}

void PeopleResolveJob::onAnswer()
{
    AccessUserRequest *request = m_request;
    m_request = nullptr;
    request->deleteLater();
    Person person;
    person.name = request->username();
    person.resolvedAt = QDateTime::currentDateTimeUtc();
    const ApiError &error = request->error();
    if (!error) {
        const AccessUserRequest::User &user = request->result();
        person.source = Person::Source::Platform;
        // An address a mail API would refuse is no address; the entry still says who the user is.
        person.email = Person::isPlausibleEmail(user.email) ? user.email : QString();
        person.status = user.status;
        person.groups = user.groups;
        ++m_summary.resolved;
    } else if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::Unauthorized) {
        person.reason = refusedReason(error.httpStatus);
        m_summary.refusedStatus = error.httpStatus;
        ++m_summary.refused;
    } else if (error.kind == ApiError::Kind::NotFound) {
        person.reason = notUserReason();
        ++m_summary.notUsers;
    } else {
        person.reason = error.message();
        m_summary.lastError = person.reason;
        ++m_summary.failed;
    }
    if (!PeopleStore(m_local).upsert(person)) {
        qCWarning(lcSync) << "people: could not keep the answer for a name";
        m_summary.lastError = tr("the answer could not be kept in the local database");
        ++m_summary.failed;
    }
    ++m_index;
    next();
}

QString PeopleResolveJob::summaryText(const Summary &s)
{
    QStringList parts;
    parts << tr("%n resolved", nullptr, s.resolved);
    if (s.notUsers)
        parts << tr("%n not platform users", nullptr, s.notUsers);
    if (s.refused)
        parts << tr("%n refused (%1): reading users needs an admin-scoped token", nullptr, s.refused)
                     .arg(s.refusedStatus);
    if (s.failed)
        parts << tr("%n failed (the last: %1)", nullptr, s.failed).arg(s.lastError);
    if (s.cancelled)
        parts << tr("cancelled");
    if (s.asked == 0)
        return tr("every name is already resolved");
    return parts.join(QStringLiteral("; "));
}
