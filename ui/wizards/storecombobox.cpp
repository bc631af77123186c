// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/storecombobox.h"

#include "core/watch/objectstore.h"

#include <algorithm>

namespace Sextant::Ui {

StoreComboBox::StoreComboBox(QWidget *parent)
    : QComboBox(parent)
{
    connect(this, &QComboBox::activated, this, [this] { m_userChose = true; });
}

Core::ObjectStore *StoreComboBox::store() const
{
    return m_store;
}

void StoreComboBox::setStore(Core::ObjectStore *store, Describe describe, IsPreferred preferred)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    m_describe = std::move(describe);
    m_preferred = std::move(preferred);
    if (m_store) {
        connect(m_store, &Core::ObjectStore::changed, this, &StoreComboBox::refill);
    }
    refill();
}

void StoreComboBox::selectName(const QString &name)
{
    const int index = findData(name);
    if (index >= 0) {
        setCurrentIndex(index);
        m_userChose = true;
        m_wanted.clear();
    } else {
        m_wanted = name; // the store has not listed it yet
    }
}

void StoreComboBox::refill()
{
    const QString chosen = currentName();
    QStringList keys = m_store ? m_store->keys() : QStringList();
    std::sort(keys.begin(), keys.end());
    const QSignalBlocker blocker(this);
    clear();
    int preferred = -1;
    for (const QString &key : std::as_const(keys)) {
        const QJsonObject object = m_store->object(key);
        const QString name = key.section(QLatin1Char('/'), -1);
        addItem(name + (m_describe ? m_describe(object) : QString()), name);
        if (preferred < 0 && m_preferred && m_preferred(object)) {
            preferred = count() - 1;
        }
    }
    const int previous = findData(chosen);
    if (const int wanted = m_wanted.isEmpty() ? -1 : findData(m_wanted); wanted >= 0) {
        setCurrentIndex(wanted);
        m_userChose = true;
        m_wanted.clear();
    } else if (m_userChose && previous >= 0) {
        setCurrentIndex(previous);
    } else if (preferred >= 0) {
        setCurrentIndex(preferred);
    } else if (previous >= 0) {
        setCurrentIndex(previous);
    }
}

} // namespace Sextant::Ui
