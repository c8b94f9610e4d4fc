#include "peoplecontroller.h"

#include "apiclient.h"
#include "database.h"
#include "filterparser.h"
#include "inventory.h"
#include "logging.h"
#include "peoplefile.h"
#include "peopleresolvejob.h"
#include "peoplestore.h"

#include <QFile>

PeopleController::PeopleController(ApiClient *client, Database *local, Inventory *inventory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_local(local)
    , m_inventory(inventory)
    , m_model(new PeopleListModel(this))
{
    if (m_inventory)
        connect(m_inventory, &Inventory::changed, this, &PeopleController::reload);
    reload();
}

PeopleController::~PeopleController() = default;

bool PeopleController::running() const
{
    return m_job && m_job->isRunning();
}

int PeopleController::unresolvedCount() const
{
    return int(PeopleRoster::toResolve(m_model->entries()).size());
}

std::optional<Person> PeopleController::resolved(const QString &name) const
{
    const auto it = m_directory.constFind(name);
    return it == m_directory.constEnd() ? std::nullopt : std::optional<Person>(*it);
}

void PeopleController::reload()
{
    if (!m_local)
        return;
    bool ok = true;
    m_model->setEntries(PeopleRoster::build(*m_local, m_inventory ? &m_inventory->database() : nullptr, &ok));
    if (!ok)
        qCWarning(lcUi) << "people: the roster could not be read";
    m_directory = PeopleStore(*m_local).directory();
    Q_EMIT directoryChanged();
}

void PeopleController::resolve()
{
    if (running() || !m_local)
        return;
    const QStringList names = PeopleRoster::toResolve(m_model->entries());
    if (!m_job) {
        m_job = new PeopleResolveJob(m_client, *m_local, this);
        connect(m_job, &PeopleResolveJob::progress, this, [this](int done, int total) {
            m_done = done;
            m_total = total;
            Q_EMIT progressChanged();
        });
        connect(m_job, &PeopleResolveJob::finished, this, &PeopleController::onResolved);
    }
    m_done = 0;
    m_total = int(names.size());
    Q_EMIT progressChanged();
    m_job->start(names);
    Q_EMIT runningChanged();
}

void PeopleController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void PeopleController::onResolved()
{
    const PeopleResolveJob::Summary &s = m_job->summary();
    setSummary(PeopleResolveJob::summaryText(s), s.refused > 0 || s.failed > 0);
    reload();
    Q_EMIT runningChanged();
}

QString PeopleController::save(const QString &name, const QString &email, const QString &slackId,
                               const QString &team)
{
    if (!m_local)
        return tr("there is no local database");
    Person person;
    person.name = name;
    person.email = email.trimmed();
    person.slackId = slackId.trimmed();
    person.team = team.trimmed();
    person.source = Person::Source::Yours;
    person.resolvedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = person.problem(); !problem.isEmpty())
        return problem;
    if (!PeopleStore(*m_local).upsert(person))
        return tr("the entry could not be saved: %1").arg(m_local->lastError().message);
    reload();
    return {};
}

QString PeopleController::importFile(const QUrl &file)
{
    if (!m_local)
        return tr("there is no local database");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(path, in.errorString());
    const QByteArray bytes = in.read(PeopleFile::maxBytes + 1);
    const PeopleFile::Parsed parsed = PeopleFile::parse(bytes, PeopleFile::formatOf(path, bytes));
    QString error;
    if (!parsed.ok())
        error = tr("%1; nothing was imported").arg(parsed.error);
    else if (!PeopleStore(*m_local).importYours(parsed.people))
        error =
            tr("the entries could not be saved (%1); nothing was imported").arg(m_local->lastError().message);
    if (!error.isEmpty()) {
        setSummary(error, true);
        return error;
    }
    setSummary(tr("Imported %n entries", nullptr, int(parsed.people.size())), false);
    reload();
    return {};
}

QString PeopleController::emailOf(const QString &name) const
{
    return m_directory.value(name).email;
}

QString PeopleController::slackIdOf(const QString &name) const
{
    return m_directory.value(name).slackId;
}

QString PeopleController::teamOf(const QString &name) const
{
    return m_directory.value(name).team;
}

QString PeopleController::filterFor(const QString &role, const QString &name, bool riskyOnly) const
{
    QString text =
        (role == QLatin1StringView("deployer") ? QStringLiteral("deployer:") : QStringLiteral("owner:"))
        + FilterParser::quoted(name);
    if (riskyOnly)
        text += QStringLiteral(" risk:malicious,integrity,untrusted,critical");
    return text;
}

void PeopleController::setSummary(const QString &summary, bool failed)
{
    m_summary = summary;
    m_failed = failed;
    Q_EMIT summaryChanged();
}
