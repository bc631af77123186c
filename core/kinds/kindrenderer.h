// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace Sextant::Core {

// Semantic status of an object; ui/ turns it into colours and icons.
enum class Health {
    Unknown,
    Healthy,
    Progressing,
    Warning,
    Failed,
};

// What users may do with a kind, before RBAC is intersected.
enum class Capability {
    None = 0,
    Delete = 1 << 0,
    Scale = 1 << 1,
    Restart = 1 << 2,
    Logs = 1 << 3,
    Exec = 1 << 4,
    Drain = 1 << 5,
    Cordon = 1 << 6,
    EditLabels = 1 << 7,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

struct ColumnSpec {
    enum class Type {
        Text,
        Number,
        Age, // rendered from the row's creation time at paint time
        Since, // a QDateTime cell shows the time since then and ages like Age; other cells show as they are
    };
    const char *title = nullptr; // untranslated; translate in context "Sextant::Core::Columns"
    Type type = Type::Text;
    bool showsHealth = false; // views draw the row's health here
};

// One object reduced to what a table shows: cells are computed once per
// change, not per paint, so sorting and filtering 10k rows stay cheap.
struct RenderedRow {
    QList<QVariant> cells; // one per ColumnSpec; Age columns hold nothing (see created)
    QDateTime created;
    Health health = Health::Unknown;
};

// Per-kind presentation: columns, cells, health and capabilities.
class KindRenderer {
public:
    virtual ~KindRenderer() = default;
    virtual QList<ColumnSpec> columns() const = 0;
    virtual RenderedRow render(const QJsonObject &object) const = 0;
    virtual Capabilities capabilities() const { return Capability::Delete | Capability::EditLabels; }
};

// Helpers renderers share.
QDateTime creationTime(const QJsonObject &object);
QString objectName(const QJsonObject &object);
QString objectNamespace(const QJsonObject &object);

// kubectl's HumanDuration: "45s", "3m20s", "5h12m", "3d4h", "2y30d".
QString humanDuration(qint64 seconds);

} // namespace Sextant::Core
