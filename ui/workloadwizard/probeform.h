// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace Sextant::Ui {

class ValidatedField;

// A liveness, readiness or startup probe: HTTP GET (path, port), TCP port or
// a command, with its timing. Checkable: unchecked means no probe.
// JSON: the probe object ({"httpGet": ..., "periodSeconds": ...}), {} when off.
class ProbeForm final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeForm)
public:
    enum Type { HttpGet, TcpSocket, Exec };

    ProbeForm(const QString &title, QWidget *parent = nullptr);

    void load(const QJsonObject &probe);
    QJsonObject toJson() const;
    bool isValid() const;

    QComboBox *type() const { return m_type; }
    QLineEdit *path() const { return m_path; }
    ValidatedField *port() const { return m_port; }
    QLineEdit *command() const { return m_command; }
    QSpinBox *initialDelay() const { return m_initialDelay; }
    QSpinBox *period() const { return m_period; }
    QSpinBox *timeout() const { return m_timeout; }
    QSpinBox *failureThreshold() const { return m_failureThreshold; }
    void setType(Type type);

Q_SIGNALS:
    void changed();

private:
    void typeChanged();

    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_path = nullptr;
    ValidatedField *m_port = nullptr;
    QLineEdit *m_command = nullptr;
    QSpinBox *m_initialDelay = nullptr;
    QSpinBox *m_period = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_failureThreshold = nullptr;
};

} // namespace Sextant::Ui
