// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>
#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace Sextant::Core {
class ObjectStore;
}

namespace Sextant::Ui {

// Picks an object of a live store (projects, storage classes, ...) instead of
// typing its name; follows the store while the wizard is open and keeps the
// user's choice. The item data is the object's name.
class StoreComboBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreComboBox)
public:
    // Extra text after an item's name, e.g. " (default)"; and whether it is the one to preselect.
    using Describe = std::function<QString(const QJsonObject &object)>;
    using IsPreferred = std::function<bool(const QJsonObject &object)>;

    explicit StoreComboBox(QWidget *parent = nullptr);

    void setStore(Core::ObjectStore *store, Describe describe = {}, IsPreferred preferred = {});
    QString currentName() const { return currentData().toString(); }
    Core::ObjectStore *store() const;
    // Selects the object of that name, also when the store lists it later.
    void selectName(const QString &name);

private:
    void refill();

    QPointer<Core::ObjectStore> m_store;
    Describe m_describe;
    IsPreferred m_preferred;
    bool m_userChose = false;
    QString m_wanted; // asked for by selectName() before the store listed it
};

} // namespace Sextant::Ui
