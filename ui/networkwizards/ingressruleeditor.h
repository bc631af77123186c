// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class QComboBox;
class QPushButton;
class QVBoxLayout;

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

class IngressBackendPicker;
class StoreComboBox;
class ValidatedField;

// One rule of an Ingress: a host (empty for every host) and its paths, each
// sent to a Service of the project and one of its ports, picked from the
// live Services instead of typed (IngressBackendPicker).
class IngressRuleEditor final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngressRuleEditor)
public:
    struct PathRow {
        ValidatedField *path = nullptr;
        QComboBox *pathType = nullptr;
        IngressBackendPicker *backend = nullptr;
        StoreComboBox *service = nullptr; // backend->service()
        QComboBox *port = nullptr; // backend->port(); item data: int (port number) or QString (port name)
        QPushButton *remove = nullptr;
    };

    explicit IngressRuleEditor(Core::ObjectStore *services, QWidget *parent = nullptr);

    // Follows another project's Services (the wizard's project changed).
    void setServices(Core::ObjectStore *services);

    // False when a path's backend is not a Service (a resource), which the form can't show.
    bool load(const QJsonObject &rule);
    QJsonObject toRule() const;
    bool isValid() const;

    ValidatedField *hostField() const { return m_host; }
    int pathCount() const { return int(m_paths.size()); }
    PathRow pathRow(int row) const { return m_paths.value(row); }
    int addPath(const QString &path = QStringLiteral("/"), const QString &pathType = QStringLiteral("Prefix"));
    void removePath(int row);
    // Picks the backend of a path: a service and its port by number ("80") or name ("http").
    bool setBackend(int row, const QString &service, const QString &port);
    QPushButton *addPathButton() const { return m_addPath; }
    QPushButton *removeButton() const { return m_remove; }

    // Fields with their API paths below spec.rules[ruleIndex].
    QList<QPair<QString, ValidatedField *>> fieldPaths(int ruleIndex) const;

Q_SIGNALS:
    void validityChanged();
    void pathsChanged();
    void removeRequested();

private:
    QPointer<Core::ObjectStore> m_services;
    ValidatedField *m_host = nullptr;
    QVBoxLayout *m_pathsLayout = nullptr;
    QPushButton *m_addPath = nullptr;
    QPushButton *m_remove = nullptr;
    QList<PathRow> m_paths;
    QList<QWidget *> m_pathWidgets;
};

} // namespace Sextant::Ui
