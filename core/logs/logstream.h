// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/logs/logline.h"
#include "core/logs/loglinesplitter.h"
#include "core/logs/logresumefilter.h"
#include "core/watch/backoff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Sextant::Core {

class ApiClient;

struct LogStreamOptions {
    QString namespaceName;
    QString podName;
    QString container; // "" = the pod's only container (the server refuses when there are several)
    bool follow = true;
    bool previous = false; // the last terminated instance; never followed past its end
    int tailLines = -1; // -1 = the whole log; only for the first request
    std::optional<qint64> sinceTimeNs; // only for the first request
    QString source; // tag for the lines; "" = "pod/container" or "pod"
    Backoff::Policy backoff;
};

// Follows one container's log (GET .../pods/NAME/log?follow&timestamps) and
// emits cleaned lines in batches. When the stream breaks while following, it
// checks the pod still runs, then resumes with sinceTime = the newest line's
// second and drops what it had already delivered, so the lines seen end up
// exactly the container's log: no gap, no repeat. Memory: one partial line.
class LogStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStream)
public:
    enum class State {
        Idle,
        Connecting, // request sent, nothing received yet
        Streaming,
        Reconnecting, // broke while following; waiting or resuming
        Ended, // the server finished (not following, the container ended, the pod went) or stop()
        Failed, // the server refused: error() says why
    };
    Q_ENUM(State)

    LogStream(ApiClient *client, const LogStreamOptions &options, QObject *parent = nullptr);
    ~LogStream() override;

    void start();
    void stop();

    State state() const { return m_state; }
    ApiError error() const { return m_error; }
    QString source() const { return m_source; }
    const LogStreamOptions &options() const { return m_options; }
    qint64 linesDelivered() const { return m_delivered; }
    qint64 duplicatesDropped() const { return m_filter.droppedDuplicates(); }
    int reconnects() const { return m_reconnects; }

    // The query of the next request, for tests.
    QList<QPair<QString, QString>> nextQuery() const;

Q_SIGNALS:
    void linesReceived(const Sextant::Core::LogLines &lines);
    void stateChanged(Sextant::Core::LogStream::State state);

private:
    void openStream();
    void onData(const QByteArray &chunk);
    void onBroken(const ApiError &error, bool endedNormally);
    void scheduleResume();
    void checkPodThenResume();
    void deliver(const LogLines &lines);
    void setState(State state, const ApiError &error = {});

    QPointer<ApiClient> m_client;
    LogStreamOptions m_options;
    QString m_source;
    LogLineSplitter m_splitter;
    LogResumeFilter m_filter;
    Backoff m_backoff;
    QTimer m_retryTimer;
    RequestHandle m_request;
    State m_state = State::Idle;
    ApiError m_error;
    bool m_resuming = false;
    bool m_receivedSinceOpen = false;
    qint64 m_delivered = 0;
    int m_reconnects = 0;
};

} // namespace Sextant::Core
