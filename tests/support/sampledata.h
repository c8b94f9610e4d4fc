#pragma once

#include "database.h"
#include "imagetag.h"

#include <QList>
#include <QString>

#include <memory>

// Small, realistic inventory data for the storage tests, and cache databases to put it in.
namespace SampleData {

// A tag as the 3.2 example shapes it; the digest is derived from the identity, so it is stable.
ImageTag tag(const QString &name, const QString &tag, const QString &registry = QStringLiteral("jfrog.com"),
             const QString &repositoryPath = QStringLiteral("docker-local/team"));
// `count` distinct tags: "image-<i % images>:v<i>", alternating risks, severities, clusters and namespaces.
QList<ImageTag> tags(int count, int images = 5);
// The image tag of list-image-tags.json, parsed.
ImageTag exampleTag();

// Opens (creating if needed) an inventory cache at `path`; fails the calling test when it cannot.
std::unique_ptr<Database> openCache(const QString &path);
// Writes `tags` as one generation of `cache` and makes it current, as a whole sync would; returns
// the generation, or 0 after failing the calling test.
qint64 commitGeneration(Database &cache, const QList<ImageTag> &tags,
                        const QString &source = QStringLiteral("https://demo.invalid|default"));
qint64 scalar(Database &db, const QString &sql);

} // namespace SampleData
