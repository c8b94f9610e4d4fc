#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares. A target is built twice: with libFuzzer (tests/fuzz, the `fuzz`
// preset: clang, ASan, UBSan) and, in normal builds, with replay_main.cpp, which runs it over
// its corpus and every crasher ever found (tests/reliability, label `reliability`).
namespace FuzzSupport {

// A QCoreApplication for QtSql's plugin loading, and quiet logs: a fuzzer prints nothing per input.
inline void initialize()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
    QLoggingCategory::setFilterRules(
        QStringLiteral("*.debug=false\n*.info=false\n*.warning=false\n*.critical=false"));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant broke: abort, so libFuzzer keeps the input as a crasher.
[[noreturn]] inline void violated(const char *what)
{
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
}

} // namespace FuzzSupport

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            FuzzSupport::violated(#condition);                                                               \
    } while (false)
