#pragma once

#include "imagetag.h"

#include <QString>

// How server strings go into Markdown we write (tickets, the evidence pack): as code spans, with
// control and bidi characters made visible, so a hostile name cannot add links, headings or HTML.
namespace FindingText {
QString code(const QString &serverText); // `text`, or "not provided by the platform" when empty
QString csvField(const QString &value); // RFC 4180, with a leading =, +, - or @ neutralised
QString buildOwner(const ImageTag &tag); // empty when not provided
QString deployedBy(const ImageTag &tag);
QString fullReference(const ImageTag &tag); // registry/repository_path/name:tag
// The analyst's Markdown as the notes show it (QML's MarkdownText): raw HTML shown as text and images
// as links, so nothing in a note makes the app fetch anything (SEC-7). Links stay links.
QString displayMarkdown(const QString &markdown);
} // namespace FindingText
