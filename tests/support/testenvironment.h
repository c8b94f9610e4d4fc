#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// Per-test isolation: QStandardPaths test mode, a private temporary directory, and paths to the
// test data and the built binaries.
namespace TestEnvironment {

// Call first in initTestCase(): test-mode standard paths, a 0700 XDG_RUNTIME_DIR.
void init();
QString dataPath(const QString &relative); // tests/data/<relative>
QByteArray readData(const QString &relative);
QString cliPath(); // the built runtime-desk-cli
QString appPath(); // the built runtime-desk

} // namespace TestEnvironment
