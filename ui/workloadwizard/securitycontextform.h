// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Sextant::Ui {

class ValidatedField;

// A container's security context: run as non-root, run as user, read-only
// root filesystem, privilege escalation and privileged. Only what the user
// set is written ({} when nothing is); a false the YAML gave stays false.
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

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_runAsNonRoot = nullptr;
    ValidatedField *m_runAsUser = nullptr;
    QCheckBox *m_readOnlyRoot = nullptr;
    QComboBox *m_escalation = nullptr;
    QCheckBox *m_privileged = nullptr;
    QLabel *m_privilegedWarning = nullptr;
    QJsonObject m_loaded;
};

} // namespace Sextant::Ui
