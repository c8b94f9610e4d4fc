#pragma once

#include "imagetag.h"

#include <QString>
#include <QUrl>

// The "Contact" mail of the detailed view: a mailto: link to a tag's Build Owner or Deployed By,
// prefilled with what they need to act (image, tag, digest, risks, integrity, workloads). Only
// inventory facts go in it; server strings have control and bidi characters made visible, so
// nothing can add a header or hide text.
namespace ContactMail {
enum class Role { BuildOwner, DeployedBy };

inline constexpr int maxWorkloadsListed = 20;

// The person's name as the platform gives it, or empty when it does not.
QString person(const ImageTag &tag, Role role);
// The address when the person's name is an e-mail address, else empty (the mail client asks).
QString address(const QString &person);
QString subject(const ImageTag &tag);
QString body(const ImageTag &tag, Role role);
// mailto:ADDRESS?subject=...&body=... (RFC 6068; CRLF line breaks, every byte percent-encoded).
// `to` is the person's address as the people directory resolved it; empty: the name when it is an
// address, else none (the mail client asks).
QUrl url(const ImageTag &tag, Role role, const QString &to = {});
} // namespace ContactMail
