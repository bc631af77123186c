// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/stream/channelprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sextant::Core {

QByteArray encodeChannelFrame(quint8 channel, const QByteArray &data)
{
    QByteArray frame;
    frame.reserve(data.size() + 1);
    frame.append(char(channel));
    frame.append(data);
    return frame;
}

std::optional<ChannelFrame> decodeChannelFrame(const QByteArray &message)
{
    if (message.isEmpty())
        return std::nullopt;
    return ChannelFrame { quint8(message.at(0)), message.mid(1) };
}

QByteArray encodeCloseFrame(quint8 channel)
{
    QByteArray frame;
    frame.append(char(StreamChannel::CloseSignal));
    frame.append(char(channel));
    return frame;
}

QByteArray encodeResizeFrame(int columns, int rows)
{
    // Field names as remotecommand.TerminalSize marshals them.
    const QJsonObject size { { QStringLiteral("Width"), columns }, { QStringLiteral("Height"), rows } };
    return encodeChannelFrame(StreamChannel::Resize, QJsonDocument(size).toJson(QJsonDocument::Compact));
}

std::optional<ExitStatus> parseExitStatus(const QByteArray &statusJson)
{
    const QByteArray trimmed = statusJson.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.startsWith('{'))
        return ExitStatus { -1, QString::fromUtf8(trimmed) };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject status = document.object();
    ExitStatus result;
    result.message = status.value(QLatin1String("message")).toString();
    if (status.value(QLatin1String("status")).toString() == QLatin1String("Success")) {
        result.exitCode = 0;
        return result;
    }
    if (status.value(QLatin1String("reason")).toString() == QLatin1String("NonZeroExitCode")) {
        const QJsonArray causes
            = status.value(QLatin1String("details")).toObject().value(QLatin1String("causes")).toArray();
        for (const QJsonValue &cause : causes) {
            const QJsonObject object = cause.toObject();
            if (object.value(QLatin1String("reason")).toString() != QLatin1String("ExitCode"))
                continue;
            bool ok = false;
            const int code = object.value(QLatin1String("message")).toString().toInt(&ok);
            if (ok)
                result.exitCode = code;
        }
    }
    if (result.message.isEmpty())
        result.message = QCoreApplication::translate("Sextant::Core", "The command failed.");
    return result;
}

} // namespace Sextant::Core
