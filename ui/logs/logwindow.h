// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/resourceref.h"
#include "core/logs/mergedlogs.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

namespace Sextant::Core {
class ClusterConnection;
}

namespace Sextant::Ui {

class LogView;

// A top-level window following the logs of a pod or of a workload's pods.
// Deletes itself when closed; stops its streams then.
class LogWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogWindow)
public:
    static constexpr int kDefaultTailLines = 10000;

    LogWindow(Core::ClusterConnection *connection, const Core::MergedLogsOptions &options, const QString &subject,
        QWidget *parent = nullptr);

    LogView *view() const { return m_view; }

    // What to stream for a pod or a workload (its pod selector); nullopt when
    // the object selects no pods.
    static std::optional<Core::MergedLogsOptions> optionsFor(
        const Core::ResourceRef &resource, const QJsonObject &object);
    // Creates and shows the window for the object; nullptr when it has no pods to follow.
    static LogWindow *openFor(Core::ClusterConnection *connection, const Core::ResourceRef &resource,
        const QJsonObject &object, QWidget *parent = nullptr);

private:
    LogView *m_view = nullptr;
};

} // namespace Sextant::Ui
