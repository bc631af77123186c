// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/crd/customresourcecatalog.h"

#include "core/cluster/clusterconnection.h"
#include "core/crd/printercolumnrenderer.h"
#include "core/kinds/renderhelpers.h"
#include "core/watch/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCustomResourceCatalog, "sextant.core.crd.catalog")

namespace Sextant::Core {

using namespace RenderHelpers;

namespace {

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array) {
        out.append(v.toString());
    }
    return out;
}

// Established, and names accepted; a CRD without conditions is taken as it is.
bool isServable(const QJsonObject &crd)
{
    const QJsonObject status = object(crd, "status");
    for (const char *type : { "Established", "NamesAccepted" }) {
        const QJsonObject c = condition(status, type);
        if (!c.isEmpty() && string(c, "status") != QLatin1String("True")) {
            return false;
        }
    }
    return true;
}

QJsonObject chosenVersion(const QJsonObject &spec)
{
    QJsonObject firstServed;
    for (const QJsonValue &v : array(spec, "versions")) {
        const QJsonObject version = v.toObject();
        if (!version.value(QLatin1String("served")).toBool()) {
            continue;
        }
        if (version.value(QLatin1String("storage")).toBool()) {
            return version;
        }
        if (firstServed.isEmpty()) {
            firstServed = version;
        }
    }
    return firstServed;
}

} // namespace

CustomResourceCatalog::CustomResourceCatalog(ClusterConnection *connection, QObject *parent)
    : QObject(parent)
{
    follow(connection ? connection->store(crdResource()) : nullptr);
}

CustomResourceCatalog::CustomResourceCatalog(ObjectStore *crdStore, QObject *parent)
    : QObject(parent)
{
    follow(crdStore);
}

ResourceRef CustomResourceCatalog::crdResource()
{
    return { QStringLiteral("apiextensions.k8s.io"), QStringLiteral("v1"), QStringLiteral("customresourcedefinitions"),
        false };
}

std::optional<CustomResourceEntry> CustomResourceCatalog::entryFromCrd(const QJsonObject &crd)
{
    if (!isServable(crd)) {
        return std::nullopt;
    }
    const QJsonObject spec = object(crd, "spec");
    const QJsonObject version = chosenVersion(spec);
    const QJsonObject names = object(spec, "names");
    CustomResourceEntry entry;
    entry.crdName = Core::objectName(crd);
    entry.group = string(spec, "group");
    entry.plural = string(names, "plural");
    entry.singular = string(names, "singular");
    entry.kind = string(names, "kind");
    entry.scope = string(spec, "scope");
    entry.shortNames = strings(array(names, "shortNames"));
    entry.categories = strings(array(names, "categories"));
    if (version.isEmpty() || entry.plural.isEmpty() || entry.group.isEmpty()) {
        return std::nullopt;
    }
    entry.resource = { entry.group, string(version, "name"), entry.plural, entry.scope != QLatin1String("Cluster") };
    entry.renderer = std::make_shared<const PrinterColumnRenderer>(PrinterColumnRenderer::fromCrdVersion(version));
    return entry;
}

std::optional<CustomResourceEntry> CustomResourceCatalog::find(const QString &group, const QString &plural) const
{
    for (const CustomResourceEntry &entry : m_entries) {
        if (entry.group == group && entry.plural == plural) {
            return entry;
        }
    }
    return std::nullopt;
}

QString CustomResourceCatalog::hint() const
{
    switch (m_state) {
    case State::Loading:
        return tr("Loading custom resource definitions…");
    case State::Forbidden:
        return tr("You may not list CustomResourceDefinitions in this cluster, so its custom resources cannot be "
                  "shown here.");
    case State::Failed:
        return tr("Custom resource definitions could not be loaded: %1").arg(m_error.message);
    case State::Ready:
        return {};
    }
    return {};
}

void CustomResourceCatalog::follow(ObjectStore *store)
{
    m_store = store;
    if (!m_store) {
        m_state = State::Failed;
        return;
    }
    connect(m_store, &ObjectStore::changed, this, &CustomResourceCatalog::rebuild);
    connect(m_store, &ObjectStore::synced, this, &CustomResourceCatalog::updateState);
    connect(m_store, &ObjectStore::syncStateChanged, this, &CustomResourceCatalog::updateState);
    connect(m_store, &ObjectStore::errorOccurred, this, &CustomResourceCatalog::updateState);
    rebuild();
    updateState();
}

void CustomResourceCatalog::updateState()
{
    State state = State::Loading;
    ApiError error;
    if (!m_store) {
        state = State::Failed;
    } else if (m_store->syncState() == ObjectStore::SyncState::Failed) {
        error = m_store->lastError();
        state = error.isForbidden() ? State::Forbidden : State::Failed;
    } else if (m_store->hasSynced()) {
        state = State::Ready;
    }
    if (state == m_state && error.message == m_error.message) {
        return;
    }
    m_state = state;
    m_error = error;
    if (state == State::Forbidden) {
        qCInfo(lcCustomResourceCatalog) << "CRDs not listable:" << error.message;
    }
    Q_EMIT stateChanged(m_state);
}

void CustomResourceCatalog::rebuild()
{
    QList<CustomResourceEntry> entries;
    QHash<QString, std::pair<QByteArray, std::shared_ptr<const KindRenderer>>> renderers;
    if (m_store) {
        const QList<QString> keys = m_store->keys();
        for (const QString &key : keys) {
            const QJsonObject crd = m_store->object(key);
            std::optional<CustomResourceEntry> entry = entryFromCrd(crd);
            if (!entry) {
                continue;
            }
            // Same version and columns as before: keep the renderer models hold.
            const QJsonObject version = chosenVersion(object(crd, "spec"));
            const QByteArray signature = entry->resource.version.toUtf8() + '\n'
                + QJsonDocument(array(version, "additionalPrinterColumns")).toJson(QJsonDocument::Compact);
            const auto previous = m_renderers.constFind(entry->crdName);
            if (previous != m_renderers.constEnd() && previous->first == signature) {
                entry->renderer = previous->second;
            }
            renderers.insert(entry->crdName, { signature, entry->renderer });
            entries.append(*entry);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const CustomResourceEntry &a, const CustomResourceEntry &b) {
        const int byGroup = QString::compare(a.group, b.group);
        return byGroup != 0 ? byGroup < 0 : QString::compare(a.kind, b.kind) < 0;
    });
    m_renderers = renderers;
    const bool same = entries.size() == m_entries.size()
        && std::equal(entries.begin(), entries.end(), m_entries.begin(),
            [](const CustomResourceEntry &a, const CustomResourceEntry &b) {
                return a.crdName == b.crdName && a.resource == b.resource && a.renderer == b.renderer
                    && a.shortNames == b.shortNames && a.categories == b.categories;
            });
    m_entries = entries;
    if (!same) {
        Q_EMIT changed();
    }
    if (m_store && m_store->hasSynced() && m_state == State::Loading) {
        updateState();
    }
}

} // namespace Sextant::Core
