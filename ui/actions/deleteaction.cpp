// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/deleteaction.h"

#include "ui/actions/deletedialog.h"

#include <QCoreApplication>

namespace Sextant::Ui {

QString DeleteAction::text() const
{
    return QCoreApplication::translate("Sextant::Ui::DeleteAction", "Delete…");
}

QList<PermissionNeed> DeleteAction::permissions(const ActionTarget &) const
{
    return { PermissionNeed { QStringLiteral("delete"), {}, {}, true } };
}

void DeleteAction::trigger(const ActionTarget &target, QWidget *parent)
{
    if (target.objects.isEmpty())
        return;
    auto *dialog = new DeleteDialog(target, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Sextant::Ui
