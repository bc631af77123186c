// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/statusparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sextant::Core {

std::optional<int> parseRetryAfter(const QByteArray &header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return seconds;
}

ApiError errorFromStatus(const QJsonObject &status, int fallbackHttpStatus)
{
    ApiError error;
    error.kind = ApiError::Kind::Status;
    error.httpStatus = status.value(QLatin1String("code")).toInt(fallbackHttpStatus);
    error.reason = status.value(QLatin1String("reason")).toString();
    error.message = status.value(QLatin1String("message")).toString();
    const QJsonObject details = status.value(QLatin1String("details")).toObject();
    const QJsonArray causes = details.value(QLatin1String("causes")).toArray();
    for (const QJsonValue &value : causes) {
        const QJsonObject cause = value.toObject();
        error.causes.append(StatusCause { cause.value(QLatin1String("reason")).toString(),
            cause.value(QLatin1String("message")).toString(), cause.value(QLatin1String("field")).toString() });
    }
    if (details.contains(QLatin1String("retryAfterSeconds")))
        error.retryAfterSeconds = details.value(QLatin1String("retryAfterSeconds")).toInt();
    if (error.message.isEmpty())
        error.message = QCoreApplication::translate("Sextant::Core", "The server answered with HTTP %1 (%2).")
                            .arg(error.httpStatus)
                            .arg(error.reason.isEmpty() ? QStringLiteral("no reason given") : error.reason);
    return error;
}

ApiError errorFromResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    ApiError error;
    if (parseError.error == QJsonParseError::NoError
        && object.value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
        error = errorFromStatus(object, httpStatus);
        error.httpStatus = httpStatus; // the transport's code wins over the body's
    } else {
        error.kind = ApiError::Kind::Status;
        error.httpStatus = httpStatus;
        // A proxy or load balancer page: say what happened, without dumping HTML.
        const QString text = QString::fromUtf8(body.left(200)).simplified();
        error.message = text.isEmpty() || text.startsWith(QLatin1Char('<'))
            ? QCoreApplication::translate("Sextant::Core", "The server answered with HTTP %1.").arg(httpStatus)
            : QCoreApplication::translate("Sextant::Core", "The server answered with HTTP %1: %2")
                  .arg(httpStatus)
                  .arg(text);
    }
    if (const auto header = parseRetryAfter(retryAfterHeader))
        error.retryAfterSeconds = header;
    return error;
}

} // namespace Sextant::Core
