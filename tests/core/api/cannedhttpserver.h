// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A local HTTP/1.1 responder for tests: records each request and answers
// with canned bytes chosen by a handler. Not a fake Kubernetes: it only
// replays byte streams so parsing and error paths can be exercised.

#include <QList>
#include <QMap>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace Sextant::Test {

struct CannedRequest {
    QByteArray method;
    QByteArray target; // path?query, as sent
    QMap<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;

    QString path() const { return QUrl::fromEncoded(target).path(); }
    QString encodedPath() const { return QString::fromLatin1(target.split('?').first()); }
    QUrlQuery query() const { return QUrlQuery(QUrl::fromEncoded(target)); }
    QString queryValue(const QString &key) const { return query().queryItemValue(key, QUrl::FullyDecoded); }
};

struct CannedResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QByteArray> chunks; // written one by one, chunkDelayMs apart
    int chunkDelayMs = 0;
    bool keepOpen = false; // after the last chunk, leave the connection open (silent stream)
    bool dropWithoutAnswer = false; // close the connection without a status line

    static CannedResponse json(int status, const QByteArray &body)
    {
        CannedResponse response;
        response.status = status;
        response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        response.chunks.append(body);
        return response;
    }
    static CannedResponse stream(const QList<QByteArray> &lines, int delayMs = 0)
    {
        CannedResponse response;
        response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        response.chunks = lines;
        response.chunkDelayMs = delayMs;
        return response;
    }
};

class CannedHttpServer : public QTcpServer {
public:
    using Handler = std::function<CannedResponse(const CannedRequest &)>;

    explicit CannedHttpServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        listen(QHostAddress::LocalHost, 0);
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void enableTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
        m_tls = true;
    }
    // TLS: ask the client for a certificate and remember it.
    void requestClientCertificate(const QList<QSslCertificate> &trustedCas) { m_clientCas = trustedCas; }
    QSslCertificate lastClientCertificate() const { return m_lastClientCertificate; }

    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        QUrl url;
        url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(host);
        url.setPort(serverPort());
        return url;
    }

    QList<CannedRequest> requests;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSocketDescriptor(descriptor);
            ssl->setLocalCertificate(m_certificate);
            ssl->setPrivateKey(m_key);
            if (!m_clientCas.isEmpty()) {
                QSslConfiguration configuration = ssl->sslConfiguration();
                configuration.setCaCertificates(m_clientCas);
                ssl->setSslConfiguration(configuration);
                ssl->setPeerVerifyMode(QSslSocket::VerifyPeer);
            }
            connect(
                ssl, &QSslSocket::encrypted, this, [this, ssl] { m_lastClientCertificate = ssl->peerCertificate(); });
            connect(ssl, &QSslSocket::sslErrors, ssl, [](const QList<QSslError> &) {});
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            CannedRequest request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            socket->disconnect(this);
            requests.append(request);
            respond(socket, m_handler ? m_handler(request) : CannedResponse::json(404, "{}"));
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void respond(QTcpSocket *socket, const CannedResponse &response)
    {
        if (response.dropWithoutAnswer) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        const bool single = response.chunks.size() <= 1 && !response.keepOpen;
        if (single)
            head += "Content-Length: " + QByteArray::number(response.chunks.value(0).size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        QPointer<QTcpSocket> guard(socket);
        auto writeChunk = std::make_shared<std::function<void(int)>>();
        *writeChunk = [guard, response, writeChunk](int index) {
            if (!guard)
                return;
            if (index >= response.chunks.size()) {
                if (!response.keepOpen)
                    guard->disconnectFromHost();
                return;
            }
            guard->write(response.chunks[index]);
            guard->flush();
            if (response.chunkDelayMs > 0)
                QTimer::singleShot(response.chunkDelayMs, guard, [writeChunk, index] { (*writeChunk)(index + 1); });
            else
                (*writeChunk)(index + 1);
        };
        (*writeChunk)(0);
        // Break the self-reference once the socket is gone.
        connect(socket, &QObject::destroyed, this, [writeChunk] { *writeChunk = nullptr; });
    }

    Handler m_handler;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_clientCas;
    QSslCertificate m_lastClientCertificate;
};

} // namespace Sextant::Test
