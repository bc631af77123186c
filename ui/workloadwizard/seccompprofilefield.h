// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;

namespace Sextant::Ui {

class ValidatedField;

// A seccompProfile, of a pod or of one container: not set, RuntimeDefault,
// Unconfined, or Localhost with its profile path (required, relative to the
// kubelet's seccomp directory). JSON: the seccompProfile object, {} when not
// set. A type the YAML gave that the list lacks is kept (and shown as is).
class SeccompProfileField final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeccompProfileField)
public:
    explicit SeccompProfileField(QWidget *parent = nullptr);

    void load(const QJsonObject &profile);
    QJsonObject toJson() const;
    bool isValid() const;

    // Data: the type ("" when not set).
    QComboBox *type() const { return m_type; }
    void setType(const QString &type);
    ValidatedField *localhostProfile() const { return m_path; }

Q_SIGNALS:
    void changed();

private:
    void followType();

    QComboBox *m_type = nullptr;
    ValidatedField *m_path = nullptr;
};

} // namespace Sextant::Ui
