// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/detailpane.h"

#include "core/cluster/clusterconnection.h"
#include "core/watch/objectstore.h"
#include "ui/detail/eventstab.h"
#include "ui/detail/metadatatab.h"
#include "ui/detail/overviewtab.h"
#include "ui/detail/relatedtab.h"
#include "ui/detail/yamltab.h"
#include "ui/widgets/messagebanner.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_placeholder = new QLabel(tr("Select an object to see its details."), m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(page);
    m_banner->setObjectName(QStringLiteral("deletedMessageBanner"));
    m_banner->hide();
    pageLayout->addWidget(m_banner);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewTab(m_tabs);
    m_related = new RelatedTab(m_tabs);
    m_metadata = new MetadataTab(m_tabs);
    m_events = new EventsTab(m_tabs);
    m_yaml = new YamlTab(m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_related, tr("Related"));
    m_tabs->addTab(m_metadata, tr("Metadata"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshCurrentTab(); });
    connect(m_related, &RelatedTab::openRequested, this, &DetailPane::openRequested);
}

DetailPane::~DetailPane() = default;

QTabWidget *DetailPane::tabs() const
{
    return m_tabs;
}

void DetailPane::showObject(Core::ClusterConnection *connection, const Core::ResourceRef &resource,
    Core::ObjectStore *store, const QString &key)
{
    disconnect(m_storeConnection);
    m_connection = connection;
    m_resource = resource;
    m_store = store;
    m_key = key;
    m_object = store ? store->object(key) : QJsonObject();
    if (store) {
        m_storeConnection = connect(store, &Core::ObjectStore::changed, this, &DetailPane::onStoreChanged);
    }
    m_stack->setCurrentIndex(1);
    // Not there yet while the store lists; gone if it has listed.
    setDeleted(store && store->hasSynced() && !store->contains(key));
    objectChanged();
}

void DetailPane::clear()
{
    disconnect(m_storeConnection);
    m_store = nullptr;
    m_connection = nullptr;
    m_key.clear();
    m_object = {};
    m_deleted = false;
    m_fresh.clear();
    m_banner->hide();
    m_stack->setCurrentIndex(0);
}

void DetailPane::onStoreChanged(const Core::StoreDelta &delta)
{
    if (delta.removed.contains(m_key)) {
        setDeleted(true); // keep showing the last state
    } else if (delta.added.contains(m_key) || delta.updated.contains(m_key)) {
        m_object = m_store->object(m_key);
        setDeleted(false);
        objectChanged();
    }
}

void DetailPane::setDeleted(bool deleted)
{
    m_deleted = deleted;
    if (deleted) {
        m_banner->showMessage(MessageBanner::Level::Warning,
            m_object.isEmpty() ? tr("This object does not exist (any more).")
                               : tr("This object was deleted. What you see is its last known state."));
    } else {
        m_banner->hide();
    }
}

void DetailPane::objectChanged()
{
    m_fresh.clear();
    refreshCurrentTab();
}

void DetailPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshCurrentTab();
}

void DetailPane::refreshCurrentTab()
{
    QWidget *current = m_tabs->currentWidget();
    if (!current || m_fresh.contains(current) || m_stack->currentIndex() != 1 || !isVisible()) {
        return;
    }
    auto *tab = dynamic_cast<DetailTab *>(current);
    if (!tab) {
        return; // tabs the lead adds (logs, terminal) look after themselves
    }
    m_fresh.insert(current);
    tab->showSubject({ m_connection, m_resource, m_object });
}

} // namespace Sextant::Ui
