// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small helpers shared by the kubeconfig tests: real files in a QTemporaryDir.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

namespace Sextant::Core::TestUtil {

// A token value that must never show up in any message.
inline const QString Canary = QStringLiteral("CANARY-7f3a9c-secret-token");

inline QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return QString();
    }
    file.write(content);
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A minimal kubeconfig with one cluster, user and context named `name`.
// An empty server means https://example.com:6443.
inline QByteArray simpleConfig(
    const QString &name, QString server = QString(), const QString &currentContext = QString())
{
    if (server.isEmpty()) {
        server = QStringLiteral("https://example.com:6443");
    }
    QByteArray yaml = "apiVersion: v1\nkind: Config\n";
    yaml += "clusters:\n- name: " + name.toUtf8() + "\n  cluster:\n    server: " + server.toUtf8() + "\n";
    yaml += "users:\n- name: " + name.toUtf8() + "\n  user:\n    token: tok-" + name.toUtf8() + "\n";
    yaml += "contexts:\n- name: " + name.toUtf8() + "\n  context:\n    cluster: " + name.toUtf8()
        + "\n    user: " + name.toUtf8() + "\n";
    if (!currentContext.isEmpty()) {
        yaml += "current-context: " + currentContext.toUtf8() + "\n";
    }
    return yaml;
}

} // namespace Sextant::Core::TestUtil
