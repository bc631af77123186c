// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/liveedit/liveedit.h"

#include "core/api/apiclient.h"
#include "core/apply/servernoise.h"
#include "core/yaml/schemaset.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLiveEdit, "sextant.core.liveedit")

namespace Sextant::Core {

namespace {

const QString MetadataKey = QStringLiteral("metadata");

QString metadataField(const QJsonObject &object, const QString &key)
{
    return object.value(MetadataKey).toObject().value(key).toString();
}

// The kind's schema in the bundled set, for its lists' keys; nullptr when
// the kind is not there (custom resources): lists of named maps merge by name.
const SchemaNode *bundledSchemaOf(const QJsonObject &object)
{
    const std::shared_ptr<const SchemaSet> schemas = SchemaSet::bundled();
    if (!schemas || !schemas->describesListKeys())
        return nullptr;
    return schemas->kind(
        object.value(QLatin1String("apiVersion")).toString(), object.value(QLatin1String("kind")).toString());
}

ApiError localError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.message = message;
    return error;
}

} // namespace

QJsonObject editableObject(const QJsonObject &object)
{
    return withoutServerNoise(object);
}

LiveEdit::LiveEdit(ApiClient *client, ResourceRef resource, QString namespaceName, QString name, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resource(std::move(resource))
    , m_namespace(std::move(namespaceName))
    , m_name(std::move(name))
{
}

LiveEdit::~LiveEdit()
{
    m_request.cancel();
}

bool LiveEdit::isBusy() const
{
    return m_state == State::Loading || m_state == State::Checking || m_state == State::Applying
        || m_state == State::Merging;
}

void LiveEdit::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveEdit::takeServerObject(const QJsonObject &object)
{
    m_serverObject = object;
    m_base = editableObject(object);
    m_resourceVersion = metadataField(object, QStringLiteral("resourceVersion"));
}

void LiveEdit::start(const QJsonObject &object)
{
    m_request.cancel();
    takeServerObject(object);
    m_merge = {};
    setState(State::Ready);
    Q_EMIT loaded(m_base);
}

void LiveEdit::load()
{
    m_request.cancel();
    if (!m_client) {
        Q_EMIT loadFailed(localError(tr("The cluster connection is gone.")));
        return;
    }
    setState(State::Loading);
    m_request = m_client->get(
        m_resource, m_namespace, m_name, this, [this](const QJsonObject &object) { start(object); },
        [this](const ApiError &error) {
            setState(m_base.isEmpty() ? State::Empty : State::Ready);
            Q_EMIT loadFailed(error);
        });
}

void LiveEdit::cancel()
{
    if (!isBusy())
        return;
    m_request.cancel();
    setState(m_base.isEmpty() ? State::Empty : State::Ready);
}

QString LiveEdit::identityProblem(const QJsonObject &edited) const
{
    if (metadataField(edited, QStringLiteral("name")) != m_name)
        return tr("metadata.name must stay \"%1\": renaming means creating a new object.").arg(m_name);
    const QString editedNamespace = metadataField(edited, QStringLiteral("namespace"));
    if (m_resource.namespaced && !editedNamespace.isEmpty() && editedNamespace != m_namespace)
        return tr("metadata.namespace must stay \"%1\".").arg(m_namespace);
    const QString apiVersion = edited.value(QStringLiteral("apiVersion")).toString();
    const QString kind = edited.value(QStringLiteral("kind")).toString();
    if (apiVersion != m_base.value(QStringLiteral("apiVersion")).toString()
        || kind != m_base.value(QStringLiteral("kind")).toString()) {
        return tr("apiVersion and kind must stay \"%1\" and \"%2\".")
            .arg(
                m_base.value(QStringLiteral("apiVersion")).toString(), m_base.value(QStringLiteral("kind")).toString());
    }
    return {};
}

QString LiveEdit::sendProblem(const QJsonObject &edited) const
{
    if (!m_client)
        return tr("The cluster connection is gone.");
    // Without a resourceVersion the PUT would overwrite blindly.
    if (m_resourceVersion.isEmpty())
        return tr("The object has not been loaded yet.");
    return identityProblem(edited);
}

QJsonObject LiveEdit::requestBody(const QJsonObject &edited) const
{
    QJsonObject object = edited;
    QJsonObject metadata = object.value(MetadataKey).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), m_resourceVersion);
    object.insert(MetadataKey, metadata);
    // The editable text hides status. Kinds with a status subresource ignore
    // it in a PUT; custom resources without one would lose it, so send it back.
    const QString statusKey = QStringLiteral("status");
    if (!object.contains(statusKey) && m_serverObject.contains(statusKey))
        object.insert(statusKey, m_serverObject.value(statusKey));
    return object;
}

void LiveEdit::dryRun(const QJsonObject &edited)
{
    if (const QString problem = sendProblem(edited); !problem.isEmpty()) {
        Q_EMIT dryRunFinished(localError(problem));
        return;
    }
    m_request.cancel();
    setState(State::Checking);
    WriteOptions options;
    options.dryRun = true;
    m_request = m_client->update(
        m_resource, m_namespace, requestBody(edited), options, this,
        [this](const QJsonObject &) {
            setState(State::Ready);
            Q_EMIT dryRunFinished({});
        },
        [this](const ApiError &error) {
            setState(State::Ready);
            Q_EMIT dryRunFinished(error);
        });
}

void LiveEdit::apply(const QJsonObject &edited)
{
    if (const QString problem = sendProblem(edited); !problem.isEmpty()) {
        Q_EMIT applyFailed(localError(problem));
        return;
    }
    m_request.cancel();
    if (m_mine != edited || m_state != State::Merging)
        m_quietRetries = 0; // a new edit, not a retry of the same one
    m_mine = edited;
    const QJsonObject object = requestBody(edited);
    setState(State::Applying);
    qCDebug(lcLiveEdit) << "PUT" << m_resource.resource << m_namespace << m_name << "at" << m_resourceVersion;
    m_request = m_client->update(
        m_resource, m_namespace, object, {}, this,
        [this](const QJsonObject &answer) {
            takeServerObject(answer);
            m_merge = {};
            setState(State::Ready);
            Q_EMIT applied(m_base);
        },
        [this](const ApiError &error) {
            if (error.isConflict()) {
                fetchLatestAndMerge();
                return;
            }
            setState(State::Ready);
            Q_EMIT applyFailed(error);
        });
}

void LiveEdit::fetchLatestAndMerge()
{
    setState(State::Merging);
    qCDebug(lcLiveEdit) << "409 on" << m_resource.resource << m_namespace << m_name << "- merging with the latest";
    m_request = m_client->get(
        m_resource, m_namespace, m_name, this,
        [this](const QJsonObject &latest) {
            // Only what the server maintains changed (status, managed fields): nothing
            // of theirs the edit could overwrite, so send it again, as RetryOnConflict does.
            if (editableObject(latest) == m_base && m_quietRetries < MaxQuietRetries) {
                ++m_quietRetries;
                takeServerObject(latest);
                apply(m_mine);
                return;
            }
            m_mergeBase = m_base;
            takeServerObject(latest);
            m_merge = mergeThreeWay(m_mergeBase, m_mine, m_base, bundledSchemaOf(m_base));
            setState(State::MergeReady);
            Q_EMIT mergeReady(m_merge);
        },
        [this](const ApiError &error) {
            setState(State::Ready);
            Q_EMIT applyFailed(error);
        });
}

} // namespace Sextant::Core
