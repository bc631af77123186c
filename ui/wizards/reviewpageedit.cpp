// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// The review page when a wizard edits an existing object: a dry-run PUT, then
// the PUT guarded by the resourceVersion the edit started from; after a 409,
// their change and mine merged three ways, shown for another look.
#include "core/liveedit/liveedit.h"
#include "ui/delegates/healthdelegate.h"
#include "ui/wizards/resourcewizard.h"
#include "ui/wizards/reviewpage.h"

#include <QTreeWidget>

namespace Sextant::Ui {

namespace {
// The fields that differ, as dotted paths ("data.color"); lists count whole.
void collectChanges(const QJsonObject &before, const QJsonObject &after, const QString &prefix, QStringList *paths)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue old = before.value(key);
        const QJsonValue now = after.value(key);
        if (old == now) {
            continue;
        }
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        if (old.isObject() && now.isObject()) {
            collectChanges(old.toObject(), now.toObject(), path, paths);
        } else {
            paths->append(path);
        }
    }
}
} // namespace

void ReviewPage::connectLiveEdit()
{
    Core::LiveEdit *edit = m_wizard->liveEdit();
    disconnect(edit, nullptr, this, nullptr);
    connect(edit, &Core::LiveEdit::dryRunFinished, this, &ReviewPage::editChecked);
    connect(edit, &Core::LiveEdit::applied, this, &ReviewPage::editApplied);
    connect(edit, &Core::LiveEdit::applyFailed, this, &ReviewPage::editFailed);
    connect(edit, &Core::LiveEdit::mergeReady, this, &ReviewPage::editMerged);
}

void ReviewPage::checkEdit(const QList<Core::PlannedObject> &objects)
{
    m_results->clear();
    m_checked = false;
    m_editObject = {};
    Q_EMIT completeChanged();
    if (objects.size() != 1) {
        // What a wizard can add beside its object (a Service, an autoscaler) is created, never edited.
        QStringList extra;
        for (qsizetype i = 1; i < objects.size(); ++i) {
            extra.append(objectLabel(objects.at(i)));
        }
        setStatus(tr("Editing changes %1 only. Switch off what would be created with it (%2), "
                     "or create that from the Create menu.")
                      .arg(objectLabel(objects.value(0)), extra.join(QStringLiteral(", "))),
            true);
        return;
    }
    m_editObject = objects.constFirst().object;
    QStringList changes;
    collectChanges(m_wizard->liveEdit()->base(), m_editObject, {}, &changes);
    if (changes.isEmpty()) {
        // After a merge that kept theirs, say why first.
        QStringList lines;
        if (!m_mergeNote.isEmpty()) {
            lines.append(m_mergeNote);
        }
        lines.append(tr("Nothing differs from %1 as it is now: change something in the form (Back) or in the YAML.")
                         .arg(objectLabel(objects.constFirst())));
        setStatus(lines.join(QLatin1Char('\n')));
        return;
    }
    m_changeNote = tr("Changes: %1").arg(changes.join(QStringLiteral(", ")));
    auto *item = new QTreeWidgetItem(m_results, { objectLabel(objects.constFirst()), tr("Checking…") });
    item->setIcon(0, healthIcon(Core::Health::Progressing));
    m_results->resizeColumnToContents(0);
    setStatus(tr("Checking with the server…"));
    m_wizard->liveEdit()->dryRun(m_editObject);
}

void ReviewPage::editChecked(const Core::ApiError &error)
{
    QTreeWidgetItem *item = m_results->topLevelItem(0);
    if (!item) {
        return;
    }
    QString verdict;
    if (error.kind == Core::ApiError::Kind::None) {
        item->setText(1, tr("Accepted by the server"));
        item->setIcon(0, healthIcon(Core::Health::Healthy));
        verdict = tr("The server accepts the change. Press Apply to save it.");
        m_checked = true;
    } else if (error.isConflict()) {
        item->setText(1, tr("Changed by someone else since you opened it"));
        item->setIcon(0, healthIcon(Core::Health::Unknown));
        verdict = tr("Someone changed it since you opened it. Apply first merges their change with yours "
                     "and shows you the result.");
        m_checked = true;
    } else {
        item->setText(1, error.message);
        item->setToolTip(1, error.message);
        item->setIcon(0, healthIcon(Core::Health::Failed));
        m_wizard->showServerErrors(0, error);
        verdict = tr("The server rejected the change. Fix it in the form (Back) or in the YAML.");
        m_checked = false;
    }
    QStringList lines { verdict };
    for (const QString &note : { m_changeNote, m_mergeNote, m_formNote }) {
        if (!note.isEmpty()) {
            lines.append(note);
        }
    }
    setStatus(lines.join(QLatin1Char('\n')), !m_checked);
    Q_EMIT completeChanged();
}

void ReviewPage::editApplied(const QJsonObject &object)
{
    m_created = true;
    setStatus(tr("Applied."));
    Q_EMIT completeChanged();
    Q_EMIT m_wizard->applied({ m_wizard->liveEdit()->resource(), object });
    m_wizard->accept();
}

void ReviewPage::editFailed(const Core::ApiError &error)
{
    if (QTreeWidgetItem *item = m_results->topLevelItem(0)) {
        item->setText(1, error.message);
        item->setToolTip(1, error.message);
        item->setIcon(0, healthIcon(Core::Health::Failed));
    }
    m_wizard->showServerErrors(0, error);
    setStatus(tr("Nothing was changed: %1\nFix it and press Check again.").arg(error.message), true);
    Q_EMIT completeChanged();
}

void ReviewPage::editMerged(const Core::MergeResult &result)
{
    const QString label = objectLabel({ m_wizard->liveEdit()->resource(), result.merged });
    m_wizard->rebaseEdit(result.merged); // a conflict's field holds theirs
    m_formNote = m_wizard->startNote();
    if (result.isClean()) {
        m_mergeNote = tr("%1 was changed by someone else meanwhile: their change and yours are merged here. "
                         "Look again, then press Apply.")
                          .arg(label);
        setCustomButton(tr("Check again"), [this] { checkYamlEdits(); });
    } else {
        // Paths only: values may be a Secret's data.
        QStringList fields;
        for (const Core::MergeConflict &conflict : result.conflicts) {
            fields.append(conflict.pathText());
        }
        m_mergeNote = tr("%1 was changed by someone else meanwhile, and you both changed %2. "
                         "Their values are shown: set yours again, or press Keep mine.")
                          .arg(label, fields.join(QStringLiteral(", ")));
        setCustomButton(tr("Keep mine"), [this, result, fields] {
            QJsonObject mine = result.merged;
            for (const Core::MergeConflict &conflict : result.conflicts) {
                Core::resolveConflict(mine, conflict, Core::MergeSide::Mine);
            }
            m_wizard->rebaseEdit(mine);
            m_formNote = m_wizard->startNote();
            m_mergeNote = tr("Your values are kept for %1.").arg(fields.join(QStringLiteral(", ")));
            setCustomButton(tr("Check again"), [this] { checkYamlEdits(); });
            showObjects(m_wizard->objectsToCreate());
        });
    }
    showObjects(m_wizard->objectsToCreate());
}

} // namespace Sextant::Ui
