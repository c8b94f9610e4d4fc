#pragma once

#include <QtGlobal>

// Deterministic, stateless randomness for the demo dataset: every attribute is a pure function of
// (seed, what it describes, which attribute), so any row can be rebuilt on demand and two runs with
// the same seed agree bit for bit on every platform.
namespace DemoRandom {

// SplitMix64's finaliser: a good 64-bit mixer.
constexpr quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 hash(quint64 a, quint64 b, quint64 c = 0, quint64 d = 0)
{
    return mix(mix(mix(mix(a) ^ b) ^ c) ^ d);
}

// Uniform in [0, n).
constexpr quint32 below(quint64 h, quint32 n)
{
    return n == 0 ? 0 : quint32(((h >> 32) * quint64(n)) >> 32);
}

// True with probability perMille / 1000.
constexpr bool chance(quint64 h, quint32 perMille)
{
    return (h & 0xfffff) % 1000 < perMille;
}

// Picks an index from cumulative-free weights.
template<typename Weights> int weighted(quint64 h, const Weights &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = int(below(h, quint32(total)));
    int index = 0;
    for (int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return index - 1;
}

} // namespace DemoRandom
