// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/workloadwizard/rowlist.h"

#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QSet>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

class ProjectStores;

// The labels the cluster's nodes carry: key -> values, kept up to date.
class NodeLabels final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeLabels)
public:
    explicit NodeLabels(Core::ObjectStore *nodes, QObject *parent = nullptr);

    QStringList keys() const { return m_labels.keys(); }
    QStringList values(const QString &key) const;
    // "key=value:Effect" of every distinct taint, with the taint as JSON.
    QMap<QString, QJsonObject> taints() const { return m_taints; }

Q_SIGNALS:
    void changed();

private:
    void refresh();

    QPointer<Core::ObjectStore> m_nodes;
    QMap<QString, QSet<QString>> m_labels;
    QMap<QString, QJsonObject> m_taints;
};

// nodeSelector entry: a node label key then one of its values (or typed).
// JSON: {"key", "value"}.
class NodeSelectorRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeSelectorRow)
public:
    NodeSelectorRow(NodeLabels *labels, QWidget *parent = nullptr);

    QComboBox *key() const { return m_key; }
    QComboBox *value() const { return m_value; }

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override;

private:
    void fillKeys();
    void fillValues();

    QPointer<NodeLabels> m_labels;
    QComboBox *m_key = nullptr;
    QComboBox *m_value = nullptr;
};

// A toleration: key, operator, value, effect. JSON: the toleration object.
class TolerationRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TolerationRow)
public:
    explicit TolerationRow(QWidget *parent = nullptr);

    QLineEdit *key() const { return m_key; }
    QComboBox *op() const { return m_operator; }
    QLineEdit *value() const { return m_value; }
    QComboBox *effect() const { return m_effect; }

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override;

private:
    QLineEdit *m_key = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_effect = nullptr;
};

// A node affinity term: required or preferred (with weight), key, operator,
// values. JSON: {"required": bool, "weight", "key", "operator", "values": [...]}.
class AffinityRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffinityRow)
public:
    AffinityRow(NodeLabels *labels, QWidget *parent = nullptr);

    QComboBox *mode() const { return m_mode; }
    QComboBox *key() const { return m_key; }
    QComboBox *op() const { return m_operator; }
    QLineEdit *values() const { return m_values; }
    QSpinBox *weight() const { return m_weight; }
    void setRequired(bool required);

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override;

private:
    QPointer<NodeLabels> m_labels;
    QComboBox *m_mode = nullptr;
    QComboBox *m_key = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_values = nullptr;
    QSpinBox *m_weight = nullptr;
};

// Where the pods may run: node selector (from the live nodes' labels),
// tolerations (the nodes' taints offered) and basic node affinity.
// JSON: a pod spec fragment {"nodeSelector", "tolerations", "affinity": {"nodeAffinity"}}.
class SchedulingForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulingForm)
public:
    explicit SchedulingForm(ProjectStores *stores, QWidget *parent = nullptr);

    void load(const QJsonObject &podSpec);
    QJsonObject toJson() const;
    bool isValid() const;

    NodeLabels *nodeLabels() const { return m_labels; }
    RowList *nodeSelector() const { return m_selector; }
    RowList *tolerations() const { return m_tolerations; }
    RowList *affinity() const { return m_affinity; }
    QComboBox *taintPicker() const { return m_taintPicker; }
    // Adds a toleration of the taint named "key=value:Effect" as taintPicker() lists it.
    TolerationRow *tolerateTaint(const QString &taint);

Q_SIGNALS:
    void changed();

private:
    void fillTaints();

    NodeLabels *m_labels = nullptr;
    RowList *m_selector = nullptr;
    RowList *m_tolerations = nullptr;
    RowList *m_affinity = nullptr;
    QComboBox *m_taintPicker = nullptr;
};

} // namespace Sextant::Ui
