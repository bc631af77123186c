// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/applyresultspanel.h"

#include "ui/editor/diffhighlighter.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

using Outcome = Core::ApplyRun::Outcome;

constexpr int IndexRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;

QStyle::StandardPixmap iconOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Failed:
    case Outcome::Skipped:
        return QStyle::SP_MessageBoxCritical;
    case Outcome::Conflict:
    case Outcome::NotCheckable:
    case Outcome::Cancelled:
        return QStyle::SP_MessageBoxWarning;
    case Outcome::Created:
    case Outcome::Configured:
    case Outcome::Unchanged:
    case Outcome::Valid:
    case Outcome::NoChanges:
        return QStyle::SP_DialogApplyButton;
    case Outcome::WillChange:
    case Outcome::WillBeCreated:
        return QStyle::SP_FileDialogContentsView;
    case Outcome::Pending:
    case Outcome::Running:
        break;
    }
    return QStyle::SP_BrowserReload;
}

bool isDone(Outcome outcome)
{
    return outcome != Outcome::Pending && outcome != Outcome::Running;
}

QString errorText(const Core::ApiError &error)
{
    QString text = error.message;
    for (const Core::StatusCause &cause : error.causes) {
        const QString line = cause.field.isEmpty() ? cause.message : cause.field + QStringLiteral(": ") + cause.message;
        if (!line.isEmpty() && !text.contains(line))
            text += QStringLiteral("\n  • ") + line;
    }
    return text;
}

// Server text inside a diff view: indented, so its "- field" lines are not read as removals.
QString indented(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QStringLiteral("  "));
    return lines.join(QLatin1Char('\n'));
}

QString conflictText(const QList<Core::FieldConflict> &conflicts)
{
    QString text;
    for (const Core::FieldConflict &conflict : conflicts) {
        QString owner = QStringLiteral("“%1”").arg(conflict.manager);
        if (!conflict.subresource.isEmpty())
            owner = ApplyResultsPanel::tr("%1 (through %2)").arg(owner, conflict.subresource);
        text += ApplyResultsPanel::tr("Owned by %1:").arg(owner) + QLatin1Char('\n');
        for (const QString &field : conflict.fields)
            text += QStringLiteral("    ") + field + QLatin1Char('\n');
    }
    return text;
}

} // namespace

ApplyResultsPanel::ApplyResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_objects(new QTreeWidget(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("applyResultsPanel"));
    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("applyCancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ApplyResultsPanel::cancelRequested);

    m_objects->setObjectName(QStringLiteral("applyObjects"));
    m_objects->setColumnCount(2);
    m_objects->setHeaderLabels({ tr("Object"), tr("Result") });
    m_objects->setRootIsDecorated(false);
    m_objects->setUniformRowHeights(true);
    m_objects->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_objects, &QTreeWidget::currentItemChanged, this, &ApplyResultsPanel::showDetail);
    connect(m_objects, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT lineActivated(item->data(0, LineRole).toInt()); });

    m_detail->setObjectName(QStringLiteral("applyDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    new DiffHighlighter(m_detail->document(), dark);

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_progress);
    header->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_objects);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 380, 760 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
}

void ApplyResultsPanel::showStatus(const QString &title, const QString &text, bool busy)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = nullptr;
    m_title = title;
    m_objects->clear();
    m_detail->clear();
    m_summary->setText(QStringLiteral("<b>%1</b> — %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(busy);
}

void ApplyResultsPanel::setRun(Core::ApplyRun *run, const QString &title)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    m_title = title;
    m_objects->clear();
    m_detail->clear();
    if (!run)
        return;
    for (int i = 0; i < run->objects().size(); ++i) {
        auto *item = new QTreeWidgetItem(m_objects);
        item->setData(0, IndexRole, i);
        item->setData(0, LineRole, run->objects().at(i).firstLine);
        item->setText(0, run->objects().at(i).displayName());
        updateRow(i);
    }
    connect(run, &Core::ApplyRun::objectStarted, this, &ApplyResultsPanel::updateRow);
    connect(run, &Core::ApplyRun::objectFinished, this, [this](int index) {
        updateRow(index);
        updateSummary();
        // Follow the run until the user picks an object.
        if (m_objects->currentItem() == nullptr || m_objects->currentItem()->data(0, IndexRole).toInt() == index)
            showDetail();
    });
    connect(run, &Core::ApplyRun::finished, this, [this] {
        updateSummary();
        if (m_objects->currentItem() == nullptr && m_objects->topLevelItemCount() > 0) {
            // The first object worth a look: a failure, a conflict or a change.
            QTreeWidgetItem *pick = m_objects->topLevelItem(0);
            for (int i = 0; i < m_objects->topLevelItemCount(); ++i) {
                const Outcome outcome = m_run ? m_run->result(i).outcome : Outcome::Pending;
                if (outcome == Outcome::Failed || outcome == Outcome::Conflict || outcome == Outcome::WillChange) {
                    pick = m_objects->topLevelItem(i);
                    break;
                }
            }
            m_objects->setCurrentItem(pick);
        }
    });
    updateSummary();
}

void ApplyResultsPanel::updateRow(int index)
{
    QTreeWidgetItem *item = m_objects->topLevelItem(index);
    if (!item || !m_run)
        return;
    const Core::ApplyRun::Result result = m_run->result(index);
    item->setText(1, Core::ApplyRun::outcomeText(result.outcome));
    item->setIcon(1, style()->standardIcon(iconOf(result.outcome)));
    QString tip = result.error.message;
    if (!result.conflicts.isEmpty())
        tip = conflictText(result.conflicts).trimmed();
    item->setToolTip(1, tip);
}

void ApplyResultsPanel::updateSummary()
{
    if (!m_run)
        return;
    QMap<Outcome, int> counts;
    int done = 0;
    const int total = int(m_run->objects().size());
    for (int i = 0; i < total; ++i) {
        const Outcome outcome = m_run->result(i).outcome;
        if (isDone(outcome)) {
            ++done;
            ++counts[outcome];
        }
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(Core::ApplyRun::outcomeText(it.key())));
    const QString objects = tr("%n object(s)", nullptr, total);
    const QString text = parts.isEmpty() ? objects : objects + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    m_summary->setText(QStringLiteral("<b>%1</b> — %2").arg(m_title.toHtmlEscaped(), text.toHtmlEscaped()));
    const bool running = m_run->isRunning();
    m_progress->setVisible(running);
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_cancel->setVisible(running);
}

void ApplyResultsPanel::showDetail()
{
    QTreeWidgetItem *item = m_objects->currentItem();
    if (!item || !m_run) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(detailText(*m_run, item->data(0, IndexRole).toInt()));
}

QString ApplyResultsPanel::detailText(const Core::ApplyRun &run, int index)
{
    const Core::ApplyObject &object = run.objects().at(index);
    const Core::ApplyRun::Result result = run.result(index);
    const QString name = object.displayName();
    switch (result.outcome) {
    case Outcome::Pending:
    case Outcome::Running:
        return tr("%1: waiting for the server…").arg(name);
    case Outcome::Cancelled:
        return tr("%1: cancelled before the server answered.").arg(name);
    case Outcome::Skipped:
        return tr("%1 was not sent:\n%2").arg(name, object.problem);
    case Outcome::NotCheckable:
        return tr("%1 cannot be checked yet: this file creates its namespace or CustomResourceDefinition first.\n\n"
                  "The server said:\n%2")
            .arg(name, errorText(result.error));
    case Outcome::NoChanges:
        return tr("%1: no changes. The live object already matches this file.").arg(name);
    case Outcome::WillBeCreated:
        return tr("%1 will be created.").arg(name) + QStringLiteral("\n\n") + result.diff;
    case Outcome::WillChange:
        return result.diff;
    case Outcome::Valid:
        return tr("%1: the server accepts this object (dry run, nothing was changed).").arg(name);
    case Outcome::Created:
        return tr("%1 was created.").arg(name);
    case Outcome::Configured:
        return tr("%1 was changed.").arg(name);
    case Outcome::Unchanged:
        return tr("%1 is unchanged: it already matched this file.").arg(name);
    case Outcome::Conflict: {
        QString text = tr("%1: other field managers own fields this file sets. Nothing was changed.").arg(name)
            + QStringLiteral("\n\n") + conflictText(result.conflicts) + QLatin1Char('\n')
            + tr("The server said:\n%1").arg(indented(result.error.message));
        if (!result.diff.isEmpty())
            text += QStringLiteral("\n\n") + tr("Taking ownership of these fields would change:") + QStringLiteral("\n")
                + result.diff;
        return text;
    }
    case Outcome::Failed:
        return tr("%1 failed:\n%2").arg(name, errorText(result.error));
    }
    return {};
}

} // namespace Sextant::Ui
