// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/logs/logstream.h"

#include "core/api/apiclient.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcLogStream, "sextant.core.logs.stream")

namespace Sextant::Core {

namespace {

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// The container's status, from containers, init and ephemeral containers.
QJsonObject containerStatus(const QJsonObject &pod, const QString &container)
{
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    for (const char *field : { "containerStatuses", "initContainerStatuses", "ephemeralContainerStatuses" }) {
        for (const QJsonValue &value : status.value(QLatin1String(field)).toArray()) {
            const QJsonObject entry = value.toObject();
            if (container.isEmpty() || entry.value(QLatin1String("name")).toString() == container)
                return entry;
        }
    }
    return {};
}

} // namespace

LogStream::LogStream(ApiClient *client, const LogStreamOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_backoff(options.backoff)
{
    m_source = options.source;
    if (m_source.isEmpty())
        m_source = options.container.isEmpty() ? options.podName : options.podName + u'/' + options.container;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LogStream::checkPodThenResume);
}

LogStream::~LogStream()
{
    m_request.cancel();
}

void LogStream::start()
{
    if (m_state == State::Connecting || m_state == State::Streaming || m_state == State::Reconnecting)
        return;
    setState(State::Connecting);
    openStream();
}

void LogStream::stop()
{
    m_retryTimer.stop();
    m_request.cancel();
    if (m_state != State::Failed)
        setState(State::Ended);
}

QList<QPair<QString, QString>> LogStream::nextQuery() const
{
    QList<QPair<QString, QString>> query;
    query.append({ QStringLiteral("timestamps"), QStringLiteral("true") });
    if (m_options.follow && !m_options.previous)
        query.append({ QStringLiteral("follow"), QStringLiteral("true") });
    if (m_options.previous)
        query.append({ QStringLiteral("previous"), QStringLiteral("true") });
    if (!m_options.container.isEmpty())
        query.append({ QStringLiteral("container"), m_options.container });
    if (m_resuming && m_filter.hasTimestamp()) {
        query.append({ QStringLiteral("sinceTime"), formatRfc3339Seconds(m_filter.lastTimestampNs()) });
    } else {
        if (m_options.tailLines >= 0)
            query.append({ QStringLiteral("tailLines"), QString::number(m_options.tailLines) });
        if (m_options.sinceTimeNs)
            query.append({ QStringLiteral("sinceTime"), formatRfc3339Seconds(*m_options.sinceTimeNs) });
    }
    return query;
}

void LogStream::openStream()
{
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = tr("The connection to the cluster is gone.");
        setState(State::Failed, error);
        return;
    }
    RawRequest request;
    request.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log")
                       .arg(encoded(m_options.namespaceName), encoded(m_options.podName));
    request.query = nextQuery();
    request.accept = "text/plain, */*";
    if (m_resuming)
        m_filter.resume();
    m_splitter.reset();
    m_receivedSinceOpen = false;
    qCDebug(lcLogStream) << "open" << m_source << request.query;
    StreamHandlers handlers;
    handlers.onData = [this](const QByteArray &chunk) { onData(chunk); };
    handlers.onEnd = [this] { onBroken({}, true); };
    handlers.onError = [this](const ApiError &error) { onBroken(error, false); };
    m_request = m_client->stream(request, this, std::move(handlers));
}

void LogStream::onData(const QByteArray &chunk)
{
    m_receivedSinceOpen = true;
    if (m_state != State::Streaming) {
        m_backoff.reset();
        setState(State::Streaming);
    }
    deliver(m_splitter.feed(chunk, m_source));
}

void LogStream::deliver(const LogLines &lines)
{
    if (lines.isEmpty())
        return;
    const LogLines fresh = m_filter.filter(lines);
    if (fresh.isEmpty())
        return;
    m_delivered += fresh.size();
    Q_EMIT linesReceived(fresh);
}

void LogStream::onBroken(const ApiError &error, bool endedNormally)
{
    if (error.isCancelled())
        return;
    const bool following = m_options.follow && !m_options.previous;
    const bool serverRefused
        = error.kind == ApiError::Kind::Status && error.httpStatus < 500 && !error.isTooManyRequests();
    if (serverRefused || (!following && !endedNormally) || error.kind == ApiError::Kind::Tls
        || error.kind == ApiError::Kind::Credentials) {
        setState(State::Failed, error);
        return;
    }
    if (!following) {
        deliver(m_splitter.finish(m_source));
        setState(State::Ended);
        return;
    }
    // Following: a partial last line will come again in full after the resume.
    qCDebug(lcLogStream) << m_source << "broke:" << (endedNormally ? QStringLiteral("end") : error.message);
    m_splitter.reset();
    if (endedNormally && m_receivedSinceOpen) {
        // Usually the container ended; the pod says whether to resume.
        setState(State::Reconnecting);
        checkPodThenResume();
        return;
    }
    scheduleResume();
}

void LogStream::scheduleResume()
{
    setState(State::Reconnecting);
    m_retryTimer.start(m_backoff.next());
}

void LogStream::checkPodThenResume()
{
    if (!m_client)
        return;
    const ResourceRef pods { QString(), QStringLiteral("v1"), QStringLiteral("pods"), true };
    m_request = m_client->get(
        pods, m_options.namespaceName, m_options.podName, this,
        [this](const QJsonObject &pod) {
            const QJsonObject status = containerStatus(pod, m_options.container);
            const QJsonObject state = status.value(QLatin1String("state")).toObject();
            if (!pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("deletionTimestamp")).isUndefined()
                || state.contains(QLatin1String("terminated")) || state.contains(QLatin1String("waiting"))) {
                setState(State::Ended);
                return;
            }
            ++m_reconnects;
            m_resuming = true;
            openStream();
        },
        [this](const ApiError &error) {
            if (error.isCancelled())
                return;
            if (error.isNotFound()) {
                setState(State::Ended);
                return;
            }
            if (error.kind == ApiError::Kind::Status && error.httpStatus < 500 && !error.isTooManyRequests()) {
                setState(State::Failed, error);
                return;
            }
            scheduleResume();
        });
}

void LogStream::setState(State state, const ApiError &error)
{
    if (state == m_state && error.kind == m_error.kind)
        return;
    m_state = state;
    m_error = error;
    if (state == State::Ended || state == State::Failed)
        m_retryTimer.stop();
    Q_EMIT stateChanged(state);
}

} // namespace Sextant::Core
