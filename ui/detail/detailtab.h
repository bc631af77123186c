// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"

#include <QJsonObject>
#include <QPointer>

namespace Sextant::Core {
class ClusterConnection;
}

namespace Sextant::Ui {

// What every detail tab is told: which object, of which resource, on which
// connection (null in tests without a cluster).
struct DetailSubject {
    QPointer<Core::ClusterConnection> connection;
    Core::ResourceRef resource;
    QJsonObject object;
};

// A tab of the detail pane. The pane calls show() only while the tab is the
// visible one, so hidden tabs cost nothing when the object changes often.
class DetailTab {
public:
    virtual ~DetailTab() = default;
    virtual void showSubject(const DetailSubject &subject) = 0;
};

} // namespace Sextant::Ui
