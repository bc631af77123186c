// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/containersform.h"

#include "ui/wizards/validatedfield.h"
#include "ui/workloadwizard/containerform.h"
#include "ui/workloadwizard/liveobjectcombo.h"
#include "ui/workloadwizard/projectstores.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
bool isRegistrySecret(const QJsonObject &secret)
{
    return secret.value(QLatin1String("type")).toString() == QLatin1String("kubernetes.io/dockerconfigjson")
        || secret.value(QLatin1String("type")).toString() == QLatin1String("kubernetes.io/dockercfg");
}
} // namespace

ContainersForm::ContainersForm(ProjectStores *stores, QWidget *parent)
    : QWidget(parent)
    , m_stores(stores)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_addInit(new QPushButton(tr("Add i&nit container"), this))
    , m_pullSecret(new LiveObjectCombo(this))
{
    m_list->setAccessibleName(tr("Containers"));
    m_list->setMaximumWidth(190);
    m_addInit->setToolTip(tr("Init containers run one after another before the other containers start; each must "
                             "finish successfully, unless it is a sidecar that keeps running beside them."));
    m_pullSecret->setNoneText(tr("None (public images)"));
    m_pullSecret->setAccessibleName(tr("Image pull secret"));
    auto *add = new QPushButton(tr("&Add container"), this);

    auto *side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    side->addWidget(add);
    side->addWidget(m_addInit);
    side->addWidget(m_remove);
    auto *body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(m_stack, 1);
    auto *secretRow = new QFormLayout;
    secretRow->addRow(tr("Image &pull secret:"), m_pullSecret);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(secretRow);
    layout->addLayout(body, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        addContainer();
        showContainer(count() - 1);
    });
    connect(m_addInit, &QPushButton::clicked, this, [this] {
        addInitContainer();
        showContainer(initCount() - 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeContainer(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_list, &QListWidget::currentRowChanged, this, &ContainersForm::refreshNames);
    connect(m_pullSecret, &QComboBox::currentIndexChanged, this, &ContainersForm::changed);
    auto follow = [this] {
        if (m_stores) {
            m_pullSecret->setStore(m_stores->store(ProjectStores::Secrets), &isRegistrySecret);
        }
    };
    if (m_stores) {
        connect(m_stores, &ProjectStores::namespaceChanged, this, follow);
    }
    follow();
    addContainer();
    showContainer(0);
}

ContainerForm *ContainersForm::addContainer()
{
    ContainerForm *form = insertContainer(count(), false);
    if (count() - initCount() > 1) {
        form->nameField()->setText(QStringLiteral("container-%1").arg(count() - initCount()));
    }
    return form;
}

ContainerForm *ContainersForm::addInitContainer()
{
    ContainerForm *form = insertContainer(initCount(), true);
    form->nameField()->setText(QStringLiteral("init-%1").arg(initCount()));
    return form;
}

ContainerForm *ContainersForm::insertContainer(int row, bool init)
{
    auto *form = new ContainerForm(m_stores, m_stack);
    form->setInitContainer(init);
    m_stack->insertWidget(row, form);
    m_list->insertItem(row, QString());
    connect(form, &ContainerForm::changed, this, [this] {
        refreshNames();
        Q_EMIT changed();
    });
    refreshNames();
    Q_EMIT changed();
    return form;
}

void ContainersForm::removeContainer(int index)
{
    if (index < 0 || index >= count() || (!container(index)->isInitContainer() && count() - initCount() <= 1)) {
        return; // a pod has at least one container
    }
    QWidget *form = m_stack->widget(index);
    m_stack->removeWidget(form);
    form->deleteLater();
    delete m_list->takeItem(index);
    refreshNames();
    Q_EMIT changed();
}

int ContainersForm::count() const
{
    return m_stack->count();
}

ContainerForm *ContainersForm::container(int index) const
{
    return static_cast<ContainerForm *>(m_stack->widget(index));
}

int ContainersForm::initCount() const
{
    int inits = 0;
    for (int i = 0; i < count(); ++i) {
        inits += container(i)->isInitContainer() ? 1 : 0;
    }
    return inits;
}

int ContainersForm::rowOf(bool init, int index) const
{
    return init ? index : initCount() + index;
}

void ContainersForm::showContainer(int index)
{
    m_list->setCurrentRow(index);
}

QStringList ContainersForm::containerNames() const
{
    QStringList names;
    for (int i = 0; i < count(); ++i) {
        names.append(container(i)->nameField()->text());
    }
    return names;
}

void ContainersForm::refreshNames()
{
    for (int i = 0; i < count(); ++i) {
        const QString name = container(i)->nameField()->text();
        QListWidgetItem *item = m_list->item(i);
        const QString shown = name.isEmpty() ? tr("(unnamed)") : name;
        if (container(i)->isSidecar()) {
            item->setText(tr("%1 (sidecar)").arg(shown));
        } else {
            item->setText(container(i)->isInitContainer() ? tr("%1 (init)").arg(shown) : shown);
        }
        item->setForeground(container(i)->isValid() ? palette().color(QPalette::Text) : QColor(0xd0, 0x3a, 0x2f));
    }
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0 && row < count() && (container(row)->isInitContainer() || count() - initCount() > 1));
}

bool ContainersForm::isValid() const
{
    QStringList names;
    for (int i = 0; i < count(); ++i) {
        if (!container(i)->isValid() || names.contains(container(i)->nameField()->text())) {
            return false; // names are unique in a pod
        }
        names.append(container(i)->nameField()->text());
    }
    return count() - initCount() > 0;
}

QJsonObject ContainersForm::toJson() const
{
    QJsonArray containers;
    QJsonArray initContainers;
    for (int i = 0; i < count(); ++i) {
        (container(i)->isInitContainer() ? initContainers : containers).append(container(i)->toJson());
    }
    QJsonObject spec { { QStringLiteral("containers"), containers } };
    if (!initContainers.isEmpty()) {
        spec.insert(QStringLiteral("initContainers"), initContainers);
    }
    if (!m_pullSecret->currentName().isEmpty()) {
        spec.insert(QStringLiteral("imagePullSecrets"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), m_pullSecret->currentName() } } });
    }
    return spec;
}

void ContainersForm::load(const QJsonObject &podSpec)
{
    // Forms are kept where they can be (fields stay bound); each takes the role of its row.
    const QJsonArray inits = podSpec.value(QLatin1String("initContainers")).toArray();
    const QJsonArray containers = podSpec.value(QLatin1String("containers")).toArray();
    const int total = int(inits.size() + qMax<qsizetype>(1, containers.size()));
    while (count() < total) {
        insertContainer(count(), false);
    }
    while (count() > total) {
        QWidget *form = m_stack->widget(count() - 1);
        m_stack->removeWidget(form);
        form->deleteLater();
        delete m_list->takeItem(count());
    }
    for (int i = 0; i < total; ++i) {
        const bool init = i < inits.size();
        container(i)->setInitContainer(init);
        container(i)->load((init ? inits.at(i) : containers.at(i - inits.size())).toObject());
    }
    m_pullSecret->selectName(podSpec.value(QLatin1String("imagePullSecrets"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString());
    refreshNames();
    showContainer(0);
    Q_EMIT changed();
}

} // namespace Sextant::Ui
