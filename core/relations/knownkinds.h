// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"

#include <QString>

namespace Sextant::Core::KnownKinds {

// Built-in kinds Sextant links between. Versions are the served GA ones.
ResourceRef pods();
ResourceRef nodes();
ResourceRef services();
ResourceRef configMaps();
ResourceRef secrets();
ResourceRef serviceAccounts();
ResourceRef persistentVolumeClaims();
ResourceRef persistentVolumes();
ResourceRef storageClasses();
ResourceRef events();
ResourceRef deployments();
ResourceRef replicaSets();
ResourceRef statefulSets();
ResourceRef daemonSets();
ResourceRef jobs();
ResourceRef cronJobs();
ResourceRef horizontalPodAutoscalers();
ResourceRef ingresses();
ResourceRef ingressClasses();

// The resource of an apiVersion + kind (ownerReferences, scaleTargetRef).
// Unknown kinds get a guessed plural ("Widget" -> "widgets") and *known = false.
ResourceRef resourceOf(
    const QString &apiVersion, const QString &kind, bool namespacedGuess = true, bool *known = nullptr);
// "Deployment" for apps/deployments; a guess from the plural for unknown resources.
QString kindOf(const ResourceRef &resource);

} // namespace Sextant::Core::KnownKinds
