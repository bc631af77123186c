// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/rollbackdialog.h"

#include "core/actions/textdiff.h"
#include "core/actions/workloadrequests.h"
#include "core/kinds/kindrenderer.h"
#include "core/util/yamlwriter.h"
#include "ui/actions/actionsupport.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {

enum Column { RevisionColumn, AgeColumn, ChangeCauseColumn, ImagesColumn };

// Colours the lines of a unified diff.
class DiffHighlighter final : public QSyntaxHighlighter {
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(QLatin1String("@@"))) {
            format.setForeground(QColor(0x1c, 0x71, 0xd8));
        } else if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1Char('+'))) {
            format.setForeground(QColor(0x26, 0x80, 0x3c));
            format.setBackground(QColor(0xe6, 0xf6, 0xe6));
        } else if (text.startsWith(QLatin1Char('-'))) {
            format.setForeground(QColor(0xb0, 0x1c, 0x28));
            format.setBackground(QColor(0xfb, 0xe9, 0xeb));
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

QString label(const Core::Revision &revision)
{
    return revision.current
        ? QCoreApplication::translate("Sextant::Ui::RollbackDialog", "revision %1 (current)").arg(revision.number)
        : QCoreApplication::translate("Sextant::Ui::RollbackDialog", "revision %1").arg(revision.number);
}

} // namespace

RollbackDialog::RollbackDialog(ActionTarget target, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
{
    setObjectName(QStringLiteral("rollbackDialog"));
    setWindowTitle(tr("Roll back %1").arg(ActionSupport::describe(m_target.resource, m_target.objects.value(0))));
    resize(820, 600);

    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Loading revisions…"), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("revisions"));
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Revision"), tr("Age"), tr("Change cause"), tr("Images") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *diffPane = new QWidget(splitter);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    m_diffTitle = new QLabel(diffPane);
    m_diffTitle->setTextFormat(Qt::PlainText);
    diffLayout->addWidget(m_diffTitle);
    m_diff = new QPlainTextEdit(diffPane);
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setAccessibleName(tr("Differences between the pod templates"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_diff->document());
    diffLayout->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rollbackButton = buttons->addButton(tr("Roll back"), QDialogButtonBox::AcceptRole);
    m_rollbackButton->setObjectName(QStringLiteral("rollbackButton"));
    m_rollbackButton->setEnabled(false);
    connect(m_rollbackButton, &QPushButton::clicked, this, &RollbackDialog::rollBack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RollbackDialog::selectionChanged);
    load();
}

void RollbackDialog::load()
{
    Core::ApiClient *client = ActionSupport::clientOf(m_target);
    if (!client || m_target.objects.isEmpty())
        return;
    const QJsonObject object = m_target.objects.first();
    Core::WorkloadRequests::loadHistory(
        client, m_target.resource, ActionSupport::namespaceOf(object), ActionSupport::nameOf(object), this,
        [this](const Core::WorkloadRequests::History &history) {
            m_revisions = history.revisions;
            showHistory();
        },
        [this](const Core::ApiError &error) {
            m_status->setText(tr("Could not read the revision history: %1").arg(error.message));
            ActionSupport::failed(m_target, tr("Could not read the revision history"), error);
        });
}

void RollbackDialog::showHistory()
{
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Newest first, as a history reads.
    for (auto it = m_revisions.crbegin(); it != m_revisions.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(RevisionColumn, it->current ? tr("%1 (current)").arg(it->number) : QString::number(it->number));
        item->setData(RevisionColumn, Qt::UserRole, it->number);
        item->setText(AgeColumn,
            it->created.isValid() ? Core::humanDuration(it->created.secsTo(now)) : QStringLiteral("<unknown>"));
        item->setToolTip(AgeColumn, it->created.toLocalTime().toString(Qt::TextDate));
        item->setText(ChangeCauseColumn, it->changeCause.isEmpty() ? QStringLiteral("<none>") : it->changeCause);
        item->setText(ImagesColumn, it->images.join(QStringLiteral(", ")));
        if (it->current) {
            QFont font = item->font(RevisionColumn);
            font.setBold(true);
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setFont(column, font);
        }
    }
    m_status->setText(m_revisions.size() > 1
            ? tr("Select a revision to see what rolling back to it changes, or two to compare them.")
            : tr("There is no earlier revision to roll back to."));
    Q_EMIT historyLoaded();
}

void RollbackDialog::selectRevisions(const QList<qint64> &numbers)
{
    m_list->clearSelection();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (numbers.contains(item->data(RevisionColumn, Qt::UserRole).toLongLong()))
            item->setSelected(true);
    }
}

QString RollbackDialog::diffText() const
{
    return m_diff->toPlainText();
}

QList<const Core::Revision *> RollbackDialog::selectedRevisions() const
{
    QList<const Core::Revision *> selected;
    for (const Core::Revision &revision : m_revisions) {
        for (const QTreeWidgetItem *item : m_list->selectedItems()) {
            if (item->data(RevisionColumn, Qt::UserRole).toLongLong() == revision.number)
                selected.append(&revision);
        }
    }
    return selected; // oldest first
}

void RollbackDialog::selectionChanged()
{
    QList<const Core::Revision *> selected = selectedRevisions();
    if (selected.size() > 2) {
        // Compare two at a time: keep the last click and its neighbour in time.
        QTreeWidgetItem *current = m_list->currentItem();
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        if (current)
            current->setSelected(true);
        selected = selectedRevisions();
    }
    const Core::Revision *currentRevision = nullptr;
    for (const Core::Revision &revision : m_revisions) {
        if (revision.current)
            currentRevision = &revision;
    }
    const Core::Revision *from = nullptr;
    const Core::Revision *to = nullptr;
    if (selected.size() == 2) {
        from = selected.at(0);
        to = selected.at(1);
        m_diffTitle->setText(tr("Changes from revision %1 to revision %2:").arg(from->number).arg(to->number));
    } else if (selected.size() == 1 && currentRevision) {
        from = currentRevision;
        to = selected.at(0);
        m_diffTitle->setText(from == to
                ? tr("Revision %1 is the current one.").arg(to->number)
                : tr("Rolling back to revision %1 changes the pod template like this:").arg(to->number));
    } else {
        m_diffTitle->clear();
    }
    if (from && to) {
        const QString diff = Core::unifiedDiff(
            Core::toYaml(from->podTemplate), Core::toYaml(to->podTemplate), label(*from), label(*to));
        m_diff->setPlainText(diff.isEmpty() && from != to ? tr("The pod templates are the same.") : diff);
    } else {
        m_diff->clear();
    }
    m_rollbackButton->setEnabled(selected.size() == 1 && !selected.at(0)->current);
    m_rollbackButton->setText(
        selected.size() == 1 ? tr("Roll back to revision %1").arg(selected.at(0)->number) : tr("Roll back"));
}

void RollbackDialog::rollBack()
{
    const QList<const Core::Revision *> selected = selectedRevisions();
    Core::ApiClient *client = ActionSupport::clientOf(m_target);
    if (selected.size() != 1 || !client)
        return;
    const qint64 number = selected.first()->number;
    const QJsonObject object = m_target.objects.first();
    const QString what = ActionSupport::describe(m_target.resource, object);
    m_rollbackButton->setEnabled(false);
    m_list->setEnabled(false);
    ActionSupport::progress(m_target, tr("Rolling back %1 to revision %2…").arg(what).arg(number));
    Core::WorkloadRequests::rollback(
        client, m_target.resource, ActionSupport::namespaceOf(object), ActionSupport::nameOf(object), number, this,
        [this, what, number](const QString &outcome) {
            ActionSupport::succeeded(m_target, tr("%1: %2 (revision %3).").arg(what, outcome).arg(number));
            accept();
        },
        [this, what, number](const Core::ApiError &error) {
            m_status->setText(error.message);
            m_list->setEnabled(true);
            m_rollbackButton->setEnabled(true);
            ActionSupport::failed(m_target, tr("Could not roll back %1 to revision %2").arg(what).arg(number), error);
        });
}

} // namespace Sextant::Ui
