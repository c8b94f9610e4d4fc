#include "demodelivery.h"

#include "logging.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <zlib.h>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

bool clientWantsClose(const DemoRequest &request)
{
    return request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
}

qint64 pendingBytes(QTcpSocket *socket)
{
    qint64 pending = socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        pending += ssl->encryptedBytesToWrite();
    return pending;
}

QByteArray httpDate(int secondsAhead)
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc().addSecs(secondsAhead), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'")
        .toLatin1();
}

const char htmlPage[] =
    "<!DOCTYPE html><html><head><title>Sign in - JFrog</title></head><body>"
    "<h1>Your session has expired</h1><p>Please <a href=\"/ui/login\">sign in</a> again.</p>"
    "</body></html>";

} // namespace

QByteArray DemoDelivery::reasonPhrase(int status)
{
    static const QHash<int, const char *> phrases { { 200, "OK" },
                                                    { 201, "Created" },
                                                    { 204, "No Content" },
                                                    { 301, "Moved Permanently" },
                                                    { 302, "Found" },
                                                    { 303, "See Other" },
                                                    { 307, "Temporary Redirect" },
                                                    { 308, "Permanent Redirect" },
                                                    { 400, "Bad Request" },
                                                    { 401, "Unauthorized" },
                                                    { 403, "Forbidden" },
                                                    { 404, "Not Found" },
                                                    { 405, "Method Not Allowed" },
                                                    { 408, "Request Timeout" },
                                                    { 429, "Too Many Requests" },
                                                    { 500, "Internal Server Error" },
                                                    { 502, "Bad Gateway" },
                                                    { 503, "Service Unavailable" },
                                                    { 504, "Gateway Timeout" } };
    return QByteArray(phrases.value(status, "Status"));
}

QByteArray DemoDelivery::head(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                              qint64 contentLength, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : headers) {
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!hasLength && contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return out;
}

DemoResponse DemoDelivery::replacement(const DemoRequest &request, const DemoResponse &response,
                                       const DemoFault &fault)
{
    const bool runtime = request.path.startsWith(u"/runtime/");
    switch (fault.kind) {
    case DemoFault::Kind::Status:
    case DemoFault::Kind::ExpireToken: {
        const int status = fault.kind == DemoFault::Kind::ExpireToken ? 401 : fault.status;
        const QString reason = status == 401 ? QStringLiteral("Bad credentials")
                                             : QString::fromLatin1(reasonPhrase(status)).toLower();
        DemoResponse r = status == 400 ? DemoResponse::validationError(reason)
            : runtime                  ? DemoResponse::runtimeError(status, reason)
                                       : DemoResponse::platformError(status, reason);
        if (fault.body)
            r.body = *fault.body;
        if (fault.retryAfterSeconds)
            r.headers.append({ "Retry-After", QByteArray::number(*fault.retryAfterSeconds) });
        if (fault.retryAfterDateSeconds)
            r.headers.append({ "Retry-After", httpDate(*fault.retryAfterDateSeconds) });
        r.headers += fault.headers;
        return r;
    }
    case DemoFault::Kind::Html:
        return DemoResponse { 200, { { "Content-Type", "text/html; charset=utf-8" } }, QByteArray(htmlPage) };
    case DemoFault::Kind::WrongType: {
        QJsonObject object = QJsonDocument::fromJson(response.body).object();
        QString arrayKey;
        for (auto it = object.begin(); it != object.end() && arrayKey.isEmpty(); ++it) {
            if (it.value().isArray())
                arrayKey = it.key();
        }
        QByteArray body;
        if (fault.variant == u"array") // the items, but as a top-level array
            body = QJsonDocument(object.value(arrayKey).toArray()).toJson(QJsonDocument::Compact);
        else if (fault.variant == u"number")
            body = "42";
        else if (fault.variant == u"null")
            body = "null";
        else if (fault.variant == u"items" && !arrayKey.isEmpty()) { // every item a number
            QJsonArray numbers;
            for (qsizetype i = 0; i < object.value(arrayKey).toArray().size(); ++i)
                numbers.append(int(i));
            object.insert(arrayKey, numbers);
            body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        } else { // "string": the list where an array belongs
            object.insert(arrayKey.isEmpty() ? QStringLiteral("value") : arrayKey,
                          QStringLiteral("not an array"));
            body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        return DemoResponse::json(200, body);
    }
    case DemoFault::Kind::Redirect:
        return DemoResponse { fault.status, { { "Location", fault.location.toEncoded() } }, QByteArray() };
    case DemoFault::Kind::Canned:
        return DemoResponse { fault.status, fault.headers, fault.body.value_or(QByteArray()) };
    default:
        return response;
    }
}

void DemoDelivery::deliver(QTcpSocket *socket, const DemoRequest &request, const DemoResponse &response,
                           const std::optional<DemoFault> &fault)
{
    if (!fault) {
        send(socket, request, response);
        return;
    }
    switch (fault->kind) {
    case DemoFault::Kind::Status:
    case DemoFault::Kind::ExpireToken:
    case DemoFault::Kind::Html:
    case DemoFault::Kind::WrongType:
    case DemoFault::Kind::Redirect:
    case DemoFault::Kind::Canned:
        send(socket, request, replacement(request, response, *fault));
        return;
    case DemoFault::Kind::ShortBody:
        sendPartial(socket, response, fault->fraction, false);
        return;
    case DemoFault::Kind::Reset:
        sendPartial(socket, response, fault->fraction, true);
        return;
    case DemoFault::Kind::Close:
        socket->disconnectFromHost();
        return;
    case DemoFault::Kind::Hang:
        return; // the socket stays open, silent, until the client gives up or the server stops
    case DemoFault::Kind::Drip:
        drip(socket, request, response, *fault);
        return;
    case DemoFault::Kind::Delay: {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, socket, [guard, request, response] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                send(guard, request, response);
        });
        return;
    }
    case DemoFault::Kind::GzipBomb: {
        const QByteArray bomb = gzipBomb(fault->bytes);
        socket->write(head(200, { { "Content-Type", "application/json" }, { "Content-Encoding", "gzip" } },
                           bomb.size(), true));
        socket->write(bomb);
        return;
    }
    case DemoFault::Kind::Oversize:
        stream(socket, fault->bytes);
        return;
    case DemoFault::Kind::Raw:
        socket->write(fault->raw);
        if (!fault->keepOpen)
            socket->disconnectFromHost();
        return;
    }
}

void DemoDelivery::send(QTcpSocket *socket, const DemoRequest &request, const DemoResponse &response)
{
    const bool keepAlive = !clientWantsClose(request);
    socket->write(head(response.status, response.headers, response.body.size(), keepAlive));
    socket->write(response.body);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void DemoDelivery::sendPartial(QTcpSocket *socket, const DemoResponse &response, double fraction, bool reset)
{
    // Content-Length promises the whole body; only part of it ever comes.
    const qsizetype part =
        std::min(response.body.size() - 1, qsizetype(double(response.body.size()) * fraction));
    socket->write(head(response.status, response.headers, response.body.size(), true));
    socket->write(response.body.left(std::max<qsizetype>(0, part)));
    if (!reset) {
        socket->disconnectFromHost();
        return;
    }
    // Let the partial bytes reach the wire, then reset.
    QPointer<QTcpSocket> guard(socket);
    auto *timer = new QTimer(socket);
    timer->setInterval(10);
    int waited = 0;
    QObject::connect(timer, &QTimer::timeout, socket, [guard, timer, waited]() mutable {
        waited += 10;
        if (!guard)
            return;
        if (pendingBytes(guard) > 0 && waited < 2000)
            return;
        timer->stop();
        resetConnection(guard);
    });
    timer->start();
}

void DemoDelivery::resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout turns close() into a TCP RST.
    const linger hard { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

void DemoDelivery::drip(QTcpSocket *socket, const DemoRequest &request, const DemoResponse &response,
                        const DemoFault &fault)
{
    const bool keepAlive = !clientWantsClose(request);
    const QByteArray headBytes = head(response.status, response.headers, response.body.size(), keepAlive);
    QByteArray pending = response.body;
    if (fault.dripHeaders)
        pending.prepend(headBytes);
    else
        socket->write(headBytes);
    auto *timer = new QTimer(socket);
    timer->setInterval(fault.intervalMs);
    qsizetype sent = 0;
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, pending, sent]() mutable {
        if (sent >= pending.size()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        socket->write(pending.constData() + sent, 1);
        ++sent;
    });
    timer->start();
}

void DemoDelivery::stream(QTcpSocket *socket, qint64 bytes)
{
    static const QByteArray prefix = "{\"image_tags\":[";
    static const QByteArray suffix = "{\"name\":\"end\",\"tag\":\"x\"}],\"pagination\":{\"limit\":100,\"next_"
                                     "key\":\"\"},\"total_count\":1}";
    static const QByteArray spaces(64 * 1024, ' '); // whitespace between array elements is valid JSON
    bytes = std::max<qint64>(bytes, prefix.size() + suffix.size());
    socket->write(head(200, { { "Content-Type", "application/json" } }, bytes, true));
    socket->write(prefix);
    auto remaining = std::make_shared<qint64>(bytes - prefix.size() - suffix.size());
    auto pump = [socket, remaining] {
        while (*remaining > 0 && pendingBytes(socket) < 512 * 1024) {
            const qint64 chunk = std::min<qint64>(*remaining, spaces.size());
            socket->write(spaces.constData(), chunk);
            *remaining -= chunk;
            if (*remaining == 0)
                socket->write(suffix);
        }
    };
    QObject::connect(socket, &QIODevice::bytesWritten, socket, pump);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        QObject::connect(ssl, &QSslSocket::encryptedBytesWritten, socket, pump);
    pump();
}

QByteArray DemoDelivery::gzipBomb(qint64 inflatedBytes)
{
    static QMutex mutex;
    static QHash<qint64, QByteArray> cache;
    QMutexLocker lock(&mutex);
    if (cache.contains(inflatedBytes))
        return cache.value(inflatedBytes);

    // Deflate 1 MiB of zeros once, ending on a full flush: that block stands alone, so the same
    // bytes repeated N times inflate to N MiB. A final empty block and the gzip trailer close it.
    constexpr int chunk = 1024 * 1024;
    const QByteArray zeros(chunk, '\0');
    z_stream z {};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray block(deflateBound(&z, chunk) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
    z.avail_in = chunk;
    z.next_out = reinterpret_cast<Bytef *>(block.data());
    z.avail_out = uInt(block.size());
    deflate(&z, Z_FULL_FLUSH);
    block.truncate(block.size() - qsizetype(z.avail_out));
    deflateEnd(&z);

    const qint64 repeats = std::max<qint64>(1, (inflatedBytes + chunk - 1) / chunk);
    const uLong blockCrc = crc32(0, reinterpret_cast<const Bytef *>(zeros.constData()), chunk);
    uLong crc = blockCrc;
    for (qint64 i = 1; i < repeats; ++i)
        crc = crc32_combine(crc, blockCrc, chunk);
    const quint64 total = quint64(repeats) * chunk;

    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10); // gzip header: deflate, no name, Unix
    out.reserve(10 + block.size() * repeats + 10);
    for (qint64 i = 0; i < repeats; ++i)
        out += block;
    out += QByteArray("\x03\x00", 2); // a final, empty, fixed-Huffman block
    for (int shift = 0; shift < 32; shift += 8)
        out += char((crc >> shift) & 0xff);
    for (int shift = 0; shift < 32; shift += 8)
        out += char((total >> shift) & 0xff); // ISIZE is the size modulo 2^32
    qCInfo(lcDemo) << "gzip bomb:" << out.size() << "bytes inflating to" << total << "bytes";
    cache.insert(inflatedBytes, out);
    return out;
}
