// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/creation/creationrun.h"
#include "core/liveedit/threewaymerge.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Sextant::Ui {

class ResourceWizard;

// The last page of every creation wizard: the objects as YAML (editable; what
// maps to the form flows back, the rest is created as typed), the server's
// dry-run verdict per object, then Create with progress, and after a failure
// an exact account of what exists with an offer to remove it. When the
// wizard edits an object (ResourceWizard::isEditing), the same page checks
// and applies the change to it instead (reviewpageedit.cpp).
class ReviewPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)
public:
    explicit ReviewPage(ResourceWizard *wizard);

    QPlainTextEdit *yamlEdit() const { return m_yaml; }
    QTreeWidget *results() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }
    bool hasCreated() const { return m_created; }
    Core::CreationRun *run() const { return m_run; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    static QString objectLabel(const Core::PlannedObject &object);
    // The objects as YAML, then their dry run.
    void showObjects(const QList<Core::PlannedObject> &objects);
    // The objects to create: the form's, or the YAML's when it was edited.
    bool collectObjects(QList<Core::PlannedObject> *objects, QString *whyNot);
    void startRun(const QList<Core::PlannedObject> &objects);
    void dryRunFinished(bool ok);
    void createFinished(bool ok);
    void removeFinished(bool ok);
    void showStep(int index, Core::CreationRun::Step step);
    void checkYamlEdits();
    void setStatus(const QString &text, bool error = false);
    void setCustomButton(const QString &text, std::function<void()> onClick);

    // Edit mode (reviewpageedit.cpp).
    void connectLiveEdit();
    void checkEdit(const QList<Core::PlannedObject> &objects);
    void editChecked(const Core::ApiError &error);
    void editApplied(const QJsonObject &object);
    void editFailed(const Core::ApiError &error);
    void editMerged(const Core::MergeResult &result);
    void showEditObject(const QJsonObject &object);

    ResourceWizard *m_wizard = nullptr;
    QPlainTextEdit *m_yaml = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QPointer<Core::CreationRun> m_run;
    QString m_generatedYaml;
    QString m_formNote; // what the form could not show of the objects
    QJsonObject m_editObject; // edit mode: what Apply sends
    QString m_mergeNote; // edit mode: what a merge with someone's change did
    QString m_changeNote; // edit mode: the fields the change touches
    bool m_checked = false;
    bool m_created = false;
    bool m_partiallyCreated = false;
};

} // namespace Sextant::Ui
