// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Sextant::Core {
class ClusterConnection;
class ObjectStore;
struct StoreDelta;
} // namespace Sextant::Core

namespace Sextant::Ui {

class EventsTab;
class MessageBanner;
class MetadataTab;
class OverviewTab;
class RelatedTab;
class YamlTab;

// Everything about one object: Overview, Related, Metadata, Events and YAML
// tabs. Follows the object live in its store; only the visible tab is
// rebuilt when it changes, the others when they are next shown.
class DetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)
public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    // Shows one object live from the store (follows changes; says so when it is deleted).
    // The connection gives other stores for related objects and events (connection->store(ref, ns)).
    void showObject(Core::ClusterConnection *connection, const Core::ResourceRef &resource, Core::ObjectStore *store,
        const QString &key);
    void clear();
    QTabWidget *tabs() const; // the lead adds Logs/Terminal/Metrics tabs later

    // State, for tests and the window title.
    bool isDeleted() const { return m_deleted; }
    QJsonObject object() const { return m_object; }
    OverviewTab *overviewTab() const { return m_overview; }
    RelatedTab *relatedTab() const { return m_related; }
    MetadataTab *metadataTab() const { return m_metadata; }
    EventsTab *eventsTab() const { return m_events; }
    YamlTab *yamlTab() const { return m_yaml; }

Q_SIGNALS:
    void openRequested(const Sextant::Core::ResourceRef &resource, const QString &namespaceName, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onStoreChanged(const Core::StoreDelta &delta);
    void setDeleted(bool deleted);
    void objectChanged();
    void refreshCurrentTab();

    QPointer<Core::ClusterConnection> m_connection;
    Core::ResourceRef m_resource;
    QPointer<Core::ObjectStore> m_store;
    QMetaObject::Connection m_storeConnection;
    QString m_key;
    QJsonObject m_object;
    bool m_deleted = false;
    QSet<QWidget *> m_fresh; // tabs showing the current object version

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewTab *m_overview = nullptr;
    RelatedTab *m_related = nullptr;
    MetadataTab *m_metadata = nullptr;
    EventsTab *m_events = nullptr;
    YamlTab *m_yaml = nullptr;
};

} // namespace Sextant::Ui
