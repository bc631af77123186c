// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Sextant::Core {

// One registry login for a kubernetes.io/dockerconfigjson Secret.
struct RegistryCredentials {
    QString server; // as typed: "registry.example.com", "https://index.docker.io/v1/"
    QString username;
    QString password;
    QString email; // optional
};

namespace DockerConfigJson {

// The ".dockerconfigjson" value exactly as `kubectl create secret
// docker-registry` writes it (Go's encoding/json of
// {"auths":{server:{username,password,email,auth}}}): same key order, email
// left out when empty, auth = base64("username:password"), Go's escaping.
QByteArray build(const RegistryCredentials &credentials);

// The credentials of server in a ".dockerconfigjson" value (for starting a
// wizard from an existing Secret); the first entry when server is empty.
// Reads "auth" when username/password are missing. False when none is found.
bool read(const QByteArray &json, RegistryCredentials *credentials);

// A JSON string literal with Go's escaping (HTML characters and U+2028/2029
// as \u escapes), quotes included.
QByteArray goJsonString(const QString &text);

} // namespace DockerConfigJson
} // namespace Sextant::Core
