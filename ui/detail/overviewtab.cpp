// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/detail/overviewtab.h"

#include "core/util/clock.h"
#include "ui/delegates/healthdelegate.h"
#include "ui/detail/detailtables.h"

#include <QFormLayout>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    auto *header = new QHBoxLayout;
    m_healthIcon = new QLabel(content);
    m_title = selectableLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("overviewTitleLabel"));
    header->addWidget(m_healthIcon);
    header->addWidget(m_title, 1);
    layout->addLayout(header);
    m_subtitle = selectableLabel(content);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setObjectName(QStringLiteral("overviewSubtitleLabel"));
    layout->addWidget(m_subtitle);

    m_facts = new QFormLayout;
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    layout->addLayout(m_facts);
    m_sectionsLayout = new QVBoxLayout;
    layout->addLayout(m_sectionsLayout);
    layout->addStretch(1);
    setWidget(content);
}

void OverviewTab::showSubject(const DetailSubject &subject)
{
    const Overview overview = buildOverview(subject.resource, subject.object, Core::Clock::instance()->nowUtc());
    const int iconSize = m_title->fontMetrics().height();
    m_healthIcon->setPixmap(healthIcon(overview.health).pixmap(iconSize, iconSize));
    m_healthIcon->setToolTip(healthName(overview.health));
    m_title->setText(overview.name);
    QStringList subtitle { overview.kind };
    if (!overview.namespaceName.isEmpty()) {
        subtitle.append(tr("namespace %1").arg(overview.namespaceName));
    }
    subtitle.append(healthName(overview.health));
    if (!overview.age.isEmpty()) {
        subtitle.append(tr("created %1 ago").arg(overview.age));
    }
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    showFacts(overview.facts);
    showSections(overview.sections);
}

void OverviewTab::showFacts(const QList<QPair<QString, QString>> &facts)
{
    QStringList labels;
    for (const auto &fact : facts) {
        labels.append(fact.first);
    }
    if (labels != m_factLabels) { // a different kind: new rows; the same kind updates texts in place
        while (m_facts->rowCount() > 0) {
            m_facts->removeRow(0);
        }
        for (const auto &fact : facts) {
            m_facts->addRow(fact.first + u':', selectableLabel(this));
        }
        m_factLabels = labels;
    }
    for (int row = 0; row < facts.size(); ++row) {
        auto *value = qobject_cast<QLabel *>(m_facts->itemAt(row, QFormLayout::FieldRole)->widget());
        value->setText(facts.at(row).second);
    }
}

void OverviewTab::showSections(const QList<OverviewSection> &sections)
{
    bool sameShape = sections.size() == m_sections.size();
    for (qsizetype i = 0; sameShape && i < sections.size(); ++i) {
        sameShape = sections.at(i).title == m_sections.at(i).title
            && sections.at(i).columns.size() == m_sections.at(i).tree->columnCount();
    }
    if (!sameShape) {
        for (const Section &s : std::as_const(m_sections)) {
            delete s.label;
            delete s.tree;
        }
        m_sections.clear();
        for (const OverviewSection &section : sections) {
            Section s;
            s.title = section.title;
            s.label = new QLabel(section.title, widget());
            QFont bold = s.label->font();
            bold.setBold(true);
            s.label->setFont(bold);
            s.label->setContentsMargins(0, 8, 0, 0);
            s.tree = DetailTables::create(section.columns, widget());
            s.tree->setAccessibleName(section.title);
            m_sectionsLayout->addWidget(s.label);
            m_sectionsLayout->addWidget(s.tree);
            m_sections.append(s);
        }
    }
    for (qsizetype i = 0; i < sections.size(); ++i) {
        DetailTables::fill(m_sections.at(i).tree, sections.at(i).rows, sections.at(i).rowHealth);
        DetailTables::fitHeight(m_sections.at(i).tree);
    }
}

QTreeWidget *OverviewTab::section(const QString &title) const
{
    for (const Section &s : m_sections) {
        if (s.title == title) {
            return s.tree;
        }
    }
    return nullptr;
}

QString OverviewTab::factText(const QString &label) const
{
    const qsizetype row = m_factLabels.indexOf(label);
    if (row < 0) {
        return {};
    }
    return qobject_cast<QLabel *>(m_facts->itemAt(int(row), QFormLayout::FieldRole)->widget())->text();
}

} // namespace Sextant::Ui
