// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/detail/detailtab.h"

#include <QPlainTextEdit>

namespace Sextant::Ui {

// The object as kubectl -o yaml prints it, read-only. Updates keep the scroll
// position. Secret values are replaced by their size: revealing is a separate, deliberate action.
class YamlTab final : public QPlainTextEdit, public DetailTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlTab)
public:
    explicit YamlTab(QWidget *parent = nullptr);
    void showSubject(const DetailSubject &subject) override;

    static QJsonObject withoutSecretValues(QJsonObject secret);
};

} // namespace Sextant::Ui
