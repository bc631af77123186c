// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

// Checks of single workload fields, in the apiserver's words where it has some.
namespace Sextant::Ui::FieldRules {

// 1-65535.
QStringList portNumber(const QString &text);
// A port number, or a named container port (IANA service name, at most 15 characters).
QStringList portNumberOrName(const QString &text);
QStringList portName(const QString &text);
// A quantity greater than zero ("250m", "1Gi").
QStringList positiveQuantity(const QString &text);
// An environment variable name: printable, no '='.
QStringList envName(const QString &text);
// An absolute path ("/data").
QStringList absolutePath(const QString &text);
// A node path for a hostPath volume: absolute, without ".." parts.
QStringList hostPath(const QString &text);
// A prefix for envFrom, checked as the apiserver checks it (IsEnvVarName).
QStringList envPrefix(const QString &text);
// Whether prefix + key makes a variable the kubelet sets (same rule).
bool isEnvVarName(const QString &name);
// A user or group id, 0-2147483647.
QStringList userId(const QString &text);
// User or group ids separated by commas or spaces ("1000, 2000"), each 0-2147483647.
QStringList userIds(const QString &text);
// Linux capability names separated by commas or spaces, upper case as the
// runtimes and Pod Security compare them ("NET_BIND_SERVICE, CHOWN").
QStringList capabilityNames(const QString &text);
// What is allowed but likely wrong in such names: a CAP_ prefix (containerd
// adds its own), a name Linux does not have, ALL where it grants everything.
QStringList capabilityWarnings(const QStringList &names, bool adding);
// A seccomp localhostProfile: required, relative to the kubelet's seccomp
// directory, no "..".
QStringList localhostProfile(const QString &text);
// "a, b c" -> {"a", "b", "c"}
QStringList splitList(const QString &text);
// An integer or a percentage ("1", "25%").
QStringList intOrPercent(const QString &text);
// A service name (DNS-1035 label: starts with a letter).
QStringList serviceName(const QString &text);

// "8080" -> 8080, "http" -> "http": what an IntOrString field carries.
QJsonValue intOrString(const QString &text);
QString textOf(const QJsonValue &intOrString);

// Words split as a shell would (quotes group), and joined back quoting words with spaces.
QStringList splitWords(const QString &text);
QString joinWords(const QStringList &words);

} // namespace Sextant::Ui::FieldRules
