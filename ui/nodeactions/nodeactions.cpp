// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/nodeactions.h"

#include "ui/actions/resourceaction.h"
#include "ui/nodeactions/cordonaction.h"
#include "ui/nodeactions/drainaction.h"
#include "ui/nodeactions/metadataaction.h"
#include "ui/nodeactions/nodesettingsaction.h"
#include "ui/nodeactions/secretaction.h"
#include "ui/nodeactions/taintsaction.h"

namespace Sextant::Ui {

void registerNodeAndMetadataActions(ActionRegistry &registry)
{
    registry.add(std::make_unique<CordonAction>(true));
    registry.add(std::make_unique<CordonAction>(false));
    registry.add(std::make_unique<TaintsAction>());
    registry.add(std::make_unique<NodeSettingsAction>());
    registry.add(std::make_unique<DrainAction>());
    registry.add(std::make_unique<MetadataAction>(MetadataDialog::Field::Labels));
    registry.add(std::make_unique<MetadataAction>(MetadataDialog::Field::Annotations));
    registry.add(std::make_unique<SecretAction>());
}

} // namespace Sextant::Ui
