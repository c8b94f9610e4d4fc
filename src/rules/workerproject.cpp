#include "workerproject.h"

#include "jsonwriter.h"
#include "jstext.h"
#include "logging.h"
#include "rule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace WorkerProject {

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing resource %s", qPrintable(path));
    return file.readAll();
}

QByteArray fill(const QByteArray &text, const QHash<QByteArray, QByteArray> &values)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf('@', i);
        const qsizetype close = open < 0 ? -1 : text.indexOf('@', open + 1);
        const QByteArray name = close < 0 ? QByteArray() : text.mid(open + 1, close - open - 1);
        if (close < 0 || !values.contains(name)) {
            const qsizetype upTo = open < 0 ? text.size() : open + 1;
            out += text.mid(i, upTo - i);
            i = upTo;
            continue;
        }
        out += text.mid(i, open - i) + values.value(name);
        i = close + 1;
    }
    return out;
}

QByteArray manifest(const QString &workerKey, const QString &description)
{
    JsonWriter w(2);
    w.beginObject();
    w.key(u"name").value(workerKey);
    w.key(u"description").value(JsText::clip(JsText::singleLine(description), 256));
    w.key(u"sourceCodePath").value(u"./worker.ts");
    w.key(u"action").value(Rule::action);
    w.key(u"enabled").value(false);
    w.key(u"debug").value(false);
    w.key(u"projectKey").value(u"");
    w.key(u"secrets").beginObject().endObject(); // values go to the platform directly, never into files
    w.key(u"filterCriteria").beginObject().endObject();
    w.key(u"application").value(Rule::application);
    w.endObject();
    return w.data() + '\n';
}

QMap<QString, QByteArray> commonFiles()
{
    return { { QStringLiteral("types.ts"), resource(QStringLiteral(":/rules/worker-types.ts")) },
             { QStringLiteral("package.json"), resource(QStringLiteral(":/rules/worker-package.json")) },
             { QStringLiteral("tsconfig.json"), resource(QStringLiteral(":/rules/worker-tsconfig.json")) } };
}

bool write(const QMap<QString, QByteArray> &files, const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error =
            QCoreApplication::translate("WorkerGenerator", "cannot create the directory %1").arg(directory);
        return false;
    }
    for (auto it = files.begin(); it != files.end(); ++it) {
        QSaveFile file(QDir(directory).filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()
            || !file.commit()) {
            *error = QCoreApplication::translate("WorkerGenerator", "cannot write %1: %2")
                         .arg(file.fileName(), file.errorString());
            return false;
        }
    }
    qCDebug(lcRules) << "worker written to" << directory;
    return true;
}

} // namespace WorkerProject
