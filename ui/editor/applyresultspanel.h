// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/applyrun.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Sextant::Ui {

// What a diff, dry run or apply did to each object of a file: a list of
// objects ("Deployment demo/web — will change") and, for the selected one,
// its unified diff or the server's message verbatim. Follows a running
// ApplyRun (progress, cancel) and keeps showing its results afterwards.
class ApplyResultsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyResultsPanel)
public:
    explicit ApplyResultsPanel(QWidget *parent = nullptr);

    // Follows run (not owned); title names the operation and cluster.
    void setRun(Core::ApplyRun *run, const QString &title);
    // A state before any run (connecting, discovery) or why none can start.
    void showStatus(const QString &title, const QString &text, bool busy);

    QTreeWidget *objectList() const { return m_objects; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The detail text of an object as the panel shows it.
    static QString detailText(const Core::ApplyRun &run, int index);

Q_SIGNALS:
    void cancelRequested();
    // The user double-clicked an object: show its first line in the editor.
    void lineActivated(int line);

private:
    void updateRow(int index);
    void updateSummary();
    void showDetail();

    QPointer<Core::ApplyRun> m_run;
    QString m_title;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTreeWidget *m_objects = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace Sextant::Ui
