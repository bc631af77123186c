// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Sextant::Ui {

class SeccompProfileField;
class ValidatedField;

// A container's security context: run as non-root, run as user, read-only
// root filesystem, privilege escalation, privileged, Linux capabilities to
// drop and add, and the seccomp profile. Only what the user set is written
// ({} when nothing is); a false the YAML gave stays false.
class SecurityContextForm final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityContextForm)
public:
    explicit SecurityContextForm(QWidget *parent = nullptr);

    void load(const QJsonObject &securityContext);
    QJsonObject toJson() const;
    bool isValid() const;

    QCheckBox *runAsNonRoot() const { return m_runAsNonRoot; }
    ValidatedField *runAsUser() const { return m_runAsUser; }
    QCheckBox *readOnlyRootFilesystem() const { return m_readOnlyRoot; }
    // Data: an unset QVariant, false or true.
    QComboBox *allowPrivilegeEscalation() const { return m_escalation; }
    void setAllowPrivilegeEscalation(const QVariant &allowed);
    QCheckBox *privileged() const { return m_privileged; }
    QLabel *privilegedWarning() const { return m_privilegedWarning; }
    // Capability names separated by commas or spaces.
    ValidatedField *dropCapabilities() const { return m_drop; }
    QPushButton *dropAllButton() const { return m_dropAll; }
    ValidatedField *addCapabilities() const { return m_add; }
    // Names that pass the check but are likely wrong (CAP_ prefix, unknown).
    QLabel *capabilityWarning() const { return m_capabilityWarning; }
    SeccompProfileField *seccompProfile() const { return m_seccomp; }

Q_SIGNALS:
    void changed();

private:
    void showCapabilityWarnings();

    QCheckBox *m_runAsNonRoot = nullptr;
    ValidatedField *m_runAsUser = nullptr;
    QCheckBox *m_readOnlyRoot = nullptr;
    QComboBox *m_escalation = nullptr;
    QCheckBox *m_privileged = nullptr;
    QLabel *m_privilegedWarning = nullptr;
    ValidatedField *m_drop = nullptr;
    QPushButton *m_dropAll = nullptr;
    ValidatedField *m_add = nullptr;
    QLabel *m_capabilityWarning = nullptr;
    SeccompProfileField *m_seccomp = nullptr;
    QJsonObject m_loaded;
};

} // namespace Sextant::Ui
