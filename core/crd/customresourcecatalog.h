// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/resourceref.h"
#include "core/kinds/kindrenderer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace Sextant::Core {

class ClusterConnection;
class ObjectStore;

// One custom resource kind a CRD serves, ready for the generic table path.
struct CustomResourceEntry {
    QString crdName; // "orders.shop.sextant.io"
    ResourceRef resource; // the storage version when served, else the first served one
    QString kind;
    QString plural;
    QString singular;
    QString group;
    QString scope; // "Namespaced" or "Cluster"
    QStringList shortNames;
    QStringList categories;
    // Built from the chosen version's printer columns; shared so a model can
    // keep it alive across catalog changes. Never null.
    std::shared_ptr<const KindRenderer> renderer;
};

// The custom resource kinds of one cluster, following the
// apiextensions.k8s.io/v1 CustomResourceDefinitions live. A user who may not
// list CRDs gets state Forbidden and a hint, and no entries.
class CustomResourceCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomResourceCatalog)
public:
    enum class State {
        Loading,
        Ready,
        Forbidden, // 403 on the CRD list: the user cannot see which kinds exist
        Failed, // any other error; error() says why
    };
    Q_ENUM(State)

    // Follows connection->store(crdResource()).
    explicit CustomResourceCatalog(ClusterConnection *connection, QObject *parent = nullptr);
    // Follows a store fed by hand (tests) or by any other owner.
    explicit CustomResourceCatalog(ObjectStore *crdStore, QObject *parent = nullptr);

    static ResourceRef crdResource();
    // nullopt for a CRD that serves no version or is not Established yet.
    static std::optional<CustomResourceEntry> entryFromCrd(const QJsonObject &crd);

    // Sorted by group, then kind.
    QList<CustomResourceEntry> entries() const { return m_entries; }
    std::optional<CustomResourceEntry> find(const QString &group, const QString &plural) const;
    State state() const { return m_state; }
    ApiError error() const { return m_error; }
    // A user-visible sentence for a navigator or page when state() is not Ready; empty otherwise.
    QString hint() const;

Q_SIGNALS:
    void changed();
    void stateChanged(Sextant::Core::CustomResourceCatalog::State state);

private:
    void follow(ObjectStore *store);
    void rebuild();
    void updateState();

    QPointer<ObjectStore> m_store;
    QList<CustomResourceEntry> m_entries;
    // Renderers by CRD name, reused while the printer columns stay the same.
    QHash<QString, std::pair<QByteArray, std::shared_ptr<const KindRenderer>>> m_renderers;
    State m_state = State::Loading;
    ApiError m_error;
};

} // namespace Sextant::Core
