// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace Sextant::Ui {

class ServiceForm;
class ValidatedField;

// What is made around the workload: the StatefulSet's headless Service (its
// pods' DNS names), an optional Service in front of the pods (ServiceForm of
// ui/networkwizards) and an optional HorizontalPodAutoscaler (autoscaling/v2,
// CPU and memory average utilization).
// JSON: {"headless": {"name", "ports"}, "service": {"name", "spec"},
//        "hpa": {"minReplicas", "maxReplicas", "metrics"}}; absent parts are off.
class ExposureForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExposureForm)
public:
    explicit ExposureForm(QWidget *parent = nullptr);

    void setKind(const QString &kind);
    // Names follow the workload's until the user types their own.
    void setWorkloadName(const QString &name);
    // The ports the Services can target.
    void setPodSpec(const QJsonObject &podSpec);

    void load(const QJsonObject &fragment);
    QJsonObject toJson() const;
    bool isValid() const;

    ValidatedField *headlessName() const { return m_headlessName; }
    QGroupBox *serviceBox() const { return m_serviceBox; }
    ValidatedField *serviceName() const { return m_serviceName; }
    ServiceForm *service() const { return m_service; }
    QGroupBox *hpaBox() const { return m_hpaBox; }
    QSpinBox *minReplicas() const { return m_minReplicas; }
    QSpinBox *maxReplicas() const { return m_maxReplicas; }
    QCheckBox *cpuEnabled() const { return m_cpuEnabled; }
    QSpinBox *cpuTarget() const { return m_cpuTarget; }
    QCheckBox *memoryEnabled() const { return m_memoryEnabled; }
    QSpinBox *memoryTarget() const { return m_memoryTarget; }
    // Says which containers lack the requests a utilization target is measured against.
    QLabel *hpaWarning() const { return m_hpaWarning; }

Q_SIGNALS:
    void changed();

private:
    void updateHpaWarning();

    QString m_kind;
    QString m_workloadName;
    QJsonObject m_podSpec;
    QGroupBox *m_headlessBox = nullptr;
    ValidatedField *m_headlessName = nullptr;
    QGroupBox *m_serviceBox = nullptr;
    ValidatedField *m_serviceName = nullptr;
    ServiceForm *m_service = nullptr;
    QGroupBox *m_hpaBox = nullptr;
    QSpinBox *m_minReplicas = nullptr;
    QSpinBox *m_maxReplicas = nullptr;
    QCheckBox *m_cpuEnabled = nullptr;
    QSpinBox *m_cpuTarget = nullptr;
    QCheckBox *m_memoryEnabled = nullptr;
    QSpinBox *m_memoryTarget = nullptr;
    QLabel *m_hpaWarning = nullptr;
};

} // namespace Sextant::Ui
