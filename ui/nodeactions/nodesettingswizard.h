// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/requesthandle.h"
#include "core/nodes/nodepatches.h"
#include "ui/actions/resourceaction.h"

#include <QWizard>

class QLabel;
class QListWidget;
class QRadioButton;

namespace Sextant::Ui {

class MetadataTable;
class TaintsTable;

// A node's schedulability, labels and taints as a guided form: one page
// each, then a review of what will change in plain words. Finish sends one
// update carrying the resourceVersion read at the start; if someone changed
// the node meanwhile (409), nothing is overwritten: the form is filled again
// with my changes made on their node, to review and apply once more.
// Deletes itself when closed.
class NodeSettingsWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeSettingsWizard)

public:
    enum PageId { SchedulingPage, LabelsPage, TaintsPage, ReviewPage };

    explicit NodeSettingsWizard(ActionTarget target, QWidget *parent = nullptr);
    ~NodeSettingsWizard() override;

    bool isLoaded() const { return m_loaded; }
    bool isApplying() const { return m_request.isRunning(); }
    QRadioButton *schedulableButton() const { return m_schedulable; }
    QRadioButton *cordonedButton() const { return m_cordoned; }
    MetadataTable *labels() const { return m_labels; }
    TaintsTable *taints() const { return m_taints; }
    QString errorText() const;

    // The form's settings, and what differs from the node as read, in words.
    Core::NodePatches::NodeSettings settings() const;
    QStringList changes() const;
    bool canApply() const;
    // Sends the update; the Finish button calls it from the review page.
    void apply();

Q_SIGNALS:
    void loaded();
    void applied();
    void applyFailed(const Sextant::Core::ApiError &error, bool conflict);

private:
    void read(std::function<void(const QJsonObject &node)> then);
    void fill(const Core::NodePatches::NodeSettings &settings);
    void showReview();
    void showError(const QString &text);

    ActionTarget m_target;
    QString m_nodeName;
    QJsonObject m_node;
    Core::NodePatches::NodeSettings m_base;
    bool m_loaded = false;
    bool m_applied = false;
    QRadioButton *m_schedulable = nullptr;
    QRadioButton *m_cordoned = nullptr;
    QLabel *m_readStatus = nullptr;
    MetadataTable *m_labels = nullptr;
    TaintsTable *m_taints = nullptr;
    QListWidget *m_changes = nullptr;
    QLabel *m_reviewStatus = nullptr;
    QLabel *m_error = nullptr;
    Core::RequestHandle m_request;
};

} // namespace Sextant::Ui
