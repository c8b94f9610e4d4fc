#include "eventshape.h"

#include "inputlimits.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QString got(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return EventShape::tr("a boolean");
    case QJsonValue::Double:
        return EventShape::tr("a number");
    case QJsonValue::String:
        return EventShape::tr("a string");
    case QJsonValue::Array:
        return EventShape::tr("an array");
    case QJsonValue::Object:
        return EventShape::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return EventShape::tr("nothing");
}

class Checker
{
public:
    QStringList errors;

    void add(const QString &path, const QString &problem)
    {
        if (errors.size() < EventShape::maxErrors)
            errors.append(path + QStringLiteral(": ") + problem);
    }
    void wrongType(const QString &path, const QString &expected, const QJsonValue &value)
    {
        add(path, EventShape::tr("expected %1, got %2").arg(expected, got(value)));
    }
    void checkString(const QJsonValue &value, const QString &path)
    {
        if (!value.isString())
            wrongType(path, EventShape::tr("a string"), value);
        else if (value.toString().size() > Limits::maxTextField)
            add(path, EventShape::tr("longer than the limit of %1 characters").arg(Limits::maxTextField));
    }
    // Required: missing is an error. Optional: missing (and null, when nullable) is fine.
    enum Presence { Required, Optional, Nullable };
    bool present(const QJsonObject &object, const QString &key, const QString &path, Presence presence)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (presence == Required)
                add(path, EventShape::tr("missing"));
            return false;
        }
        return !(value.isNull() && presence == Nullable);
    }
    void string(const QJsonObject &object, const QString &key, const QString &base, Presence presence)
    {
        const QString path = base + key;
        if (present(object, key, path, presence))
            checkString(object.value(key), path);
    }
    void number(const QJsonObject &object, const QString &key, const QString &base, Presence presence)
    {
        const QString path = base + key;
        if (present(object, key, path, presence) && !object.value(key).isDouble())
            wrongType(path, EventShape::tr("a number"), object.value(key));
    }
    void stringArray(const QJsonObject &object, const QString &key, const QString &base, Presence presence)
    {
        const QString path = base + key;
        if (!present(object, key, path, presence))
            return;
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            wrongType(path, EventShape::tr("an array of strings"), value);
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > Limits::maxListPerTag)
            add(path,
                EventShape::tr("%1 entries, more than the limit of %2")
                    .arg(array.size())
                    .arg(Limits::maxListPerTag));
        for (qsizetype i = 0; i < array.size() && i < Limits::maxListPerTag; ++i)
            checkString(array.at(i), path + u'[' + QString::number(i) + u']');
    }
    // The object at `key`, or nullopt after reporting why not.
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &key, const QString &base,
                                      Presence presence)
    {
        const QString path = base + key;
        if (!present(parent, key, path, presence))
            return std::nullopt;
        const QJsonValue value = parent.value(key);
        if (!value.isObject()) {
            wrongType(path, EventShape::tr("an object"), value);
            return std::nullopt;
        }
        return value.toObject();
    }
    std::optional<QJsonArray> array(const QJsonObject &parent, const QString &key, const QString &base,
                                    Presence presence, qsizetype limit)
    {
        const QString path = base + key;
        if (!present(parent, key, path, presence))
            return std::nullopt;
        const QJsonValue value = parent.value(key);
        if (!value.isArray()) {
            wrongType(path, EventShape::tr("an array"), value);
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > limit) {
            add(path, EventShape::tr("%1 entries, more than the limit of %2").arg(array.size()).arg(limit));
            return std::nullopt;
        }
        return array;
    }

    void workload(const QJsonObject &w, const QString &base)
    {
        string(w, QStringLiteral("name"), base, Required);
        string(w, QStringLiteral("namespace"), base, Required);
        string(w, QStringLiteral("cluster"), base, Required);
        stringArray(w, QStringLiteral("nodes"), base, Optional);
        stringArray(w, QStringLiteral("risks"), base, Required);
        number(w, QStringLiteral("vulnerabilities_count"), base, Optional);
    }

    void vulnerability(const QJsonObject &v, const QString &base)
    {
        for (const char *key :
             { "package_type", "xray_id", "cve_id", "cvss_v2", "cvss_v3", "last_fetched", "applicability" })
            string(v, QLatin1StringView(key), base, Optional);
        string(v, QStringLiteral("severity"), base, Required);
        number(v, QStringLiteral("issue_kind"), base, Optional);
        const auto components = array(v, QStringLiteral("components"), base, Optional, Limits::maxListPerTag);
        for (qsizetype i = 0; components && i < components->size(); ++i) {
            const QString path = base + QStringLiteral("components[") + QString::number(i) + u']';
            const QJsonValue c = components->at(i);
            if (!c.isObject()) {
                wrongType(path, EventShape::tr("an object"), c);
                continue;
            }
            for (const char *key : { "component_id", "name", "version" })
                string(c.toObject(), QLatin1StringView(key), path + u'.', Optional);
        }
    }

    void image(const QJsonObject &image, const QString &base)
    {
        for (const char *key : { "name", "registry", "repository_path", "tag", "sha256" })
            string(image, QLatin1StringView(key), base, Required);
        string(image, QStringLiteral("architecture"), base, Optional);
        stringArray(image, QStringLiteral("risks"), base, Required);
        const auto vulnerabilities =
            array(image, QStringLiteral("vulnerabilities"), base, Nullable, Limits::maxVulnerabilitiesPerTag);
        for (qsizetype i = 0; vulnerabilities && i < vulnerabilities->size(); ++i) {
            const QString path = base + QStringLiteral("vulnerabilities[") + QString::number(i) + u']';
            const QJsonValue v = vulnerabilities->at(i);
            if (v.isObject())
                vulnerability(v.toObject(), path + u'.');
            else
                wrongType(path, EventShape::tr("an object"), v);
        }
        // malicious_packages is typed `any` and may be null: nothing to check.
        string(image, QStringLiteral("deployed_by"), base, Nullable);
        if (const auto build = object(image, QStringLiteral("build_info"), base, Nullable)) {
            for (const char *key : { "build_owner", "build_name", "build_number", "build_repository" })
                string(*build, QLatin1StringView(key), base + QStringLiteral("build_info."), Optional);
        }
    }
};

int nestingDepth(const QByteArray &json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

// The documented key order of each level; a key not listed goes after them, sorted.
struct Order
{
    QStringList keys;
    QHash<QString, const Order *> children; // objects and arrays of objects under a key
};

const Order &eventOrder()
{
    static const Order component {
        { QStringLiteral("component_id"), QStringLiteral("name"), QStringLiteral("version") }, {}
    };
    static const Order vulnerability { { QStringLiteral("package_type"), QStringLiteral("xray_id"),
                                         QStringLiteral("cve_id"), QStringLiteral("severity"),
                                         QStringLiteral("cvss_v2"), QStringLiteral("cvss_v3"),
                                         QStringLiteral("last_fetched"), QStringLiteral("issue_kind"),
                                         QStringLiteral("applicability"), QStringLiteral("components") },
                                       { { QStringLiteral("components"), &component } } };
    static const Order build { { QStringLiteral("build_owner"), QStringLiteral("build_name"),
                                 QStringLiteral("build_number"), QStringLiteral("build_repository") },
                               {} };
    static const Order malicious { { QStringLiteral("xray_id"), QStringLiteral("components") },
                                   { { QStringLiteral("components"), &component } } };
    static const Order image { { QStringLiteral("name"), QStringLiteral("registry"),
                                 QStringLiteral("repository_path"), QStringLiteral("architecture"),
                                 QStringLiteral("tag"), QStringLiteral("sha256"), QStringLiteral("risks"),
                                 QStringLiteral("vulnerabilities"), QStringLiteral("malicious_packages"),
                                 QStringLiteral("deployed_by"), QStringLiteral("build_info") },
                               { { QStringLiteral("vulnerabilities"), &vulnerability },
                                 { QStringLiteral("malicious_packages"), &malicious },
                                 { QStringLiteral("build_info"), &build } } };
    static const Order workload { { QStringLiteral("name"), QStringLiteral("namespace"),
                                    QStringLiteral("cluster"), QStringLiteral("nodes"),
                                    QStringLiteral("risks"), QStringLiteral("vulnerabilities_count") },
                                  {} };
    static const Order root { { QStringLiteral("change_type"), QStringLiteral("workload_changed_object"),
                                QStringLiteral("image_tags_object") },
                              { { QStringLiteral("workload_changed_object"), &workload },
                                { QStringLiteral("image_tags_object"), &image } } };
    return root;
}

void writeOrdered(JsonWriter &w, const QJsonValue &value, const Order *order)
{
    if (value.isArray() && order) {
        w.beginArray();
        for (const QJsonValue &item : value.toArray())
            writeOrdered(w, item, order);
        w.endArray();
        return;
    }
    if (!value.isObject() || !order) {
        w.value(value);
        return;
    }
    const QJsonObject object = value.toObject();
    QStringList keys;
    for (const QString &key : order->keys) {
        if (object.contains(key))
            keys.append(key);
    }
    QStringList others = object.keys(); // sorted
    others.removeIf([&](const QString &key) { return order->keys.contains(key); });
    keys += others;
    w.beginObject();
    for (const QString &key : std::as_const(keys)) {
        w.key(key);
        writeOrdered(w, object.value(key), order->children.value(key));
    }
    w.endObject();
}

} // namespace

EventShape::Parsed EventShape::parse(const QByteArray &json)
{
    Parsed parsed;
    if (json.size() > maxBytes) {
        parsed.errors.append(
            tr("the event is %1 bytes, more than the limit of %2").arg(json.size()).arg(maxBytes));
        return parsed;
    }
    if (nestingDepth(json) > Limits::maxJsonDepth) {
        parsed.errors.append(tr("the JSON nests deeper than %1 levels").arg(Limits::maxJsonDepth));
        return parsed;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        parsed.errors.append(tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
        return parsed;
    }
    if (!document.isObject()) {
        parsed.errors.append(tr("the event must be a JSON object"));
        return parsed;
    }
    parsed.errors = validate(document.object());
    if (parsed.errors.isEmpty())
        parsed.event = document.object();
    return parsed;
}

QStringList EventShape::validate(const QJsonObject &event)
{
    Checker c;
    c.string(event, QStringLiteral("change_type"), {}, Checker::Required);
    if (const auto workload =
            c.object(event, QStringLiteral("workload_changed_object"), {}, Checker::Required))
        c.workload(*workload, QStringLiteral("workload_changed_object."));
    const auto images = c.array(event, QStringLiteral("image_tags_object"), {}, Checker::Required, maxImages);
    for (qsizetype i = 0; images && i < images->size(); ++i) {
        const QString path = QStringLiteral("image_tags_object[") + QString::number(i) + u']';
        const QJsonValue image = images->at(i);
        if (image.isObject())
            c.image(image.toObject(), path + u'.');
        else
            c.wrongType(path, tr("an object"), image);
    }
    return c.errors;
}

QByteArray EventShape::write(const QJsonObject &event, int indent)
{
    JsonWriter w(indent);
    writeOrdered(w, event, &eventOrder());
    return w.data();
}

void EventShape::writeTo(JsonWriter &writer, const QJsonObject &event)
{
    writeOrdered(writer, event, &eventOrder());
}
