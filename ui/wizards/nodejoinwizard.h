// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/requesthandle.h"
#include "core/bootstrap/jointoken.h"
#include "ui/wizards/resourcewizard.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Sextant::Ui {

// Adds a node to a kubeadm cluster: creates a bootstrap token (and the RBAC
// kubeadm expects, when missing) and shows the `kubeadm join` command with
// the CA certificate hash, ready to copy.
class NodeJoinWizard final : public ResourceWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeJoinWizard)
public:
    enum PageId { TokenPage, ReviewPageId };

    explicit NodeJoinWizard(Core::ClusterConnection *connection, QWidget *parent = nullptr);

    QList<Core::PlannedObject> plannedObjects() const override;
    bool loadObjects(const QList<QJsonObject> &objects, QString *whyNot) override;

    QComboBox *lifetime() const { return m_lifetime; }
    QString caCertHash() const { return m_caHash; }
    // After Create: the command to run on the new machine.
    QString joinCommand() const;

Q_SIGNALS:
    void joinCommandReady(const QString &command);

private:
    void findCaCertificate();
    void findMissingRbac();
    void updateSummary();

    QComboBox *m_lifetime = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_summary = nullptr;
    Core::BootstrapToken m_token;
    QString m_caHash;
    QString m_caSource;
    QString m_caProblem;
    QList<QJsonObject> m_missingRbac;
    int m_rbacPending = 0;
    QList<Core::RequestHandle> m_requests;
};

} // namespace Sextant::Ui
