// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/metadataaction.h"

#include "ui/nodeactions/nodeactionsupport.h"

namespace Sextant::Ui {

QString MetadataAction::id() const
{
    return m_field == MetadataDialog::Field::Labels ? QStringLiteral("metadata.labels")
                                                    : QStringLiteral("metadata.annotations");
}

QString MetadataAction::text() const
{
    return m_field == MetadataDialog::Field::Labels ? tr("Edit labels…") : tr("Edit annotations…");
}

QList<PermissionNeed> MetadataAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("patch"), {}, {}, true } };
}

void MetadataAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty() || !NodeActionSupport::clientOf(target))
        return;
    auto *dialog = new MetadataDialog(target, m_field, parent);
    dialog->open();
}

} // namespace Sextant::Ui
