// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Sextant::Core {
class ClusterConnection;
}

namespace Sextant::Ui {

class RowList;
class StoreComboBox;
class ValidatedField;

// Kind, name, project, labels and description of a workload. JSON:
// {"kind": "Deployment", "metadata": {name, namespace, labels, annotations}}.
class WorkloadBasicsForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadBasicsForm)
public:
    static inline const QString DescriptionAnnotation = QStringLiteral("kubesphere.io/description");

    WorkloadBasicsForm(Core::ClusterConnection *connection, const QString &namespaceName, QWidget *parent = nullptr);

    void load(const QJsonObject &workload);
    QJsonObject toJson() const;
    bool isValid() const;

    QString kind() const;
    void setKind(const QString &kind);
    QString name() const;
    QString namespaceName() const;

    QComboBox *kindBox() const { return m_kind; }
    ValidatedField *nameField() const { return m_name; }
    StoreComboBox *project() const { return m_project; }
    RowList *labels() const { return m_labels; }
    // Adds a label row; the default "app" row follows the name until edited.
    void addLabel(const QString &key, const QString &value);
    QLineEdit *description() const { return m_description; }

Q_SIGNALS:
    void changed();
    void kindChanged();
    void namespaceChanged();

private:
    void noteNamespace();

    QComboBox *m_kind = nullptr;
    ValidatedField *m_name = nullptr;
    StoreComboBox *m_project = nullptr;
    RowList *m_labels = nullptr;
    QLineEdit *m_description = nullptr;
    QString m_previousName;
    QString m_lastNamespace;
};

} // namespace Sextant::Ui
