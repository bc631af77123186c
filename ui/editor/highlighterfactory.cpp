// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/highlighterfactory.h"

#include "ui/editor/yamlhighlighter.h"

#include <QGuiApplication>

namespace Sextant::Ui {

QSyntaxHighlighter *BuiltinHighlighterFactory::createYamlHighlighter(QTextDocument *document) const
{
    return new YamlHighlighter(QGuiApplication::palette(), document);
}

} // namespace Sextant::Ui
