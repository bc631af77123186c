// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>

namespace Sextant::Core {

// The object without what the API server sets on its own, so two versions
// compare on what a user wrote: metadata.managedFields, resourceVersion,
// generation, uid, creationTimestamp, selfLink, and the whole status (as
// `kubectl diff` users read it). Everything else is kept as is.
QJsonObject withoutServerNoise(const QJsonObject &object);

} // namespace Sextant::Core
