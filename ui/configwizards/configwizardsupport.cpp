// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/configwizards/configwizardsupport.h"

#include <QColor>
#include <QRegularExpression>

namespace Sextant::Ui {

const Core::ResourceRef &ConfigWizardSupport::namespaces()
{
    static const Core::ResourceRef ref { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
    return ref;
}

QStringList ConfigWizardSupport::configKeyProblems(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[-._a-zA-Z0-9]+$"));
    QStringList problems;
    if (key.size() > 253) {
        problems.append(tr("must be no more than 253 characters"));
    }
    if (!pattern.match(key).hasMatch()) {
        problems.append(tr("a valid config key must consist of alphanumeric characters, '-', '_' or '.' "
                           "(e.g. 'key.name', or 'KEY_NAME', or 'key-name')"));
    }
    if (key == QLatin1String(".") || key == QLatin1String("..")) {
        problems.append(tr("must not be '.' or '..'"));
    } else if (key.startsWith(QLatin1String(".."))) {
        problems.append(tr("must not start with '..'"));
    }
    return problems;
}

QColor ConfigWizardSupport::problemColour()
{
    return QColor(0xd0, 0x3a, 0x2f);
}

} // namespace Sextant::Ui
