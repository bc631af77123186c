// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>

// Whether a pod spec meets the Pod Security Standards' "restricted" profile
// (Kubernetes' PodSecurity admission, latest version): its security contexts,
// host namespaces and ports, and volume types. Other baseline rules (SELinux,
// AppArmor, sysctls, procMount) are not checked.
namespace Sextant::Ui::RestrictedProfile {

// What keeps the pod from meeting it, one short sentence each; empty when it does.
QStringList problems(const QJsonObject &podSpec);

} // namespace Sextant::Ui::RestrictedProfile
