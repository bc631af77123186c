// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/eventstab.h"

#include "core/cluster/clusterconnection.h"
#include "core/relations/knownkinds.h"
#include "core/util/clock.h"
#include "core/watch/objectstore.h"
#include "ui/delegates/healthdelegate.h"
#include "ui/detail/detailtables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Sextant::Ui {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// When the event was last seen: core events carry lastTimestamp, newer ones eventTime or a series.
QDateTime lastSeen(const QJsonObject &event)
{
    for (const QString &value :
        { str(event, "lastTimestamp"), str(event.value(QLatin1String("series")).toObject(), "lastObservedTime"),
            str(event, "eventTime"), str(event, "firstTimestamp"),
            str(event.value(QLatin1String("metadata")).toObject(), "creationTimestamp") }) {
        const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (time.isValid()) {
            return time;
        }
    }
    return {};
}

int countOf(const QJsonObject &event)
{
    const int series = event.value(QLatin1String("series")).toObject().value(QLatin1String("count")).toInt();
    return qMax(1, qMax(series, event.value(QLatin1String("count")).toInt()));
}

} // namespace

EventsTab::EventsTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
    m_table = DetailTables::create({ tr("Type"), tr("Reason"), tr("Message"), tr("Count"), tr("Last seen") }, this);
    m_table->setObjectName(QStringLiteral("eventsTreeWidget"));
    // Messages are the long column: it takes the room, the short ones fit their text.
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            rebuild();
        } else {
            m_dirty = true;
        }
    });
}

void EventsTab::showSubject(const DetailSubject &subject)
{
    const QString uid
        = subject.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
    const QString previousUid
        = m_subject.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
    m_subject = subject;
    if (subject.connection) {
        // Events of cluster-scoped objects (nodes) live in any namespace, mostly "default".
        const QString ns = subject.resource.namespaced
            ? subject.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString()
            : QString();
        follow(subject.connection->store(Core::KnownKinds::events(), ns));
    }
    if (uid != previousUid || m_table->topLevelItemCount() == 0) {
        rebuild();
    }
}

void EventsTab::setEventStore(Core::ObjectStore *store)
{
    follow(store);
    rebuild();
}

void EventsTab::follow(Core::ObjectStore *store)
{
    if (store == m_store) {
        return;
    }
    for (const QMetaObject::Connection &c : std::as_const(m_storeConnections)) {
        disconnect(c);
    }
    m_storeConnections.clear();
    m_store = store;
    if (store) {
        m_storeConnections.append(connect(store, &Core::ObjectStore::changed, this, [this] { m_refresh.start(); }));
        // The status line says "loading" until the first list arrives.
        m_storeConnections.append(
            connect(store, &Core::ObjectStore::syncStateChanged, this, [this] { m_refresh.start(); }));
        m_storeConnections.append(connect(store, &Core::ObjectStore::synced, this, [this] { m_refresh.start(); }));
    }
}

void EventsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        rebuild();
    }
}

bool EventsTab::isAbout(const QJsonObject &event) const
{
    const QJsonObject metadata = m_subject.object.value(QLatin1String("metadata")).toObject();
    // core/v1 events say involvedObject, events.k8s.io say regarding.
    QJsonObject involved = event.value(QLatin1String("involvedObject")).toObject();
    if (involved.isEmpty()) {
        involved = event.value(QLatin1String("regarding")).toObject();
    }
    const QString uid = str(metadata, "uid");
    if (!uid.isEmpty() && !str(involved, "uid").isEmpty()) {
        return str(involved, "uid") == uid;
    }
    QString kind = str(m_subject.object, "kind");
    if (kind.isEmpty()) {
        kind = Core::KnownKinds::kindOf(m_subject.resource);
    }
    return str(involved, "kind") == kind && str(involved, "name") == str(metadata, "name")
        && str(involved, "namespace") == str(metadata, "namespace");
}

void EventsTab::rebuild()
{
    m_dirty = false;
    QList<QJsonObject> events;
    if (m_store) {
        for (const QString &key : m_store->keys()) {
            const QJsonObject event = m_store->object(key);
            if (isAbout(event)) {
                events.append(event);
            }
        }
    }
    std::sort(events.begin(), events.end(),
        [](const QJsonObject &a, const QJsonObject &b) { return lastSeen(a) > lastSeen(b); });
    const QDateTime now = Core::Clock::instance()->nowUtc();
    QList<QStringList> rows;
    QList<Core::Health> health;
    for (const QJsonObject &event : std::as_const(events)) {
        const QDateTime seen = lastSeen(event);
        QString message = str(event, "message");
        if (message.isEmpty()) {
            message = str(event, "note"); // events.k8s.io
        }
        rows.append({ str(event, "type"), str(event, "reason"), message.simplified(), QString::number(countOf(event)),
            seen.isValid() ? tr("%1 ago").arg(Core::humanDuration(seen.secsTo(now))) : QString() });
        health.append(str(event, "type") == QLatin1String("Warning") ? Core::Health::Warning : Core::Health::Unknown);
    }
    DetailTables::fill(m_table, rows, health);
    for (int r = 0; r < m_table->topLevelItemCount(); ++r) {
        QTreeWidgetItem *item = m_table->topLevelItem(r);
        const bool warning = health.at(r) == Core::Health::Warning;
        QFont font = item->font(0);
        font.setBold(warning);
        item->setFont(0, font);
        item->setFont(1, font);
        item->setIcon(0, warning ? healthIcon(Core::Health::Warning) : QIcon());
    }
    if (!m_store) {
        m_status->setText(tr("Events are not available."));
    } else if (!m_store->hasSynced()) {
        m_status->setText(tr("Loading events…"));
    } else {
        m_status->setText(events.isEmpty()
                ? tr("No events. The cluster keeps events for about an hour.")
                : (events.size() == 1 ? tr("1 event") : tr("%1 events, newest first").arg(events.size())));
    }
}

} // namespace Sextant::Ui
