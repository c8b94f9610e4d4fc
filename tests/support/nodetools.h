#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// node and the pinned `typescript` of tools/tscheck, for the tests that check generated workers.
// A missing tool is a failure with a clear message, never a skip: these tests are the only proof
// that the generated TypeScript is valid and makes the planned calls.
namespace NodeTools {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// Empty when all is there; otherwise what is missing and how to get it.
QString missing();
QString sourceDir(); // RD_SOURCE_DIR (env, else the configure-time path)
QString tscheckDir(); // <source>/tools/tscheck
QString node(); // RD_NODE, else node on PATH
// `node <script or tsc> args…` with a timeout; tsc is tools/tscheck/node_modules/typescript/bin/tsc.
Run node(const QStringList &args, int timeoutMs = 120000);
Run tsc(const QString &tsconfig);

} // namespace NodeTools
