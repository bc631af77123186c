// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/doctor/tcpprobe.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTcpProbe, "sextant.core.doctor.tcpprobe")

namespace Sextant::Core {

TcpProbe::TcpProbe(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const int seconds = (m_timer->interval() + 999) / 1000;
        finish({ Outcome::TimedOut, tr("timed out after %n s", nullptr, seconds) });
    });
}

TcpProbe::~TcpProbe()
{
    abort();
}

void TcpProbe::start(const QString &host, quint16 port, int timeoutMs, Callback callback)
{
    abort();
    m_callback = std::move(callback);
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    // The reachability of the server itself: a proxy, if any, is probed separately by the caller.
    socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QTcpSocket::connected, this, [this] { finish({ Outcome::Connected, tr("connected") }); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            finish({ Outcome::Refused, tr("connection refused") });
            break;
        case QAbstractSocket::HostNotFoundError:
            finish({ Outcome::HostNotFound, tr("host not found") });
            break;
        case QAbstractSocket::SocketTimeoutError:
            finish({ Outcome::TimedOut, tr("timed out") });
            break;
        default:
            finish({ Outcome::OtherError, socket->errorString() });
            break;
        }
    });
    qCDebug(lcTcpProbe) << "connecting to" << host << port;
    m_timer->start(timeoutMs);
    socket->connectToHost(host, port);
}

void TcpProbe::abort()
{
    ++m_generation;
    m_timer->stop();
    m_callback = nullptr;
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void TcpProbe::finish(const Result &result)
{
    Callback callback = std::move(m_callback);
    abort();
    if (callback) {
        // Not from inside a socket signal handler: the callback may delete this probe.
        QTimer::singleShot(0, this, [this, generation = m_generation, callback, result] {
            if (generation == m_generation) {
                callback(result);
            }
        });
    }
}

} // namespace Sextant::Core
