// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/nodejoinwizard.h"

#include "core/api/apiclient.h"
#include "core/bootstrap/cacerthash.h"
#include "core/yaml/yamldocument.h"
#include "ui/wizards/formpage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace Sextant::Ui {

namespace {
const Core::ResourceRef kSecrets { QString(), QStringLiteral("v1"), QStringLiteral("secrets"), true };
const Core::ResourceRef kConfigMaps { QString(), QStringLiteral("v1"), QStringLiteral("configmaps"), true };

Core::ResourceRef rbacResource(const QJsonObject &object)
{
    const bool role = object.value(QLatin1String("kind")).toString() == QLatin1String("ClusterRole");
    return { QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("v1"),
        role ? QStringLiteral("clusterroles") : QStringLiteral("clusterrolebindings"), false };
}

// The dialog that hands over the command: selectable, one click to copy.
void showJoinCommand(QWidget *parent, const QString &command)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("Sextant::Ui::NodeJoinWizard", "Join a node"));
    auto *text = new QPlainTextEdit(command, dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setAccessibleName(QCoreApplication::translate("Sextant::Ui::NodeJoinWizard", "Join command"));
    auto *explanation = new QLabel(QCoreApplication::translate("Sextant::Ui::NodeJoinWizard",
                                       "Run this as root on the new machine (with kubeadm, a container runtime and "
                                       "the kubelet installed). The token is a credential: share it only with "
                                       "whoever sets up the node."),
        dialog);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(
        QCoreApplication::translate("Sextant::Ui::NodeJoinWizard", "&Copy"), QDialogButtonBox::ActionRole);
    QObject::connect(copy, &QPushButton::clicked, dialog, [command] { QApplication::clipboard()->setText(command); });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(720, 220);
    dialog->open();
}
} // namespace

NodeJoinWizard::NodeJoinWizard(Core::ClusterConnection *connection, QWidget *parent)
    : ResourceWizard(connection, parent)
{
    setWindowTitle(tr("Add a node"));
    auto *page = new FormPage(tr("Bootstrap token"),
        tr("A new machine joins with `kubeadm join` and a short-lived bootstrap token. Sextant creates the token "
           "(a Secret in kube-system) and, when missing, the RBAC that lets joining nodes request their "
           "certificates."));
    m_lifetime = new QComboBox(page);
    m_lifetime->addItem(tr("1 hour"), 3600);
    m_lifetime->addItem(tr("24 hours"), 24 * 3600);
    m_lifetime->addItem(tr("7 days"), 7 * 24 * 3600);
    m_lifetime->addItem(tr("Never expires (not recommended)"), 0);
    m_lifetime->setCurrentIndex(1);
    m_lifetime->setAccessibleName(tr("Token lifetime"));
    m_description = new QLineEdit(page);
    m_description->setPlaceholderText(tr("e.g. worker for the GPU pool"));
    m_description->setAccessibleName(tr("Description"));
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Token &lifetime:"), m_lifetime);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_summary);
    setPage(TokenPage, page);
    addReviewPage();

    connect(m_lifetime, &QComboBox::currentIndexChanged, this, [this] {
        m_token = Core::BootstrapToken::generate(m_lifetime->currentData().toLongLong(), m_description->text());
    });
    connect(m_description, &QLineEdit::textChanged, this, [this](const QString &text) { m_token.description = text; });
    connect(this, &ResourceWizard::created, this, [this] {
        const QString command = joinCommand();
        Q_EMIT joinCommandReady(command);
        showJoinCommand(parentWidget(), command);
    });
    m_token = Core::BootstrapToken::generate(m_lifetime->currentData().toLongLong(), QString());
    findCaCertificate();
    findMissingRbac();
    updateSummary();
}

QString NodeJoinWizard::joinCommand() const
{
    const Core::ClusterConnection *cluster = connection();
    return cluster ? Core::kubeadmJoinCommand(cluster->client()->server(), m_token, m_caHash) : QString();
}

void NodeJoinWizard::findCaCertificate()
{
    Core::ApiClient *client = connection() ? connection()->client() : nullptr;
    if (!client) {
        return;
    }
    // kubeadm publishes the cluster CA in kube-public/cluster-info; prefer it
    // to the kubeconfig's, which may name an intermediate or a proxy's CA.
    m_requests.append(client->get(
        kConfigMaps, QStringLiteral("kube-public"), QStringLiteral("cluster-info"), this,
        [this](const QJsonObject &configMap) {
            const QByteArray kubeconfig = configMap.value(QLatin1String("data"))
                                              .toObject()
                                              .value(QLatin1String("kubeconfig"))
                                              .toString()
                                              .toUtf8();
            const Core::YamlParseResult parsed = Core::parseYaml(kubeconfig);
            const QString caData = parsed.documents.value(0)
                                       .value.toObject()
                                       .value(QLatin1String("clusters"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QLatin1String("cluster"))
                                       .toObject()
                                       .value(QLatin1String("certificate-authority-data"))
                                       .toString();
            const Core::Result<QString> hash = Core::caCertHash(QByteArray::fromBase64(caData.toLatin1()));
            if (hash) {
                m_caHash = *hash;
                m_caSource = tr("the cluster-info ConfigMap in kube-public");
                updateSummary();
            }
        },
        [this, client](const Core::ApiError &) {
            // Not a kubeadm cluster, or cluster-info is not readable: use the kubeconfig's CA.
            const QList<QSslCertificate> cas = client->baseSslConfiguration().caCertificates();
            if (cas.isEmpty() || cas.size() > 3) {
                m_caProblem = tr("The kubeconfig names no cluster CA and kube-public/cluster-info is missing: the "
                                 "join command cannot pin the CA.");
            } else {
                const Core::Result<QString> hash = Core::caCertHash(cas.constFirst().toPem());
                if (hash) {
                    m_caHash = *hash;
                    m_caSource = tr("the kubeconfig");
                } else {
                    m_caProblem = hash.error().message;
                }
            }
            updateSummary();
        }));
}

void NodeJoinWizard::findMissingRbac()
{
    Core::ApiClient *client = connection() ? connection()->client() : nullptr;
    if (!client) {
        return;
    }
    const QList<QJsonObject> wanted = Core::kubeadmJoinRbac();
    m_rbacPending = int(wanted.size());
    for (const QJsonObject &object : wanted) {
        const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        m_requests.append(client->get(
            rbacResource(object), QString(), name, this,
            [this](const QJsonObject &) {
                --m_rbacPending;
                updateSummary();
            },
            [this, object](const Core::ApiError &error) {
                --m_rbacPending;
                if (error.httpStatus == 404) {
                    m_missingRbac.append(object);
                }
                updateSummary();
            }));
    }
}

void NodeJoinWizard::updateSummary()
{
    QStringList lines;
    if (!m_caProblem.isEmpty()) {
        lines.append(m_caProblem);
    } else if (m_caHash.isEmpty()) {
        lines.append(tr("Reading the cluster's CA certificate…"));
    } else {
        lines.append(tr("CA certificate hash (from %1): %2").arg(m_caSource, m_caHash));
    }
    if (m_rbacPending > 0) {
        lines.append(tr("Checking the RBAC kubeadm expects…"));
    } else if (m_missingRbac.isEmpty()) {
        lines.append(tr("The RBAC kubeadm expects is in place."));
    } else {
        lines.append(tr(
            "%n RBAC object(s) kubeadm expects are missing and will be created.", nullptr, int(m_missingRbac.size())));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

QList<Core::PlannedObject> NodeJoinWizard::plannedObjects() const
{
    QList<Core::PlannedObject> objects { { kSecrets, Core::bootstrapTokenSecret(m_token) } };
    for (const QJsonObject &object : m_missingRbac) {
        objects.append({ rbacResource(object), object });
    }
    return objects;
}

bool NodeJoinWizard::loadObjects(const QList<QJsonObject> &objects, QString *whyNot)
{
    // The token is what the form owns: take an edited id or secret from the YAML.
    const QJsonObject data = objects.value(0).value(QLatin1String("stringData")).toObject();
    Core::BootstrapToken edited = Core::BootstrapToken::parse(data.value(QLatin1String("token-id")).toString()
        + QLatin1Char('.') + data.value(QLatin1String("token-secret")).toString());
    if (!edited.isValid()) {
        *whyNot = tr("token-id must be 6 and token-secret 16 characters of a-z and 0-9");
        return false;
    }
    m_token.id = edited.id;
    m_token.secret = edited.secret;
    return true;
}

} // namespace Sextant::Ui
