// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/resourceaction.h"
#include "ui/nodeactions/metadatadialog.h"

#include <QCoreApplication>

namespace Sextant::Ui {

// Edit labels… / Edit annotations… on any kind, for one object or a
// selection: opens a MetadataDialog.
class MetadataAction final : public ResourceAction {
    Q_DECLARE_TR_FUNCTIONS(Sextant::Ui::MetadataAction)
public:
    explicit MetadataAction(MetadataDialog::Field field)
        : m_field(field)
    {
    }

    QString id() const override;
    QString text() const override;
    QString iconName() const override { return QStringLiteral("tag"); }
    bool appliesTo(const Core::ResourceRef &resource) const override { return resource.isValid(); }
    bool acceptsMany() const override { return true; }
    QList<PermissionNeed> permissions(const ActionTarget &target) const override;
    void trigger(const ActionTarget &target, QWidget *parent) override;

private:
    MetadataDialog::Field m_field = MetadataDialog::Field::Labels;
};

} // namespace Sextant::Ui
