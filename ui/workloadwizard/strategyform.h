// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QSpinBox;

namespace Sextant::Ui {

class ValidatedField;

// Replicas and how a new version replaces the pods: for a Deployment
// RollingUpdate (max surge, max unavailable) or Recreate; for a StatefulSet
// RollingUpdate (partition) or OnDelete; for a DaemonSet RollingUpdate (max
// unavailable) or OnDelete, and no replicas.
// JSON: a workload spec fragment {"replicas", "strategy" | "updateStrategy"}.
class StrategyForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyForm)
public:
    explicit StrategyForm(QWidget *parent = nullptr);

    void setKind(const QString &kind);
    void load(const QJsonObject &spec);
    QJsonObject toJson() const;
    bool isValid() const;

    QSpinBox *replicas() const { return m_replicas; }
    QComboBox *strategy() const { return m_strategy; }
    ValidatedField *maxSurge() const { return m_maxSurge; }
    ValidatedField *maxUnavailable() const { return m_maxUnavailable; }
    QSpinBox *partition() const { return m_partition; }

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();

    QString m_kind;
    QFormLayout *m_form = nullptr;
    QSpinBox *m_replicas = nullptr;
    QComboBox *m_strategy = nullptr;
    ValidatedField *m_maxSurge = nullptr;
    ValidatedField *m_maxUnavailable = nullptr;
    QSpinBox *m_partition = nullptr;
};

} // namespace Sextant::Ui
