// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

// The apiserver's rules for Service and Ingress fields, in its words
// (k8s.io/apimachinery pkg/util/validation and pkg/apis/core/validation).
// Each returns the problems found, or an empty list when the value is valid.
namespace Sextant::Ui::NetworkValidation {

// A port number, 1-65535.
QStringList portNumber(const QString &text);
// IANA_SVC_NAME (a named container port): at most 15 characters of [-a-z0-9],
// at least one letter, no hyphen at either end or twice in a row.
QStringList portName(const QString &text);
// A target port: a number 1-65535 or a container port's name.
QStringList targetPort(const QString &text);
// DNS-1035 label (Service names): lower case, starts with a letter, at most 63.
QStringList dns1035Label(const QString &text);
// An Ingress host: a DNS-1123 subdomain, or one with a leading "*." wildcard; never an IP address.
QStringList ingressHost(const QString &text);

} // namespace Sextant::Ui::NetworkValidation
