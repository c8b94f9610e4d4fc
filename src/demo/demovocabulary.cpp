#include "demovocabulary.h"

namespace DemoVocabulary {
namespace {

QStringList words(std::initializer_list<const char *> utf8)
{
    QStringList list;
    list.reserve(qsizetype(utf8.size()));
    for (const char *w : utf8)
        list.append(QString::fromUtf8(w));
    return list;
}

} // namespace

const QList<Registry> &registries()
{
    static const QList<Registry> list {
        { QStringLiteral("acme.jfrog.io"), true,
          words({ "docker-local", "docker-prod-local", "docker-release-local" }), 40 },
        { QStringLiteral("acme-docker.jfrog.io"), true,
          words({ "docker-virtual", "docker-remote", "docker-dev-local" }), 25 },
        { QStringLiteral("docker.io"), false, words({ "library", "bitnami", "grafana", "acmecorp" }), 15 },
        { QStringLiteral("ghcr.io"), false,
          words({ "acme-oss", "fluxcd", "external-secrets", "open-telemetry" }), 8 },
        { QStringLiteral("quay.io"), false, words({ "prometheus", "jetstack", "coreos", "keycloak" }), 6 },
        { QStringLiteral("public.ecr.aws"), false,
          words({ "eks-distro", "docker/library", "karpenter", "bitnami" }), 6 },
    };
    return list;
}

const QStringList &teams()
{
    static const QStringList list =
        words({ "payments", "checkout", "platform", "identity", "search", "data", "mobile", "web",
                "observability", "security", "ml", "logistics", "growth", "core" });
    return list;
}

const QStringList &products()
{
    static const QStringList list = words(
        { "checkout",  "payments",  "cart",     "catalog",       "search",     "auth",    "identity",
          "orders",    "inventory", "shipping", "notifications", "billing",    "pricing", "recommendations",
          "reviews",   "ledger",    "fraud",    "gateway",       "profile",    "media",   "reporting",
          "scheduler", "events",    "audit",    "feature-flags", "metrics",    "session", "storefront",
          "loyalty",   "tax",       "refunds",  "wallet",        "onboarding", "kyc",     "settlement",
          "invoicing", "returns",   "geo" });
    return list;
}

const QStringList &productSuffixes()
{
    static const QStringList list =
        words({ "api", "service", "worker", "web", "gateway", "consumer", "scheduler", "sync", "backend",
                "ui", "cron", "proxy", "indexer", "exporter", "batch", "admin" });
    return list;
}

const QStringList &openSourceImages()
{
    static const QStringList list = words({ "nginx",          "redis",
                                            "postgres",       "busybox",
                                            "alpine",         "grafana",
                                            "prometheus",     "node-exporter",
                                            "alertmanager",   "fluent-bit",
                                            "coredns",        "kube-proxy",
                                            "envoy",          "haproxy",
                                            "rabbitmq",       "kafka",
                                            "zookeeper",      "mongo",
                                            "mysql",          "memcached",
                                            "traefik",        "cert-manager-controller",
                                            "external-dns",   "vault",
                                            "consul",         "jaeger",
                                            "otel-collector", "loki",
                                            "promtail",       "argocd",
                                            "keda",           "karpenter",
                                            "cilium",         "calico-node",
                                            "metrics-server", "elasticsearch",
                                            "kibana",         "minio",
                                            "keycloak",       "ingress-nginx-controller" });
    return list;
}

const QStringList &people()
{
    static const QStringList list =
        words({ "alice.nguyen", "bob.schmidt", "carla.rossi", "dmitri.ivanov", "emma.johansson",
                "farid.haddad", "grace.kim", "hiro.tanaka", "ines.garcia", "jonas.weber", "kavya.iyer",
                "liam.obrien", "maria.silva", "noah.cohen" });
    return list;
}

const QStringList &ciUsers()
{
    static const QStringList list = words(
        { "jenkins-user", "github-actions", "gitlab-ci", "argo-cd", "tekton-bot", "circleci", "spinnaker" });
    return list;
}

const QStringList &buildOwners()
{
    static const QStringList list =
        words({ "devops-team", "platform-team", "payments-team", "checkout-team", "sre-team", "data-team",
                "identity-team", "web-team", "mobile-team" });
    return list;
}

const QStringList &serviceAccounts()
{
    static const QStringList list =
        words({ "github-actions[bot]", "svc-argo", "svc-release", "dependabot[bot]" });
    return list;
}

QString emailOf(const QString &person)
{
    return person + QStringLiteral("@acme.example");
}

PersonKind personKind(const std::optional<QString> &value)
{
    if (!value || value->isEmpty())
        return PersonKind::Absent;
    if (adversarialOwners().contains(*value))
        return PersonKind::Adversarial;
    if (value->contains(u'@'))
        return PersonKind::Email;
    if (people().contains(*value))
        return PersonKind::User;
    if (ciUsers().contains(*value) || serviceAccounts().contains(*value))
        return PersonKind::ServiceAccount;
    if (buildOwners().contains(*value))
        return PersonKind::Team;
    return PersonKind::User; // a name the lists do not know: treat it as a person
}

const QStringList &namespacesFor(const QString &stage)
{
    static const QStringList prod =
        words({ "production", "payments", "checkout", "identity", "data", "search", "web", "orders" });
    static const QStringList staging = words({ "staging", "qa", "payments-staging", "checkout-staging" });
    static const QStringList dev = words({ "dev", "default", "sandbox" });
    if (stage == u"prod")
        return prod;
    if (stage == u"staging")
        return staging;
    return dev;
}

const QStringList &infrastructureNamespaces()
{
    static const QStringList list =
        words({ "monitoring", "kube-system", "ingress-nginx", "cert-manager", "logging", "argocd" });
    return list;
}

const QList<ClusterSpec> &clusters()
{
    static const QList<ClusterSpec> list {
        { QStringLiteral("prod-euc1"), QStringLiteral("aws"), QStringLiteral("eu-central-1"),
          QStringLiteral("prod"), 12, 30 },
        { QStringLiteral("prod-use1"), QStringLiteral("aws"), QStringLiteral("us-east-1"),
          QStringLiteral("prod"), 10, 25 },
        { QStringLiteral("prod-aue"), QStringLiteral("azure"), QStringLiteral("australiaeast"),
          QStringLiteral("prod"), 6, 12 },
        { QStringLiteral("staging-euw2"), QStringLiteral("gcp"), QStringLiteral("europe-west2"),
          QStringLiteral("staging"), 5, 15 },
        { QStringLiteral("dev-local"), QStringLiteral("on-prem"), QString(), QStringLiteral("dev"), 3, 8 },
        { QStringLiteral("edge-apse1"), QStringLiteral("aws"), QStringLiteral("ap-southeast-1"),
          QStringLiteral("prod"), 4, 10 },
    };
    return list;
}

const QList<Ecosystem> &ecosystems()
{
    static const QList<Ecosystem> list {
        { QStringLiteral("npm"),
          words({ "lodash", "express", "axios", "minimist", "moment", "jsonwebtoken", "node-fetch", "ws",
                  "semver", "qs", "tar", "undici", "follow-redirects", "protobufjs" }),
          30 },
        { QStringLiteral("pypi"),
          words({ "requests", "urllib3", "pyyaml", "jinja2", "django", "flask", "cryptography", "pillow",
                  "numpy", "setuptools", "werkzeug", "pycrypto", "aiohttp" }),
          20 },
        { QStringLiteral("gav"),
          words({ "org.yaml:snakeyaml", "org.apache.logging.log4j:log4j-core",
                  "com.fasterxml.jackson.core:jackson-databind", "org.springframework:spring-web",
                  "com.thoughtworks.xstream:xstream", "io.netty:netty-codec-http",
                  "org.apache.commons:commons-text", "com.google.guava:guava" }),
          20 },
        { QStringLiteral("deb"),
          words({ "debian:bookworm:openssl", "debian:bookworm:libc6", "debian:bookworm:zlib1g",
                  "debian:bookworm:curl", "debian:bookworm:libxml2", "debian:bookworm:perl-base",
                  "debian:bookworm:libssh2-1" }),
          15 },
        { QStringLiteral("go"),
          words({ "golang.org/x/net", "golang.org/x/crypto", "github.com/gin-gonic/gin",
                  "google.golang.org/grpc", "github.com/docker/docker", "golang.org/x/text",
                  "github.com/golang-jwt/jwt" }),
          10 },
        { QStringLiteral("alpine"),
          words({ "3.18:busybox", "3.18:musl", "3.19:openssl", "3.19:libcrypto3", "3.17:zlib" }), 5 },
    };
    return list;
}

const QStringList &applicabilities()
{
    static const QStringList list = words({ "applicable", "not_applicable", "undetermined", "not_scanned",
                                            "rescan_required", "upgrade_required", "not_covered" });
    return list;
}

const QStringList &adversarialImageNames()
{
    static const QStringList list =
        words({ "café-api", "数据-服务", "결제-api", "\u202Egnp.exe-api", "admin\u200F-portal",
                "zero\u200Bwidth-svc", "join\u200D-svc", "<img src=http://127.0.0.1:9/x>", "<b>bold</b>",
                "naïve-façade", "rocket-🚀-api", "bom\uFEFF-service" });
    return list;
}

const QStringList &adversarialOwners()
{
    static const QStringList list =
        words({ "José Müller", "山田太郎", "<b>bold</b>", "mallory\u202Eresu-snikne", "jenkins\u200B-user",
                "\u200Fadmin", "<img src=http://127.0.0.1:9/x>" });
    return list;
}

const QStringList &adversarialTagPatterns()
{
    static const QStringList list = words({ "café-%1", "版本-%1", "v%1\u200B", "\u202Ev%1", "\u200Frc-%1",
                                            "<b>%1</b>", "<img src=http://127.0.0.1:9/x>-%1", "ünïcödé-%1" });
    return list;
}

const QList<MaliciousSpec> &maliciousPackages()
{
    static const QList<MaliciousSpec> list {
        { QStringLiteral("XRAY-198184"), QStringLiteral("pypi://ecopower:1.3"), QStringLiteral("ecopower"),
          QStringLiteral("1.3") },
        { QStringLiteral("XRAY-264729"), QStringLiteral("npm://event-stream:3.3.6"),
          QStringLiteral("event-stream"), QStringLiteral("3.3.6") },
        { QStringLiteral("XRAY-186154"), QStringLiteral("npm://ua-parser-js:0.7.29"),
          QStringLiteral("ua-parser-js"), QStringLiteral("0.7.29") },
        { QStringLiteral("XRAY-257314"), QStringLiteral("pypi://ctx:0.2.6"), QStringLiteral("ctx"),
          QStringLiteral("0.2.6") },
        { QStringLiteral("XRAY-240111"), QStringLiteral("npm://node-ipc:10.1.1"), QStringLiteral("node-ipc"),
          QStringLiteral("10.1.1") },
        { QStringLiteral("XRAY-260001"), QStringLiteral("npm://coa:2.0.3"), QStringLiteral("coa"),
          QStringLiteral("2.0.3") },
    };
    return list;
}

} // namespace DemoVocabulary
