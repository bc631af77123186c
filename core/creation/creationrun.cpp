// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/creation/creationrun.h"

#include "core/api/apiclient.h"

namespace Sextant::Core {

QString PlannedObject::namespaceName() const
{
    return resource.namespaced
        ? object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString()
        : QString();
}

QString PlannedObject::name() const
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

QString PlannedObject::kind() const
{
    return object.value(QLatin1String("kind")).toString();
}

CreationRun::CreationRun(ApiClient *client, QList<PlannedObject> objects, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_objects(std::move(objects))
{
}

QList<int> CreationRun::createdIndexes() const
{
    QList<int> indexes;
    for (int i = 0; i < m_objects.size(); ++i) {
        if (step(i) == Step::Created) {
            indexes.append(i);
        }
    }
    return indexes;
}

void CreationRun::setStep(int index, Step step, const ApiError &error)
{
    m_steps.insert(index, step);
    if (error.kind != ApiError::Kind::None) {
        m_errors.insert(index, error);
    } else {
        m_errors.remove(index);
    }
    Q_EMIT stepChanged(index, step);
}

bool CreationRun::namespaceCreatedEarlier(int index) const
{
    const QString namespaceName = m_objects.at(index).namespaceName();
    for (int i = 0; i < index; ++i) {
        const PlannedObject &earlier = m_objects.at(i);
        if (earlier.resource.resource == QLatin1String("namespaces") && earlier.resource.group.isEmpty()
            && earlier.name() == namespaceName) {
            return true;
        }
    }
    return false;
}

void CreationRun::dryRun()
{
    m_running = true;
    m_errors.clear();
    dryRunNext(0);
}

void CreationRun::dryRunNext(int index)
{
    // The dry run goes on after a failure so the user sees every problem at once.
    if (index >= m_objects.size()) {
        m_running = false;
        bool ok = true;
        for (int i = 0; i < m_objects.size(); ++i) {
            ok = ok && step(i) != Step::Failed;
        }
        Q_EMIT dryRunFinished(ok);
        return;
    }
    if (namespaceCreatedEarlier(index)) {
        setStep(index, Step::NotCheckable);
        dryRunNext(index + 1);
        return;
    }
    const PlannedObject &planned = m_objects.at(index);
    WriteOptions options;
    options.dryRun = true;
    m_request = m_client->create(
        planned.resource, planned.namespaceName(), planned.object, options, this,
        [this, index](const QJsonObject &) {
            setStep(index, Step::Checked);
            dryRunNext(index + 1);
        },
        [this, index](const ApiError &error) {
            if (error.kind == ApiError::Kind::Cancelled) {
                m_running = false;
                return;
            }
            setStep(index, Step::Failed, error);
            dryRunNext(index + 1);
        });
}

void CreationRun::create()
{
    m_running = true;
    createNext(0);
}

void CreationRun::createNext(int index)
{
    while (index < m_objects.size() && step(index) == Step::Created) {
        ++index; // a retry after a fixed failure continues where it stopped
    }
    if (index >= m_objects.size()) {
        m_running = false;
        Q_EMIT createFinished(true);
        return;
    }
    const PlannedObject &planned = m_objects.at(index);
    m_request = m_client->create(
        planned.resource, planned.namespaceName(), planned.object, {}, this,
        [this, index](const QJsonObject &) {
            setStep(index, Step::Created);
            createNext(index + 1);
        },
        [this, index](const ApiError &error) {
            m_running = false;
            if (error.kind != ApiError::Kind::Cancelled) {
                setStep(index, Step::Failed, error);
            }
            Q_EMIT createFinished(false);
        });
}

void CreationRun::removeCreated()
{
    QList<int> created = createdIndexes();
    std::reverse(created.begin(), created.end());
    m_running = true;
    removeNext(created, true);
}

void CreationRun::removeNext(QList<int> remaining, bool ok)
{
    if (remaining.isEmpty()) {
        m_running = false;
        Q_EMIT removeFinished(ok);
        return;
    }
    const int index = remaining.takeFirst();
    const PlannedObject &planned = m_objects.at(index);
    DeleteOptions options;
    options.propagationPolicy = QStringLiteral("Foreground");
    m_request = m_client->remove(
        planned.resource, planned.namespaceName(), planned.name(), options, this,
        [this, index, remaining](const QJsonObject &) {
            setStep(index, Step::Removed);
            removeNext(remaining, true);
        },
        [this, index, remaining, ok](const ApiError &error) {
            if (error.httpStatus == 404) {
                setStep(index, Step::Removed);
                removeNext(remaining, ok);
                return;
            }
            m_errors.insert(index, error);
            removeNext(remaining, false);
        });
}

void CreationRun::cancel()
{
    m_request.cancel();
    m_running = false;
}

} // namespace Sextant::Core
