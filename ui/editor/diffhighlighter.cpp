// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/diffhighlighter.h"

namespace Sextant::Ui {

DiffHighlighter::DiffHighlighter(QTextDocument *document, bool darkBackground)
    : QSyntaxHighlighter(document)
{
    if (darkBackground) {
        m_added.setForeground(QColor(0x8f, 0xd8, 0x9a));
        m_added.setBackground(QColor(0x1d, 0x3b, 0x25));
        m_removed.setForeground(QColor(0xf2, 0x9a, 0xa3));
        m_removed.setBackground(QColor(0x46, 0x20, 0x25));
        m_hunk.setForeground(QColor(0x7c, 0xb7, 0xff));
    } else {
        m_added.setForeground(QColor(0x1a, 0x6b, 0x2e));
        m_added.setBackground(QColor(0xe6, 0xf6, 0xe6));
        m_removed.setForeground(QColor(0xa3, 0x1c, 0x28));
        m_removed.setBackground(QColor(0xfb, 0xe9, 0xeb));
        m_hunk.setForeground(QColor(0x1c, 0x5f, 0xc0));
    }
    m_header.setFontWeight(QFont::Bold);
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
        setFormat(0, int(text.size()), m_header);
    else if (text.startsWith(QLatin1String("@@")))
        setFormat(0, int(text.size()), m_hunk);
    else if (text.startsWith(QLatin1Char('+')))
        setFormat(0, int(text.size()), m_added);
    else if (text.startsWith(QLatin1Char('-')))
        setFormat(0, int(text.size()), m_removed);
}

} // namespace Sextant::Ui
