// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/logs/logwindow.h"

#include "core/cluster/clusterconnection.h"
#include "core/logs/workloadpods.h"
#include "ui/logs/logview.h"

#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

QString metadataString(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String(field)).toString();
}

} // namespace

LogWindow::LogWindow(Core::ClusterConnection *connection, const Core::MergedLogsOptions &options,
    const QString &subject, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("logWindow"));
    const QString context = connection ? connection->contextName() : QString();
    setWindowTitle(context.isEmpty() ? tr("Logs: %1").arg(subject) : tr("Logs: %1 (%2)").arg(subject, context));
    m_view = new LogView(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_view);
    resize(1100, 650);
    m_view->setSource(connection, options);
}

std::optional<Core::MergedLogsOptions> LogWindow::optionsFor(
    const Core::ResourceRef &resource, const QJsonObject &object)
{
    Core::MergedLogsOptions options;
    options.namespaceName = metadataString(object, "namespace");
    options.tailLines = kDefaultTailLines;
    if (resource.resource == QLatin1String("pods") && resource.group.isEmpty()) {
        options.podName = metadataString(object, "name");
        return options;
    }
    const std::optional<QJsonObject> selector = Core::workloadPodSelector(object);
    if (!selector)
        return std::nullopt;
    options.selector = *selector;
    return options;
}

LogWindow *LogWindow::openFor(
    Core::ClusterConnection *connection, const Core::ResourceRef &resource, const QJsonObject &object, QWidget *parent)
{
    const std::optional<Core::MergedLogsOptions> options = optionsFor(resource, object);
    if (!options || !connection)
        return nullptr;
    QString kind = resource.resource;
    if (kind.endsWith(u's'))
        kind.chop(1);
    const QString subject
        = QStringLiteral("%1 %2/%3").arg(kind, options->namespaceName, metadataString(object, "name"));
    auto *window = new LogWindow(connection, *options, subject, parent);
    window->show();
    return window;
}

} // namespace Sextant::Ui
