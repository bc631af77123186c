// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Sextant::Core {

// A failed HTTP answer as ApiError. A Kubernetes Status body gives reason,
// message, details.causes and details.retryAfterSeconds; any other body gives
// a message naming the HTTP code. retryAfterHeader is the raw Retry-After.
ApiError errorFromResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader = {});

// A Status object (from a body or a watch ERROR event) as ApiError.
ApiError errorFromStatus(const QJsonObject &status, int fallbackHttpStatus = 0);

// Retry-After as whole seconds, as client-go reads it (integers only).
std::optional<int> parseRetryAfter(const QByteArray &header);

} // namespace Sextant::Core
