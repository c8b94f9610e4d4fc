#include "clicontext.h"
#include "demoplatform.h"
#include "servedemo.h"

#include <QCommandLineParser>

int runServeDemo(CliContext &cx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the demo platform on 127.0.0.1 until interrupted. Prints its URL, the CA certificate to trust "
        "(--ca) and the token (JFROG_ACCESS_TOKEN)."));
    parser.addOptions({
        { QStringLiteral("port"), QStringLiteral("Port (0: any free one)."), QStringLiteral("port"),
          QStringLiteral("0") },
        { QStringLiteral("tags"), QStringLiteral("Image tags in the estate (1 to 200000)."),
          QStringLiteral("n"), QStringLiteral("1000") },
        { QStringLiteral("seed"), QStringLiteral("Seed of the generated estate."), QStringLiteral("seed"),
          QStringLiteral("1") },
        { QStringLiteral("token"), QStringLiteral("The token to accept (default: a random one)."),
          QStringLiteral("token") },
        { QStringLiteral("dir"),
          QStringLiteral("Where to write ca.pem (default: a private temporary directory)."),
          QStringLiteral("dir") },
        { QStringLiteral("list-only"),
          QStringLiteral("List rows carry exactly the documented fields (no owner, deployer, integrity).") },
        { QStringLiteral("list-variant"),
          QStringLiteral(
              "Shape of the image-tags listing: examples (image_tags, total_count at the top level) or "
              "field-table (images_tags, total_count inside pagination)."),
          QStringLiteral("variant"), QStringLiteral("examples") },
        { QStringLiteral("total-count-skew"),
          QStringLiteral("Add N to every total_count of the image-tags listing (a fault: the count disagrees "
                         "with the rows)."),
          QStringLiteral("n"), QStringLiteral("0") },
        { QStringLiteral("no-tag-detail"),
          QStringLiteral("No image-tag detail endpoint: GET /runtime/api/v1/images/tags/{digest} answers 404 "
                         "like an unknown path.") },
        { QStringLiteral("no-owner-trail"),
          QStringLiteral(
              "No owner trail: the generic repository runtime-desk-trail and its records do not exist.") },
        { QStringLiteral("no-artifactory-admin"),
          QStringLiteral("The token is not an Artifactory admin: creating a repository answers 403.") },
        { QStringLiteral("no-access-admin"),
          QStringLiteral(
              "The token is not admin-scoped: reading users (/access/api/v2/users/NAME) answers 403.") },
    });
    parser.addHelpOption();
    if (!parser.parse(args))
        return cx.fail(CliContext::Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cx.out << parser.helpText();
        return CliContext::Ok;
    }
    bool portOk = false;
    bool tagsOk = false;
    bool seedOk = false;
    DemoPlatform::Options options;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    options.tags = parser.value(QStringLiteral("tags")).toInt(&tagsOk);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!portOk || port > 65535)
        return cx.fail(CliContext::Usage, QStringLiteral("--port takes 0 to 65535"));
    if (!tagsOk || options.tags < 1 || options.tags > 200000)
        return cx.fail(CliContext::Usage, QStringLiteral("--tags takes 1 to 200000"));
    if (!seedOk)
        return cx.fail(CliContext::Usage, QStringLiteral("--seed takes a non-negative integer"));
    options.port = quint16(port);
    options.token = parser.value(QStringLiteral("token"));
    options.directory = parser.value(QStringLiteral("dir"));
    options.listIncludesDetail = !parser.isSet(QStringLiteral("list-only"));
    const QString variant = parser.value(QStringLiteral("list-variant"));
    if (variant == u"examples")
        options.listVariant = DemoListVariant::Examples;
    else if (variant == u"field-table")
        options.listVariant = DemoListVariant::FieldTable;
    else
        return cx.fail(CliContext::Usage, QStringLiteral("--list-variant takes examples or field-table"));
    bool skewOk = false;
    options.totalCountSkew = parser.value(QStringLiteral("total-count-skew")).toInt(&skewOk);
    if (!skewOk)
        return cx.fail(CliContext::Usage, QStringLiteral("--total-count-skew takes an integer"));
    options.tagDetailEndpoint = !parser.isSet(QStringLiteral("no-tag-detail"));
    options.ownerTrail = !parser.isSet(QStringLiteral("no-owner-trail"));
    options.artifactoryAdmin = !parser.isSet(QStringLiteral("no-artifactory-admin"));
    options.accessAdmin = !parser.isSet(QStringLiteral("no-access-admin"));
    return runServeDemo(options, cx.out);
}
