// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"

#include <QList>
#include <QSslError>
#include <QUrl>

namespace Sextant::Core {

// Certificate verification failures as one Tls ApiError whose message says
// which check failed: untrusted CA, host name mismatch, expired or not yet
// valid. An empty list means the handshake failed without a verification
// error (e.g. the server refused our client certificate); handshakeText is
// Qt's description then.
ApiError tlsErrorFromSslErrors(const QList<QSslError> &errors, const QUrl &server, const QString &handshakeText = {});

} // namespace Sextant::Core
