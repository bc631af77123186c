// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/networkwizards/ingresswizard.h"

#include "core/metadata/metadatavalidation.h"
#include "core/watch/objectstore.h"
#include "ui/configwizards/secretwizard.h"
#include "ui/networkwizards/ingressbackendpicker.h"
#include "ui/networkwizards/ingressruleeditor.h"
#include "ui/networkwizards/networkvalidation.h"
#include "ui/wizards/formpage.h"
#include "ui/wizards/storecombobox.h"
#include "ui/wizards/validatedfield.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Sextant::Ui {

namespace {
const Core::ResourceRef kIngresses { QStringLiteral("networking.k8s.io"), QStringLiteral("v1"),
    QStringLiteral("ingresses"), true };
const Core::ResourceRef kIngressClasses { QStringLiteral("networking.k8s.io"), QStringLiteral("v1"),
    QStringLiteral("ingressclasses"), false };
const Core::ResourceRef kNamespaces { QString(), QStringLiteral("v1"), QStringLiteral("namespaces"), false };
const Core::ResourceRef kServices { QString(), QStringLiteral("v1"), QStringLiteral("services"), true };
const Core::ResourceRef kSecrets { QString(), QStringLiteral("v1"), QStringLiteral("secrets"), true };
const QLatin1String kTlsSecretType("kubernetes.io/tls");

bool isDefaultClass(const QJsonObject &ingressClass)
{
    return ingressClass.value(QLatin1String("metadata"))
               .toObject()
               .value(QLatin1String("annotations"))
               .toObject()
               .value(QLatin1String("ingressclass.kubernetes.io/is-default-class"))
               .toString()
        == QLatin1String("true");
}

QStringList splitHosts(const QString &text)
{
    QStringList hosts;
    for (const QString &host : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!host.trimmed().isEmpty()) {
            hosts.append(host.trimmed());
        }
    }
    return hosts;
}

QStringList tlsHostsProblems(const QString &text)
{
    QStringList problems;
    for (const QString &host : splitHosts(text)) {
        for (const QString &problem : NetworkValidation::ingressHost(host)) {
            problems.append(host + QStringLiteral(": ") + problem);
        }
    }
    return problems;
}

QWidget *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}
} // namespace

IngressWizard::IngressWizard(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent)
    : ResourceWizard(connection, parent)
{
    setWindowTitle(tr("Create app route (ingress)"));
    setPage(BasicPage, createBasicPage());
    setPage(RulesPage, createRulesPage());
    setPage(TlsPage, createTlsPage());
    addReviewPage();
    bindField(0, QStringLiteral("metadata.name"), m_name, BasicPage);

    if (connection) {
        m_project->setStore(connection->store(kNamespaces), {},
            [namespaceName](const QJsonObject &ns) { return Core::ObjectStore::keyOf(ns) == namespaceName; });
        m_class->setStore(
            connection->store(kIngressClasses),
            [](const QJsonObject &c) { return isDefaultClass(c) ? tr(" (default)") : QString(); }, &isDefaultClass);
    }
    // StoreComboBox refills without signals: follow the projects store as well.
    connect(m_project, &QComboBox::currentIndexChanged, this, &IngressWizard::watchProject);
    if (connection) {
        connect(connection->store(kNamespaces), &Core::ObjectStore::changed, this, &IngressWizard::watchProject);
    }
    watchProject();
    addRule()->addPath();
}

QWizardPage *IngressWizard::createBasicPage()
{
    auto *page = new FormPage(tr("App route"),
        tr("Routes HTTP and HTTPS requests from outside the cluster to services of the project. The ingress "
           "class says which controller serves the route; the cluster's default class is preselected."));
    m_name = new ValidatedField(&Core::MetadataValidation::dns1123Subdomain, page);
    m_name->edit()->setAccessibleName(tr("Name"));
    m_name->edit()->setPlaceholderText(tr("e.g. shop"));
    m_project = new StoreComboBox(page);
    m_project->setAccessibleName(tr("Project"));
    m_class = new StoreComboBox(page);
    m_class->setAccessibleName(tr("Ingress class"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("Ingress &class:"), m_class);
    page->addField(m_name);
    return page;
}

QWizardPage *IngressWizard::createRulesPage()
{
    m_rulesPage = new FormPage(tr("Routing rules"),
        tr("Each rule matches a host (or every host) and sends its paths to a service's port. Prefix matches "
           "the path and everything below it, Exact only the path itself. A default backend takes the requests "
           "no rule matches."));
    auto *content = new QWidget;
    m_rulesLayout = new QVBoxLayout;
    m_rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_addRule = new QPushButton(tr("Add &rule"), content);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addRule);
    addRow->addStretch(1);

    m_defaultBackendBox = new QGroupBox(tr("&Default backend"), content);
    m_defaultBackendBox->setCheckable(true);
    m_defaultBackendBox->setChecked(false);
    auto *defaultHint = new QLabel(tr("Requests that match no rule go to this service. Without a default backend "
                                      "the ingress controller answers them itself, usually with 404 Not Found."),
        m_defaultBackendBox);
    defaultHint->setWordWrap(true);
    m_defaultBackend = new IngressBackendPicker(m_services, m_defaultBackendBox);
    auto *defaultHeader = new QHBoxLayout;
    defaultHeader->addWidget(new QLabel(tr("Service"), m_defaultBackendBox), 3);
    defaultHeader->addWidget(new QLabel(tr("Port"), m_defaultBackendBox), 2);
    auto *defaultLayout = new QVBoxLayout(m_defaultBackendBox);
    defaultLayout->addWidget(defaultHint);
    defaultLayout->addLayout(defaultHeader);
    defaultLayout->addWidget(m_defaultBackend);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rulesLayout);
    layout->addLayout(addRow);
    layout->addWidget(m_defaultBackendBox);
    layout->addStretch(1);

    // Outside the scroll area: always in view when it matters.
    m_noRoute = new QLabel(tr("An app route needs at least one rule or a default backend."), m_rulesPage);
    m_noRoute->setWordWrap(true);
    QPalette palette = m_noRoute->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x3a, 0x2f));
    m_noRoute->setPalette(palette);
    m_noRoute->hide();
    auto *pageLayout = new QVBoxLayout(m_rulesPage);
    pageLayout->addWidget(scrolled(content, m_rulesPage), 1);
    pageLayout->addWidget(m_noRoute);
    m_rulesPage->addCheck([this] {
        return (!m_rules.isEmpty() || hasDefaultBackend())
            && std::all_of(m_rules.begin(), m_rules.end(), [](const IngressRuleEditor *r) { return r->isValid(); })
            && (!hasDefaultBackend() || m_defaultBackend->isValid());
    });
    connect(m_addRule, &QPushButton::clicked, this, [this] { addRule()->addPath(); });
    connect(m_defaultBackendBox, &QGroupBox::toggled, this, &IngressWizard::recheckPages);
    connect(m_defaultBackend, &IngressBackendPicker::changed, this, &IngressWizard::recheckPages);
    return m_rulesPage;
}

QWizardPage *IngressWizard::createTlsPage()
{
    m_tlsPage = new FormPage(tr("TLS"),
        tr("HTTPS for some hosts: each entry names the hosts a certificate covers and the kubernetes.io/tls "
           "secret of the project that holds it. Without entries the route serves plain HTTP."));
    auto *content = new QWidget;
    m_tlsLayout = new QVBoxLayout;
    m_tlsLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Hosts"), content), 3);
    header->addWidget(new QLabel(tr("TLS secret"), content), 2);
    auto *removeSpace = new QWidget(content);
    removeSpace->setFixedWidth(QPushButton(tr("Remove")).sizeHint().width());
    header->addWidget(removeSpace);
    m_addTls = new QPushButton(tr("Add &TLS entry"), content);
    m_newSecret = new QPushButton(tr("&New TLS secret…"), content);
    m_newSecret->setToolTip(tr("Make a kubernetes.io/tls secret from certificate and key files; it is chosen in "
                               "the last TLS entry."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addTls);
    buttons->addWidget(m_newSecret);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(m_tlsLayout);
    layout->addLayout(buttons);
    layout->addStretch(1);
    auto *pageLayout = new QVBoxLayout(m_tlsPage);
    pageLayout->addWidget(scrolled(content, m_tlsPage));
    m_tlsPage->addCheck([this] {
        return std::all_of(m_tls.begin(), m_tls.end(), [](const TlsRow &row) { return row.hosts->isValid(); });
    });
    connect(m_addTls, &QPushButton::clicked, this, [this] { addTls(); });
    connect(m_newSecret, &QPushButton::clicked, this, [this] {
        if (m_tls.isEmpty()) {
            addTls();
        }
        openSecretWizard(int(m_tls.size()) - 1);
    });
    return m_tlsPage;
}

void IngressWizard::watchProject()
{
    const QString project = m_project->currentName();
    if (project == m_watchedProject) {
        return;
    }
    m_watchedProject = project;
    if (m_secrets) {
        disconnect(m_secrets, nullptr, this, nullptr);
    }
    m_services = nullptr;
    m_secrets = nullptr;
    if (connection() && !project.isEmpty()) {
        m_services = connection()->store(kServices, project);
        m_secrets = connection()->store(kSecrets, project);
        connect(m_secrets, &Core::ObjectStore::changed, this, [this] {
            for (const TlsRow &row : std::as_const(m_tls)) {
                refillSecrets(row.secret);
            }
        });
    }
    for (IngressRuleEditor *rule : std::as_const(m_rules)) {
        rule->setServices(m_services);
    }
    m_defaultBackend->setServices(m_services);
    for (const TlsRow &row : std::as_const(m_tls)) {
        refillSecrets(row.secret);
    }
}

void IngressWizard::refillSecrets(QComboBox *box, const QString &keep)
{
    const QString chosen = keep.isEmpty() ? box->currentData().toString() : keep;
    QStringList names;
    for (const QString &key : m_secrets ? m_secrets->keys() : QList<QString>()) {
        if (m_secrets->object(key).value(QLatin1String("type")).toString() == kTlsSecretType) {
            names.append(key.section(QLatin1Char('/'), -1));
        }
    }
    std::sort(names.begin(), names.end());
    const QSignalBlocker blocker(box);
    box->clear();
    for (const QString &name : std::as_const(names)) {
        box->addItem(name, name);
    }
    if (!chosen.isEmpty() && box->findData(chosen) < 0) {
        // Named in YAML, or just created and not yet in the store.
        box->addItem(chosen, chosen);
    }
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

IngressRuleEditor *IngressWizard::addRule()
{
    auto *rule = new IngressRuleEditor(m_services, m_rulesPage);
    m_rules.append(rule);
    m_rulesLayout->addWidget(rule);
    connect(rule, &IngressRuleEditor::validityChanged, this, &IngressWizard::recheckPages);
    connect(rule, &IngressRuleEditor::pathsChanged, this, &IngressWizard::rebind);
    connect(rule, &IngressRuleEditor::removeRequested, this, [this, rule] { removeRule(int(m_rules.indexOf(rule))); });
    rebind();
    recheckPages();
    return rule;
}

void IngressWizard::removeRule(int index)
{
    if (index < 0 || index >= m_rules.size()) {
        return;
    }
    delete m_rules.takeAt(index);
    rebind();
    recheckPages();
}

int IngressWizard::addTls(const QString &hosts, const QString &secret)
{
    auto *rowWidget = new QWidget(m_tlsPage);
    auto *layout = new QHBoxLayout(rowWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    TlsRow row;
    row.hosts = new ValidatedField(&tlsHostsProblems, rowWidget);
    row.hosts->setOptional(true);
    row.hosts->edit()->setAccessibleName(tr("TLS hosts"));
    row.hosts->edit()->setPlaceholderText(tr("e.g. shop.example.com, www.example.com"));
    row.secret = new QComboBox(rowWidget);
    row.secret->setAccessibleName(tr("TLS secret"));
    row.remove = new QPushButton(tr("Remove"), rowWidget);
    row.remove->setAccessibleName(tr("Remove TLS entry"));
    layout->addWidget(row.hosts, 3, Qt::AlignTop);
    layout->addWidget(row.secret, 2, Qt::AlignTop);
    layout->addWidget(row.remove, 0, Qt::AlignTop);
    row.hosts->setText(hosts);
    refillSecrets(row.secret, secret);
    m_tls.append(row);
    m_tlsWidgets.append(rowWidget);
    m_tlsLayout->addWidget(rowWidget);
    connect(row.hosts, &ValidatedField::validityChanged, this, &IngressWizard::recheckPages);
    connect(row.remove, &QPushButton::clicked, this,
        [this, rowWidget] { removeTls(int(m_tlsWidgets.indexOf(rowWidget))); });
    rebind();
    recheckPages();
    return int(m_tls.size()) - 1;
}

void IngressWizard::removeTls(int index)
{
    if (index < 0 || index >= m_tls.size()) {
        return;
    }
    m_tls.removeAt(index);
    delete m_tlsWidgets.takeAt(index);
    rebind();
    recheckPages();
}

ResourceWizard *IngressWizard::openSecretWizard(int tlsIndex)
{
    auto *wizard = new SecretWizard(connection(), m_project->currentName(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setType(SecretWizard::Type::Tls);
    QPointer<QComboBox> box = m_tls.value(tlsIndex).secret;
    connect(wizard, &ResourceWizard::created, this, [this, box](const QList<Core::PlannedObject> &objects) {
        if (box && !objects.isEmpty()) {
            refillSecrets(box, objects.constFirst().name());
        }
    });
    wizard->open();
    return wizard;
}

bool IngressWizard::hasDefaultBackend() const
{
    return m_defaultBackendBox->isChecked();
}

void IngressWizard::setDefaultBackendEnabled(bool enabled)
{
    m_defaultBackendBox->setChecked(enabled);
}

void IngressWizard::recheckPages()
{
    if (!m_tlsPage) {
        return; // still building the pages
    }
    m_noRoute->setVisible(m_rules.isEmpty() && !hasDefaultBackend());
    m_rulesPage->recheck();
    m_tlsPage->recheck();
}

void IngressWizard::rebind()
{
    for (int i = 0; i < m_rules.size(); ++i) {
        for (const auto &[path, field] : m_rules.at(i)->fieldPaths(i)) {
            bindField(0, path, field, RulesPage);
        }
    }
    for (const QString &path : IngressBackendPicker::apiPaths(QStringLiteral("spec.defaultBackend"))) {
        bindField(0, path, m_defaultBackend->statusField(), RulesPage);
    }
    for (int i = 0; i < m_tls.size(); ++i) {
        const QString tls = QStringLiteral("spec.tls[%1]").arg(i);
        bindField(0, tls + QStringLiteral(".hosts"), m_tls.at(i).hosts, TlsPage);
        for (int h = 0; h < 8; ++h) {
            bindField(0, tls + QStringLiteral(".hosts[%1]").arg(h), m_tls.at(i).hosts, TlsPage);
        }
    }
}

QList<Core::PlannedObject> IngressWizard::plannedObjects() const
{
    QJsonObject spec;
    if (!m_class->currentName().isEmpty()) {
        spec.insert(QStringLiteral("ingressClassName"), m_class->currentName());
    }
    QJsonArray rules;
    for (const IngressRuleEditor *rule : m_rules) {
        rules.append(rule->toRule());
    }
    if (!rules.isEmpty()) {
        spec.insert(QStringLiteral("rules"), rules);
    }
    if (hasDefaultBackend()) {
        spec.insert(QStringLiteral("defaultBackend"), m_defaultBackend->toBackend());
    }
    QJsonArray tls;
    for (const TlsRow &row : m_tls) {
        QJsonObject entry;
        const QStringList hosts = splitHosts(row.hosts->text());
        if (!hosts.isEmpty()) {
            entry.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(hosts));
        }
        if (!row.secret->currentData().toString().isEmpty()) {
            entry.insert(QStringLiteral("secretName"), row.secret->currentData().toString());
        }
        tls.append(entry);
    }
    if (!tls.isEmpty()) {
        spec.insert(QStringLiteral("tls"), tls);
    }
    return { { kIngresses,
        { { QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1") },
            { QStringLiteral("kind"), QStringLiteral("Ingress") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), m_name->text() },
                    { QStringLiteral("namespace"), m_project->currentName() } } },
            { QStringLiteral("spec"), spec } } } };
}

bool IngressWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    QJsonObject ingress;
    for (const QJsonObject &object : objects) {
        if (object.value(QLatin1String("kind")).toString() == QLatin1String("Ingress")) {
            ingress = object;
        }
    }
    const QJsonObject metadata = ingress.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = ingress.value(QLatin1String("spec")).toObject();
    m_name->setText(metadata.value(QLatin1String("name")).toString());
    m_project->selectName(metadata.value(QLatin1String("namespace")).toString());
    m_class->selectName(spec.value(QLatin1String("ingressClassName")).toString());
    QStringList unmodelled;
    while (!m_rules.isEmpty()) {
        removeRule(int(m_rules.size()) - 1);
    }
    bool rulesShown = true;
    for (const QJsonValue &rule : spec.value(QLatin1String("rules")).toArray()) {
        rulesShown = addRule()->load(rule.toObject()) && rulesShown;
    }
    if (!rulesShown) {
        unmodelled.append(tr("paths sent to a resource instead of a service"));
    }
    // A resource backend (an object of another kind) has no place in the form:
    // the box stays off and the YAML keeps it.
    const QJsonObject defaultBackend = spec.value(QLatin1String("defaultBackend")).toObject();
    const bool serviceBackend
        = spec.contains(QLatin1String("defaultBackend")) && m_defaultBackend->load(defaultBackend);
    setDefaultBackendEnabled(serviceBackend);
    if (spec.contains(QLatin1String("defaultBackend")) && !serviceBackend) {
        unmodelled.append(tr("a default backend that is a resource instead of a service"));
    }
    while (!m_tls.isEmpty()) {
        removeTls(int(m_tls.size()) - 1);
    }
    for (const QJsonValue &value : spec.value(QLatin1String("tls")).toArray()) {
        const QJsonObject entry = value.toObject();
        QStringList hosts;
        for (const QJsonValue &host : entry.value(QLatin1String("hosts")).toArray()) {
            hosts.append(host.toString());
        }
        addTls(hosts.join(QStringLiteral(", ")), entry.value(QLatin1String("secretName")).toString());
    }
    if (!unmodelled.isEmpty()) {
        *whyNot = unmodelled.join(QStringLiteral("; "));
        return false;
    }
    return true;
}

} // namespace Sextant::Ui
