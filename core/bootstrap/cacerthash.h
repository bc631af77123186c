// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"

#include <QByteArray>
#include <QString>

namespace Sextant::Core {

// kubeadm's --discovery-token-ca-cert-hash: "sha256:" and the hex SHA-256 of
// the CA certificate's DER-encoded SubjectPublicKeyInfo (not of the whole
// certificate). pem may hold a bundle; the first certificate counts, as
// kubeadm pins the cluster CA. Errors say what is wrong with the PEM.
Result<QString> caCertHash(const QByteArray &pem);

} // namespace Sextant::Core
