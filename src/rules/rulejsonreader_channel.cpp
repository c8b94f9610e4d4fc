// Channels: slack, webhook and email.
#include "displaytext.h"
#include "jstext.h"
#include "rulejsonreader.h"
#include "templaterenderer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

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
                      { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("url_secret") })
            && ok;
    } else if (*type == u"webhook") {
        ch.type = RuleChannel::Type::Webhook;
        secret("url_secret", ch.urlSecret);
        secret("signing_secret", ch.signingSecret);
        ok = onlyKeys(object, path,
                      { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("url_secret"),
                        QStringLiteral("signing_secret") })
            && ok;
    } else if (*type == u"email") {
        ch.type = RuleChannel::Type::Email;
        secret("api_key_secret", ch.apiKeySecret);
        ok = onlyKeys(object, path,
                      { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("base_url"),
                        QStringLiteral("api_key_secret"), QStringLiteral("from"), QStringLiteral("to") })
            && ok;
        if (const auto base = text(object, path, QStringLiteral("base_url"), true)) {
            QString normalised = *base;
            while (normalised.endsWith(u'/'))
                normalised.chop(1);
            const QUrl url(normalised, QUrl::StrictMode);
            const bool loopback = url.host() == u"127.0.0.1" || url.host() == u"localhost";
            if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
                || !url.userInfo().isEmpty()
                || !(url.scheme() == u"https" || (url.scheme() == u"http" && loopback))) {
                error(join(path, QStringLiteral("base_url")),
                      RuleJson::tr("expected https://host[:port][/path] (http only for localhost), without "
                                   "query or user"));
                ok = false;
            }
            ch.baseUrl = normalised;
        } else {
            ok = false;
        }
        const QString fromPath = join(path, QStringLiteral("from"));
        const QJsonValue from = object.value(QLatin1StringView("from"));
        if (!from.isObject()) {
            error(fromPath,
                  from.isUndefined() ? RuleJson::tr("required")
                                     : RuleJson::tr("expected an object {\"email\", \"name\"}"));
            ok = false;
        } else {
            const QJsonObject f = from.toObject();
            ok = onlyKeys(f, fromPath, { QStringLiteral("email"), QStringLiteral("name") }) && ok;
            const auto email = text(f, fromPath, QStringLiteral("email"), true);
            if (email && !RuleJson::isPlausibleEmail(*email)) {
                error(join(fromPath, QStringLiteral("email")), RuleJson::tr("not an e-mail address"));
                ok = false;
            }
            const auto name = text(f, fromPath, QStringLiteral("name"), false);
            ok = ok && email && (name || !f.contains(QLatin1StringView("name")));
            ch.fromEmail = email.value_or(QString());
            ch.fromName = name.value_or(QString());
        }
        const auto to = strings(object, path, QStringLiteral("to"));
        ok = ok && to;
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
                error(at(join(path, QStringLiteral("to")), i), problem);
                ok = false;
            }
        }
        ch.to = to.value_or(QStringList());
    } else {
        error(join(path, QStringLiteral("type")),
              RuleJson::tr("unknown channel type \"%1\" (use slack, webhook or email)")
                  .arg(DisplayText::visible(*type)));
        ok = false;
    }
    return ok ? std::optional<RuleChannel>(ch) : std::nullopt;
}
