#include "demojson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstring>

namespace DemoJson {
namespace {

void appendKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendField(QByteArray &out, const char *key, const QString &value)
{
    appendKey(out, key);
    appendString(out, value);
    out += ',';
}

void appendStrings(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, list.at(i));
    }
    out += ']';
}

void appendComponents(QByteArray &out, const QList<Component> &components)
{
    out += "\"components\":[";
    for (qsizetype i = 0; i < components.size(); ++i) {
        const Component &c = components.at(i);
        out += i ? ",{" : "{";
        appendField(out, "id", c.id);
        appendField(out, "name", c.name);
        appendKey(out, "version");
        appendString(out, c.version);
        out += '}';
    }
    out += ']';
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // Worst case: every UTF-16 unit becomes six bytes ("\u001f"); write in place, then trim.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const qsizetype size = text.size();
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = units[i];
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *p++ = char(c);
        } else if (c >= 0x80) { // a run of non-ASCII text: encode it as UTF-8 in one go
            qsizetype end = i + 1;
            while (end < size && units[end] >= 0x80)
                ++end;
            const QByteArray utf8 = text.mid(i, end - i).toUtf8(); // at most 3 bytes per unit: fits
            memcpy(p, utf8.constData(), size_t(utf8.size()));
            p += utf8.size();
            i = end - 1;
        } else if (c == u'"' || c == u'\\') {
            *p++ = '\\';
            *p++ = char(c);
        } else {
            *p++ = '\\';
            switch (c) {
            case u'\n': *p++ = 'n'; break;
            case u'\r': *p++ = 'r'; break;
            case u'\t': *p++ = 't'; break;
            case u'\b': *p++ = 'b'; break;
            case u'\f': *p++ = 'f'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 0xf];
            }
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', 17);
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &v : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            appendValue(out, v);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += '{';
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it != object.begin())
                out += ',';
            appendString(out, it.key());
            out += ':';
            appendValue(out, it.value());
        }
        out += '}';
        break;
    }
    }
}

void appendImageTag(QByteArray &out, const ImageTag &t, DemoTagView view)
{
    out += '{';
    appendField(out, "name", t.name);
    appendField(out, "tag", t.tag);
    appendField(out, "architecture", t.architecture);
    appendField(out, "registry", t.registry);
    appendField(out, "repository_path", t.repositoryPath);
    if (!t.digest.isEmpty())
        appendField(out, "image_digest", t.digest);
    appendField(out, "runtime_status", t.runtimeStatus);
    out += t.scaScanned ? "\"scan_info\":{\"sca\":true}," : "\"scan_info\":{\"sca\":false},";
    appendKey(out, "risks");
    appendStrings(out, t.rawRisks);
    out += ",\"vulnerabilities\":[";
    for (qsizetype i = 0; i < t.vulnerabilities.size(); ++i) {
        const Vulnerability &v = t.vulnerabilities.at(i);
        out += i ? ",{" : "{";
        appendField(out, "cve_id", v.cveId);
        appendField(out, "xray_id", v.xrayId);
        appendField(out, "severity", SeverityNames::toString(v.severity));
        appendField(out, "cvss_v2", v.cvssV2);
        appendField(out, "cvss_v3", v.cvssV3);
        appendField(out, "applicability", v.applicability);
        if (!v.packageType.isEmpty())
            appendField(out, "package_type", v.packageType);
        appendComponents(out, v.components);
        out += '}';
    }
    out += "],\"malicious_packages\":[";
    for (qsizetype i = 0; i < t.maliciousPackages.size(); ++i) {
        out += i ? ",{" : "{";
        appendField(out, "xray_id", t.maliciousPackages.at(i).xrayId);
        appendComponents(out, t.maliciousPackages.at(i).components);
        out += '}';
    }
    out += "],\"workloads\":[";
    for (qsizetype i = 0; i < t.workloads.size(); ++i) {
        const WorkloadRef &w = t.workloads.at(i);
        out += i ? ",{" : "{";
        appendField(out, "name", w.name);
        appendField(out, "namespace", w.nameSpace);
        appendKey(out, "cluster");
        appendString(out, w.cluster);
        out += '}';
    }
    out += ']';
    if (t.deployedBy) {
        out += ',';
        appendKey(out, "deployed_by");
        appendString(out, *t.deployedBy);
    }
    if (t.buildInfo) {
        out += ",\"build_info\":{";
        if (!t.buildInfo->owner.isEmpty()) // absent, as some builds send it
            appendField(out, "build_owner", t.buildInfo->owner);
        appendField(out, "build_name", t.buildInfo->name);
        appendField(out, "build_number", t.buildInfo->number);
        appendKey(out, "build_repository");
        appendString(out, t.buildInfo->repository);
        out += '}';
    }
    if (t.registryTrusted)
        out += *t.registryTrusted ? ",\"registry_trusted\":true" : ",\"registry_trusted\":false";
    if (t.integrity) {
        out += ",\"integrity\":{";
        appendField(out, "status", t.integrity->status);
        appendField(out, "violation_type", t.integrity->violationType);
        appendField(out, "severity", t.integrity->severity);
        appendField(out, "runtime_digest", t.integrity->runtimeDigest);
        appendKey(out, "artifactory_digest");
        appendString(out, t.integrity->expectedDigest);
        out += '}';
    }
    if (!t.cloudProviders.isEmpty()) {
        out += ",\"cloud_providers\":";
        appendStrings(out, t.cloudProviders);
    }
    if (view == DemoTagView::Detail) {
        out += ",\"clusters_count\":";
        out += QByteArray::number(t.clusters().size());
        out += ",\"workloads_count\":";
        out += QByteArray::number(t.workloads.size());
    }
    out += '}';
}

} // namespace DemoJson
