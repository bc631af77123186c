// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Sextant::Core {
class LogLineModel;
}

namespace Sextant::Ui {

// Paints one log line: a coloured source tag, the timestamp, then the text
// with search matches highlighted. One line per row unless wrapping, so the
// list can use uniform row heights for 100,000 lines.
class LogLineDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLineDelegate)
public:
    explicit LogLineDelegate(const Core::LogLineModel *model, QObject *parent = nullptr);

    void setShowTimestamps(bool show) { m_timestamps = show; }
    void setShowSources(bool show) { m_sources = show; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    void setSearch(const QString &text) { m_search = text; }
    void setCurrentRow(int row) { m_currentRow = row; }
    void setFont(const QFont &font);
    // Width available for wrapped text, from the view.
    void setViewportWidth(int width) { m_viewportWidth = width; }
    // Re-reads sizes (longest line, toggles): the view relayouts.
    void announceSizeChange();

    // A distinguishable colour per source, readable on the palette's base.
    static QColor sourceColor(int index, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int prefixWidth() const;
    int tagChars() const;

    const Core::LogLineModel *m_model = nullptr;
    QFont m_font;
    bool m_timestamps = false;
    bool m_sources = false;
    bool m_wrap = false;
    QString m_search;
    int m_currentRow = -1;
    int m_viewportWidth = 800;
};

} // namespace Sextant::Ui
