// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/certs/dockerconfigjson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Sextant::Core::DockerConfigJson {

QByteArray goJsonString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        switch (c) {
        case '"':
            out.append("\\\"");
            continue;
        case '\\':
            out.append("\\\\");
            continue;
        case '\b':
            out.append("\\b");
            continue;
        case '\f':
            out.append("\\f");
            continue;
        case '\n':
            out.append("\\n");
            continue;
        case '\r':
            out.append("\\r");
            continue;
        case '\t':
            out.append("\\t");
            continue;
        default:
            break;
        }
        // Go escapes control characters and <, >, & (HTML safety) as \u00XX.
        if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
            continue;
        }
        // U+2028 and U+2029 (E2 80 A8/A9) break JavaScript: Go escapes them too.
        if (c == 0xe2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8.at(i + 1)) == 0x80
            && (static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8
                || static_cast<unsigned char>(utf8.at(i + 2)) == 0xa9)) {
            out.append(static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8 ? "\\u2028" : "\\u2029");
            i += 2;
            continue;
        }
        out.append(char(c));
    }
    out.append('"');
    return out;
}

QByteArray build(const RegistryCredentials &credentials)
{
    const QByteArray auth = (credentials.username + QLatin1Char(':') + credentials.password).toUtf8().toBase64();
    QByteArray entry
        = "{\"username\":" + goJsonString(credentials.username) + ",\"password\":" + goJsonString(credentials.password);
    if (!credentials.email.isEmpty()) {
        entry += ",\"email\":" + goJsonString(credentials.email);
    }
    entry += ",\"auth\":\"" + auth + "\"}";
    return "{\"auths\":{" + goJsonString(credentials.server) + ':' + entry + "}}";
}

bool read(const QByteArray &json, RegistryCredentials *credentials)
{
    const QJsonObject auths = QJsonDocument::fromJson(json).object().value(QLatin1String("auths")).toObject();
    if (auths.isEmpty()) {
        return false;
    }
    QString server = credentials->server;
    if (server.isEmpty() || !auths.contains(server)) {
        server = auths.constBegin().key();
    }
    const QJsonObject entry = auths.value(server).toObject();
    credentials->server = server;
    credentials->username = entry.value(QLatin1String("username")).toString();
    credentials->password = entry.value(QLatin1String("password")).toString();
    credentials->email = entry.value(QLatin1String("email")).toString();
    if (credentials->username.isEmpty() && credentials->password.isEmpty()) {
        const QString decoded
            = QString::fromUtf8(QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1()));
        credentials->username = decoded.section(QLatin1Char(':'), 0, 0);
        credentials->password = decoded.section(QLatin1Char(':'), 1);
    }
    return true;
}

} // namespace Sextant::Core::DockerConfigJson
