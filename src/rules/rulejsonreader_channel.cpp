// Channels: slack, webhook, email, teams, pagerduty and splunk.
#include "displaytext.h"
#include "jstext.h"
#include "rulejsonreader.h"
#include "templaterenderer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace {

// base_url: https (http only on this machine), without query, fragment or user; kept without trailing "/".
bool readBaseUrl(RuleJsonReader &r, const QJsonObject &object, const QString &path, RuleChannel &ch)
{
    const auto base = r.text(object, path, QStringLiteral("base_url"), true);
    if (!base)
        return false;
    QString normalised = *base;
    while (normalised.endsWith(u'/'))
        normalised.chop(1);
    const QUrl url(normalised, QUrl::StrictMode);
    const bool loopback = url.host() == u"127.0.0.1" || url.host() == u"localhost";
    bool ok = true;
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
        || !url.userInfo().isEmpty()
        || !(url.scheme() == u"https" || (url.scheme() == u"http" && loopback))) {
        r.error(RuleJsonReader::join(path, QStringLiteral("base_url")),
                RuleJson::tr("expected https://host[:port][/path] (http only for localhost), without "
                             "query or user"));
        ok = false;
    }
    ch.baseUrl = normalised;
    return ok;
}

// from: {"email", "name"?}.
bool readSender(RuleJsonReader &r, const QJsonObject &object, const QString &path, RuleChannel &ch)
{
    const QString fromPath = RuleJsonReader::join(path, QStringLiteral("from"));
    const QJsonValue from = object.value(QLatin1StringView("from"));
    if (!from.isObject()) {
        r.error(fromPath,
                from.isUndefined() ? RuleJson::tr("required")
                                   : RuleJson::tr("expected an object {\"email\", \"name\"}"));
        return false;
    }
    const QJsonObject f = from.toObject();
    bool ok = r.onlyKeys(f, fromPath, { QStringLiteral("email"), QStringLiteral("name") });
    const auto email = r.text(f, fromPath, QStringLiteral("email"), true);
    if (email && !RuleJson::isPlausibleEmail(*email)) {
        r.error(RuleJsonReader::join(fromPath, QStringLiteral("email")),
                RuleJson::tr("not an e-mail address"));
        ok = false;
    }
    const auto name = r.text(f, fromPath, QStringLiteral("name"), false);
    ok = ok && email && (name || !f.contains(QLatin1StringView("name")));
    ch.fromEmail = email.value_or(QString());
    ch.fromName = name.value_or(QString());
    return ok;
}

// to_people, mention: ["build_owner", "deployed_by"], each at most once; absent is empty.
bool readPeople(RuleJsonReader &r, const QJsonObject &object, const QString &path, const QString &key,
                QList<RuleChannel::Person> &into)
{
    if (!object.contains(key))
        return true;
    const QString where = RuleJsonReader::join(path, key);
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        r.error(where, RuleJson::tr("expected an array of \"build_owner\" and \"deployed_by\""));
        return false;
    }
    const QJsonArray array = value.toArray();
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto person = RuleJson::personFromName(array[i].toString());
        if (!array[i].isString() || !person || into.contains(*person)) {
            r.error(RuleJsonReader::at(where, i),
                    person ? RuleJson::tr("listed twice")
                           : RuleJson::tr("expected \"build_owner\" or \"deployed_by\""));
            ok = false;
            continue;
        }
        into.append(*person);
    }
    return ok;
}

// to: addresses, or templates without a section; optional when to_people names someone.
bool readRecipients(RuleJsonReader &r, const QJsonObject &object, const QString &path, RuleChannel &ch)
{
    if (!ch.toPeople.isEmpty() && !object.contains(QLatin1StringView("to")))
        return true;
    const auto to = r.strings(object, path, QStringLiteral("to"));
    bool ok = to.has_value();
    for (qsizetype i = 0; to && i < to->size(); ++i) {
        const QString entry = to->at(i);
        QString problem;
        if (entry.contains(QLatin1StringView("{{"))) {
            const auto tokens = TemplateRenderer::parse(entry, &problem);
            for (const auto &token : tokens) {
                if (token.kind == TemplateRenderer::Token::Kind::SectionStart)
                    problem = RuleJson::tr("no {{#images}} section in a recipient");
            }
        } else if (!RuleJson::isPlausibleEmail(entry)) {
            problem = RuleJson::tr("not an e-mail address");
        }
        if (!problem.isEmpty()) {
            r.error(RuleJsonReader::at(RuleJsonReader::join(path, QStringLiteral("to")), i), problem);
            ok = false;
        }
    }
    ch.to = to.value_or(QStringList());
    return ok;
}

bool readEmail(RuleJsonReader &r, const QJsonObject &object, const QString &path, RuleChannel &ch)
{
    ch.type = RuleChannel::Type::Email;
    const auto apiKey = r.secretName(object, path, QStringLiteral("api_key_secret"));
    ch.apiKeySecret = apiKey.value_or(QString());
    bool ok = apiKey.has_value();
    ok = r.onlyKeys(object, path,
                    { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("base_url"),
                      QStringLiteral("api_key_secret"), QStringLiteral("from"), QStringLiteral("to"),
                      QStringLiteral("to_people"), QStringLiteral("fallback") })
        && ok;
    ok = readBaseUrl(r, object, path, ch) && ok;
    ok = readSender(r, object, path, ch) && ok;
    ok = readPeople(r, object, path, QStringLiteral("to_people"), ch.toPeople) && ok;
    if (object.contains(QLatin1StringView("fallback"))) {
        const auto fallback = r.text(object, path, QStringLiteral("fallback"), true);
        if (fallback && !RuleJson::isPlausibleEmail(*fallback)) {
            r.error(RuleJsonReader::join(path, QStringLiteral("fallback")),
                    RuleJson::tr("not an e-mail address"));
            ok = false;
        }
        ch.fallback = fallback.value_or(QString());
        ok = ok && fallback.has_value();
    }
    return readRecipients(r, object, path, ch) && ok;
}

bool readPagerDuty(RuleJsonReader &r, const QJsonObject &object, const QString &path, RuleChannel &ch)
{
    ch.type = RuleChannel::Type::PagerDuty;
    const auto key = r.secretName(object, path, QStringLiteral("routing_key_secret"));
    ch.apiKeySecret = key.value_or(QString());
    bool ok = key.has_value();
    ok = r.onlyKeys(object, path,
                    { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("base_url"),
                      QStringLiteral("routing_key_secret"), QStringLiteral("severity") })
        && ok;
    ok = readBaseUrl(r, object, path, ch) && ok;
    const auto severity = r.text(object, path, QStringLiteral("severity"), true);
    if (severity && !RuleJson::pagerDutySeverities().contains(*severity)) {
        r.error(RuleJsonReader::join(path, QStringLiteral("severity")),
                RuleJson::tr("expected critical, error, warning or info"));
        ok = false;
    }
    ch.severity = severity.value_or(QString());
    return ok && severity.has_value();
}

bool readSplunk(RuleJsonReader &r, const QJsonObject &object, const QString &path, RuleChannel &ch)
{
    ch.type = RuleChannel::Type::Splunk;
    const auto token = r.secretName(object, path, QStringLiteral("token_secret"));
    ch.apiKeySecret = token.value_or(QString());
    bool ok = token.has_value();
    ok = r.onlyKeys(object, path,
                    { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("base_url"),
                      QStringLiteral("token_secret"), QStringLiteral("sourcetype"), QStringLiteral("index") })
        && ok;
    ok = readBaseUrl(r, object, path, ch) && ok;
    const auto sourcetype = r.text(object, path, QStringLiteral("sourcetype"), true);
    const auto index = r.text(object, path, QStringLiteral("index"), false);
    // Splunk's own limits: a sourcetype or an index name without spaces, not empty.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_:.\\-]{1,128}$"));
    if (sourcetype && !name.match(*sourcetype).hasMatch()) {
        r.error(RuleJsonReader::join(path, QStringLiteral("sourcetype")),
                RuleJson::tr("1 to 128 of letters, digits and _ : . -"));
        ok = false;
    }
    if (index && !index->isEmpty() && !name.match(*index).hasMatch()) {
        r.error(RuleJsonReader::join(path, QStringLiteral("index")),
                RuleJson::tr("1 to 128 of letters, digits and _ : . -"));
        ok = false;
    }
    ch.sourcetype = sourcetype.value_or(QString());
    ch.index = index.value_or(QString());
    return ok && sourcetype.has_value() && (index || !object.contains(QLatin1StringView("index")));
}

} // namespace

std::optional<RuleChannel> RuleJsonReader::channel(const QJsonObject &object, const QString &path)
{
    RuleChannel ch;
    const auto id = text(object, path, QStringLiteral("id"), true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    if (id && !idPattern.match(*id).hasMatch()) {
        error(join(path, QStringLiteral("id")), RuleJson::tr("a channel id is 1 to 32 of a-z, 0-9, _ and -"));
        return std::nullopt;
    }
    const auto type = text(object, path, QStringLiteral("type"), true);
    if (!id || !type)
        return std::nullopt;
    ch.id = *id;
    bool ok = true;
    auto secret = [&](const char *key, QString &into) {
        const auto name = secretName(object, path, QLatin1StringView(key));
        ok = ok && name.has_value();
        into = name.value_or(QString());
    };
    if (*type == u"slack") {
        ch.type = RuleChannel::Type::Slack;
        secret("url_secret", ch.urlSecret);
        ok = onlyKeys(object, path,
                      { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("url_secret"),
                        QStringLiteral("mention") })
            && ok;
        ok = readPeople(*this, object, path, QStringLiteral("mention"), ch.mention) && ok;
    } else if (*type == u"webhook") {
        ch.type = RuleChannel::Type::Webhook;
        secret("url_secret", ch.urlSecret);
        secret("signing_secret", ch.signingSecret);
        ok = onlyKeys(object, path,
                      { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("url_secret"),
                        QStringLiteral("signing_secret") })
            && ok;
    } else if (*type == u"teams") {
        ch.type = RuleChannel::Type::Teams;
        secret("url_secret", ch.urlSecret);
        ok = onlyKeys(object, path,
                      { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("url_secret") })
            && ok;
    } else if (*type == u"email") {
        ok = readEmail(*this, object, path, ch);
    } else if (*type == u"pagerduty") {
        ok = readPagerDuty(*this, object, path, ch);
    } else if (*type == u"splunk") {
        ok = readSplunk(*this, object, path, ch);
    } else {
        error(join(path, QStringLiteral("type")),
              RuleJson::tr(
                  "unknown channel type \"%1\" (use slack, webhook, email, teams, pagerduty or splunk)")
                  .arg(DisplayText::visible(*type)));
        ok = false;
    }
    return ok ? std::optional<RuleChannel>(ch) : std::nullopt;
}
