// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QLabel;
class QString;
class QWidget;

namespace Sextant::Ui {

// The heading above a page's content ("Pods", "Clusters"): larger and bold, plain text.
QLabel *createPageTitle(const QString &text, QWidget *parent);

} // namespace Sextant::Ui
