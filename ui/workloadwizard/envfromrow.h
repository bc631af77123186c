// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/workloadwizard/rowlist.h"

#include <QPointer>

class QComboBox;
class QLabel;

namespace Sextant::Ui {

class LiveObjectCombo;
class ProjectStores;
class ValidatedField;

// All keys of a ConfigMap or Secret of the project as variables, each name
// optionally prefixed. JSON: an envFrom entry
// ({"configMapRef": {"name"}} or {"secretRef": {"name"}}, with "prefix" when set).
class EnvFromRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvFromRow)
public:
    enum Source { ConfigMap, Secret };

    EnvFromRow(ProjectStores *stores, QWidget *parent = nullptr);

    QComboBox *source() const { return m_source; }
    LiveObjectCombo *object() const { return m_object; }
    ValidatedField *prefix() const { return m_prefix; }
    // Keys the kubelet skips: prefix + key is no valid variable name (hidden when none).
    QLabel *skippedKeys() const { return m_skipped; }
    void setSource(Source source);

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override;

private:
    void sourceChanged();
    void showSkippedKeys();

    QPointer<ProjectStores> m_stores;
    QComboBox *m_source = nullptr;
    LiveObjectCombo *m_object = nullptr;
    ValidatedField *m_prefix = nullptr;
    QLabel *m_skipped = nullptr;
};

} // namespace Sextant::Ui
