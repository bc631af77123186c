// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/result.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Sextant::Core {

// One field-level cause from a Kubernetes Status (details.causes[]).
struct StatusCause {
    QString type; // e.g. FieldValueInvalid
    QString message; // verbatim from the server
    QString field; // e.g. spec.template.spec.containers[0].image
};

// Every failure core reports: a Kubernetes Status from the server, or a
// transport/configuration/credential problem on our side. Messages never
// contain credential values.
struct ApiError {
    enum class Kind {
        None,
        Status, // the server answered with a failure (httpStatus set)
        Network, // connection refused, DNS, reset, timeout
        Tls, // certificate verification failed
        Credentials, // exec plugin / token file / oidc failure
        Configuration, // kubeconfig unusable
        Cancelled, // the caller cancelled; UIs stay silent
        Protocol, // unparseable response
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString reason; // Status.reason, e.g. NotFound, Forbidden, Conflict
    QString message; // human-readable, verbatim from the API where it came from there
    QList<StatusCause> causes;
    std::optional<int> retryAfterSeconds;

    bool isNotFound() const { return httpStatus == 404; }
    bool isForbidden() const { return httpStatus == 403; }
    bool isUnauthorized() const { return httpStatus == 401; }
    bool isConflict() const { return httpStatus == 409; }
    bool isInvalid() const { return httpStatus == 422; }
    bool isGone() const { return httpStatus == 410; }
    bool isTooManyRequests() const { return httpStatus == 429; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
};

template<typename T>
using Result = Expected<T, ApiError>;

} // namespace Sextant::Core

Q_DECLARE_METATYPE(Sextant::Core::ApiError)
