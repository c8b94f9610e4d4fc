#include "outboundaddresspolicy.h"

#include <array>

namespace {

using Reason = OutboundAddressPolicy::Reason;

struct Range4
{
    quint32 network;
    int prefix;
    Reason reason;
};

constexpr quint32 ip4(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

// Most specific first: the first range that holds the address decides (IANA special-purpose registry).
constexpr std::array<Range4, 19> ipv4Ranges { {
    { ip4(255, 255, 255, 255), 32, Reason::Broadcast },
    { ip4(169, 254, 169, 254), 32, Reason::Metadata }, // AWS, GCP, Azure, OpenStack
    { ip4(100, 100, 100, 200), 32, Reason::Metadata }, // Alibaba Cloud
    { ip4(192, 0, 0, 192), 32, Reason::Metadata }, // Oracle Cloud
    { ip4(0, 0, 0, 0), 8, Reason::Unspecified },
    { ip4(10, 0, 0, 0), 8, Reason::Private },
    { ip4(100, 64, 0, 0), 10, Reason::SharedAddressSpace },
    { ip4(127, 0, 0, 0), 8, Reason::Loopback },
    { ip4(169, 254, 0, 0), 16, Reason::LinkLocal },
    { ip4(172, 16, 0, 0), 12, Reason::Private },
    { ip4(192, 0, 0, 0), 24, Reason::Reserved }, // IETF protocol assignments
    { ip4(192, 0, 2, 0), 24, Reason::Reserved }, // documentation
    { ip4(192, 88, 99, 0), 24, Reason::Reserved }, // 6to4 relay anycast
    { ip4(192, 168, 0, 0), 16, Reason::Private },
    { ip4(198, 18, 0, 0), 15, Reason::Reserved }, // benchmarking
    { ip4(198, 51, 100, 0), 24, Reason::Reserved }, // documentation
    { ip4(203, 0, 113, 0), 24, Reason::Reserved }, // documentation
    { ip4(224, 0, 0, 0), 4, Reason::Multicast },
    { ip4(240, 0, 0, 0), 4, Reason::Reserved },
} };

Reason classifyIPv4(quint32 address)
{
    for (const Range4 &range : ipv4Ranges) {
        const quint32 mask = range.prefix == 0 ? 0 : ~quint32(0) << (32 - range.prefix);
        if ((address & mask) == range.network)
            return range.reason;
    }
    return Reason::Allowed;
}

bool hasPrefix(const Q_IPV6ADDR &a, std::initializer_list<quint8> bytes, int bits)
{
    int index = 0;
    for (quint8 expected : bytes) {
        const int remaining = bits - index * 8;
        if (remaining <= 0)
            break;
        const quint8 mask = remaining >= 8 ? 0xff : quint8(0xff << (8 - remaining));
        if ((a[index] & mask) != (expected & mask))
            return false;
        ++index;
    }
    return true;
}

bool allZero(const Q_IPV6ADDR &a, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (a[i] != 0)
            return false;
    }
    return true;
}

quint32 ipv4At(const Q_IPV6ADDR &a, int offset)
{
    return (quint32(a[offset]) << 24) | (quint32(a[offset + 1]) << 16) | (quint32(a[offset + 2]) << 8)
        | quint32(a[offset + 3]);
}

bool looksNumeric(QStringView label)
{
    if (label.isEmpty())
        return false;
    if (label.size() > 2 && label[0] == u'0' && (label[1] == u'x' || label[1] == u'X')) {
        for (QChar c : label.mid(2)) {
            const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
            if (!hex)
                return false;
        }
        return true;
    }
    for (QChar c : label) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString message(Reason reason, const QString &shown)
{
    using P = OutboundAddressPolicy;
    switch (reason) {
    case Reason::Allowed:
        return {};
    case Reason::Malformed:
        return P::tr("not a valid URL");
    case Reason::NotHttps:
        return P::tr("http is refused: a channel endpoint must use https");
    case Reason::UnsupportedScheme:
        return P::tr("the scheme \"%1\" is refused: a channel endpoint must use https").arg(shown);
    case Reason::UserInfo:
        return P::tr("a user name or password in the URL is refused (the host is what follows the \"@\")");
    case Reason::MissingHost:
        return P::tr("the URL has no host");
    case Reason::InvalidNumericHost:
        return P::tr("%1 looks like an IP address but is not a valid one").arg(shown);
    case Reason::LocalName:
        return P::tr("%1 names this machine; refused unless loopback is allowed").arg(shown);
    case Reason::MetadataName:
        return P::tr("%1 names a cloud metadata service").arg(shown);
    case Reason::Loopback:
        return P::tr("%1 is a loopback address (this machine); refused unless loopback is allowed")
            .arg(shown);
    case Reason::Private:
        return P::tr("%1 is a private network address").arg(shown);
    case Reason::LinkLocal:
        return P::tr("%1 is a link-local address").arg(shown);
    case Reason::SharedAddressSpace:
        return P::tr("%1 is in the carrier-grade NAT range 100.64.0.0/10").arg(shown);
    case Reason::Metadata:
        return P::tr("%1 is a cloud metadata service address").arg(shown);
    case Reason::Multicast:
        return P::tr("%1 is a multicast address").arg(shown);
    case Reason::Broadcast:
        return P::tr("%1 is the broadcast address").arg(shown);
    case Reason::Unspecified:
        return P::tr("%1 is an unspecified (\"this network\") address").arg(shown);
    case Reason::Reserved:
        return P::tr("%1 is a reserved or special-purpose address").arg(shown);
    case Reason::EmbeddedIPv4:
        return P::tr("%1 is an IPv4 address written as IPv6 (mapped or compatible)").arg(shown);
    case Reason::Teredo:
        return P::tr("%1 is a Teredo address, whose IPv4 address cannot be checked").arg(shown);
    }
    return {};
}

OutboundAddressPolicy::Verdict refused(Reason reason, const QString &shown)
{
    OutboundAddressPolicy::Verdict v;
    v.allowed = false;
    v.reason = reason;
    v.message = message(reason, shown);
    return v;
}

} // namespace

std::optional<quint32> OutboundAddressPolicy::parseIPv4(QStringView text)
{
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    QList<quint64> parts;
    for (QStringView part : text.split(u'.')) {
        if (part.isEmpty())
            return std::nullopt;
        int base = 10;
        if (part.size() > 1 && part[0] == u'0' && (part[1] == u'x' || part[1] == u'X')) {
            base = 16;
            part = part.mid(2);
            if (part.isEmpty())
                return std::nullopt;
        } else if (part.size() > 1 && part[0] == u'0') {
            base = 8;
            part = part.mid(1);
        }
        quint64 value = 0;
        for (QChar c : part) {
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c.unicode() - u'0';
            else if (c >= u'a' && c <= u'f')
                digit = c.unicode() - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                digit = c.unicode() - u'A' + 10;
            if (digit < 0 || digit >= base)
                return std::nullopt;
            value = value * base + digit;
            if (value > 0xffffffffULL)
                return std::nullopt;
        }
        parts.append(value);
    }
    if (parts.size() > 4)
        return std::nullopt;
    quint32 address = 0;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i] > 255)
            return std::nullopt;
        address |= quint32(parts[i]) << (24 - 8 * i);
    }
    const int lastBytes = 4 - int(parts.size() - 1);
    const quint64 lastMax = lastBytes == 4 ? 0xffffffffULL : (1ULL << (8 * lastBytes)) - 1;
    if (parts.constLast() > lastMax)
        return std::nullopt;
    return address | quint32(parts.constLast());
}

OutboundAddressPolicy::Verdict OutboundAddressPolicy::classify(const QString &url, const Options &options)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || trimmed != url)
        return refused(Reason::Malformed, {});
    return classify(QUrl(url, QUrl::StrictMode), options);
}

OutboundAddressPolicy::Verdict OutboundAddressPolicy::classify(const QUrl &url, const Options &options)
{
    if (!url.isValid())
        return refused(Reason::Malformed, {});
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http")
        return refused(Reason::NotHttps, scheme);
    if (scheme != u"https")
        return refused(scheme.isEmpty() ? Reason::Malformed : Reason::UnsupportedScheme, scheme);
    if (!url.userInfo().isEmpty() || url.authority(QUrl::FullyEncoded).contains(u'@'))
        return refused(Reason::UserInfo, {});
    QString host = url.host(QUrl::FullyDecoded).toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return refused(Reason::MissingHost, {});

    Verdict verdict;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        verdict = addressVerdict(literal, options, host);
    } else if (const auto v4 = parseIPv4(host)) {
        literal = QHostAddress(*v4);
        verdict =
            addressVerdict(literal, options, literal.toString() + QStringLiteral(" (written ") + host + u')');
    } else {
        const QStringView last = QStringView(host).mid(host.lastIndexOf(u'.') + 1);
        if (looksNumeric(last))
            return refused(Reason::InvalidNumericHost, host);
        static const QStringList metadataNames { QStringLiteral("metadata"),
                                                 QStringLiteral("metadata.google.internal"),
                                                 QStringLiteral("metadata.goog"),
                                                 QStringLiteral("instance-data"),
                                                 QStringLiteral("instance-data.ec2.internal") };
        if (metadataNames.contains(host))
            return refused(Reason::MetadataName, host);
        if ((host == u"localhost" || host.endsWith(u".localhost")) && !options.allowLoopback)
            return refused(Reason::LocalName, host);
        verdict.allowed = true;
        verdict.reason = Reason::Allowed;
    }
    if (!literal.isNull())
        verdict.literal = literal;
    verdict.host = host;
    verdict.port = url.port(443);
    return verdict;
}

OutboundAddressPolicy::Verdict OutboundAddressPolicy::checkResolved(const QHostAddress &address,
                                                                    const Options &options)
{
    Verdict verdict = addressVerdict(address, options, address.toString());
    verdict.host = address.toString();
    verdict.literal = address;
    return verdict;
}

OutboundAddressPolicy::Verdict OutboundAddressPolicy::addressVerdict(const QHostAddress &address,
                                                                     const Options &options,
                                                                     const QString &shown)
{
    Verdict allowed;
    allowed.allowed = true;
    allowed.reason = Reason::Allowed;
    auto judge4 = [&](quint32 v4, bool loopbackOk) {
        const Reason reason = classifyIPv4(v4);
        if (reason == Reason::Allowed || (reason == Reason::Loopback && loopbackOk))
            return allowed;
        return refused(reason, shown);
    };
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return judge4(address.toIPv4Address(), options.allowLoopback);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return refused(Reason::Malformed, shown);

    const Q_IPV6ADDR a = address.toIPv6Address();
    if (allZero(a, 0, 16))
        return refused(Reason::Unspecified, shown);
    if (allZero(a, 0, 15) && a[15] == 1)
        return options.allowLoopback ? allowed : refused(Reason::Loopback, shown);
    if (allZero(a, 0, 10) && a[10] == 0xff && a[11] == 0xff)
        return refused(Reason::EmbeddedIPv4, shown); // ::ffff:a.b.c.d
    if (allZero(a, 0, 12))
        return refused(Reason::EmbeddedIPv4, shown); // ::a.b.c.d (deprecated "compatible")
    // NAT64 and 6to4 carry an IPv4 address that is where the packets end up: judge that one.
    // Loopback is never allowed through them.
    if (hasPrefix(a, { 0x00, 0x64, 0xff, 0x9b }, 32) && allZero(a, 4, 12))
        return judge4(ipv4At(a, 12), false);
    if (hasPrefix(a, { 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01 }, 48))
        return refused(Reason::Private, shown); // local-use NAT64 (RFC 8215)
    if (hasPrefix(a, { 0x20, 0x02 }, 16))
        return judge4(ipv4At(a, 2), false);
    if (hasPrefix(a, { 0x20, 0x01, 0x00, 0x00 }, 32))
        return refused(Reason::Teredo, shown);
    if (hasPrefix(a, { 0x20, 0x01, 0x0d, 0xb8 }, 32))
        return refused(Reason::Reserved, shown); // documentation
    if (hasPrefix(a, { 0x20, 0x01, 0x00 }, 23))
        return refused(Reason::Reserved, shown); // IETF protocol assignments
    if (hasPrefix(a, { 0x01, 0x00, 0, 0, 0, 0, 0, 0 }, 64))
        return refused(Reason::Reserved, shown); // discard-only
    if (address == QHostAddress(QStringLiteral("fd00:ec2::254")))
        return refused(Reason::Metadata, shown);
    if (hasPrefix(a, { 0xfc }, 7))
        return refused(Reason::Private, shown); // unique local
    if (hasPrefix(a, { 0xfe, 0x80 }, 10))
        return refused(Reason::LinkLocal, shown);
    if (hasPrefix(a, { 0xfe, 0xc0 }, 10))
        return refused(Reason::Private, shown); // site-local (deprecated)
    if (hasPrefix(a, { 0xff }, 8))
        return refused(Reason::Multicast, shown);
    if (!hasPrefix(a, { 0x20 }, 3))
        return refused(Reason::Reserved, shown); // outside global unicast 2000::/3
    return allowed;
}

QString OutboundAddressPolicy::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Allowed:
        return QStringLiteral("allowed");
    case Reason::Malformed:
        return QStringLiteral("malformed");
    case Reason::NotHttps:
        return QStringLiteral("not_https");
    case Reason::UnsupportedScheme:
        return QStringLiteral("unsupported_scheme");
    case Reason::UserInfo:
        return QStringLiteral("user_info");
    case Reason::MissingHost:
        return QStringLiteral("missing_host");
    case Reason::InvalidNumericHost:
        return QStringLiteral("invalid_numeric_host");
    case Reason::LocalName:
        return QStringLiteral("local_name");
    case Reason::MetadataName:
        return QStringLiteral("metadata_name");
    case Reason::Loopback:
        return QStringLiteral("loopback");
    case Reason::Private:
        return QStringLiteral("private");
    case Reason::LinkLocal:
        return QStringLiteral("link_local");
    case Reason::SharedAddressSpace:
        return QStringLiteral("shared_address_space");
    case Reason::Metadata:
        return QStringLiteral("metadata");
    case Reason::Multicast:
        return QStringLiteral("multicast");
    case Reason::Broadcast:
        return QStringLiteral("broadcast");
    case Reason::Unspecified:
        return QStringLiteral("unspecified");
    case Reason::Reserved:
        return QStringLiteral("reserved");
    case Reason::EmbeddedIPv4:
        return QStringLiteral("embedded_ipv4");
    case Reason::Teredo:
        return QStringLiteral("teredo");
    }
    return {};
}
