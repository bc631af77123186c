// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/conflictdialog.h"

#include "core/apply/applyrun.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

ConflictDialog::ConflictDialog(
    const Core::ApplyRun &run, const QList<int> &indexes, const QString &contextName, QWidget *parent)
    : QDialog(parent)
    , m_indexes(indexes)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Fields owned by other managers"));

    auto *heading = new QLabel(tr("<b>Nothing was changed on these objects on %1</b>: other field managers own "
                                  "fields this file sets.")
                                   .arg(contextName.toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    auto *explanation = new QLabel(tr("Taking ownership sets this file's values and makes Sextant the manager of "
                                      "these fields. Whoever set them before (a controller, a pipeline, a colleague "
                                      "with kubectl) may set them back; consider removing the fields from this file "
                                      "instead."),
        this);
    explanation->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("conflictTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Object and field"), tr("Owned by") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    for (const int index : indexes) {
        const Core::ApplyRun::Result result = run.result(index);
        auto *objectItem = new QTreeWidgetItem(m_tree, { run.objects().at(index).displayName() });
        objectItem->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        objectItem->setToolTip(0, result.error.message);
        QFont bold = objectItem->font(0);
        bold.setBold(true);
        objectItem->setFont(0, bold);
        for (const Core::FieldConflict &conflict : result.conflicts) {
            QString owner = conflict.manager;
            if (!conflict.subresource.isEmpty())
                owner = tr("%1 (through %2)").arg(owner, conflict.subresource);
            if (!conflict.apiVersion.isEmpty())
                owner = tr("%1, using %2").arg(owner, conflict.apiVersion);
            for (const QString &field : conflict.fields)
                new QTreeWidgetItem(objectItem, { field, owner });
        }
        if (result.conflicts.isEmpty())
            new QTreeWidgetItem(objectItem, { result.error.message });
        // The server's words, verbatim, for copying into a ticket.
        auto *message = new QTreeWidgetItem(objectItem, { tr("Server: %1").arg(result.error.message) });
        message->setForeground(0, palette().brush(QPalette::PlaceholderText));
        message->setFirstColumnSpanned(true);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + 32);

    auto *buttons = new QDialogButtonBox(this);
    m_force = buttons->addButton(tr("Apply and &take ownership"), QDialogButtonBox::DestructiveRole);
    m_force->setObjectName(QStringLiteral("takeOwnershipButton"));
    m_force->setAutoDefault(false);
    QPushButton *leave = buttons->addButton(tr("&Leave unchanged"), QDialogButtonBox::RejectRole);
    leave->setDefault(true);
    leave->setFocus(); // the safe choice first; the list is for reading
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_force, &QPushButton::clicked, this, [this] {
        Q_EMIT takeOwnershipRequested(m_indexes);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    resize(720, 380);
}

} // namespace Sextant::Ui
