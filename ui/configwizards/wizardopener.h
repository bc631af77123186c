// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"
#include "ui/wizards/resourcewizard.h"

namespace Sextant::Ui {

// Opens the creation wizard of the target's kind (WizardCatalog) filled from
// object, for Duplicate… and Edit settings…: deleted when closed. When the
// wizard cannot start from it, tells target.feedback why under failureTitle
// and returns null.
ResourceWizard *openWizardFrom(const ActionTarget &target, QJsonObject object, ResourceWizard::StartMode mode,
    const QString &failureTitle, QWidget *parent);

// Whether a wizard can start from objects of this resource.
bool hasWizardFor(const Core::ResourceRef &resource);

} // namespace Sextant::Ui
