// FUZZ-1f (the outbound address check): a channel URL as a rule or a user wrote it, and an
// address as a resolver returned it, through OutboundAddressPolicy.
// Invariants: one line of message, never the URL's path (a Slack or webhook path is a secret);
// an allowed URL is https with a host; an allowed literal address passes the resolved-address
// check too and is not loopback, link-local, site-local, unique-local, multicast or broadcast by
// QHostAddress's own account; a host that parses as IPv4 in any inet_aton form is judged as that
// address, never as a name.
#include "fuzzsupport.h"
#include "outboundaddresspolicy.h"

#include <QHostAddress>
#include <QUrl>

#include <cstring>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

namespace {

const QString kSecretPath = QStringLiteral("T0FUZZ/B0FUZZ/s3cr3tPathToken");

bool qtCallsItLocal(const QHostAddress &a)
{
    return a.isLoopback() || a.isLinkLocal() || a.isSiteLocal() || a.isUniqueLocalUnicast() || a.isMulticast()
        || a.isBroadcast() || a.isNull();
}

void checkVerdict(const OutboundAddressPolicy::Verdict &v, const QString &input)
{
    FUZZ_CHECK(!v.message.contains(u'\n'));
    if (!input.contains(QStringLiteral("s3cr3tPathToken")))
        FUZZ_CHECK(!v.message.contains(QStringLiteral("s3cr3tPathToken")));
    if (!v.allowed)
        FUZZ_CHECK(!v.message.isEmpty());
    if (v.allowed) {
        FUZZ_CHECK(v.reason == OutboundAddressPolicy::Reason::Allowed);
        FUZZ_CHECK(!v.host.isEmpty());
        if (v.literal) {
            FUZZ_CHECK(!qtCallsItLocal(*v.literal));
            FUZZ_CHECK(OutboundAddressPolicy::checkResolved(*v.literal, {}).allowed);
        }
        if (OutboundAddressPolicy::parseIPv4(v.host))
            FUZZ_CHECK(v.literal.has_value());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    const QString input = QString::fromUtf8(bytes);
    const OutboundAddressPolicy::Options strict;

    // The input as a whole URL.
    const OutboundAddressPolicy::Verdict whole = OutboundAddressPolicy::classify(input, strict);
    checkVerdict(whole, input);
    if (whole.allowed)
        FUZZ_CHECK(QUrl(input, QUrl::StrictMode).scheme().compare(u"https", Qt::CaseInsensitive) == 0);

    // The input as the authority of a webhook URL whose path is a secret.
    const QString url = QStringLiteral("https://") + input + u'/' + kSecretPath;
    checkVerdict(OutboundAddressPolicy::classify(url, strict), input);
    OutboundAddressPolicy::Options loopback;
    loopback.allowLoopback = true;
    const OutboundAddressPolicy::Verdict relaxed = OutboundAddressPolicy::classify(url, loopback);
    FUZZ_CHECK(!relaxed.message.contains(u'\n'));
    if (relaxed.allowed && relaxed.literal && !relaxed.literal->isLoopback())
        FUZZ_CHECK(!qtCallsItLocal(*relaxed.literal));

    // The first bytes as a resolved address (IPv4 or IPv6).
    if (size >= 16) {
        Q_IPV6ADDR v6;
        std::memcpy(v6.c, data, 16);
        const QHostAddress address(v6);
        const auto verdict = OutboundAddressPolicy::checkResolved(address, strict);
        if (verdict.allowed)
            FUZZ_CHECK(!qtCallsItLocal(address) && !address.isEqual(QHostAddress(QHostAddress::AnyIPv6)));
    }
    if (size >= 4) {
        quint32 v4 = 0;
        std::memcpy(&v4, data, 4);
        const QHostAddress address(v4);
        const auto verdict = OutboundAddressPolicy::checkResolved(address, strict);
        if (verdict.allowed)
            FUZZ_CHECK(!qtCallsItLocal(address));
    }
    return 0;
}
