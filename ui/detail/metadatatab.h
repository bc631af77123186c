// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/detail/detailtab.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace Sextant::Ui {

// Labels and annotations as two copyable tables, plus the object's identity
// (uid, resource version, owners, finalizers).
class MetadataTab final : public QWidget, public DetailTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataTab)
public:
    explicit MetadataTab(QWidget *parent = nullptr);
    void showSubject(const DetailSubject &subject) override;

    QTreeWidget *labels() const { return m_labels; }
    QTreeWidget *annotations() const { return m_annotations; }

private:
    QLabel *m_identity = nullptr;
    QTreeWidget *m_labels = nullptr;
    QTreeWidget *m_annotations = nullptr;
};

} // namespace Sextant::Ui
