// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/actions/actionsupport.h"
#include "ui/actions/resourceaction.h"

#include <QColor>
#include <QList>
#include <QString>

class QLabel;
class QTableWidget;
class QWidget;

namespace Sextant::Core {
class ApiClient;
}

// What the node, metadata and secret actions share, on top of what every action shares.
namespace Sextant::Ui::NodeActionSupport {

using ActionSupport::clientOf;
using ActionSupport::failed; // cancellations stay silent
using ActionSupport::nameOf;
using ActionSupport::namespaceOf;
using ActionSupport::progress;
using ActionSupport::requestContext;
using ActionSupport::singular;
using ActionSupport::succeeded;

QString resourceVersionOf(const QJsonObject &object);
// "ns/name", or "name" for cluster-scoped objects.
QString displayName(const QJsonObject &object);

bool isCoreResource(const Core::ResourceRef &resource, const char *plural);

// An error made here rather than by the server (a refusal, a timeout), for failed().
Core::ApiError localError(const QString &message);

// The colour of problems in the table editors (invalid rows, server errors).
QColor problemColor();
QColor problemBackground();
// A plain-text, word-wrapped line for progress ("status") under an editor's table.
QLabel *createStatusLabel(QWidget *parent);
// A hidden, selectable line for the server's message ("error"), in the problem colour.
QLabel *createErrorLabel(QWidget *parent);
// The rows with a selected cell, last first, so removing them in order keeps the others' indexes.
QList<int> selectedRowsLastFirst(const QTableWidget *table);

} // namespace Sextant::Ui::NodeActionSupport
