// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/logs/logview.h"

#include "core/cluster/clusterconnection.h"
#include "core/logs/loglinemodel.h"
#include "ui/logs/loglinedelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcLogView, "sextant.ui.logs.view")

namespace Sextant::Ui {

LogView::LogView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new Core::LogLineModel(this);
    m_delegate = new LogLineDelegate(m_model, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("logListView"));
    m_list->setUniformItemSizes(true);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *copy = new QAction(tr("Copy"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] {
        QModelIndexList rows = m_list->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        QStringList lines;
        for (const QModelIndex &index : std::as_const(rows))
            lines.append(m_model->formatLine(index.row(), m_timestampsCheck->isChecked(), m_showSources));
        QApplication::clipboard()->setText(lines.join(u'\n'));
    });

    buildToolbar();

    m_scrollTimer.setSingleShot(true);
    m_scrollTimer.setInterval(30);
    connect(&m_scrollTimer, &QTimer::timeout, this, [this] {
        m_scrollingProgrammatically = true;
        m_list->scrollToBottom();
        m_scrollingProgrammatically = false;
    });
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { setSearchText(m_searchEdit->text()); });

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { onLinesAdded(last - first + 1); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (m_currentMatch >= 0)
            m_currentMatch = m_currentMatch > last ? m_currentMatch - (last - first + 1) : -1;
        m_delegate->setCurrentRow(m_currentMatch);
    });
    // Scrolling away from the end by hand pauses; scrolling back to it follows again.
    auto userScrolled = [this] {
        QTimer::singleShot(0, this, [this] {
            QScrollBar *bar = m_list->verticalScrollBar();
            setFollowing(bar->value() >= bar->maximum());
        });
    };
    connect(m_list->verticalScrollBar(), &QScrollBar::actionTriggered, this, userScrolled);
    connect(m_list->verticalScrollBar(), &QScrollBar::sliderMoved, this, userScrolled);
}

LogView::~LogView() = default;

void LogView::buildToolbar()
{
    m_containerCombo = new QComboBox(this);
    m_containerCombo->setObjectName(QStringLiteral("containerComboBox"));
    m_containerCombo->addItem(tr("All containers"), QString());
    m_containerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_containerCombo, &QComboBox::activated, this, [this] {
        const QString container = m_containerCombo->currentData().toString();
        if (container == m_options.container)
            return;
        m_options.container = container;
        restartSource();
    });

    m_previousCheck = new QCheckBox(tr("Previous"), this);
    m_previousCheck->setObjectName(QStringLiteral("previousCheckBox"));
    m_previousCheck->setToolTip(tr("The log of the previous, terminated instance of each container"));
    connect(m_previousCheck, &QCheckBox::toggled, this, [this](bool previous) {
        m_options.previous = previous;
        restartSource();
    });
    m_timestampsCheck = new QCheckBox(tr("Timestamps"), this);
    m_timestampsCheck->setObjectName(QStringLiteral("timestampsCheckBox"));
    connect(m_timestampsCheck, &QCheckBox::toggled, this, &LogView::setShowTimestamps);
    m_wrapCheck = new QCheckBox(tr("Wrap"), this);
    m_wrapCheck->setObjectName(QStringLiteral("wrapCheckBox"));
    connect(m_wrapCheck, &QCheckBox::toggled, this, &LogView::setWrap);

    m_followButton = new QToolButton(this);
    m_followButton->setObjectName(QStringLiteral("followToolButton"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_followButton, &QToolButton::clicked, this, &LogView::setFollowing);
    m_newLinesButton = new QToolButton(this);
    m_newLinesButton->setObjectName(QStringLiteral("newLinesToolButton"));
    m_newLinesButton->setVisible(false);
    m_newLinesButton->setAutoRaise(true);
    connect(m_newLinesButton, &QToolButton::clicked, this, [this] { setFollowing(true); });

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(180);
    connect(m_searchEdit, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive()) {
            m_searchTimer.stop();
            setSearchText(m_searchEdit->text());
            return;
        }
        (QApplication::keyboardModifiers() & Qt::ShiftModifier) ? findPrevious() : findNext();
    });
    auto *previousMatch = new QToolButton(this);
    previousMatch->setArrowType(Qt::UpArrow);
    previousMatch->setToolTip(tr("Previous match (Shift+Enter)"));
    connect(previousMatch, &QToolButton::clicked, this, &LogView::findPrevious);
    auto *nextMatch = new QToolButton(this);
    nextMatch->setArrowType(Qt::DownArrow);
    nextMatch->setToolTip(tr("Next match (Enter)"));
    connect(nextMatch, &QToolButton::clicked, this, &LogView::findNext);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setTextFormat(Qt::PlainText);

    auto *save = new QToolButton(this);
    save->setObjectName(QStringLiteral("saveToolButton"));
    save->setText(tr("Save As…"));
    save->setToolTip(tr("Save the loaded lines to a file"));
    connect(save, &QToolButton::clicked, this, &LogView::askSavePath);
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearToolButton"));
    clear->setText(tr("Clear"));
    connect(clear, &QToolButton::clicked, this, [this] {
        m_model->clear();
        m_newWhilePaused = 0;
        setSearchText(m_searchEdit->text());
        updateFollowUi();
        updateStatus();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_containerCombo);
    bar->addWidget(m_previousCheck);
    bar->addWidget(m_timestampsCheck);
    bar->addWidget(m_wrapCheck);
    bar->addWidget(m_followButton);
    bar->addWidget(m_newLinesButton);
    bar->addStretch();
    bar->addWidget(m_searchEdit);
    bar->addWidget(previousMatch);
    bar->addWidget(nextMatch);
    bar->addWidget(m_matchLabel);
    bar->addSpacing(12);
    bar->addWidget(save);
    bar->addWidget(clear);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText); // server messages: never rich text
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_statusLabel);
    updateFollowUi();
    updateStatus();
}

void LogView::setSource(Core::ClusterConnection *connection, const Core::MergedLogsOptions &options)
{
    m_connection = connection;
    m_options = options;
    m_previousCheck->blockSignals(true);
    m_previousCheck->setChecked(options.previous);
    m_previousCheck->blockSignals(false);
    restartSource();
}

void LogView::restartSource()
{
    if (m_logs) {
        m_logs->stop();
        m_logs->deleteLater();
        m_logs = nullptr;
    }
    m_model->clear();
    m_newWhilePaused = 0;
    m_currentMatch = -1;
    if (!m_connection) {
        updateStatus();
        return;
    }
    m_logs = Core::MergedLogs::create(m_connection, m_options, this);
    connect(m_logs, &Core::MergedLogs::linesReceived, this, &LogView::appendLines);
    connect(m_logs, &Core::MergedLogs::sourcesChanged, this, &LogView::updateSourcesUi);
    connect(m_logs, &Core::MergedLogs::statusChanged, this, &LogView::updateStatus);
    m_logs->start();
    updateSourcesUi();
    updateStatus();
}

void LogView::updateSourcesUi()
{
    if (!m_logs)
        return;
    const QStringList containers = m_logs->containerNames();
    QStringList shown;
    for (int i = 1; i < m_containerCombo->count(); ++i)
        shown.append(m_containerCombo->itemData(i).toString());
    if (shown != containers) {
        m_containerCombo->blockSignals(true);
        while (m_containerCombo->count() > 1)
            m_containerCombo->removeItem(1);
        for (const QString &name : containers)
            m_containerCombo->addItem(name, name);
        m_containerCombo->setCurrentIndex(std::max(0, m_containerCombo->findData(m_options.container)));
        m_containerCombo->blockSignals(false);
    }
    m_containerCombo->setEnabled(containers.size() > 1 || !m_options.container.isEmpty());
    setShowSources(m_logs->isMultiSource());
    updateStatus();
}

void LogView::appendLines(const Core::LogLines &lines)
{
    m_model->addLines(lines);
}

void LogView::onLinesAdded(int count)
{
    if (m_model->longestLine() > m_longestSeen + 16 || (m_longestSeen == 0 && m_model->longestLine() > 0)) {
        m_longestSeen = m_model->longestLine();
        m_delegate->announceSizeChange(); // wider content: the horizontal range follows
    }
    if (m_following) {
        if (!m_scrollTimer.isActive())
            m_scrollTimer.start();
    } else {
        m_newWhilePaused += count;
        updateFollowUi();
    }
    if (!m_searchEdit->text().isEmpty())
        m_searchTimer.start(); // recount matches once the burst settles
    updateStatus();
}

void LogView::setFollowing(bool follow)
{
    if (follow == m_following) {
        updateFollowUi();
        return;
    }
    m_following = follow;
    if (follow) {
        m_newWhilePaused = 0;
        m_scrollTimer.start();
    }
    updateFollowUi();
}

void LogView::updateFollowUi()
{
    m_followButton->setChecked(m_following);
    m_followButton->setText(m_following ? tr("Following") : tr("Paused"));
    m_followButton->setToolTip(
        m_following ? tr("Click to pause scrolling; lines keep arriving") : tr("Click to follow new lines again"));
    m_newLinesButton->setVisible(!m_following && m_newWhilePaused > 0);
    m_newLinesButton->setText(tr("%n new line(s) ↓", nullptr, m_newWhilePaused));
}

void LogView::setSearchText(const QString &text)
{
    if (m_searchEdit->text() != text)
        m_searchEdit->setText(text);
    const bool changed = text != m_lastSearch;
    m_lastSearch = text;
    m_delegate->setSearch(text);
    m_matchCount = m_model->countMatches(text);
    if (text.isEmpty()) {
        m_currentMatch = -1;
        m_delegate->setCurrentRow(-1);
        m_matchLabel->clear();
    } else if (changed || m_currentMatch < 0) {
        // The newest match first: logs are read from the end.
        m_currentMatch = -1;
        findFrom(false);
    }
    if (!text.isEmpty())
        m_matchLabel->setText(m_matchCount == 0 ? tr("No matches") : tr("%n match(es)", nullptr, m_matchCount));
    m_list->viewport()->update();
}

bool LogView::findNext()
{
    return findFrom(true);
}

bool LogView::findPrevious()
{
    return findFrom(false);
}

bool LogView::findFrom(bool forward)
{
    const QString needle = m_searchEdit->text();
    if (needle.isEmpty())
        return false;
    const int from = m_currentMatch >= 0 ? m_currentMatch : (forward ? -1 : m_model->rowCount());
    const int row = m_model->find(needle, from, forward);
    if (row < 0)
        return false;
    m_currentMatch = row;
    m_delegate->setCurrentRow(row);
    setFollowing(false);
    m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
    m_list->viewport()->update();
    return true;
}

void LogView::setShowTimestamps(bool show)
{
    if (m_timestampsCheck->isChecked() != show)
        m_timestampsCheck->setChecked(show);
    m_delegate->setShowTimestamps(show);
    refreshView();
}

void LogView::setWrap(bool wrap)
{
    if (m_wrapCheck->isChecked() != wrap)
        m_wrapCheck->setChecked(wrap);
    m_delegate->setWrap(wrap);
    // Wrapped rows differ in height; batched layout keeps 100k rows responsive.
    m_list->setUniformItemSizes(!wrap);
    m_list->setLayoutMode(wrap ? QListView::Batched : QListView::SinglePass);
    m_list->setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    refreshView();
}

void LogView::setShowSources(bool show)
{
    if (show == m_showSources)
        return;
    m_showSources = show;
    m_delegate->setShowSources(show);
    refreshView();
}

void LogView::setMaxLines(int maxLines)
{
    m_model->setMaxLines(maxLines);
}

void LogView::refreshView()
{
    m_delegate->setViewportWidth(m_list->viewport()->width());
    m_delegate->announceSizeChange();
    m_list->viewport()->update();
    if (m_following)
        m_scrollTimer.start();
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_delegate->setViewportWidth(m_list->viewport()->width());
    if (m_wrapCheck->isChecked())
        m_delegate->announceSizeChange();
}

void LogView::askSavePath()
{
    QString name = m_options.podName.isEmpty() ? QStringLiteral("logs") : m_options.podName;
    auto *dialog = new QFileDialog(this, tr("Save Log As"), name + QStringLiteral(".log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({ tr("Log files (*.log *.txt)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

bool LogView::saveTo(const QString &path)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    ok = ok && m_model->writeTo(&file, m_timestampsCheck->isChecked(), m_showSources);
    ok = ok && file.commit();
    m_saveError = ok ? QString() : tr("Could not save %1: %2").arg(path, file.errorString());
    if (ok)
        qCDebug(lcLogView) << "saved" << m_model->rowCount() << "lines";
    updateStatus();
    return ok;
}

QString LogView::statusText() const
{
    return m_statusLabel->text();
}

void LogView::updateStatus()
{
    QStringList parts;
    if (m_logs)
        parts.append(m_logs->statusText());
    parts.append(tr("%n line(s)", nullptr, m_model->rowCount()));
    if (m_model->droppedLines() > 0)
        parts.append(tr("%1 oldest dropped (limit %2)").arg(m_model->droppedLines()).arg(m_model->maxLines()));
    if (!m_saveError.isEmpty())
        parts.append(m_saveError);
    const QString text = parts.join(QStringLiteral(" · "));
    if (text != m_statusLabel->text()) {
        m_statusLabel->setText(text);
        Q_EMIT statusChanged();
    }
}

} // namespace Sextant::Ui
