// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/schedulingform.h"

#include "core/metadata/metadatavalidation.h"
#include "core/watch/objectstore.h"
#include "ui/workloadwizard/projectstores.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
void refillKeepingText(QComboBox *box, const QStringList &items)
{
    const QString keep = box->currentText();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItems(items);
    box->setCurrentText(keep);
}

QComboBox *editableCombo(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setAccessibleName(name);
    box->lineEdit()->setPlaceholderText(placeholder);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(14);
    return box;
}

QStringList splitValues(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            values.append(part.trimmed());
        }
    }
    return values;
}
} // namespace

NodeLabels::NodeLabels(Core::ObjectStore *nodes, QObject *parent)
    : QObject(parent)
    , m_nodes(nodes)
{
    if (m_nodes) {
        connect(m_nodes, &Core::ObjectStore::changed, this, &NodeLabels::refresh);
    }
    refresh();
}

QStringList NodeLabels::values(const QString &key) const
{
    QStringList values = m_labels.value(key).values();
    values.sort();
    return values;
}

void NodeLabels::refresh()
{
    m_labels.clear();
    m_taints.clear();
    if (m_nodes) {
        for (const QString &key : m_nodes->keys()) {
            const QJsonObject node = m_nodes->object(key);
            const QJsonObject labels
                = node.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                m_labels[it.key()].insert(it.value().toString());
            }
            for (const QJsonValue &value :
                node.value(QLatin1String("spec")).toObject().value(QLatin1String("taints")).toArray()) {
                QJsonObject taint = value.toObject();
                taint.remove(QLatin1String("timeAdded"));
                const QString text = taint.value(QLatin1String("key")).toString()
                    + (taint.value(QLatin1String("value")).toString().isEmpty()
                            ? QString()
                            : QLatin1Char('=') + taint.value(QLatin1String("value")).toString())
                    + QLatin1Char(':') + taint.value(QLatin1String("effect")).toString();
                m_taints.insert(text, taint);
            }
        }
    }
    Q_EMIT changed();
}

NodeSelectorRow::NodeSelectorRow(NodeLabels *labels, QWidget *parent)
    : FormRow(parent)
    , m_labels(labels)
    , m_key(editableCombo(tr("Node label"), tr("node label"), this))
    , m_value(editableCombo(tr("Value"), tr("value"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_key, 3);
    layout->addWidget(new QLabel(QStringLiteral("="), this));
    layout->addWidget(m_value, 2);
    connect(m_key, &QComboBox::currentTextChanged, this, [this] {
        fillValues();
        Q_EMIT changed();
    });
    connect(m_value, &QComboBox::currentTextChanged, this, &FormRow::changed);
    if (m_labels) {
        connect(m_labels, &NodeLabels::changed, this, &NodeSelectorRow::fillKeys);
    }
    fillKeys();
    m_key->setCurrentText(QString());
}

void NodeSelectorRow::fillKeys()
{
    if (m_labels) {
        refillKeepingText(m_key, m_labels->keys());
        fillValues();
    }
}

void NodeSelectorRow::fillValues()
{
    if (m_labels) {
        refillKeepingText(m_value, m_labels->values(m_key->currentText()));
    }
}

QJsonValue NodeSelectorRow::toJson() const
{
    return QJsonObject { { QStringLiteral("key"), m_key->currentText().trimmed() },
        { QStringLiteral("value"), m_value->currentText().trimmed() } };
}

void NodeSelectorRow::load(const QJsonValue &value)
{
    m_key->setCurrentText(value.toObject().value(QLatin1String("key")).toString());
    m_value->setCurrentText(value.toObject().value(QLatin1String("value")).toString());
}

bool NodeSelectorRow::isValid() const
{
    return Core::MetadataValidation::labelKey(m_key->currentText().trimmed()).isEmpty()
        && Core::MetadataValidation::labelValue(m_value->currentText().trimmed()).isEmpty();
}

TolerationRow::TolerationRow(QWidget *parent)
    : FormRow(parent)
    , m_key(new QLineEdit(this))
    , m_operator(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_effect(new QComboBox(this))
{
    m_key->setPlaceholderText(tr("taint key (empty: every key)"));
    m_key->setAccessibleName(tr("Taint key"));
    m_operator->addItems({ QStringLiteral("Equal"), QStringLiteral("Exists") });
    m_operator->setAccessibleName(tr("Operator"));
    m_value->setPlaceholderText(tr("value"));
    m_value->setAccessibleName(tr("Value"));
    m_effect->addItem(tr("Any effect"), QString());
    for (const QString &effect : Core::MetadataValidation::taintEffects()) {
        m_effect->addItem(effect, effect);
    }
    m_effect->setAccessibleName(tr("Effect"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_key, 3);
    layout->addWidget(m_operator, 1);
    layout->addWidget(m_value, 2);
    layout->addWidget(m_effect, 2);
    connect(m_key, &QLineEdit::textChanged, this, &FormRow::changed);
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        m_value->setEnabled(m_operator->currentText() == QLatin1String("Equal"));
        Q_EMIT changed();
    });
    connect(m_value, &QLineEdit::textChanged, this, &FormRow::changed);
    connect(m_effect, &QComboBox::currentIndexChanged, this, &FormRow::changed);
}

QJsonValue TolerationRow::toJson() const
{
    QJsonObject toleration { { QStringLiteral("operator"), m_operator->currentText() } };
    if (!m_key->text().trimmed().isEmpty()) {
        toleration.insert(QStringLiteral("key"), m_key->text().trimmed());
    }
    if (m_operator->currentText() == QLatin1String("Equal") && !m_value->text().trimmed().isEmpty()) {
        toleration.insert(QStringLiteral("value"), m_value->text().trimmed());
    }
    if (!m_effect->currentData().toString().isEmpty()) {
        toleration.insert(QStringLiteral("effect"), m_effect->currentData().toString());
    }
    return toleration;
}

void TolerationRow::load(const QJsonValue &value)
{
    const QJsonObject toleration = value.toObject();
    m_key->setText(toleration.value(QLatin1String("key")).toString());
    m_operator->setCurrentText(toleration.value(QLatin1String("operator")).toString(QStringLiteral("Equal")));
    m_value->setText(toleration.value(QLatin1String("value")).toString());
    const int effect = m_effect->findData(toleration.value(QLatin1String("effect")).toString());
    m_effect->setCurrentIndex(effect >= 0 ? effect : 0);
}

bool TolerationRow::isValid() const
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        return m_operator->currentText() == QLatin1String("Exists"); // an empty key tolerates everything
    }
    return Core::MetadataValidation::labelKey(key).isEmpty()
        && Core::MetadataValidation::labelValue(m_value->text().trimmed()).isEmpty();
}

AffinityRow::AffinityRow(NodeLabels *labels, QWidget *parent)
    : FormRow(parent)
    , m_labels(labels)
    , m_mode(new QComboBox(this))
    , m_key(editableCombo(tr("Node label"), tr("node label"), this))
    , m_operator(new QComboBox(this))
    , m_values(new QLineEdit(this))
    , m_weight(new QSpinBox(this))
{
    m_mode->addItem(tr("Required"), true);
    m_mode->addItem(tr("Preferred"), false);
    m_mode->setAccessibleName(tr("Required or preferred"));
    m_operator->addItems(
        { QStringLiteral("In"), QStringLiteral("NotIn"), QStringLiteral("Exists"), QStringLiteral("DoesNotExist") });
    m_operator->setAccessibleName(tr("Operator"));
    m_values->setPlaceholderText(tr("values, comma-separated"));
    m_values->setAccessibleName(tr("Values"));
    m_weight->setRange(1, 100);
    m_weight->setValue(50);
    m_weight->setPrefix(tr("weight "));
    m_weight->setAccessibleName(tr("Weight"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode, 1);
    layout->addWidget(m_key, 3);
    layout->addWidget(m_operator, 1);
    layout->addWidget(m_values, 3);
    layout->addWidget(m_weight, 1);
    auto fillKeys = [this] {
        if (m_labels) {
            refillKeepingText(m_key, m_labels->keys());
        }
    };
    if (m_labels) {
        connect(m_labels, &NodeLabels::changed, this, fillKeys);
    }
    fillKeys();
    m_key->setCurrentText(QString());
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_weight->setVisible(!m_mode->currentData().toBool());
        Q_EMIT changed();
    });
    connect(m_key, &QComboBox::currentTextChanged, this, [this] {
        // Offer the values the nodes have for this key.
        if (m_labels && m_values->text().isEmpty()) {
            m_values->setPlaceholderText(m_labels->values(m_key->currentText()).join(QStringLiteral(", ")));
        }
        Q_EMIT changed();
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        const QString op = m_operator->currentText();
        m_values->setEnabled(op == QLatin1String("In") || op == QLatin1String("NotIn"));
        Q_EMIT changed();
    });
    connect(m_values, &QLineEdit::textChanged, this, &FormRow::changed);
    connect(m_weight, &QSpinBox::valueChanged, this, &FormRow::changed);
    m_weight->setVisible(false);
}

void AffinityRow::setRequired(bool required)
{
    m_mode->setCurrentIndex(m_mode->findData(required));
}

QJsonValue AffinityRow::toJson() const
{
    QJsonObject row {
        { QStringLiteral("required"), m_mode->currentData().toBool() },
        { QStringLiteral("weight"), m_weight->value() },
        { QStringLiteral("key"), m_key->currentText().trimmed() },
        { QStringLiteral("operator"), m_operator->currentText() },
    };
    if (m_values->isEnabled()) {
        row.insert(QStringLiteral("values"), QJsonArray::fromStringList(splitValues(m_values->text())));
    }
    return row;
}

void AffinityRow::load(const QJsonValue &value)
{
    const QJsonObject row = value.toObject();
    setRequired(row.value(QLatin1String("required")).toBool(true));
    m_weight->setValue(row.value(QLatin1String("weight")).toInt(50));
    m_key->setCurrentText(row.value(QLatin1String("key")).toString());
    m_operator->setCurrentText(row.value(QLatin1String("operator")).toString(QStringLiteral("In")));
    QStringList values;
    for (const QJsonValue &v : row.value(QLatin1String("values")).toArray()) {
        values.append(v.toString());
    }
    m_values->setText(values.join(QStringLiteral(", ")));
}

bool AffinityRow::isValid() const
{
    if (!Core::MetadataValidation::labelKey(m_key->currentText().trimmed()).isEmpty()) {
        return false;
    }
    return !m_values->isEnabled() || !splitValues(m_values->text()).isEmpty();
}

SchedulingForm::SchedulingForm(ProjectStores *stores, QWidget *parent)
    : QWidget(parent)
    , m_labels(new NodeLabels(stores ? stores->store(ProjectStores::Nodes) : nullptr, this))
    , m_selector(new RowList(
          [this](QWidget *parent) { return new NodeSelectorRow(m_labels, parent); }, tr("Add node &label"), this))
    , m_tolerations(new RowList([](QWidget *parent) { return new TolerationRow(parent); }, tr("Add &toleration"), this))
    , m_affinity(new RowList(
          [this](QWidget *parent) { return new AffinityRow(m_labels, parent); }, tr("Add &affinity rule"), this))
    , m_taintPicker(new QComboBox(this))
{
    m_taintPicker->setAccessibleName(tr("Tolerate a node taint"));
    auto group = [this](const QString &title, const QString &hint, QWidget *body, QWidget *extra = nullptr) {
        auto *box = new QGroupBox(title, this);
        auto *layout = new QVBoxLayout(box);
        auto *label = new QLabel(hint, box);
        label->setWordWrap(true);
        layout->addWidget(label);
        if (extra) {
            layout->addWidget(extra);
        }
        layout->addWidget(body);
        return box;
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group(tr("Node selector"),
        tr("Pods run only on nodes with all these labels. Keys and values come from the cluster's nodes."),
        m_selector));
    layout->addWidget(group(tr("Tolerations"),
        tr("Let pods run on nodes with these taints. Pick one of the nodes' taints or type your own."), m_tolerations,
        m_taintPicker));
    layout->addWidget(group(tr("Node affinity"),
        tr("Required rules must match; preferred rules add their weight to nodes that match."), m_affinity));
    layout->addStretch(1);

    connect(m_selector, &RowList::changed, this, &SchedulingForm::changed);
    connect(m_tolerations, &RowList::changed, this, &SchedulingForm::changed);
    connect(m_affinity, &RowList::changed, this, &SchedulingForm::changed);
    connect(m_labels, &NodeLabels::changed, this, &SchedulingForm::fillTaints);
    connect(m_taintPicker, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            tolerateTaint(m_taintPicker->itemText(index));
            m_taintPicker->setCurrentIndex(0);
        }
    });
    fillTaints();
}

void SchedulingForm::fillTaints()
{
    const QSignalBlocker blocker(m_taintPicker);
    m_taintPicker->clear();
    m_taintPicker->addItem(tr("Tolerate a node taint…"));
    m_taintPicker->addItems(m_labels->taints().keys());
}

TolerationRow *SchedulingForm::tolerateTaint(const QString &taint)
{
    const QJsonObject known = m_labels->taints().value(taint);
    if (known.isEmpty()) {
        return nullptr;
    }
    QJsonObject toleration = known;
    toleration.insert(QStringLiteral("operator"),
        known.value(QLatin1String("value")).toString().isEmpty() ? QStringLiteral("Exists") : QStringLiteral("Equal"));
    auto *row = static_cast<TolerationRow *>(m_tolerations->addRow());
    row->load(toleration);
    return row;
}

bool SchedulingForm::isValid() const
{
    return m_selector->isValid() && m_tolerations->isValid() && m_affinity->isValid();
}

QJsonObject SchedulingForm::toJson() const
{
    QJsonObject spec;
    QJsonObject selector;
    for (const QJsonValue &row : m_selector->toJson()) {
        selector.insert(
            row.toObject().value(QLatin1String("key")).toString(), row.toObject().value(QLatin1String("value")));
    }
    if (!selector.isEmpty()) {
        spec.insert(QStringLiteral("nodeSelector"), selector);
    }
    const QJsonArray tolerations = m_tolerations->toJson();
    if (!tolerations.isEmpty()) {
        spec.insert(QStringLiteral("tolerations"), tolerations);
    }
    QJsonArray required;
    QJsonArray preferred;
    for (const QJsonValue &value : m_affinity->toJson()) {
        const QJsonObject row = value.toObject();
        QJsonObject expression { { QStringLiteral("key"), row.value(QLatin1String("key")) },
            { QStringLiteral("operator"), row.value(QLatin1String("operator")) } };
        if (row.contains(QLatin1String("values"))) {
            expression.insert(QStringLiteral("values"), row.value(QLatin1String("values")));
        }
        const QJsonObject term { { QStringLiteral("matchExpressions"), QJsonArray { expression } } };
        if (row.value(QLatin1String("required")).toBool()) {
            required.append(term);
        } else {
            preferred.append(QJsonObject { { QStringLiteral("weight"), row.value(QLatin1String("weight")) },
                { QStringLiteral("preference"), term } });
        }
    }
    QJsonObject nodeAffinity;
    if (!required.isEmpty()) {
        // One term with every expression: all of them must match (terms would be ORed).
        QJsonArray expressions;
        for (const QJsonValue &term : std::as_const(required)) {
            expressions.append(term.toObject().value(QLatin1String("matchExpressions")).toArray().at(0));
        }
        nodeAffinity.insert(QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution"),
            QJsonObject { { QStringLiteral("nodeSelectorTerms"),
                QJsonArray { QJsonObject { { QStringLiteral("matchExpressions"), expressions } } } } });
    }
    if (!preferred.isEmpty()) {
        nodeAffinity.insert(QStringLiteral("preferredDuringSchedulingIgnoredDuringExecution"), preferred);
    }
    if (!nodeAffinity.isEmpty()) {
        spec.insert(QStringLiteral("affinity"), QJsonObject { { QStringLiteral("nodeAffinity"), nodeAffinity } });
    }
    return spec;
}

void SchedulingForm::load(const QJsonObject &podSpec)
{
    QJsonArray selectorRows;
    const QJsonObject selector = podSpec.value(QLatin1String("nodeSelector")).toObject();
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        selectorRows.append(
            QJsonObject { { QStringLiteral("key"), it.key() }, { QStringLiteral("value"), it.value() } });
    }
    m_selector->load(selectorRows);
    m_tolerations->load(podSpec.value(QLatin1String("tolerations")).toArray());
    QJsonArray affinityRows;
    const QJsonObject nodeAffinity
        = podSpec.value(QLatin1String("affinity")).toObject().value(QLatin1String("nodeAffinity")).toObject();
    auto addExpressions = [&affinityRows](const QJsonObject &term, bool required, int weight) {
        for (const QJsonValue &value : term.value(QLatin1String("matchExpressions")).toArray()) {
            QJsonObject row = value.toObject();
            row.insert(QStringLiteral("required"), required);
            row.insert(QStringLiteral("weight"), weight);
            affinityRows.append(row);
        }
    };
    // The form's rules AND together, so only a single required term is modelled; more stay in the YAML.
    const QJsonArray terms = nodeAffinity.value(QLatin1String("requiredDuringSchedulingIgnoredDuringExecution"))
                                 .toObject()
                                 .value(QLatin1String("nodeSelectorTerms"))
                                 .toArray();
    if (!terms.isEmpty()) {
        addExpressions(terms.at(0).toObject(), true, 50);
    }
    for (const QJsonValue &value :
        nodeAffinity.value(QLatin1String("preferredDuringSchedulingIgnoredDuringExecution")).toArray()) {
        addExpressions(value.toObject().value(QLatin1String("preference")).toObject(), false,
            value.toObject().value(QLatin1String("weight")).toInt(50));
    }
    m_affinity->load(affinityRows);
}

} // namespace Sextant::Ui
