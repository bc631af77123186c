// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/stream/execsession.h"

#include "core/api/apiclient.h"
#include "core/api/resourceref.h"
#include "core/stream/channelprotocol.h"
#include "core/stream/channelsocket.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcExecSession, "sextant.core.execsession")

namespace Sextant::Core {

namespace {
QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

ExecSession::ExecSession(ApiClient *client, ExecSessionOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
}

ExecSession::~ExecSession() = default;

QList<QPair<QString, QString>> ExecSession::query(const ExecSessionOptions &options)
{
    QList<QPair<QString, QString>> query;
    if (!options.attach) {
        for (const QString &argument : options.command)
            query.append({ QStringLiteral("command"), argument });
    }
    if (!options.container.isEmpty())
        query.append({ QStringLiteral("container"), options.container });
    query.append({ QStringLiteral("stdin"), boolText(options.stdinEnabled) });
    query.append({ QStringLiteral("stdout"), boolText(true) });
    // A TTY merges stderr into stdout; the server refuses both at once.
    query.append({ QStringLiteral("stderr"), boolText(!options.tty) });
    query.append({ QStringLiteral("tty"), boolText(options.tty) });
    return query;
}

QString ExecSession::protocol() const
{
    return m_socket ? m_socket->protocol() : QString();
}

void ExecSession::start()
{
    if (m_socket)
        return;
    m_running = true;
    const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
    const QString path = resourcePath(pods, m_options.namespaceName, m_options.pod,
        m_options.attach ? QStringLiteral("attach") : QStringLiteral("exec"));
    m_socket = new ChannelSocket(m_client, this);
    connect(m_socket, &ChannelSocket::opened, this, [this] {
        if (m_options.tty && m_pendingSize.isValid())
            m_socket->sendResize(m_pendingSize.width(), m_pendingSize.height());
        Q_EMIT started();
    });
    connect(m_socket, &ChannelSocket::dataReceived, this, &ExecSession::onData);
    connect(m_socket, &ChannelSocket::errorOccurred, this, [this](const ApiError &error) {
        if (m_concluded)
            return;
        m_failed = true;
        m_concluded = true;
        m_running = false;
        Q_EMIT failed(error);
    });
    connect(m_socket, &ChannelSocket::closed, this, &ExecSession::onClosed);
    m_socket->open(path, query(m_options));
}

void ExecSession::onData(int channel, const QByteArray &data)
{
    switch (channel) {
    case StreamChannel::Stdout:
        Q_EMIT stdoutReceived(data);
        break;
    case StreamChannel::Stderr:
        Q_EMIT stderrReceived(data);
        break;
    case StreamChannel::Error:
        m_status += data;
        break;
    default:
        qCDebug(lcExecSession) << "data on unexpected channel" << channel;
        break;
    }
}

void ExecSession::onClosed()
{
    if (m_concluded)
        return;
    if (const auto status = parseExitStatus(m_status)) {
        conclude(status->exitCode, status->message);
        return;
    }
    // Attach ends without a status when the container's process ends on some runtimes.
    conclude(m_options.attach ? 0 : -1,
        m_options.attach ? QString() : tr("The connection closed before the command reported its exit status."));
}

void ExecSession::conclude(int exitCode, const QString &message)
{
    m_concluded = true;
    m_running = false;
    Q_EMIT finished(exitCode, message);
}

void ExecSession::writeStdin(const QByteArray &data)
{
    if (m_socket && m_options.stdinEnabled)
        m_socket->send(StreamChannel::Stdin, data);
}

bool ExecSession::closeStdin()
{
    return m_socket && m_socket->closeChannel(StreamChannel::Stdin);
}

void ExecSession::resize(int columns, int rows)
{
    if (columns <= 0 || rows <= 0)
        return;
    m_pendingSize = QSize(columns, rows);
    if (m_socket && m_socket->state() == ChannelSocket::State::Open && m_options.tty)
        m_socket->sendResize(columns, rows);
}

void ExecSession::terminate()
{
    if (!m_socket || m_concluded)
        return;
    m_concluded = true;
    m_running = false;
    m_socket->close();
}

} // namespace Sextant::Core
