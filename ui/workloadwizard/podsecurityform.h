// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Sextant::Ui {

class SeccompProfileField;
class ValidatedField;

// The pod's security context, which every container inherits unless its own
// says otherwise: run as non-root, user, group, fsGroup and its change
// policy, supplemental groups, seccomp profile. A checkable group: unchecked
// writes nothing. Only what the user set is written; a false the YAML gave
// stays false. JSON: the pod spec's securityContext ({} when none).
class PodSecurityForm final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodSecurityForm)
public:
    explicit PodSecurityForm(QWidget *parent = nullptr);

    void load(const QJsonObject &securityContext);
    QJsonObject toJson() const;
    bool isValid() const;

    QCheckBox *runAsNonRoot() const { return m_runAsNonRoot; }
    ValidatedField *runAsUser() const { return m_runAsUser; }
    ValidatedField *runAsGroup() const { return m_runAsGroup; }
    ValidatedField *fsGroup() const { return m_fsGroup; }
    // Data: "" (not set), "OnRootMismatch", "Always".
    QComboBox *fsGroupChangePolicy() const { return m_changePolicy; }
    void setFsGroupChangePolicy(const QString &policy);
    // Group ids separated by commas or spaces.
    ValidatedField *supplementalGroups() const { return m_supplementalGroups; }
    SeccompProfileField *seccompProfile() const { return m_seccomp; }
    // Whether the whole pod meets Pod Security "restricted"; the wizard fills it.
    QLabel *restrictedNote() const { return m_restrictedNote; }
    void showRestrictedProblems(const QStringList &problems);

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_runAsNonRoot = nullptr;
    ValidatedField *m_runAsUser = nullptr;
    ValidatedField *m_runAsGroup = nullptr;
    ValidatedField *m_fsGroup = nullptr;
    QComboBox *m_changePolicy = nullptr;
    ValidatedField *m_supplementalGroups = nullptr;
    SeccompProfileField *m_seccomp = nullptr;
    QLabel *m_restrictedNote = nullptr;
    QJsonObject m_loaded;
};

} // namespace Sextant::Ui
