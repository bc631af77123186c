// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/logs/logactions.h"

namespace Sextant::Ui {

// Apart from createLogsAction() so that using the action alone does not need the registry.
void registerLogActions(ActionRegistry &registry)
{
    registry.add(createLogsAction());
}

} // namespace Sextant::Ui
