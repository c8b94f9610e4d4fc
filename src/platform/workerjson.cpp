#include "workerjson.h"

#include "runtimejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    return value.isString() ? value.toString() : QString();
}

bool flag(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isString())
        return value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    return value.toBool(false);
}

qint64 number(const QJsonObject &object, const char *key, qint64 fallback)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

// The array under the first of `keys` that holds one, or the document itself when it is an array.
std::optional<QJsonArray> listIn(const QJsonValue &root, std::initializer_list<const char *> keys,
                                 QString *error)
{
    if (root.isArray())
        return root.toArray();
    if (!root.isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON array or object");
        return std::nullopt;
    }
    for (const char *key : keys) {
        const QJsonValue value = root.toObject().value(QLatin1StringView(key));
        if (value.isArray())
            return value.toArray();
        if (value.isNull())
            return QJsonArray();
    }
    if (error)
        *error = QStringLiteral("the response has no \"%1\" array").arg(QLatin1StringView(*keys.begin()));
    return std::nullopt;
}

// The action as a name, and the application when the platform gives it ({application, name}).
void readAction(const QJsonValue &value, QString *name, QString *application)
{
    if (value.isObject()) {
        *name = WorkerJson::normaliseAction(text(value.toObject(), "name"));
        *application = text(value.toObject(), "application");
    } else {
        *name = WorkerJson::normaliseAction(value.toString());
    }
}

} // namespace

namespace WorkerJson {

QString normaliseAction(const QString &action)
{
    if (action.isEmpty() || action.contains(u'_') || action == action.toUpper())
        return action.toUpper();
    QString out;
    for (qsizetype i = 0; i < action.size(); ++i) {
        const QChar c = action.at(i);
        if (c.isUpper() && i > 0)
            out += u'_';
        out += c.toUpper();
    }
    return out;
}

QString decodeSource(const QString &sourceCode)
{
    static const QString prefix = QStringLiteral("base64:");
    if (!sourceCode.startsWith(prefix))
        return sourceCode;
    const auto decoded = QByteArray::fromBase64Encoding(sourceCode.mid(prefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QString::fromUtf8(*decoded) : sourceCode;
}

QString encodeSource(const QString &text, bool base64)
{
    if (!base64)
        return text;
    return QStringLiteral("base64:") + QString::fromLatin1(text.toUtf8().toBase64());
}

std::optional<QJsonValue> parseValue(const QByteArray &body, QString *error)
{
    // One wrapper level so RuntimeJson's limits (nesting depth, syntax) apply to arrays as well.
    const auto wrapped = RuntimeJson::parseObject(QByteArray("{\"v\":") + body + '}', error);
    if (!wrapped)
        return std::nullopt;
    return wrapped->value(QLatin1StringView("v"));
}

std::optional<WorkerDetails> detailsFromJson(const QJsonObject &object, QString *error)
{
    WorkerDetails d;
    d.key = text(object, "key");
    if (d.key.isEmpty()) {
        if (error)
            *error = QStringLiteral("a worker without a key");
        return std::nullopt;
    }
    d.description = text(object, "description");
    d.enabled = flag(object, "enabled");
    d.debug = flag(object, "debug");
    d.sourceCode = decodeSource(text(object, "sourceCode"));
    readAction(object.value(QLatin1StringView("action")), &d.action, &d.application);
    if (d.action.isEmpty()) // some answers name it workerType
        readAction(object.value(QLatin1StringView("workerType")), &d.action, &d.application);
    if (d.application.isEmpty())
        d.application = text(object, "application");
    d.filterCriteria = object.value(QLatin1StringView("filterCriteria")).toObject();
    for (const QJsonValue &secret : object.value(QLatin1StringView("secrets")).toArray()) {
        const QString key = secret.isObject() ? text(secret.toObject(), "key") : secret.toString();
        if (!key.isEmpty() && !(secret.isObject() && flag(secret.toObject(), "markedForRemoval")))
            d.secretKeys.append(key);
    }
    d.projectKey = text(object, "projectKey");
    return d;
}

std::optional<WorkerDetails> parseDetails(const QByteArray &body, QString *error)
{
    const auto value = parseValue(body, error);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        if (error)
            *error = QStringLiteral("expected a worker object");
        return std::nullopt;
    }
    return detailsFromJson(value->toObject(), error);
}

std::optional<QList<WorkerDetails>> parseWorkers(const QByteArray &body, QString *error)
{
    const auto value = parseValue(body, error);
    if (!value)
        return std::nullopt;
    if (value->isObject() && value->toObject().value(QLatin1StringView("keys")).isArray()) {
        QList<WorkerDetails> keys;
        for (const QJsonValue &key : value->toObject().value(QLatin1StringView("keys")).toArray()) {
            WorkerDetails d;
            d.key = key.toString();
            if (!d.key.isEmpty())
                keys.append(d);
        }
        return keys;
    }
    const auto array = listIn(*value, { "workers", "items" }, error);
    if (!array)
        return std::nullopt;
    QList<WorkerDetails> workers;
    for (const QJsonValue &item : *array) {
        QString ignored;
        if (auto d = detailsFromJson(item.toObject(), &ignored))
            workers.append(*d);
    }
    return workers;
}

std::optional<QList<ActionMetadata>> parseActions(const QByteArray &body, QString *error)
{
    const auto value = parseValue(body, error);
    if (!value)
        return std::nullopt;
    const auto array = listIn(*value, { "actions", "items" }, error);
    if (!array)
        return std::nullopt;
    QList<ActionMetadata> actions;
    for (const QJsonValue &item : *array) {
        const QJsonObject o = item.toObject();
        ActionMetadata a;
        readAction(o.value(QLatin1StringView("action")), &a.name, &a.application);
        if (a.application.isEmpty())
            a.application = text(o, "application");
        if (a.name.isEmpty())
            continue;
        a.description = text(o, "description");
        const QJsonValue sample = o.value(QLatin1StringView("samplePayload"));
        a.samplePayload = sample.isString()
            ? sample.toString()
            : QString::fromUtf8(QJsonDocument(sample.toObject()).toJson(QJsonDocument::Compact));
        a.sampleCode = text(o, "sampleCode");
        a.typesDefinitions = text(o, "typesDefinitions");
        a.filterType = text(o, "filterType");
        a.wikiUrl = text(o, "wikiUrl");
        a.executionRequestType = text(o, "executionRequestType");
        a.supportProjects = flag(o, "supportProjects");
        a.mandatoryFilter = flag(o, "mandatoryFilter");
        a.async = flag(o, "async");
        actions.append(a);
    }
    return actions;
}

std::optional<WorkerOptions> parseOptions(const QByteArray &body, QString *error)
{
    const auto value = parseValue(body, error);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        if (error)
            *error = QStringLiteral("expected an options object");
        return std::nullopt;
    }
    const QJsonObject root = value->toObject();
    // The limits sit in "edition"; accept them at the top level as well.
    const QJsonObject edition = root.value(QLatin1StringView("edition")).isObject()
        ? root.value(QLatin1StringView("edition")).toObject()
        : root;
    WorkerOptions o;
    o.maxCodeChars = number(edition, "maxCodeChars", o.maxCodeChars);
    o.maxVersionNumberChars = number(edition, "maxVersionNumberChars", o.maxVersionNumberChars);
    o.maxVersionCommitShaChars = number(edition, "maxVersionCommitShaChars", o.maxVersionCommitShaChars);
    o.maxVersionDescriptionChars =
        number(edition, "maxVersionDescriptionChars", o.maxVersionDescriptionChars);
    o.encodeSourceCodeInBase64 = flag(root, "shouldEncodeSourceCodeInBase64");
    if (root.contains(QLatin1StringView("isHistoryEnabled")))
        o.historyEnabled = flag(root, "isHistoryEnabled");
    if (o.maxCodeChars <= 0) {
        if (error)
            *error = QStringLiteral("maxCodeChars is not a positive number");
        return std::nullopt;
    }
    return o;
}

std::optional<WorkerTestResult> parseTestResult(const QByteArray &body, QString *error)
{
    const auto value = parseValue(body, error);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    WorkerTestResult r;
    r.result = value->toObject();
    r.logs = text(r.result, "logs");
    r.result.remove(QStringLiteral("logs"));
    // The key of the result names the action ({"beforeDownload": {…}}): look inside whatever is there.
    for (auto it = r.result.begin(); it != r.result.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject inner = it.value().toObject();
        if (r.message.isEmpty())
            r.message = text(inner, "message");
        if (r.executionStatus.isEmpty())
            r.executionStatus = text(inner, "executionStatus");
    }
    if (r.executionStatus.isEmpty())
        r.executionStatus = text(r.result, "executionStatus");
    return r;
}

std::optional<QList<WorkerHistoryEntry>> parseHistory(const QByteArray &body, QString *error)
{
    const auto value = parseValue(body, error);
    if (!value)
        return std::nullopt;
    const auto array = listIn(*value, { "history", "entries", "items" }, error);
    if (!array)
        return std::nullopt;
    QList<WorkerHistoryEntry> entries;
    for (const QJsonValue &item : *array) {
        const QJsonObject o = item.toObject();
        WorkerHistoryEntry e;
        e.historyEntryId = text(o, "historyEntryId");
        e.workerKey = text(o, "workerKey");
        e.workerType = normaliseAction(text(o, "workerType"));
        e.executionStatus = text(o, "executionStatus");
        const QJsonObject result = o.value(QLatin1StringView("executionResult")).toObject();
        e.logs = text(result, "logs");
        e.result = result.value(QLatin1StringView("result")).toObject();
        e.payload = o.value(QLatin1StringView("executionPayload")).toObject();
        e.startTimeMillis = number(o, "startTimeMillis", 0);
        e.endTimeMillis = number(o, "endTimeMillis", 0);
        e.triggeredBy = text(o, "triggeredBy");
        e.testRun = flag(o, "testRun");
        e.executedVersion = text(o, "executedVersion");
        entries.append(e);
    }
    return entries;
}

QJsonObject deploymentToJson(const WorkerDeployment &d, bool base64)
{
    QJsonArray secrets;
    for (const WorkerSecret &s : d.secrets) {
        if (s.markedForRemoval)
            secrets.append(QJsonObject { { QStringLiteral("key"), s.key },
                                         { QStringLiteral("markedForRemoval"), true } });
        else
            secrets.append(
                QJsonObject { { QStringLiteral("key"), s.key }, { QStringLiteral("value"), s.value } });
    }
    QJsonObject body {
        { QStringLiteral("key"), d.key },
        { QStringLiteral("description"), d.description },
        { QStringLiteral("enabled"), d.enabled },
        { QStringLiteral("debug"), d.debug },
        { QStringLiteral("sourceCode"), encodeSource(d.sourceCode, base64) },
        { QStringLiteral("action"),
          QJsonObject { { QStringLiteral("application"), d.application },
                        { QStringLiteral("name"), d.action } } },
        { QStringLiteral("secrets"), secrets },
        { QStringLiteral("projectKey"), d.projectKey },
    };
    if (!d.versionNumber.isEmpty())
        body.insert(QStringLiteral("version"),
                    QJsonObject { { QStringLiteral("versionNumber"), d.versionNumber },
                                  { QStringLiteral("description"), d.versionDescription } });
    return body;
}

QJsonObject testToJson(const QString &code, const QString &action, const QJsonObject &data,
                       const QList<WorkerSecret> &stagedSecrets)
{
    QJsonObject body { { QStringLiteral("code"), code },
                       { QStringLiteral("action"), action },
                       { QStringLiteral("data"), data } };
    if (!stagedSecrets.isEmpty()) {
        QJsonArray staged;
        for (const WorkerSecret &s : stagedSecrets)
            staged.append(
                QJsonObject { { QStringLiteral("key"), s.key }, { QStringLiteral("value"), s.value } });
        body.insert(QStringLiteral("stagedSecrets"), staged);
    }
    return body;
}

} // namespace WorkerJson
