// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

// Names of a live store's objects (the project's Secrets, ConfigMaps, claims),
// optionally filtered, followed while open. A name chosen before the store
// has it (from YAML, or still loading) stays selected and is kept.
class LiveObjectCombo final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveObjectCombo)
public:
    using Filter = std::function<bool(const QJsonObject &object)>;

    explicit LiveObjectCombo(QWidget *parent = nullptr);

    // An empty first item ("none") for optional choices.
    void setNoneText(const QString &text);
    void setStore(Core::ObjectStore *store, Filter filter = {});
    QString currentName() const { return currentData().toString(); }
    void selectName(const QString &name);
    // The chosen object as the store has it (empty while unknown).
    QJsonObject currentObject() const;
    // The keys of the chosen ConfigMap's or Secret's data, sorted.
    QStringList currentDataKeys() const;

Q_SIGNALS:
    // After every refill: the chosen object's contents may have changed.
    void objectsChanged();

private:
    void refill();

    QPointer<Core::ObjectStore> m_store;
    QMetaObject::Connection m_connection;
    Filter m_filter;
    QString m_noneText;
    QString m_wanted;
};

} // namespace Sextant::Ui
