// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/nodeactions/nodeactionsupport.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTableWidget>

#include <algorithm>
#include <functional>

namespace Sextant::Ui::NodeActionSupport {

namespace {
QString metadataString(const QJsonObject &object, QLatin1String key)
{
    return object.value(QLatin1String("metadata")).toObject().value(key).toString();
}
} // namespace

QString resourceVersionOf(const QJsonObject &object)
{
    return metadataString(object, QLatin1String("resourceVersion"));
}

QString displayName(const QJsonObject &object)
{
    const QString ns = namespaceOf(object);
    return ns.isEmpty() ? nameOf(object) : ns + QLatin1Char('/') + nameOf(object);
}

bool isCoreResource(const Core::ResourceRef &resource, const char *plural)
{
    return resource.group.isEmpty() && resource.resource == QLatin1String(plural);
}

Core::ApiError localError(const QString &message)
{
    Core::ApiError error;
    error.kind = Core::ApiError::Kind::Status;
    error.message = message;
    return error;
}

QColor problemColor()
{
    return QColor(0xc0, 0x1c, 0x28);
}

QColor problemBackground()
{
    return QColor(0xfb, 0xe3, 0xe4);
}

QLabel *createStatusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("status"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *createErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(QCoreApplication::translate("Sextant::Ui::NodeActionSupport", "Server error"));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problemColor());
    label->setPalette(palette);
    label->hide();
    return label;
}

QList<int> selectedRowsLastFirst(const QTableWidget *table)
{
    QList<int> rows;
    const QList<QTableWidgetSelectionRange> ranges = table->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    return rows;
}

} // namespace Sextant::Ui::NodeActionSupport
