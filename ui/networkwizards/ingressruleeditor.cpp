// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/networkwizards/ingressruleeditor.h"

#include "core/watch/objectstore.h"
#include "ui/networkwizards/ingressbackendpicker.h"
#include "ui/networkwizards/networkvalidation.h"
#include "ui/wizards/validatedfield.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const QStringList kPathTypes { QStringLiteral("Prefix"), QStringLiteral("Exact"),
    QStringLiteral("ImplementationSpecific") };

// Paths as the apiserver checks them for Prefix and Exact (ValidateIngressPath).
QStringList pathProblems(const QString &text)
{
    if (!text.startsWith(QLatin1Char('/'))) {
        return { QCoreApplication::translate("Sextant::Ui::IngressRuleEditor", "must be an absolute path") };
    }
    for (const char *bad : { "//", "/./", "/../", "%2f", "%2F" }) {
        if (text.contains(QLatin1String(bad))) {
            return { QCoreApplication::translate("Sextant::Ui::IngressRuleEditor", "must not contain '%1'")
                         .arg(QLatin1String(bad)) };
        }
    }
    for (const char *bad : { "/..", "/." }) {
        if (text.endsWith(QLatin1String(bad))) {
            return { QCoreApplication::translate("Sextant::Ui::IngressRuleEditor", "must not end with '%1'")
                         .arg(QLatin1String(bad)) };
        }
    }
    return {};
}
} // namespace

IngressRuleEditor::IngressRuleEditor(Core::ObjectStore *services, QWidget *parent)
    : QFrame(parent)
    , m_host(new ValidatedField(&NetworkValidation::ingressHost, this))
    , m_pathsLayout(new QVBoxLayout)
    , m_addPath(new QPushButton(tr("Add &path"), this))
    , m_remove(new QPushButton(tr("Remove rule"), this))
{
    setFrameShape(QFrame::StyledPanel);
    m_host->setOptional(true);
    m_host->edit()->setAccessibleName(tr("Host"));
    m_host->edit()->setPlaceholderText(tr("every host; e.g. shop.example.com or *.example.com"));
    m_addPath->setAccessibleName(tr("Add path"));
    m_remove->setAccessibleName(tr("Remove rule"));

    auto *hostRow = new QHBoxLayout;
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host->edit());
    hostLabel->setMinimumHeight(m_host->edit()->sizeHint().height()); // centred on the line edit, not its message
    hostRow->addWidget(hostLabel, 0, Qt::AlignTop);
    hostRow->addWidget(m_host, 1, Qt::AlignTop);
    hostRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Path"), this), 3);
    header->addWidget(new QLabel(tr("Match"), this), 2);
    header->addWidget(new QLabel(tr("Service"), this), 3);
    header->addWidget(new QLabel(tr("Port"), this), 2);
    auto *removeSpace = new QWidget(this);
    removeSpace->setFixedWidth(QPushButton(tr("Remove")).sizeHint().width());
    header->addWidget(removeSpace);
    m_pathsLayout->setContentsMargins(0, 0, 0, 0);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addPath);
    addRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(hostRow);
    layout->addLayout(header);
    layout->addLayout(m_pathsLayout);
    layout->addLayout(addRow);

    connect(m_host, &ValidatedField::validityChanged, this, &IngressRuleEditor::validityChanged);
    connect(m_addPath, &QPushButton::clicked, this, [this] { addPath(); });
    connect(m_remove, &QPushButton::clicked, this, &IngressRuleEditor::removeRequested);
    setServices(services);
}

void IngressRuleEditor::setServices(Core::ObjectStore *services)
{
    m_services = services;
    for (const PathRow &row : std::as_const(m_paths)) {
        row.backend->setServices(m_services);
    }
}

int IngressRuleEditor::addPath(const QString &path, const QString &pathType)
{
    auto *rowWidget = new QWidget(this);
    auto *layout = new QHBoxLayout(rowWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    PathRow row;
    row.path = new ValidatedField(&pathProblems, rowWidget);
    row.path->edit()->setAccessibleName(tr("Path"));
    row.pathType = new QComboBox(rowWidget);
    row.pathType->addItems(kPathTypes);
    row.pathType->setAccessibleName(tr("Path type"));
    row.backend = new IngressBackendPicker(m_services, rowWidget);
    row.service = row.backend->service();
    row.port = row.backend->port();
    row.remove = new QPushButton(tr("Remove"), rowWidget);
    row.remove->setAccessibleName(tr("Remove path"));
    layout->addWidget(row.path, 3, Qt::AlignTop);
    layout->addWidget(row.pathType, 2, Qt::AlignTop);
    layout->addWidget(row.backend, 5, Qt::AlignTop);
    layout->addWidget(row.remove, 0, Qt::AlignTop);
    row.path->setText(path);
    row.pathType->setCurrentText(pathType);

    m_paths.append(row);
    m_pathWidgets.append(rowWidget);
    m_pathsLayout->addWidget(rowWidget);

    connect(row.backend, &IngressBackendPicker::changed, this, &IngressRuleEditor::validityChanged);
    connect(row.path, &ValidatedField::validityChanged, this, &IngressRuleEditor::validityChanged);
    connect(row.remove, &QPushButton::clicked, this, [this, rowWidget] {
        const int at = int(m_pathWidgets.indexOf(rowWidget));
        if (at >= 0) {
            removePath(at);
        }
    });
    Q_EMIT pathsChanged();
    Q_EMIT validityChanged();
    return int(m_paths.size()) - 1;
}

void IngressRuleEditor::removePath(int row)
{
    if (row < 0 || row >= m_paths.size()) {
        return;
    }
    m_paths.removeAt(row);
    delete m_pathWidgets.takeAt(row);
    Q_EMIT pathsChanged();
    Q_EMIT validityChanged();
}

bool IngressRuleEditor::setBackend(int row, const QString &service, const QString &port)
{
    if (row < 0 || row >= m_paths.size()) {
        return false;
    }
    return m_paths.at(row).backend->setBackend(service, port);
}

bool IngressRuleEditor::isValid() const
{
    if (!m_host->isValid() || m_paths.isEmpty()) {
        return false;
    }
    for (const PathRow &row : m_paths) {
        if (!row.path->isValid() || !row.backend->isValid()) {
            return false;
        }
    }
    return true;
}

QJsonObject IngressRuleEditor::toRule() const
{
    QJsonArray paths;
    for (const PathRow &row : m_paths) {
        paths.append(QJsonObject {
            { QStringLiteral("path"), row.path->text() },
            { QStringLiteral("pathType"), row.pathType->currentText() },
            { QStringLiteral("backend"), row.backend->toBackend() },
        });
    }
    QJsonObject rule { { QStringLiteral("http"), QJsonObject { { QStringLiteral("paths"), paths } } } };
    if (!m_host->text().isEmpty()) {
        rule.insert(QStringLiteral("host"), m_host->text());
    }
    return rule;
}

bool IngressRuleEditor::load(const QJsonObject &rule)
{
    m_host->setText(rule.value(QLatin1String("host")).toString());
    while (!m_paths.isEmpty()) {
        removePath(int(m_paths.size()) - 1);
    }
    const QJsonArray paths = rule.value(QLatin1String("http")).toObject().value(QLatin1String("paths")).toArray();
    bool allServices = true;
    for (const QJsonValue &value : paths) {
        const QJsonObject path = value.toObject();
        const int row = addPath(path.value(QLatin1String("path")).toString(),
            path.value(QLatin1String("pathType")).toString(QStringLiteral("Prefix")));
        allServices = m_paths.at(row).backend->load(path.value(QLatin1String("backend")).toObject()) && allServices;
    }
    return allServices;
}

QList<QPair<QString, ValidatedField *>> IngressRuleEditor::fieldPaths(int ruleIndex) const
{
    const QString rule = QStringLiteral("spec.rules[%1]").arg(ruleIndex);
    QList<QPair<QString, ValidatedField *>> paths { { rule + QStringLiteral(".host"), m_host } };
    for (int i = 0; i < m_paths.size(); ++i) {
        const QString path = rule + QStringLiteral(".http.paths[%1]").arg(i);
        paths.append({ path + QStringLiteral(".path"), m_paths.at(i).path });
        paths.append({ path + QStringLiteral(".pathType"), m_paths.at(i).path });
        for (const QString &backendPath : IngressBackendPicker::apiPaths(path + QStringLiteral(".backend"))) {
            paths.append({ backendPath, m_paths.at(i).backend->statusField() });
        }
    }
    return paths;
}

} // namespace Sextant::Ui
