#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The fixed word lists the demo estate is drawn from: registries, teams, products, people,
// namespaces, clusters, package ecosystems and the adversarial-but-legal strings (FUZZ-4).
// Immutable tables; the seed only decides how they are combined.
namespace DemoVocabulary {

struct Registry
{
    QString host;
    bool trusted; // pulled through the platform's own Artifactory (docs/jfrog-api.md 2, ASSUMED)
    QStringList roots; // repository roots (Artifactory repositories, or organisations)
    int weight;
};

struct ClusterSpec
{
    QString name;
    QString provider; // cloud_providers value: aws, azure, gcp, on-prem
    QString region;
    QString stage; // prod, staging or dev: decides which namespaces run there
    int nodes;
    int weight; // share of workloads
};

struct Ecosystem
{
    QString scheme; // the component id prefix: npm://, pypi://, gav://, ...
    QStringList names;
    int weight;
};

const QList<Registry> &registries();
const QStringList &teams();
const QStringList &products();
const QStringList &productSuffixes();
const QStringList &openSourceImages();
const QStringList &people();
const QStringList &ciUsers();
const QStringList &buildOwners();
// CI identities that are not in ciUsers(): bot accounts and platform service users.
const QStringList &serviceAccounts();
// people() as e-mail addresses, as platforms that take the committer's address send them.
QString emailOf(const QString &person);

// What kind of value a Build Owner or Deployed By is; Absent for a missing field.
enum class PersonKind { User, ServiceAccount, Email, Team, Adversarial, Absent };
PersonKind personKind(const std::optional<QString> &value);
const QStringList &namespacesFor(const QString &stage);
const QStringList &infrastructureNamespaces();
const QList<ClusterSpec> &clusters();
const QList<Ecosystem> &ecosystems();
const QStringList &applicabilities(); // every documented value (docs/jfrog-api.md 3.2)

// Adversarial strings: legal JSON, hostile to naive display code. Each list covers unicode,
// CJK, right-to-left marks (U+200F, U+202E), zero-width characters and HTML-looking text.
const QStringList &adversarialImageNames();
const QStringList &adversarialOwners();
// Tag patterns with "%1" for a number that keeps each tag unique within its image.
const QStringList &adversarialTagPatterns();

// {xray id, component id, name, version} of well-known malicious packages.
struct MaliciousSpec
{
    QString xrayId;
    QString componentId;
    QString name;
    QString version;
};
const QList<MaliciousSpec> &maliciousPackages();

} // namespace DemoVocabulary
