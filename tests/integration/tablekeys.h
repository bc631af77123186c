// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The objects a table shows and those kubectl lists, both as sorted keys
// ("namespace/name", or "name" when cluster-scoped), for comparing them.

#include "core/api/resourceref.h"
#include "core/models/resourcetablemodel.h"
#include "core/watch/objectstore.h"
#include "kubectl.h"

#include <QJsonArray>
#include <QJsonObject>

// namespaceName "" lists a namespaced resource in all namespaces (-A).
inline QStringList keysFromKubectl(const Sextant::Core::ResourceRef &resource, const QString &namespaceName = {})
{
    const QString name
        = resource.group.isEmpty() ? resource.resource : resource.resource + QLatin1Char('.') + resource.group;
    QStringList args { QStringLiteral("get"), name };
    if (!namespaceName.isEmpty()) {
        args << QStringLiteral("-n") << namespaceName;
    } else if (resource.namespaced) {
        args << QStringLiteral("-A");
    }
    QStringList keys;
    const QJsonArray items = kubectlJson(args).object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        keys.append(Sextant::Core::ObjectStore::keyOf(item.toObject()));
    }
    keys.sort();
    return keys;
}

inline QStringList keysInModel(const Sextant::Core::ResourceTableModel *model)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row) {
        keys.append(model->keyAt(row));
    }
    keys.sort();
    return keys;
}
