// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/logs/logline.h"
#include "core/logs/mergedlogs.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Sextant::Core {
class ClusterConnection;
class LogLineModel;
} // namespace Sextant::Core

namespace Sextant::Ui {

class LogLineDelegate;

// A log viewer: the lines of one pod or many (merged, tagged), followed
// live. Toolbar: container (or all), previous instance, timestamps, wrap,
// follow/pause, search with highlight and next/previous, save, clear.
// Pausing keeps receiving lines but stops scrolling ("N new lines").
class LogView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    // Streams what options select from the connection; restarts on container/previous changes.
    void setSource(Core::ClusterConnection *connection, const Core::MergedLogsOptions &options);
    Core::MergedLogs *source() const { return m_logs; }
    Core::LogLineModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }

    // Lines from elsewhere (tests, a finished download): shown like streamed ones.
    void appendLines(const Core::LogLines &lines);

    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    int newLinesWhilePaused() const { return m_newWhilePaused; }

    void setSearchText(const QString &text);
    // Moves to the next/previous match; false when there is none.
    bool findNext();
    bool findPrevious();
    int currentMatchRow() const { return m_currentMatch; }
    int matchCount() const { return m_matchCount; }

    void setShowTimestamps(bool show);
    void setWrap(bool wrap);
    void setShowSources(bool show);
    void setMaxLines(int maxLines);

    // Writes what is loaded; false with a message in the status line on failure.
    bool saveTo(const QString &path);
    QString statusText() const;

Q_SIGNALS:
    void statusChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildToolbar();
    void restartSource();
    void onLinesAdded(int count);
    void updateSourcesUi();
    void updateStatus();
    void updateFollowUi();
    bool findFrom(bool forward);
    void refreshView();
    void askSavePath();

    QPointer<Core::ClusterConnection> m_connection;
    Core::MergedLogsOptions m_options;
    Core::MergedLogs *m_logs = nullptr;
    Core::LogLineModel *m_model = nullptr;
    LogLineDelegate *m_delegate = nullptr;
    QListView *m_list = nullptr;
    QComboBox *m_containerCombo = nullptr;
    QCheckBox *m_previousCheck = nullptr;
    QCheckBox *m_timestampsCheck = nullptr;
    QCheckBox *m_wrapCheck = nullptr;
    QToolButton *m_followButton = nullptr;
    QToolButton *m_newLinesButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_matchLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer m_scrollTimer;
    QTimer m_searchTimer;
    bool m_following = true;
    bool m_showSources = false;
    bool m_scrollingProgrammatically = false;
    int m_newWhilePaused = 0;
    int m_currentMatch = -1;
    int m_matchCount = 0;
    int m_longestSeen = 0;
    QString m_saveError;
    QString m_lastSearch;
};

} // namespace Sextant::Ui
