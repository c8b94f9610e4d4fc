// FUZZ-1d (templates): a message template, and an event, as TemplateRenderer parses and renders
// them for Slack, webhooks and mail. Input: template bytes, then optionally a NUL byte and the
// event JSON (otherwise the sample event).
// Invariants: parse gives tokens or one line of error, never both; rendering completes, and for
// Slack no event value brings a raw '<' (a mention or link) into the message.
#include "eventview.h"
#include "fuzzevent.h"
#include "fuzzsupport.h"
#include "rule.h"
#include "templaterenderer.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QString text = QString::fromUtf8(split < 0 ? input : input.left(split));
    QJsonObject event = fuzzSampleEvent();
    if (split >= 0) {
        const QJsonDocument document = QJsonDocument::fromJson(input.mid(split + 1));
        if (document.isObject())
            event = document.object();
    }
    QString error;
    const QList<TemplateRenderer::Token> tokens = TemplateRenderer::parse(text, &error);
    FUZZ_CHECK(error.isEmpty() || tokens.isEmpty());
    FUZZ_CHECK(!error.contains(u'\n'));
    if (!error.isEmpty())
        return 0;
    Rule rule;
    rule.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    rule.name = QStringLiteral("fuzz <!channel>");
    const EventView view(event);
    TemplateRenderer::Context context;
    context.rule = &rule;
    context.event = &view;
    context.unixTime = 1700000000;
    TemplateRenderer::render(tokens, context, TemplateRenderer::Escape::None);
    // Only the template's own text and fallbacks may carry '<' into a Slack message.
    bool literalAngle = false;
    for (const TemplateRenderer::Token &t : tokens)
        literalAngle = literalAngle || t.text.contains(u'<');
    const QString slack = TemplateRenderer::render(tokens, context, TemplateRenderer::Escape::Slack);
    if (!literalAngle)
        FUZZ_CHECK(!slack.contains(u'<'));
    return 0;
}
