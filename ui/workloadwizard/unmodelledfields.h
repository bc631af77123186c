// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Sextant::Ui {

// Fields of a pod spec the workload form has no place for (they stay in the
// YAML and are created as given), e.g. "containers.workingDir",
// "initContainers.livenessProbe" (a plain init container's; a sidecar's, with
// restartPolicy: Always, has a place), "containers.securityContext.seLinuxOptions".
// The server's own defaults are not worth a note.
QStringList unmodelledPodFields(const QJsonObject &podSpec);

} // namespace Sextant::Ui
