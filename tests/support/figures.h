#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// The figures the reliability tests print for tools/reliability: one line per family, on stdout,
// as "FIGURE <family> <text>". The long versions run when RD_RELIABILITY_FULL=1 (tools/reliability
// sets it); a count can also be set on its own (RD_RELIABILITY_CRASH_RUNS=50 ...).
namespace Figures {

inline bool full()
{
    return qEnvironmentVariableIntValue("RD_RELIABILITY_FULL") == 1;
}

// `variable` when set, else `fullValue` under RD_RELIABILITY_FULL=1, else `ciValue`.
inline int count(const char *variable, int ciValue, int fullValue)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(variable, &ok);
    if (ok && value > 0)
        return value;
    return full() ? fullValue : ciValue;
}

inline void report(const QString &line)
{
    std::printf("FIGURE %s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace Figures
