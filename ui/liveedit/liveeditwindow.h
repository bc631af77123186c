// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/resourceref.h"
#include "core/liveedit/threewaymerge.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Sextant::Core {
class ApiClient;
class LiveEdit;
class ManifestWorker;
} // namespace Sextant::Core

namespace Sextant::Ui {

class ActionFeedback;
class CodeEditor;
class MergeView;
class MessageBanner;
class SyntaxHighlighterFactory;

// "Edit <kind> <ns>/<name>": the live object's YAML (without managed fields
// and other server bookkeeping), applied with PUT guarded by the
// resourceVersion it was loaded at. When someone changed the object
// meanwhile, the window turns into the three-way MergeView; Apply then sends
// the merged result, guarded by the latest version. API errors are shown
// verbatim, 422 causes also at their fields. Closing or reloading with
// unapplied changes asks first (a window-modal box, no nested event loop).
class LiveEditWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEditWindow)
public:
    // Starts loading the object at once. kind is for the title until it loaded ("Deployment").
    // highlighters: null = the built-in YAML highlighter.
    LiveEditWindow(Core::ApiClient *client, const Core::ResourceRef &resource, const QString &namespaceName,
        const QString &name, const QString &kind, QWidget *parent = nullptr,
        std::shared_ptr<const SyntaxHighlighterFactory> highlighters = {});
    ~LiveEditWindow() override;

    // Where successful applies are announced besides this window (optional).
    void setFeedback(ActionFeedback *feedback) { m_feedback = feedback; }

    Core::LiveEdit *session() const { return m_session; }
    CodeEditor *editor() const { return m_editor; }
    MergeView *mergeView() const { return m_mergeView; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *reloadButton() const { return m_reloadButton; }
    QLabel *statusLabel() const { return m_status; }
    bool isShowingMerge() const;
    bool hasUnappliedChanges() const;

    // Edit windows below parent (a main window) holding unapplied changes:
    // a main window that deletes its children on close asks about these first.
    static QList<LiveEditWindow *> withUnappliedChanges(const QWidget &parent);

    // Sends the text shown (the merged result while merging).
    void apply();
    // Loads the current version; asks first when there are unapplied changes.
    void reload();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onStateChanged();
    void onLoaded(const QJsonObject &editable);
    void onApplied(const QJsonObject &editable);
    void onApplyFailed(const Core::ApiError &error);
    void onMergeReady(const Core::MergeResult &result);
    void showEditor(const QJsonObject &editable);
    void updateTitle();
    void updateApplyEnabled();
    void scheduleValidation();
    void confirmDiscard(const QString &question, const QString &discardText, std::function<void()> onDiscard);
    QString objectLabel() const;
    CodeEditor *activeEditor() const;
    static QString errorText(const Core::ApiError &error);

    Core::LiveEdit *m_session = nullptr;
    Core::ManifestWorker *m_worker = nullptr;
    std::shared_ptr<const SyntaxHighlighterFactory> m_highlighters;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_pages = nullptr;
    CodeEditor *m_editor = nullptr;
    MergeView *m_mergeView = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer *m_validationTimer = nullptr;
    QPointer<ActionFeedback> m_feedback;
    QString m_kind;
    quint64 m_validationTicket = 0;
    bool m_closeConfirmed = false;
    bool m_asking = false;
};

} // namespace Sextant::Ui
