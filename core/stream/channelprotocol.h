// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sextant::Core {

// The Kubernetes channel WebSocket protocol (k8s.io/apimachinery wsstream):
// every binary message is one channel byte followed by that channel's data.
// v5.channel.k8s.io adds a close signal (255, channel) that half-closes a
// channel, which is how stdin gets its end of file.
namespace StreamChannel {
inline constexpr quint8 Stdin = 0;
inline constexpr quint8 Stdout = 1;
inline constexpr quint8 Stderr = 2;
inline constexpr quint8 Error = 3; // exec: the final Status as JSON
inline constexpr quint8 Resize = 4; // exec with a TTY: {"Width":w,"Height":h}
inline constexpr quint8 CloseSignal = 255; // v5 only
} // namespace StreamChannel

inline constexpr char ChannelProtocolV5[] = "v5.channel.k8s.io";
inline constexpr char ChannelProtocolV4[] = "v4.channel.k8s.io";

struct ChannelFrame {
    int channel = -1;
    QByteArray data;
};

QByteArray encodeChannelFrame(quint8 channel, const QByteArray &data);
// An empty message carries no channel (the server skips those too).
std::optional<ChannelFrame> decodeChannelFrame(const QByteArray &message);
// v5: "no more data on this channel", e.g. stdin end of file.
QByteArray encodeCloseFrame(quint8 channel);
// The terminal size message on the resize channel.
QByteArray encodeResizeFrame(int columns, int rows);

// What the exec status channel said: exit code 0 on Success, the code from
// details.causes[ExitCode] for NonZeroExitCode, -1 for any other failure
// (message then says what went wrong, verbatim from the server).
struct ExitStatus {
    int exitCode = -1;
    QString message;
};
// nullopt while the JSON is incomplete; protocols before v4 send plain text, which becomes the message.
std::optional<ExitStatus> parseExitStatus(const QByteArray &statusJson);

// Port-forward data and error channels start with the port, 2 bytes little-endian.
inline constexpr int PortPrefixBytes = 2;

} // namespace Sextant::Core
