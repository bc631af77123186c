// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/crd/customresourcecatalog.h"

#include <QTreeWidget>

namespace Sextant::Ui {

// The main window's left column: Clusters, Overview, the built-in kinds grouped
// as KubeSphere groups them, the cluster's custom resources, Events. Each item
// carries its entry id; a user's choice is signalled, selecting one from code
// is not.
class NavigatorTree final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorTree)

public:
    static const QString ClustersId;
    static const QString OverviewId;
    static const QString ProjectsId;

    explicit NavigatorTree(QWidget *parent = nullptr);

    // "crd:<group>/<plural>", and back; isCustomId() before customKind().
    static QString customId(const QString &group, const QString &plural);
    static bool isCustomId(const QString &id);
    static QString customKind(const QString &id); // "<group>/<plural>"
    // A built-in entry's translated title.
    static QString entryTitle(const char *title);

    // The custom resources of the open cluster; a hint says why they are not available.
    void setCustomResources(const QList<Core::CustomResourceEntry> &entries, const QString &hint);
    void selectEntry(const QString &id);
    QString currentEntry() const;

Q_SIGNALS:
    void entryChosen(const QString &id);

private:
    QTreeWidgetItem *addGroup(const char *group);

    QTreeWidgetItem *m_customGroup = nullptr;
    bool m_selecting = false;
};

} // namespace Sextant::Ui
