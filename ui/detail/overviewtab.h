// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/detail/detailtab.h"
#include "ui/detail/overviewfacts.h"

#include <QList>
#include <QScrollArea>

class QFormLayout;
class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace Sextant::Ui {

// Header (name, kind, namespace, health, age), the kind's key facts and its
// tables (containers, conditions, ports...).
class OverviewTab final : public QScrollArea, public DetailTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)
public:
    explicit OverviewTab(QWidget *parent = nullptr);
    void showSubject(const DetailSubject &subject) override;

    // For tests: the table titled so, or null.
    QTreeWidget *section(const QString &title) const;
    QString factText(const QString &label) const;

private:
    void showFacts(const QList<QPair<QString, QString>> &facts);
    void showSections(const QList<OverviewSection> &sections);

    QLabel *m_healthIcon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QFormLayout *m_facts = nullptr;
    QVBoxLayout *m_sectionsLayout = nullptr;
    struct Section {
        QString title;
        QLabel *label = nullptr;
        QTreeWidget *tree = nullptr;
    };
    QList<Section> m_sections;
    QStringList m_factLabels;
};

} // namespace Sextant::Ui
