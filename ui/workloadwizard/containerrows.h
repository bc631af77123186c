// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/workloadwizard/rowlist.h"

#include <QPointer>

class QComboBox;
class QLineEdit;

namespace Sextant::Ui {

class LiveObjectCombo;
class ProjectStores;
class ValidatedField;

// A container port: {"name", "containerPort", "protocol"}.
class PortRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortRow)
public:
    explicit PortRow(QWidget *parent = nullptr);

    ValidatedField *name() const { return m_name; }
    ValidatedField *port() const { return m_port; }
    QComboBox *protocol() const { return m_protocol; }

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override;

private:
    ValidatedField *m_name = nullptr;
    ValidatedField *m_port = nullptr;
    QComboBox *m_protocol = nullptr;
};

// An environment variable: a value, or a key of a ConfigMap or Secret of the
// project, picked from the live objects.
class EnvRow final : public FormRow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvRow)
public:
    enum Source { Value, ConfigMapKey, SecretKey };

    EnvRow(ProjectStores *stores, QWidget *parent = nullptr);

    ValidatedField *name() const { return m_name; }
    QComboBox *source() const { return m_source; }
    QLineEdit *value() const { return m_value; }
    LiveObjectCombo *object() const { return m_object; }
    QComboBox *key() const { return m_key; }
    void setSource(Source source);

    QJsonValue toJson() const override;
    void load(const QJsonValue &value) override;
    bool isValid() const override;

private:
    void sourceChanged();
    void fillKeys();

    QPointer<ProjectStores> m_stores;
    ValidatedField *m_name = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_value = nullptr;
    LiveObjectCombo *m_object = nullptr;
    QComboBox *m_key = nullptr;
    QString m_wantedKey;
};

} // namespace Sextant::Ui
