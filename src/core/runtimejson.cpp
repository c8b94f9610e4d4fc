#include "runtimejson.h"

#include "inputlimits.h"
#include "jsonsyntax.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace RuntimeJson {
namespace {

// Reads fields of one object; remembers the first violation of a structural limit.
class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    { }

    QString text(QLatin1StringView key, qsizetype limit = Limits::maxTextField)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isDouble()) // integer cluster and node ids
            return number(value);
        if (!value.isString())
            return {};
        QString s = storable(value.toString());
        if (s.size() > limit)
            fail(QStringLiteral("field \"%1\" is longer than %2 characters").arg(key).arg(limit));
        return s;
    }

    // SQLite gives U+FFFE and U+FFFF back as U+FFFD (its UTF-8 decoder replaces them), so they are
    // replaced as the page is read: what the list shows from the cache's columns and what the
    // detailed view shows from the row's JSON stay the same text (found by fuzz_page_parser).
    static QString storable(QString s)
    {
        const auto unstorable = [](QChar c) { return (c.unicode() & 0xFFFE) == 0xFFFE; };
        if (std::any_of(s.cbegin(), s.cend(), unstorable)) // most strings: one scan, no copy
            std::replace_if(s.begin(), s.end(), unstorable, QChar(QChar::ReplacementCharacter));
        return s;
    }

    QString textOf(const QJsonObject &object, QLatin1StringView key)
    {
        Reader inner(object);
        QString s = inner.text(key);
        adopt(inner);
        return s;
    }

    int integer(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString()) {
            bool ok = false;
            const int parsed = value.toString().toInt(&ok);
            return ok ? parsed : 0;
        }
        const double d = value.toDouble(0);
        if (!std::isfinite(d) || d < 0 || d > 1e9)
            return 0;
        return int(d);
    }

    std::optional<qint64> optionalCount(const QJsonObject &object, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isDouble())
            return std::nullopt;
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0 || d > 9e15)
            return std::nullopt;
        return qint64(d);
    }

    QJsonArray array(QLatin1StringView key, qsizetype limit = Limits::maxListPerTag)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            return {};
        QJsonArray a = value.toArray();
        if (a.size() > limit)
            fail(QStringLiteral("\"%1\" has more than %2 entries").arg(key).arg(limit));
        return a;
    }

    QStringList stringList(QLatin1StringView key)
    {
        QStringList list;
        for (const QJsonValue &v : array(key)) {
            if (v.isString()) {
                const QString s = storable(v.toString());
                if (s.size() > Limits::maxTextField)
                    fail(QStringLiteral("an entry of \"%1\" is longer than %2 characters")
                             .arg(key)
                             .arg(Limits::maxTextField));
                list.append(s);
            }
        }
        return list;
    }

    bool boolean(QLatin1StringView key) { return m_object.value(key).toBool(false); }
    bool has(QLatin1StringView key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    QJsonObject object(QLatin1StringView key) const { return m_object.value(key).toObject(); }

    void fail(const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = reason;
    }
    void adopt(const Reader &other)
    {
        if (!other.m_error.isEmpty())
            fail(other.m_error);
    }
    const QString &error() const { return m_error; }

private:
    static QString number(const QJsonValue &value)
    {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return {};
        if (d == std::floor(d) && std::fabs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }

    QJsonObject m_object;
    QString m_error;
};

QList<Component> componentsFrom(Reader &reader, const QJsonArray &array)
{
    QList<Component> components;
    components.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        Reader r(value.toObject());
        Component c;
        c.id = r.has(QLatin1StringView("id")) ? r.text(QLatin1StringView("id"))
                                              : r.text(QLatin1StringView("component_id"));
        c.name = r.text(QLatin1StringView("name"));
        c.version = r.text(QLatin1StringView("version"));
        reader.adopt(r);
        components.append(c);
    }
    return components;
}

Vulnerability vulnerabilityFrom(Reader &reader, const QJsonObject &object)
{
    Reader r(object);
    Vulnerability v;
    v.cveId = r.text(QLatin1StringView("cve_id"));
    v.xrayId = r.text(QLatin1StringView("xray_id"));
    v.severity = SeverityNames::fromString(r.text(QLatin1StringView("severity")));
    v.cvssV2 = r.text(QLatin1StringView("cvss_v2"));
    v.cvssV3 = r.text(QLatin1StringView("cvss_v3"));
    v.applicability = r.text(QLatin1StringView("applicability"));
    v.packageType = r.text(QLatin1StringView("package_type"));
    v.components = componentsFrom(r, r.array(QLatin1StringView("components")));
    reader.adopt(r);
    return v;
}

QJsonArray componentsJson(const QList<Component> &components)
{
    QJsonArray array;
    for (const Component &c : components)
        array.append(QJsonObject { { QStringLiteral("id"), c.id },
                                   { QStringLiteral("name"), c.name },
                                   { QStringLiteral("version"), c.version } });
    return array;
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// The most entries of any array directly inside the top-level object, counted on the raw bytes:
// a page's item array is one of them. Parsing a page of a million tiny items would build a
// document many times the body's size before its item count could be checked.
qsizetype largestTopLevelArray(const QByteArray &body)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool arrayOpen = false; // an array at depth 2 is being counted
    bool empty = true;
    qsizetype entries = 0;
    qsizetype largest = 0;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (arrayOpen && depth == 2 && empty && c != ']') {
            empty = false;
            entries = 1;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
            if (depth == 2 && c == '[') {
                arrayOpen = true;
                empty = true;
                entries = 0;
            }
        } else if (c == '}' || c == ']') {
            if (depth == 2 && arrayOpen) {
                largest = std::max(largest, entries);
                arrayOpen = false;
            }
            --depth;
        } else if (c == ',' && depth == 2 && arrayOpen) {
            ++entries;
        }
    }
    return std::max(largest, arrayOpen ? entries : 0);
}

template<typename T, typename Parse>
std::optional<Page<T>> parsePage(const QByteArray &body, QString *error,
                                 std::initializer_list<const char *> arrayKeys, Parse parse)
{
    if (const qsizetype items = largestTopLevelArray(body); items > Limits::maxItemsPerPage) {
        if (error)
            *error = QStringLiteral("the page has %1 items, more than the limit of %2")
                         .arg(items)
                         .arg(Limits::maxItemsPerPage);
        return std::nullopt;
    }
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    QJsonValue itemsValue;
    bool found = false;
    for (const char *key : arrayKeys) {
        const QJsonValue candidate = root->value(QLatin1StringView(key));
        if (candidate.isUndefined() || candidate.isNull())
            continue;
        if (!candidate.isArray()) {
            if (error)
                *error = QStringLiteral("\"%1\" is not an array").arg(QLatin1StringView(key));
            return std::nullopt;
        }
        itemsValue = candidate;
        found = true;
        break;
    }
    if (!found) {
        if (error)
            *error =
                QStringLiteral("the response has no \"%1\" array").arg(QLatin1StringView(*arrayKeys.begin()));
        return std::nullopt;
    }
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > Limits::maxItemsPerPage) {
        if (error)
            *error = QStringLiteral("the page has %1 items, more than the limit of %2")
                         .arg(items.size())
                         .arg(Limits::maxItemsPerPage);
        return std::nullopt;
    }

    Page<T> page;
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue value = items.at(i);
        QString rowError;
        std::optional<T> item;
        if (value.isObject())
            item = parse(value.toObject(), &rowError);
        else
            rowError = QStringLiteral("not an object");
        if (item)
            page.items.append(std::move(*item));
        else
            page.rejected.append(QStringLiteral("row %1: %2").arg(i).arg(rowError));
    }

    const QJsonObject pagination = root->value(QLatin1StringView("pagination")).toObject();
    Reader top(*root);
    const QJsonValue next = pagination.value(QLatin1StringView("next_key"));
    if (next.isString()) {
        page.nextKey = next.toString();
    } else if (next.isDouble()) {
        Reader p(pagination);
        page.nextKey = p.text(QLatin1StringView("next_key"));
    }
    if (page.nextKey.size() > Limits::maxTextField) {
        if (error)
            *error = QStringLiteral("next_key is longer than %1 characters").arg(Limits::maxTextField);
        return std::nullopt;
    }
    page.totalCount = top.optionalCount(*root, QLatin1StringView("total_count"));
    if (!page.totalCount)
        page.totalCount = top.optionalCount(pagination, QLatin1StringView("total_count"));
    return page;
}

} // namespace

QString storableText(QString text)
{
    return Reader::storable(std::move(text));
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    // Strict RFC 8259 first (Qt's parser accepts some text that is not JSON), and the depth limit,
    // before QJsonDocument builds anything.
    if (const auto problem = JsonSyntax::check(body, Limits::maxJsonDepth)) {
        if (error)
            *error = problem->tooDeep
                ? QStringLiteral("the JSON nests deeper than %1 levels").arg(Limits::maxJsonDepth)
                : QStringLiteral("malformed JSON at offset %1: %2").arg(problem->offset).arg(problem->reason);
        return std::nullopt;
    }
    if (!body.trimmed().startsWith('{')) { // valid JSON of another type (Qt would call a scalar malformed)
        if (error)
            *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("malformed JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return document.object();
}

std::optional<ImageTag> imageTagFromJson(const QJsonObject &object, QString *error)
{
    Reader r(object);
    ImageTag t;
    t.name = r.text(QLatin1StringView("name"));
    t.tag = r.text(QLatin1StringView("tag"), Limits::maxTagLength);
    t.registry = r.text(QLatin1StringView("registry"));
    t.repositoryPath = r.text(QLatin1StringView("repository_path"));
    t.digest = r.has(QLatin1StringView("image_digest")) ? r.text(QLatin1StringView("image_digest"))
                                                        : r.text(QLatin1StringView("sha256"));
    t.architecture = r.text(QLatin1StringView("architecture"));
    t.runtimeStatus = r.text(QLatin1StringView("runtime_status"));
    t.rawRisks = r.stringList(QLatin1StringView("risks"));
    t.risks = RiskNames::fromJsonArray(QJsonArray::fromStringList(t.rawRisks));
    t.scaScanned = r.object(QLatin1StringView("scan_info")).value(QLatin1StringView("sca")).toBool(false);

    const QJsonArray vulnerabilities =
        r.array(QLatin1StringView("vulnerabilities"), Limits::maxVulnerabilitiesPerTag);
    t.vulnerabilities.reserve(vulnerabilities.size());
    for (const QJsonValue &value : vulnerabilities) {
        if (value.isObject())
            t.vulnerabilities.append(vulnerabilityFrom(r, value.toObject()));
    }
    for (const QJsonValue &value : r.array(QLatin1StringView("malicious_packages"))) {
        if (!value.isObject())
            continue;
        Reader m(value.toObject());
        MaliciousPackage p;
        p.xrayId = m.text(QLatin1StringView("xray_id"));
        p.components = componentsFrom(m, m.array(QLatin1StringView("components")));
        r.adopt(m);
        t.maliciousPackages.append(p);
    }
    for (const QJsonValue &value : r.array(QLatin1StringView("workloads"))) {
        if (!value.isObject())
            continue;
        const QJsonObject w = value.toObject();
        t.workloads.append(WorkloadRef { r.textOf(w, QLatin1StringView("name")),
                                         r.textOf(w, QLatin1StringView("namespace")),
                                         r.textOf(w, QLatin1StringView("cluster")) });
    }

    if (r.has(QLatin1StringView("deployed_by")))
        t.deployedBy = r.text(QLatin1StringView("deployed_by"));
    if (r.has(QLatin1StringView("build_info"))) {
        const QJsonObject b = r.object(QLatin1StringView("build_info"));
        t.buildInfo = BuildInfo { r.textOf(b, QLatin1StringView("build_owner")),
                                  r.textOf(b, QLatin1StringView("build_name")),
                                  r.textOf(b, QLatin1StringView("build_number")),
                                  r.textOf(b, QLatin1StringView("build_repository")) };
    }
    if (object.value(QLatin1StringView("registry_trusted")).isBool())
        t.registryTrusted = object.value(QLatin1StringView("registry_trusted")).toBool();
    if (r.has(QLatin1StringView("integrity"))) {
        const QJsonObject i = r.object(QLatin1StringView("integrity"));
        t.integrity = IntegrityInfo { r.textOf(i, QLatin1StringView("status")),
                                      r.textOf(i, QLatin1StringView("violation_type")),
                                      r.textOf(i, QLatin1StringView("severity")),
                                      r.textOf(i, QLatin1StringView("runtime_digest")),
                                      r.textOf(i, QLatin1StringView("artifactory_digest")) };
    }
    t.cloudProviders = r.stringList(QLatin1StringView("cloud_providers"));

    if (r.error().isEmpty() && t.name.isEmpty())
        r.fail(QStringLiteral("\"name\" is missing or not a string"));
    if (r.error().isEmpty() && t.tag.isEmpty())
        r.fail(QStringLiteral("\"tag\" is missing or not a string"));
    if (!r.error().isEmpty()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return t;
}

std::optional<Workload> workloadFromJson(const QJsonObject &object, QString *error)
{
    Reader r(object);
    Workload w;
    w.name = r.text(QLatin1StringView("name"));
    w.nameSpace = r.text(QLatin1StringView("namespace"));
    w.cluster = r.text(QLatin1StringView("cluster"));
    w.runtimeStatus = r.text(QLatin1StringView("runtime_status"));
    w.nodes = r.stringList(QLatin1StringView("nodes"));
    w.architecture = r.has(QLatin1StringView("architecture")) ? r.text(QLatin1StringView("architecture"))
                                                              : r.text(QLatin1StringView("architectures"));
    w.rawRisks = r.stringList(QLatin1StringView("risks"));
    w.risks = RiskNames::fromJsonArray(QJsonArray::fromStringList(w.rawRisks));
    w.vulnerabilitiesCount = r.integer(QLatin1StringView("vulnerabilities_count"));
    w.processes = r.has(QLatin1StringView("processes")) ? r.array(QLatin1StringView("processes"))
                                                        : r.array(QLatin1StringView("Processes"));
    if (r.error().isEmpty() && w.name.isEmpty())
        r.fail(QStringLiteral("\"name\" is missing or not a string"));
    if (!r.error().isEmpty()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return w;
}

std::optional<Cluster> clusterFromJson(const QJsonObject &object, QString *error)
{
    Reader r(object);
    Cluster c;
    c.id = r.text(QLatin1StringView("id"));
    c.name = r.text(QLatin1StringView("name"));
    c.provider = r.text(QLatin1StringView("provider"));
    c.regions = r.stringList(QLatin1StringView("regions"));
    c.monitoredAt = r.text(QLatin1StringView("monitored_at"));
    c.controllerStatus = r.text(QLatin1StringView("controller_status"));
    c.controllerVersion = r.text(QLatin1StringView("controller_version"));
    c.nodesCount = r.integer(QLatin1StringView("nodes_count"));
    c.runningNodesCount = r.integer(QLatin1StringView("running_nodes_count"));
    c.failedNodesCount = r.integer(QLatin1StringView("failed_nodes_count"));
    c.failedToInstallNodesCount = r.integer(QLatin1StringView("failed_to_install_nodes_count"));
    c.disabledNodesCount = r.integer(QLatin1StringView("disabled_nodes_count"));
    for (const QJsonValue &value : r.array(QLatin1StringView("nodes"))) {
        if (!value.isObject())
            continue;
        Reader n(value.toObject());
        ClusterNode node;
        node.id = n.text(QLatin1StringView("id"));
        node.name = n.text(QLatin1StringView("name"));
        node.hostname = n.text(QLatin1StringView("hostname"));
        node.architecture = n.text(QLatin1StringView("architecture"));
        node.internalIp = n.text(QLatin1StringView("internal_ip"));
        node.region = n.text(QLatin1StringView("region"));
        node.status = n.text(QLatin1StringView("status"));
        node.sensorInstalled = n.boolean(QLatin1StringView("sensor_installed"));
        node.sensorVersion = n.text(QLatin1StringView("sensor_version"));
        r.adopt(n);
        c.nodes.append(node);
    }
    if (r.error().isEmpty() && c.id.isEmpty() && c.name.isEmpty())
        r.fail(QStringLiteral("the cluster has neither \"id\" nor \"name\""));
    if (!r.error().isEmpty()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return c;
}

std::optional<Page<ImageTag>> parseImageTagsPage(const QByteArray &body, QString *error)
{
    return parsePage<ImageTag>(body, error, { "image_tags", "images_tags" }, imageTagFromJson);
}

std::optional<Page<Workload>> parseWorkloadsPage(const QByteArray &body, QString *error)
{
    return parsePage<Workload>(body, error, { "workloads" }, workloadFromJson);
}

std::optional<Page<Cluster>> parseClustersPage(const QByteArray &body, QString *error)
{
    return parsePage<Cluster>(body, error, { "clusters" }, clusterFromJson);
}

std::optional<Cluster> parseClusterDetail(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue cluster = root->value(QLatin1StringView("cluster"));
    return clusterFromJson(cluster.isObject() ? cluster.toObject() : *root, error);
}

std::optional<ImageTag> parseImageTagDetail(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    return imageTagFromJson(*root, error);
}

QJsonObject toJson(const Vulnerability &v)
{
    QJsonObject o { { QStringLiteral("cve_id"), v.cveId },
                    { QStringLiteral("xray_id"), v.xrayId },
                    { QStringLiteral("severity"), SeverityNames::toString(v.severity) },
                    { QStringLiteral("cvss_v2"), v.cvssV2 },
                    { QStringLiteral("cvss_v3"), v.cvssV3 },
                    { QStringLiteral("applicability"), v.applicability },
                    { QStringLiteral("components"), componentsJson(v.components) } };
    if (!v.packageType.isEmpty())
        o.insert(QStringLiteral("package_type"), v.packageType);
    return o;
}

QJsonObject toJson(const ImageTag &t)
{
    QJsonArray vulnerabilities;
    for (const Vulnerability &v : t.vulnerabilities)
        vulnerabilities.append(toJson(v));
    QJsonArray malicious;
    for (const MaliciousPackage &p : t.maliciousPackages)
        malicious.append(QJsonObject { { QStringLiteral("xray_id"), p.xrayId },
                                       { QStringLiteral("components"), componentsJson(p.components) } });
    QJsonArray workloads;
    for (const WorkloadRef &w : t.workloads)
        workloads.append(QJsonObject { { QStringLiteral("name"), w.name },
                                       { QStringLiteral("namespace"), w.nameSpace },
                                       { QStringLiteral("cluster"), w.cluster } });
    QJsonObject o { { QStringLiteral("name"), t.name },
                    { QStringLiteral("tag"), t.tag },
                    { QStringLiteral("architecture"), t.architecture },
                    { QStringLiteral("registry"), t.registry },
                    { QStringLiteral("repository_path"), t.repositoryPath },
                    { QStringLiteral("runtime_status"), t.runtimeStatus },
                    { QStringLiteral("scan_info"), QJsonObject { { QStringLiteral("sca"), t.scaScanned } } },
                    { QStringLiteral("risks"), stringArray(t.rawRisks) },
                    { QStringLiteral("vulnerabilities"), vulnerabilities },
                    { QStringLiteral("malicious_packages"), malicious },
                    { QStringLiteral("workloads"), workloads } };
    if (!t.digest.isEmpty())
        o.insert(QStringLiteral("image_digest"), t.digest);
    if (t.deployedBy)
        o.insert(QStringLiteral("deployed_by"), *t.deployedBy);
    if (t.buildInfo)
        o.insert(QStringLiteral("build_info"),
                 QJsonObject { { QStringLiteral("build_owner"), t.buildInfo->owner },
                               { QStringLiteral("build_name"), t.buildInfo->name },
                               { QStringLiteral("build_number"), t.buildInfo->number },
                               { QStringLiteral("build_repository"), t.buildInfo->repository } });
    if (t.registryTrusted)
        o.insert(QStringLiteral("registry_trusted"), *t.registryTrusted);
    if (t.integrity)
        o.insert(QStringLiteral("integrity"),
                 QJsonObject { { QStringLiteral("status"), t.integrity->status },
                               { QStringLiteral("violation_type"), t.integrity->violationType },
                               { QStringLiteral("severity"), t.integrity->severity },
                               { QStringLiteral("runtime_digest"), t.integrity->runtimeDigest },
                               { QStringLiteral("artifactory_digest"), t.integrity->expectedDigest } });
    if (!t.cloudProviders.isEmpty())
        o.insert(QStringLiteral("cloud_providers"), stringArray(t.cloudProviders));
    return o;
}

namespace {
// Content JSON is hashed and stored beside text columns that SQLite keeps as UTF-8, so a lone
// surrogate is written as QString::toUtf8 writes it, and both read back alike.
const JsonWriter::Style contentStyle { 0, false, JsonWriter::LoneSurrogates::Replace };

void writeComponents(JsonWriter &w, const QList<Component> &components)
{
    w.beginArray();
    for (const Component &c : components)
        w.beginObject().field("id", c.id).field("name", c.name).field("version", c.version).endObject();
    w.endArray();
}
} // namespace

QByteArray compactVulnerabilities(const QList<Vulnerability> &vulnerabilities)
{
    QByteArray out;
    JsonWriter w(out, contentStyle);
    w.beginArray();
    for (const Vulnerability &v : vulnerabilities) {
        w.beginObject()
            .field("cve_id", v.cveId)
            .field("xray_id", v.xrayId)
            .field("severity", SeverityNames::toString(v.severity))
            .field("cvss_v2", v.cvssV2)
            .field("cvss_v3", v.cvssV3)
            .field("applicability", v.applicability);
        w.key("components");
        writeComponents(w, v.components);
        if (!v.packageType.isEmpty())
            w.field("package_type", v.packageType);
        w.endObject();
    }
    w.endArray();
    return out;
}

QByteArray compact(const ImageTag &t, Vulnerabilities vulnerabilities)
{
    QByteArray out;
    out.reserve(1024);
    JsonWriter w(out, contentStyle);
    w.beginObject()
        .field("name", t.name)
        .field("tag", t.tag)
        .field("architecture", t.architecture)
        .field("registry", t.registry)
        .field("repository_path", t.repositoryPath)
        .field("runtime_status", t.runtimeStatus);
    w.key("scan_info").beginObject().field("sca", t.scaScanned).endObject();
    w.key("risks").stringList(t.rawRisks);
    if (vulnerabilities == Vulnerabilities::Include)
        w.key("vulnerabilities").raw(compactVulnerabilities(t.vulnerabilities));
    w.key("malicious_packages").beginArray();
    for (const MaliciousPackage &p : t.maliciousPackages) {
        w.beginObject().field("xray_id", p.xrayId).key("components");
        writeComponents(w, p.components);
        w.endObject();
    }
    w.endArray();
    w.key("workloads").beginArray();
    for (const WorkloadRef &r : t.workloads)
        w.beginObject()
            .field("name", r.name)
            .field("namespace", r.nameSpace)
            .field("cluster", r.cluster)
            .endObject();
    w.endArray();
    if (!t.digest.isEmpty())
        w.field("image_digest", t.digest);
    if (t.deployedBy)
        w.field("deployed_by", *t.deployedBy);
    if (t.buildInfo)
        w.key("build_info")
            .beginObject()
            .field("build_owner", t.buildInfo->owner)
            .field("build_name", t.buildInfo->name)
            .field("build_number", t.buildInfo->number)
            .field("build_repository", t.buildInfo->repository)
            .endObject();
    if (t.registryTrusted)
        w.field("registry_trusted", *t.registryTrusted);
    if (t.integrity)
        w.key("integrity")
            .beginObject()
            .field("status", t.integrity->status)
            .field("violation_type", t.integrity->violationType)
            .field("severity", t.integrity->severity)
            .field("runtime_digest", t.integrity->runtimeDigest)
            .field("artifactory_digest", t.integrity->expectedDigest)
            .endObject();
    if (!t.cloudProviders.isEmpty())
        w.key("cloud_providers").stringList(t.cloudProviders);
    w.endObject();
    return out;
}

QByteArray compact(const Workload &wl, Processes processes)
{
    QByteArray out;
    out.reserve(256);
    JsonWriter w(out, contentStyle);
    w.beginObject()
        .field("name", wl.name)
        .field("namespace", wl.nameSpace)
        .field("cluster", wl.cluster)
        .field("runtime_status", wl.runtimeStatus);
    w.key("nodes").stringList(wl.nodes);
    w.field("architecture", wl.architecture);
    w.key("risks").stringList(wl.rawRisks);
    w.field("vulnerabilities_count", wl.vulnerabilitiesCount);
    w.key("processes")
        .raw(processes == Processes::Omit || wl.processes.isEmpty()
                 ? QByteArray("[]")
                 : QJsonDocument(wl.processes).toJson(QJsonDocument::Compact));
    w.endObject();
    return out;
}

QJsonObject toJson(const Workload &w)
{
    return QJsonObject { { QStringLiteral("name"), w.name },
                         { QStringLiteral("namespace"), w.nameSpace },
                         { QStringLiteral("cluster"), w.cluster },
                         { QStringLiteral("runtime_status"), w.runtimeStatus },
                         { QStringLiteral("nodes"), stringArray(w.nodes) },
                         { QStringLiteral("architecture"), w.architecture },
                         { QStringLiteral("risks"), stringArray(w.rawRisks) },
                         { QStringLiteral("vulnerabilities_count"), w.vulnerabilitiesCount },
                         { QStringLiteral("processes"), w.processes } };
}

QJsonObject toJson(const Cluster &c)
{
    QJsonArray nodes;
    for (const ClusterNode &n : c.nodes)
        nodes.append(QJsonObject { { QStringLiteral("id"), n.id },
                                   { QStringLiteral("name"), n.name },
                                   { QStringLiteral("hostname"), n.hostname },
                                   { QStringLiteral("architecture"), n.architecture },
                                   { QStringLiteral("internal_ip"), n.internalIp },
                                   { QStringLiteral("region"), n.region },
                                   { QStringLiteral("status"), n.status },
                                   { QStringLiteral("sensor_installed"), n.sensorInstalled },
                                   { QStringLiteral("sensor_version"), n.sensorVersion } });
    QJsonObject o { { QStringLiteral("id"), c.id },
                    { QStringLiteral("name"), c.name },
                    { QStringLiteral("provider"), c.provider },
                    { QStringLiteral("regions"), stringArray(c.regions) },
                    { QStringLiteral("monitored_at"), c.monitoredAt },
                    { QStringLiteral("controller_status"), c.controllerStatus },
                    { QStringLiteral("controller_version"), c.controllerVersion },
                    { QStringLiteral("nodes_count"), c.nodesCount },
                    { QStringLiteral("running_nodes_count"), c.runningNodesCount },
                    { QStringLiteral("failed_nodes_count"), c.failedNodesCount },
                    { QStringLiteral("failed_to_install_nodes_count"), c.failedToInstallNodesCount },
                    { QStringLiteral("disabled_nodes_count"), c.disabledNodesCount } };
    if (!c.nodes.isEmpty())
        o.insert(QStringLiteral("nodes"), nodes);
    return o;
}

} // namespace RuntimeJson
