#pragma once

#include "cluster.h"
#include "imagetag.h"
#include "page.h"
#include "workload.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// JSON codecs for the Runtime REST API. Tolerant of every CONFLICT variant in docs/jfrog-api.md 3:
// image_tags / images_tags, id / component_id, string or integer cluster ids, total_count at
// the top level or in pagination, a missing image_digest, null malicious_packages.
// Each parse function returns nullopt and a one-line reason when the body as a whole is unusable.
namespace RuntimeJson {

std::optional<Page<ImageTag>> parseImageTagsPage(const QByteArray &body, QString *error);
std::optional<Page<Workload>> parseWorkloadsPage(const QByteArray &body, QString *error);
std::optional<Page<Cluster>> parseClustersPage(const QByteArray &body, QString *error);
std::optional<Cluster> parseClusterDetail(const QByteArray &body, QString *error);
std::optional<ImageTag> parseImageTagDetail(const QByteArray &body, QString *error);

std::optional<ImageTag> imageTagFromJson(const QJsonObject &object, QString *error);
std::optional<Workload> workloadFromJson(const QJsonObject &object, QString *error);
std::optional<Cluster> clusterFromJson(const QJsonObject &object, QString *error);

// The API shape (an image_tags[] element plus the detail fields); imageTagFromJson reads it back.
QJsonObject toJson(const ImageTag &tag);
QJsonObject toJson(const Workload &workload);
QJsonObject toJson(const Cluster &cluster);
QJsonObject toJson(const Vulnerability &vulnerability);

// The same JSON as toJson(), written directly as compact bytes. The cache keeps vulnerabilities
// in a table of their own and workloads without their processes, so it asks for less.
enum class Vulnerabilities { Include, Omit };
QByteArray compact(const ImageTag &tag, Vulnerabilities vulnerabilities = Vulnerabilities::Include);
QByteArray compactVulnerabilities(const QList<Vulnerability> &vulnerabilities);
enum class Processes { Include, Omit };
QByteArray compact(const Workload &workload, Processes processes = Processes::Include);

// A server string as the cache can keep it: U+FFFE and U+FFFF become U+FFFD (as SQLite reads them back).
QString storableText(QString text);

// Reads a JSON document with our structural limits; nullopt and a reason otherwise.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);

} // namespace RuntimeJson
