#include "evidencepack.h"

#include "evidencedocuments.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace EvidencePack {

namespace {

QString safePart(const QString &text, int maxLength)
{
    QString out;
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-';
        out += ok ? c : u'_';
    }
    out.replace(QRegularExpression(QStringLiteral("_+")), QStringLiteral("_"));
    out.replace(QRegularExpression(QStringLiteral("\\.\\.+")), QStringLiteral("."));
    while (out.startsWith(u'.') || out.startsWith(u'-'))
        out.remove(0, 1);
    return out.left(maxLength);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // O_EXCL in a folder only we can enter: no symlink or earlier file is followed.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error =
            QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error =
                QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return false;
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        *error = QStringLiteral("cannot write %1 to disk").arg(path);
    return synced;
}

void syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void removeTemporary(const QString &path)
{
    QDir(path).removeRecursively();
}

} // namespace

QString folderName(const ImageTag &tag)
{
    QString digest = tag.digest;
    const qsizetype colon = digest.indexOf(u':');
    if (colon >= 0)
        digest = digest.mid(colon + 1);
    digest = safePart(digest, 12);
    QString name = safePart(tag.name.section(u'/', -1), 60);
    QString version = safePart(tag.tag, 40);
    if (name.isEmpty())
        name = QStringLiteral("image");
    if (version.isEmpty())
        version = QStringLiteral("tag");
    return name + u'-' + version + u'-' + (digest.isEmpty() ? QStringLiteral("nodigest") : digest);
}

Result write(const QString &parentDirectory, const Input &input, const QDateTime &now)
{
    Result result;
    const QFileInfo parent(parentDirectory);
    if (!parent.isDir()) {
        result.error = QStringLiteral("%1 is not a folder").arg(parentDirectory);
        return result;
    }
    const QString base = parent.absoluteFilePath();
    const QList<QPair<QString, QByteArray>> files {
        { QStringLiteral("evidence.md"), EvidenceDocuments::markdown(input, now) },
        { QStringLiteral("evidence.json"), EvidenceDocuments::json(input, now) },
        { QStringLiteral("vulnerabilities.csv"), EvidenceDocuments::vulnerabilitiesCsv(input.tag) },
        { QStringLiteral("workloads.csv"), EvidenceDocuments::workloadsCsv(input.tag) },
    };

    QByteArray temporaryTemplate = QFile::encodeName(base + QStringLiteral("/.evidence-XXXXXX"));
    if (!::mkdtemp(temporaryTemplate.data())) { // 0700
        result.error = QStringLiteral("cannot create a folder in %1: %2")
                           .arg(base, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    const QString temporary = QFile::decodeName(temporaryTemplate);
    QByteArray sums;
    for (const auto &[name, bytes] : files) {
        if (!writeFile(temporary + u'/' + name, bytes, &result.error)) {
            removeTemporary(temporary);
            return result;
        }
        sums +=
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() + '\n';
        result.files.append(name);
    }
    if (!writeFile(temporary + QStringLiteral("/SHA256SUMS"), sums, &result.error)) {
        removeTemporary(temporary);
        return result;
    }
    result.files.append(QStringLiteral("SHA256SUMS"));
    syncDirectory(temporary);

    // Into place without replacing anything: a second export of the same tag gets "-2", "-3", ...
    const QString name = folderName(input.tag);
    for (int n = 1; n <= 999; ++n) {
        const QString target = base + u'/' + name + (n == 1 ? QString() : QStringLiteral("-%1").arg(n));
        if (::renameat2(AT_FDCWD, temporaryTemplate.constData(), AT_FDCWD,
                        QFile::encodeName(target).constData(), RENAME_NOREPLACE)
            == 0) {
            syncDirectory(base);
            result.path = target;
            return result;
        }
        if (errno != EEXIST && errno != ENOTEMPTY) {
            result.error = QStringLiteral("cannot move the evidence into %1: %2")
                               .arg(target, QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
    }
    if (result.error.isEmpty())
        result.error = QStringLiteral("%1 has 999 evidence folders of this tag already").arg(base);
    removeTemporary(temporary);
    result.files.clear();
    return result;
}

bool verify(const QString &folder, QString *error)
{
    QFile sums(folder + QStringLiteral("/SHA256SUMS"));
    if (!sums.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no SHA256SUMS in %1").arg(folder);
        return false;
    }
    int checked = 0;
    for (const QByteArray &line : sums.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype gap = line.indexOf("  ");
        if (gap != 64) {
            *error = QStringLiteral("malformed SHA256SUMS line: %1").arg(QString::fromUtf8(line.left(100)));
            return false;
        }
        const QString name = QString::fromUtf8(line.mid(gap + 2));
        if (name.contains(u'/') || name.startsWith(u'.')) {
            *error = QStringLiteral("SHA256SUMS names a file outside the folder: %1").arg(name);
            return false;
        }
        QFile file(folder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1 is missing").arg(name);
            return false;
        }
        if (QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() != line.left(64)) {
            *error = QStringLiteral("%1 does not match its checksum").arg(name);
            return false;
        }
        ++checked;
    }
    if (checked == 0)
        *error = QStringLiteral("SHA256SUMS lists no file");
    return checked > 0;
}

} // namespace EvidencePack
