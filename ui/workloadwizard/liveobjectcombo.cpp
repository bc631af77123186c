// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/liveobjectcombo.h"

#include "core/watch/objectstore.h"

#include <algorithm>

namespace Sextant::Ui {

LiveObjectCombo::LiveObjectCombo(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::activated, this, [this] { m_wanted = currentName(); });
}

void LiveObjectCombo::setNoneText(const QString &text)
{
    m_noneText = text;
    refill();
}

void LiveObjectCombo::setStore(Core::ObjectStore *store, Filter filter)
{
    if (m_wanted.isEmpty()) {
        m_wanted = currentName(); // the choice survives a project switch when the name exists there
    }
    disconnect(m_connection);
    m_store = store;
    m_filter = std::move(filter);
    if (m_store) {
        m_connection = connect(m_store, &Core::ObjectStore::changed, this, &LiveObjectCombo::refill);
    }
    refill();
}

void LiveObjectCombo::selectName(const QString &name)
{
    m_wanted = name;
    refill();
}

QJsonObject LiveObjectCombo::currentObject() const
{
    if (!m_store || currentName().isEmpty()) {
        return {};
    }
    for (const QString &key : m_store->keys()) {
        const QJsonObject object = m_store->object(key);
        if (object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString()
            == currentName()) {
            return object;
        }
    }
    return {};
}

void LiveObjectCombo::refill()
{
    QStringList names;
    if (m_store) {
        for (const QString &key : m_store->keys()) {
            const QJsonObject object = m_store->object(key);
            if (!m_filter || m_filter(object)) {
                names.append(
                    object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
            }
        }
    }
    std::sort(names.begin(), names.end());
    if (!m_wanted.isEmpty() && !names.contains(m_wanted)) {
        names.prepend(m_wanted);
    }
    const QString before = currentName();
    const QString keep = m_wanted.isEmpty() ? before : m_wanted;
    QSignalBlocker blocker(this);
    clear();
    if (!m_noneText.isEmpty()) {
        addItem(m_noneText, QString());
    }
    for (const QString &name : std::as_const(names)) {
        addItem(name, name);
    }
    const int index = findData(keep);
    setCurrentIndex(index >= 0 ? index : 0);
    blocker.unblock();
    if (currentName() != before) {
        Q_EMIT currentIndexChanged(currentIndex());
    }
    Q_EMIT objectsChanged();
}

QStringList LiveObjectCombo::currentDataKeys() const
{
    const QJsonObject object = currentObject();
    QStringList keys;
    for (const char *field : { "data", "binaryData", "stringData" })
        keys += object.value(QLatin1String(field)).toObject().keys();
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

} // namespace Sextant::Ui
