// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Sextant::Ui {

// YAML colouring in one left-to-right pass per line, so a 20 MB file costs
// little per block. Block scalars (| and >) carry over lines in the block
// state: 1 + the indentation their body must exceed.
class YamlHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)
public:
    enum class Role {
        Key,
        String,
        Number,
        Keyword, // true/false/null and their YAML 1.1 spellings
        Comment,
        Anchor, // &anchor and *alias
        Tag,
        DocumentMarker,
        BlockIndicator,
        BlockBody,
        Punctuation, // flow brackets, ':', '-', ','
    };

    YamlHighlighter(const QPalette &palette, QTextDocument *document);

    // Picks colours readable on this palette's base (light or dark).
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    struct LineState {
        int flowDepth = 0;
        int nodeColumn = 0; // where this line's innermost key or '-' starts
        bool keySeen = false;
    };
    int highlightPlain(const QString &text, int start, LineState &state);

    QTextCharFormat m_formats[11];
};

} // namespace Sextant::Ui
