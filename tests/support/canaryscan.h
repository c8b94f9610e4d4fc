#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Canary secrets and the scan for any trace of them (docs/TESTING.md SEC-3): a secret with a shape
// no real data has, looked for raw, URL-encoded, JSON-escaped, Base64 (standard and URL-safe, at
// every alignment inside a longer Base64 text), hex and UTF-16, and by its random core alone
// (a secret cut short in a log line is still a leak).
namespace Canaries {
QString jwtToken(); // a JFrog access token in JWT form (header.payload.signature, ~300 chars)
QString referenceToken(); // a JFrog reference token: "cmVmd" + 59 letters and digits
QString slackHookUrl(); // https://hooks.slack.com/services/T.../B.../...
QString webhookUrl(); // https://receiver.example.com/hooks/...?token=...
QString signingKey(); // a Standard Webhooks signing key: 32 printable ASCII characters
QString mailApiKey(); // a SendGrid-shaped API key: SG.<22>.<43>
} // namespace Canaries

class CanaryScan
{
public:
    struct Hit
    {
        QString where; // a file path, or the name given to scanBytes()
        QString canary; // the name given to add()
        QString form; // raw, url, base64@1, ...
        qint64 offset = 0;
        QByteArray before; // up to 80 bytes that precede the hit: what wrote it
        QString describe() const;
    };

    // Looks for every form of `value`; `core` is a substring unique to it (empty: the whole value).
    void add(const QString &name, const QString &value, const QString &core = {});
    QList<Hit> scanBytes(const QString &where, const QByteArray &data) const;
    // Every regular file under `directory` (hidden ones too), except those in `exclude`.
    QList<Hit> scanTree(const QString &directory, int *files = nullptr,
                        const QStringList &exclude = {}) const;
    int patternCount() const { return int(m_patterns.size()); }

private:
    struct Pattern
    {
        QString canary;
        QString form;
        QByteArray bytes;
    };
    QList<Pattern> m_patterns;
};
