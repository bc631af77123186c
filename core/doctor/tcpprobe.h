// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTcpSocket;
class QTimer;

namespace Sextant::Core {

// Opens one TCP connection to host:port and reports whether it worked,
// without a proxy and without blocking: the doctor's "server reachable".
class TcpProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpProbe)
public:
    enum class Outcome { Connected, Refused, HostNotFound, TimedOut, OtherError };
    struct Result {
        Outcome outcome = Outcome::OtherError;
        QString message; // "connection refused", "host not found", "timed out after 5 s", ...
    };
    using Callback = std::function<void(const Result &)>;

    explicit TcpProbe(QObject *parent = nullptr);
    ~TcpProbe() override;

    // Calls back once, asynchronously. A second start() aborts the first without calling it back.
    void start(const QString &host, quint16 port, int timeoutMs, Callback callback);
    void abort();

private:
    void finish(const Result &result);

    QPointer<QTcpSocket> m_socket;
    QTimer *m_timer = nullptr;
    Callback m_callback;
    quint64 m_generation = 0; // bumped by abort(): a queued callback of an earlier run is dropped
};

} // namespace Sextant::Core
