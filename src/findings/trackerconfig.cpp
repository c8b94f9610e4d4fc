#include "trackerconfig.h"

#include "profileloader.h"
#include "settingsstore.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
QString key(TrackerConfig::Kind kind, const char *field)
{
    return QStringLiteral("tracker.") + TrackerConfig::kindName(kind) + u'.' + QLatin1StringView(field);
}

bool plainSegment(const QString &segment)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,100}$"));
    return pattern.match(segment).hasMatch() && segment != u"." && segment != u"..";
}
} // namespace

QString TrackerConfig::kindName(Kind kind)
{
    return kind == Kind::GitHub ? QStringLiteral("github") : QStringLiteral("jira");
}

std::optional<TrackerConfig::Kind> TrackerConfig::kindFromName(const QString &name)
{
    if (name == u"jira")
        return Kind::Jira;
    if (name == u"github")
        return Kind::GitHub;
    return std::nullopt;
}

QString TrackerConfig::title() const
{
    return kind == Kind::GitHub ? QStringLiteral("GitHub") : QStringLiteral("Jira");
}

QString TrackerConfig::owner() const
{
    const QStringList parts = project.split(u'/');
    return parts.size() == 2 && plainSegment(parts[0]) && plainSegment(parts[1]) ? parts[0] : QString();
}

QString TrackerConfig::repository() const
{
    const QStringList parts = project.split(u'/');
    return parts.size() == 2 && plainSegment(parts[0]) && plainSegment(parts[1]) ? parts[1] : QString();
}

bool TrackerConfig::isComplete(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (url.trimmed().isEmpty())
        return fail(QStringLiteral("no %1 URL").arg(title()));
    if (kind == Kind::Jira) {
        static const QRegularExpression projectKey(QStringLiteral("^[A-Z][A-Z0-9_]{0,19}$"));
        if (!projectKey.match(project).hasMatch())
            return fail(QStringLiteral(
                            "the Jira project key must be like SEC (capital letters, digits, _), not \"%1\"")
                            .arg(project.left(40)));
        if (issueType.trimmed().isEmpty() || issueType.size() > 60)
            return fail(QStringLiteral("no Jira issue type"));
    } else if (owner().isEmpty()) {
        return fail(
            QStringLiteral("the GitHub repository must be owner/repo, not \"%1\"").arg(project.left(80)));
    }
    return true;
}

std::optional<ConnectionProfile> TrackerConfig::profile(QString *error) const
{
    if (!isComplete(error))
        return std::nullopt;
    std::optional<ConnectionProfile> p = ProfileLoader::make(url, caFile, error);
    if (!p)
        return std::nullopt;
    // A tracker answers in seconds; a create must not hang the outbox for minutes.
    p->transferTimeout = std::chrono::seconds(20);
    p->totalTimeout = std::chrono::seconds(60);
    p->retry.maxAttempts = 3;
    return p;
}

QByteArray TrackerConfig::authorization(const QString &secret) const
{
    if (secret.isEmpty())
        return {};
    if (kind == Kind::Jira && !user.isEmpty())
        return QByteArrayLiteral("Basic ") + (user + u':' + secret).toUtf8().toBase64();
    return QByteArrayLiteral("Bearer ") + secret.toUtf8();
}

QString TrackerConfig::secretKey() const
{
    const QUrl u = QUrl::fromUserInput(url.trimmed());
    const QString origin =
        u.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(QUrl::StripTrailingSlash);
    return QStringLiteral("tracker:") + kindName(kind) + u':' + origin;
}

TrackerConfig TrackerConfig::load(SettingsStore &settings, Kind kind)
{
    TrackerConfig c;
    c.kind = kind;
    c.url = settings.value(key(kind, "url"),
                           kind == Kind::GitHub ? QStringLiteral("https://api.github.com") : QString());
    c.caFile = settings.value(key(kind, "ca_file"));
    c.project = settings.value(key(kind, "project"));
    c.user = settings.value(key(kind, "user"));
    c.issueType = settings.value(key(kind, "issue_type"), QStringLiteral("Bug"));
    return c;
}

bool TrackerConfig::save(SettingsStore &settings) const
{
    return settings.setValue(key(kind, "url"), url.trimmed())
        && settings.setValue(key(kind, "ca_file"), caFile.trimmed())
        && settings.setValue(key(kind, "project"), project.trimmed())
        && settings.setValue(key(kind, "user"), user.trimmed())
        && settings.setValue(key(kind, "issue_type"), issueType.trimmed());
}
