// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"
#include "core/kinds/kindrenderer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sextant::Ui {

// A titled table in the overview: containers, conditions, ports, keys...
struct OverviewSection {
    QString title;
    QStringList columns;
    QList<QStringList> rows;
    QList<Core::Health> rowHealth; // empty, or one per row (drawn as a dot in the first column)
};

// What the overview shows for one object, computed without widgets so tests can read it.
struct Overview {
    QString kind;
    QString name;
    QString namespaceName;
    Core::Health health = Core::Health::Unknown;
    QString age; // "3d4h"
    QList<QPair<QString, QString>> facts; // translated label -> value
    QList<OverviewSection> sections;
};

// Key facts per kind: pods, workloads, services, nodes, storage, jobs, config
// maps, secrets (key names and sizes only, never values), autoscalers,
// ingresses; other kinds show spec's top-level scalars. Conditions for any
// object that has status.conditions.
Overview buildOverview(const Core::ResourceRef &resource, const QJsonObject &object, const QDateTime &now);

} // namespace Sextant::Ui
