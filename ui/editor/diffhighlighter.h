// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>

namespace Sextant::Ui {

// Colours a unified diff: added lines green, removed red, hunk headers blue.
// Chooses light or dark tints from the document's palette when created.
class DiffHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffHighlighter)
public:
    DiffHighlighter(QTextDocument *document, bool darkBackground);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    QTextCharFormat m_header;
};

} // namespace Sextant::Ui
