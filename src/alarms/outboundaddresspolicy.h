#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <optional>

// Where the Dispatcher may send a channel's request (docs/TESTING.md NOTIF-4): a rule synced
// from someone else must not point this analyst's machine at its LAN, at a cloud metadata service
// or at a local admin page. Pure functions, no network: classify() judges the URL as typed (scheme,
// user info, the host in every encoded form), checkResolved() judges each address a name resolves
// to. The Dispatcher then connects to the address it checked, never to the name again.
class OutboundAddressPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OutboundAddressPolicy)

public:
    enum class Reason {
        Allowed,
        Malformed, // not a URL QUrl accepts in strict mode
        NotHttps, // http: the request and its secrets would travel in clear
        UnsupportedScheme, // file:, ftp:, gopher:, data:, ...
        UserInfo, // https://good.com@127.0.0.1/: the host is what follows the "@"
        MissingHost,
        InvalidNumericHost, // looks like an IPv4 address (1.2.3.4.5, 08.1.1.1) but is not one
        LocalName, // localhost, *.localhost
        MetadataName, // metadata.google.internal and friends
        Loopback, // 127/8, ::1
        Private, // 10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10
        LinkLocal, // 169.254/16, fe80::/10
        SharedAddressSpace, // 100.64/10 (carrier-grade NAT)
        Metadata, // 169.254.169.254, fd00:ec2::254, 100.100.100.200, 192.0.0.192
        Multicast, // 224/4, ff00::/8
        Broadcast, // 255.255.255.255
        Unspecified, // 0/8, ::
        Reserved, // documentation, benchmarking, protocol assignments, 240/4, non-global IPv6
        EmbeddedIPv4, // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) IPv6
        Teredo, // 2001::/32: the client address inside is obfuscated, so it cannot be checked
    };

    struct Options
    {
        bool allowLoopback = false; // the demo and the tests send to sinks on 127.0.0.1
    };

    struct Verdict
    {
        bool allowed = false;
        Reason reason = Reason::Malformed;
        QString message; // one line, names the host or address (never the path: it can be a secret)
        QString host; // the host as it will be resolved: lower case, no trailing dot
        int port = 443;
        std::optional<QHostAddress> literal; // the host is an IP address (in any encoding)
    };

    // The URL as a user or a rule wrote it. A name passes here and is judged again by the
    // addresses it resolves to (checkResolved).
    static Verdict classify(const QString &url, const Options &options);
    static Verdict classify(const QUrl &url, const Options &options);
    // One resolved (or literal) address.
    static Verdict checkResolved(const QHostAddress &address, const Options &options);

    static QString reasonName(Reason reason); // "private", "loopback", ... for logs and tests
    // An IPv4 address in any form inet_aton takes (decimal, octal, hex, 1 to 4 parts); nullopt otherwise.
    static std::optional<quint32> parseIPv4(QStringView text);

private:
    static Verdict addressVerdict(const QHostAddress &address, const Options &options, const QString &shown);
};
