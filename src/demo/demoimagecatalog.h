#pragma once

#include "demovocabulary.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// The images of the demo estate: each is (registry, repository_path, name), unique, with a tag
// naming style and a build owner. Strings live once in shared tables; an image is 16 bytes.
class DemoImageCatalog
{
public:
    struct Image
    {
        quint32 nameId = 0;
        quint32 repoId = 0;
        quint16 nextOrdinal = 0; // the next tag number; keeps (image, tag) unique forever
        quint8 registry = 0;
        quint8 style = 0; // how its tags are spelled
        quint8 owner = 0; // index into owners()
        quint8 openSource = 0; // an upstream image (nginx, redis...): runs in infrastructure namespaces
        quint8 adversarial = 0;
        quint8 team = 0;
    };

    explicit DemoImageCatalog(quint64 seed);

    // Creates the next image (a pure function of the seed and how many were made before).
    int add();
    int size() const { return int(m_images.size()); }
    const Image &image(int index) const { return m_images.at(index); }
    quint16 takeOrdinal(int index) { return m_images[index].nextOrdinal++; }

    const QString &name(int index) const { return m_names.at(m_images.at(index).nameId); }
    const QString &repositoryPath(int index) const { return m_repos.at(m_images.at(index).repoId); }
    const DemoVocabulary::Registry &registry(int index) const;
    bool trusted(int index) const { return registry(index).trusted; }
    const QString &owner(int index) const { return m_owners.at(m_images.at(index).owner); }
    const QString &team(int index) const;
    QString tagName(int index, quint16 ordinal, bool adversarial) const;

    // Sort ranks of the string tables, refreshed after images are added.
    void rebuildRanks();
    quint32 nameRank(int index) const { return m_nameRank.at(m_images.at(index).nameId); }
    quint32 repoRank(int index) const { return m_repoRank.at(m_images.at(index).repoId); }
    quint32 registryRank(int index) const { return m_registryRank.at(m_images.at(index).registry); }
    qsizetype nameCount() const { return m_names.size(); }
    quint32 nameId(int index) const { return m_images.at(index).nameId; }
    const QString &nameById(quint32 id) const { return m_names.at(id); }
    quint32 rankOfName(quint32 id) const { return m_nameRank.at(id); }

private:
    quint32 intern(QStringList &table, QHash<QString, quint32> &ids, const QString &text);

    quint64 m_seed;
    quint64 m_created = 0;
    QList<Image> m_images;
    QStringList m_names;
    QStringList m_repos;
    QStringList m_owners;
    QHash<QString, quint32> m_nameIds;
    QHash<QString, quint32> m_repoIds;
    QSet<quint64> m_identities; // (registry, repo, name) of every image ever made
    QList<quint32> m_nameRank;
    QList<quint32> m_repoRank;
    QList<quint32> m_registryRank;
};
