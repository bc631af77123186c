// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"

#include <QColor>
#include <QCoreApplication>

namespace Sextant::Ui {

// Small pieces the config wizards share.
class ConfigWizardSupport final {
    Q_DECLARE_TR_FUNCTIONS(ConfigWizardSupport)
public:
    static const Core::ResourceRef &namespaces();
    // ConfigMap and Secret keys, in the apiserver's words (IsConfigMapKey).
    static QStringList configKeyProblems(const QString &key);
    // The red used for problems in forms.
    static QColor problemColour();
};

} // namespace Sextant::Ui
