#pragma once

#include "person.h"
#include "rule.h"
#include "rulejson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Turns a rule into a worker project that `jf worker deploy` accepts (docs/jfrog-api.md 4.5):
//   worker.ts      the rule as data (RULE, which `rules import` reads back) + a fixed runtime that
//                  decides and sends exactly what NotificationPlanner plans. No imports, no line
//                  that starts with `import`, ES2021 + console + context only, strict TypeScript.
//   manifest.json  as `jf worker init` writes it, without secret values.
//   types.ts       the types the platform supplies to uploaded code, for local type-checking.
//   worker.spec.ts the worker against the documented sample event, expecting the planner's calls.
//   package.json, tsconfig.json, README.md  as `jf worker init` scaffolds them (jest, strict).
class WorkerGenerator
{
    Q_DECLARE_TR_FUNCTIONS(WorkerGenerator)

public:
    static constexpr int generatorVersion = 1;
    static constexpr qsizetype maxCodeChars = 100000; // GET /worker/api/v1/options edition.maxCodeChars
    static constexpr qint64 specTime = 1700000000; // the clock worker.spec.ts fixes

    struct Output
    {
        QMap<QString, QByteArray> files; // file name -> content
        QStringList errors; // set when nothing can be written
    };

    // people: the user's own directory entries; the worker embeds those the rule's channels may
    // need and asks the platform's Access API for the rest.
    static Output generate(const Rule &rule, const QString &workerKey = {}, const QList<Person> &people = {});
    static QByteArray workerSource(const Rule &rule, const QList<Person> &people = {});
    // The PEOPLE a generated worker embeds (name, email, Slack member ID).
    static QList<Person> embeddedPeople(const QByteArray &source);
    static QByteArray manifest(const Rule &rule, const QString &workerKey);
    static QByteArray types();
    static QByteArray spec(const Rule &rule);

    // "rd-<name as a slug>-<first 8 of the id>": lower-case letters, digits and dashes.
    static QString suggestedKey(const Rule &rule);
    // The rule embedded in a worker.ts this generator wrote. `edited` is set when the code around it
    // is not what this generator writes for that rule (changed by hand, or another generator version).
    static RuleJson::Result importWorker(const QByteArray &source, bool *edited = nullptr);
    // The documented AFTER_WORKLOAD_STATE_CHANGE sample event (docs/jfrog-api.md 4.3).
    static QJsonObject sampleEvent();
    // Stand-in secret values for the spec: URLs, a 32-byte signing key, an API key.
    static QHash<QString, QString> specSecrets(const Rule &rule);

    // Writes the files into `directory` (created when missing); false and a reason otherwise.
    static bool write(const Output &output, const QString &directory, QString *error);

private:
    static QByteArray resource(const QString &path);
    // Replaces each @NAME@ of `text` (only those in the text, in one pass) by its value.
    static QByteArray fill(const QByteArray &text, const QHash<QByteArray, QByteArray> &values);
};
