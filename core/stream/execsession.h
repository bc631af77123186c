// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"

#include <QObject>
#include <QSize>
#include <QStringList>

namespace Sextant::Core {

class ApiClient;
class ChannelSocket;

struct ExecSessionOptions {
    QString namespaceName;
    QString pod;
    QString container; // empty = the pod's default container
    QStringList command; // exec only; ignored for attach
    bool attach = false; // attach to the container's main process instead of exec
    bool tty = false;
    bool stdinEnabled = false;
};

// kubectl exec / attach over the channel WebSocket (v5, else v4). Output
// arrives as it comes; finished() carries the exit code from the status
// channel. Close stdin with closeStdin() (v5 only; kwok in kube-sim does not
// pass stdin EOF on to the command).
class ExecSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecSession)
public:
    ExecSession(ApiClient *client, ExecSessionOptions options, QObject *parent = nullptr);
    ~ExecSession() override;

    const ExecSessionOptions &options() const { return m_options; }
    void start();
    bool isRunning() const { return m_running; }
    // The negotiated subprotocol, for diagnostics.
    QString protocol() const;

    void writeStdin(const QByteArray &data);
    // false when the protocol cannot half-close (v4).
    bool closeStdin();
    void resize(int columns, int rows);
    // Ends the session from our side (the remote process gets a hangup).
    void terminate();

    // The query of pods/<name>/exec or /attach, as kubectl sends it.
    static QList<QPair<QString, QString>> query(const ExecSessionOptions &options);

Q_SIGNALS:
    void started();
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);
    // exitCode is -1 when the process did not exit normally; message is the server's.
    void finished(int exitCode, const QString &message);
    // Could not start (forbidden, container not found) or the connection broke.
    void failed(const Sextant::Core::ApiError &error);

private:
    void onData(int channel, const QByteArray &data);
    void onClosed();
    void conclude(int exitCode, const QString &message);

    ApiClient *m_client = nullptr;
    ExecSessionOptions m_options;
    ChannelSocket *m_socket = nullptr;
    QByteArray m_status;
    QSize m_pendingSize;
    bool m_running = false;
    bool m_concluded = false;
    bool m_failed = false;
};

} // namespace Sextant::Core
