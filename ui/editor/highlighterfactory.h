// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QSyntaxHighlighter;
class QTextDocument;

namespace Sextant::Ui {

// Makes the highlighter an editor attaches to its document, so a richer
// engine can replace the built-in one without touching the editor.
//
// KSyntaxHighlighting plugs in here: where KF6 exists (ui/editor/CMakeLists.txt
// looks for KF6SyntaxHighlighting and defines SEXTANT_HAVE_KSYNTAXHIGHLIGHTING),
// a factory returns a KSyntaxHighlighting::SyntaxHighlighter with the "YAML"
// definition and a theme picked by the palette's lightness
// (Repository::DefaultTheme(isDark ? DarkTheme : LightTheme)), and
// ManifestEditorWindow::setHighlighterFactory() installs it.
class SyntaxHighlighterFactory {
public:
    virtual ~SyntaxHighlighterFactory() = default;
    // The highlighter is parented to the document.
    virtual QSyntaxHighlighter *createYamlHighlighter(QTextDocument *document) const = 0;
};

// The built-in YamlHighlighter, colours from the application palette.
class BuiltinHighlighterFactory final : public SyntaxHighlighterFactory {
public:
    QSyntaxHighlighter *createYamlHighlighter(QTextDocument *document) const override;
};

} // namespace Sextant::Ui
