#include "templaterenderer.h"

#include "displaytext.h"
#include "eventview.h"
#include "jstext.h"
#include "rule.h"

#include <QDateTime>

namespace {

const QString imagesSection = QStringLiteral("images");

QString imageValue(const EventImage &image, QStringView field)
{
    if (field == u"name")
        return image.name;
    if (field == u"tag")
        return image.tag;
    if (field == u"registry")
        return image.registry;
    if (field == u"repository_path")
        return image.repositoryPath;
    if (field == u"digest")
        return image.digest;
    if (field == u"architecture")
        return image.architecture;
    if (field == u"deployed_by")
        return image.deployedBy;
    if (field == u"build_owner")
        return image.buildOwner;
    if (field == u"build_name")
        return image.buildName;
    if (field == u"build_number")
        return image.buildNumber;
    if (field == u"build_repository")
        return image.buildRepository;
    if (field == u"risks")
        return EventView::riskDisplay(image.risks);
    if (field == u"vulnerabilities")
        return EventView::vulnerabilitySummary(image.bySeverity, image.vulnerabilityTotal);
    if (field == u"integrity")
        return EventView::integrityLine(image.risks);
    return {};
}

QString lookup(const QString &name, const TemplateRenderer::Context &context, const EventImage *image)
{
    const EventView &event = *context.event;
    if (name.startsWith(QLatin1StringView("image.")))
        return image ? imageValue(*image, QStringView(name).mid(6)) : QString();
    if (name == u"rule.name")
        return context.rule->name;
    if (name == u"rule.id")
        return context.rule->id;
    if (name == u"change_type")
        return event.changeType;
    if (name == u"time")
        return TemplateRenderer::isoTime(context.unixTime);
    if (name == u"workload.name")
        return event.workloadName;
    if (name == u"workload.namespace")
        return event.nameSpace;
    if (name == u"workload.cluster")
        return event.cluster;
    if (name == u"workload.nodes")
        return event.nodes.join(QStringLiteral(", "));
    if (name == u"workload.risks")
        return EventView::riskDisplay(event.workloadRisks);
    if (name == u"workload.vulnerabilities_count")
        return JsText::fromValue(event.vulnerabilitiesCount);
    if (name == u"risks")
        return EventView::riskDisplay(event.allRisks());
    if (name == u"vulnerabilities") {
        std::array<int, 5> bySeverity {};
        int total = 0;
        for (const EventImage &each : event.images) {
            for (int s = 0; s < 5; ++s)
                bySeverity[s] += each.bySeverity[s];
            total += each.vulnerabilityTotal;
        }
        return EventView::vulnerabilitySummary(bySeverity, total);
    }
    return {};
}

} // namespace

const QStringList &TemplateRenderer::placeholders()
{
    static const QStringList names {
        QStringLiteral("rule.name"),
        QStringLiteral("rule.id"),
        QStringLiteral("change_type"),
        QStringLiteral("time"),
        QStringLiteral("workload.name"),
        QStringLiteral("workload.namespace"),
        QStringLiteral("workload.cluster"),
        QStringLiteral("workload.nodes"),
        QStringLiteral("workload.risks"),
        QStringLiteral("workload.vulnerabilities_count"),
        QStringLiteral("risks"),
        QStringLiteral("vulnerabilities"),
        QStringLiteral("image.name"),
        QStringLiteral("image.tag"),
        QStringLiteral("image.registry"),
        QStringLiteral("image.repository_path"),
        QStringLiteral("image.digest"),
        QStringLiteral("image.architecture"),
        QStringLiteral("image.deployed_by"),
        QStringLiteral("image.build_owner"),
        QStringLiteral("image.build_name"),
        QStringLiteral("image.build_number"),
        QStringLiteral("image.build_repository"),
        QStringLiteral("image.risks"),
        QStringLiteral("image.vulnerabilities"),
        QStringLiteral("image.integrity"),
    };
    return names;
}

QList<TemplateRenderer::Token> TemplateRenderer::parse(const QString &text, QString *error)
{
    QList<Token> tokens;
    bool inSection = false;
    qsizetype i = 0;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QList<Token>();
    };
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1StringView("{{"), i);
        if (open < 0) {
            tokens.append({ Token::Kind::Text, text.mid(i), {} });
            break;
        }
        if (open > i)
            tokens.append({ Token::Kind::Text, text.mid(i, open - i), {} });
        const qsizetype at = JsText::codePointCount(QStringView(text).left(open));
        const qsizetype close = text.indexOf(QLatin1StringView("}}"), open + 2);
        if (close < 0)
            return fail(tr("unclosed {{ at code point %1").arg(at));
        const QString inner = text.mid(open + 2, close - open - 2);
        const qsizetype bar = inner.indexOf(u'|');
        const QString name = JsText::asciiTrim(bar < 0 ? QStringView(inner) : QStringView(inner).left(bar));
        const QString fallback = bar < 0 ? QString() : JsText::asciiTrim(QStringView(inner).mid(bar + 1));
        i = close + 2;
        if (name.startsWith(u'#') || name.startsWith(u'/')) {
            const bool start = name.startsWith(u'#');
            if (name.mid(1) != imagesSection || bar >= 0)
                return fail(tr("unknown section {{%1}} at code point %2 (the only section is {{#images}} … "
                               "{{/images}})")
                                .arg(DisplayText::visible(inner), QString::number(at)));
            if (start == inSection)
                return fail(start ? tr("{{#images}} inside {{#images}} at code point %1").arg(at)
                                  : tr("{{/images}} without {{#images}} at code point %1").arg(at));
            inSection = start;
            tokens.append({ start ? Token::Kind::SectionStart : Token::Kind::SectionEnd, {}, imagesSection });
            if (i < text.size() && text[i] == u'\n')
                ++i;
            continue;
        }
        if (!placeholders().contains(name))
            return fail(tr("unknown placeholder {{%1}} at code point %2")
                            .arg(DisplayText::visible(inner), QString::number(at)));
        tokens.append({ Token::Kind::Value, fallback, name });
    }
    if (inSection)
        return fail(tr("{{#images}} is not closed by {{/images}}"));
    if (error)
        error->clear();
    return tokens;
}

QString TemplateRenderer::render(const QList<Token> &tokens, const Context &context, Escape escape)
{
    QString out;
    const auto &images = context.event->images;
    const EventImage *first =
        context.image >= 0 && context.image < images.size() ? &images[context.image] : nullptr;
    auto put = [&](const Token &token, const EventImage *image) {
        if (token.kind == Token::Kind::Text) {
            out += token.text;
            return;
        }
        const QString value = lookup(token.name, context, image);
        if (value.isEmpty())
            out += token.text;
        else
            out += escape == Escape::Slack ? slackEscape(value) : value;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != Token::Kind::SectionStart) {
            put(tokens[i], first);
            continue;
        }
        qsizetype end = i + 1;
        while (end < tokens.size() && tokens[end].kind != Token::Kind::SectionEnd)
            ++end;
        for (const EventImage &image : context.event->images) {
            for (qsizetype j = i + 1; j < end; ++j)
                put(tokens[j], &image);
        }
        i = end;
    }
    return out;
}

QString TemplateRenderer::render(const QString &text, const Context &context, Escape escape)
{
    QString error;
    return render(parse(text, &error), context, escape);
}

QString TemplateRenderer::isoTime(qint64 unixTime)
{
    return QDateTime::fromSecsSinceEpoch(unixTime, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + u'Z';
}

QString TemplateRenderer::slackEscape(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'&', QStringLiteral("&amp;"));
    escaped.replace(u'<', QStringLiteral("&lt;"));
    escaped.replace(u'>', QStringLiteral("&gt;"));
    return escaped;
}
