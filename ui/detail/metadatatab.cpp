// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/metadatatab.h"

#include "ui/detail/detailtables.h"

#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

QList<QStringList> rowsOf(const QJsonObject &map)
{
    QList<QStringList> rows;
    for (auto it = map.begin(); it != map.end(); ++it) {
        // Long annotations (last-applied configuration) stay one line; the tooltip and copy give all of it.
        rows.append({ it.key(), it.value().toString() });
    }
    return rows;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(content);
    layout->addWidget(label);
    content->setParent(box);
    layout->addWidget(content);
    return box;
}

} // namespace

MetadataTab::MetadataTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_identity = new QLabel(this);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setWordWrap(true);
    layout->addWidget(m_identity);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_labels = DetailTables::create({ tr("Key"), tr("Value") }, this);
    m_labels->setObjectName(QStringLiteral("labelsTreeWidget"));
    m_annotations = DetailTables::create({ tr("Key"), tr("Value") }, this);
    m_annotations->setObjectName(QStringLiteral("annotationsTreeWidget"));
    splitter->addWidget(titled(tr("Labels"), m_labels, splitter));
    splitter->addWidget(titled(tr("Annotations"), m_annotations, splitter));
    layout->addWidget(splitter, 1);
}

void MetadataTab::showSubject(const DetailSubject &subject)
{
    const QJsonObject metadata = subject.object.value(QLatin1String("metadata")).toObject();
    QStringList lines;
    lines.append(tr("UID: %1").arg(metadata.value(QLatin1String("uid")).toString()));
    lines.append(tr("Resource version: %1").arg(metadata.value(QLatin1String("resourceVersion")).toString()));
    if (metadata.contains(QLatin1String("generation"))) {
        lines.append(tr("Generation: %1").arg(metadata.value(QLatin1String("generation")).toInteger()));
    }
    lines.append(tr("Created: %1").arg(metadata.value(QLatin1String("creationTimestamp")).toString()));
    QStringList owners;
    for (const QJsonValue &v : metadata.value(QLatin1String("ownerReferences")).toArray()) {
        const QJsonObject o = v.toObject();
        owners.append(o.value(QLatin1String("kind")).toString() + u'/' + o.value(QLatin1String("name")).toString());
    }
    if (!owners.isEmpty()) {
        lines.append(tr("Owners: %1").arg(owners.join(QStringLiteral(", "))));
    }
    QStringList finalizers;
    for (const QJsonValue &v : metadata.value(QLatin1String("finalizers")).toArray()) {
        finalizers.append(v.toString());
    }
    if (!finalizers.isEmpty()) {
        lines.append(tr("Finalizers: %1").arg(finalizers.join(QStringLiteral(", "))));
    }
    if (metadata.contains(QLatin1String("deletionTimestamp"))) {
        lines.append(tr("Deletion requested: %1").arg(metadata.value(QLatin1String("deletionTimestamp")).toString()));
    }
    m_identity->setText(lines.join(u'\n'));
    DetailTables::fill(m_labels, rowsOf(metadata.value(QLatin1String("labels")).toObject()));
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    const bool secret = subject.resource.group.isEmpty() && subject.resource.resource == QLatin1String("secrets");
    if (secret) {
        annotations.remove(QLatin1String("kubectl.kubernetes.io/last-applied-configuration")); // holds the values
    }
    DetailTables::fill(m_annotations, rowsOf(annotations));
}

} // namespace Sextant::Ui
