// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/detail/detailtab.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

// The events about this object, newest first, live from the events store of
// its namespace (all namespaces for cluster-scoped objects). Warnings stand out.
class EventsTab final : public QWidget, public DetailTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsTab)
public:
    explicit EventsTab(QWidget *parent = nullptr);
    void showSubject(const DetailSubject &subject) override;
    // Tests without a connection feed a store directly.
    void setEventStore(Core::ObjectStore *store);

    QTreeWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void follow(Core::ObjectStore *store);
    void rebuild();
    bool isAbout(const QJsonObject &event) const;

    DetailSubject m_subject;
    QPointer<Core::ObjectStore> m_store;
    QList<QMetaObject::Connection> m_storeConnections;
    QTimer m_refresh;
    bool m_dirty = false;
    QLabel *m_status = nullptr;
    QTreeWidget *m_table = nullptr;
};

} // namespace Sextant::Ui
