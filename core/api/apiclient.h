// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/api/resourceref.h"
#include "core/auth/credentialsource.h"
#include "core/kubeconfig/restconfig.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Sextant::Core {

class AuditLog;

template<typename T>
using Handler = std::function<void(const T &)>;
using ErrorHandler = std::function<void(const ApiError &)>;

struct ListOptions {
    int limit = 0; // 0 = no limit
    QString continueToken;
    QString labelSelector;
    QString fieldSelector;
    QString resourceVersion; // "" = latest (quorum read), "0" = any
    QString resourceVersionMatch;
};

struct WriteOptions {
    bool dryRun = false; // dryRun=All: validated and admitted, not persisted
};

enum class PatchType {
    Merge, // application/merge-patch+json
    StrategicMerge, // application/strategic-merge-patch+json
    Json, // application/json-patch+json
    Apply, // server-side apply, application/apply-patch+yaml, fieldManager=sextant
};

struct PatchOptions {
    PatchType type = PatchType::Merge;
    bool dryRun = false;
    bool force = false; // Apply only: take over conflicting fields
    QString subresource;
};

struct DeleteOptions {
    QString propagationPolicy; // Foreground, Background, Orphan; "" = server default
    std::optional<int> gracePeriodSeconds;
    QString preconditionUid;
    QString preconditionResourceVersion;
    bool dryRun = false;
};

struct WatchOptions {
    QString resourceVersion;
    QString resourceVersionMatch;
    QString labelSelector;
    QString fieldSelector;
    bool allowBookmarks = true;
    bool sendInitialEvents = false;
    int timeoutSeconds = 0; // 0 = server default
};

// A streaming answer (watch): chunks as they arrive, then onEnd when the
// server closed the stream normally, or onError (HTTP failure with the
// Status parsed, network or TLS error). Exactly one of onEnd/onError runs.
struct StreamHandlers {
    std::function<void(const QByteArray &chunk)> onData;
    std::function<void()> onEnd;
    ErrorHandler onError;
};

// Any request: discovery, reviews, subresources. path is percent-encoded.
struct RawRequest {
    QByteArray verb = "GET";
    QString path;
    QList<QPair<QString, QString>> query;
    QByteArray body;
    QByteArray contentType;
    QByteArray accept = "application/json";
    // Set for changes to cluster objects, for the audit log.
    bool audited = false;
    QString auditVerb;
    ResourceRef auditResource;
    QString auditNamespace;
    QString auditName;
};

// The REST client of one cluster connection: one QNetworkAccessManager,
// TLS/proxy/compression/impersonation from the RestConfig, credentials from
// a CredentialSource before each request. Every request takes a context:
// its handlers run only while the context lives. Retries 429/5xx carrying
// Retry-After up to 10 times, GETs after a dropped connection, as client-go.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    // credentials may be null (anonymous). Audit entries go to AuditLog::defaultLog().
    ApiClient(const RestConfig &config, std::unique_ptr<CredentialSource> credentials, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl server() const;
    QString contextName() const;
    QString userName() const;
    CredentialSource *credentials() const { return m_credentials.get(); }
    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    // Not owned; nullptr disables auditing (tests).
    void setAuditLog(AuditLog *log) { m_auditLog = log; }
    AuditLog *auditLog() const { return m_auditLog; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    int maxRetries() const { return m_maxRetries; }

    RequestHandle get(const ResourceRef &ref, const QString &namespaceName, const QString &name, const QObject *context,
        Handler<QJsonObject> onDone, ErrorHandler onError = {});
    RequestHandle list(const ResourceRef &ref, const QString &namespaceName, const ListOptions &options,
        const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError = {});
    RequestHandle create(const ResourceRef &ref, const QString &namespaceName, const QJsonObject &object,
        const WriteOptions &options, const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError = {});
    // PUT: object must carry metadata.name (and resourceVersion for optimistic concurrency).
    RequestHandle update(const ResourceRef &ref, const QString &namespaceName, const QJsonObject &object,
        const WriteOptions &options, const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError = {});
    // patch is JSON for Merge/StrategicMerge/Json, YAML or JSON for Apply.
    RequestHandle patch(const ResourceRef &ref, const QString &namespaceName, const QString &name,
        const QByteArray &patch, const PatchOptions &options, const QObject *context, Handler<QJsonObject> onDone,
        ErrorHandler onError = {});
    RequestHandle remove(const ResourceRef &ref, const QString &namespaceName, const QString &name,
        const DeleteOptions &options, const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError = {});
    RequestHandle watch(const ResourceRef &ref, const QString &namespaceName, const WatchOptions &options,
        const QObject *context, StreamHandlers handlers);
    RequestHandle request(
        const RawRequest &request, const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError = {});
    // Any streamed answer (pod logs with follow, watches of raw paths): chunks as they arrive.
    RequestHandle stream(const RawRequest &request, const QObject *context, StreamHandlers handlers);

    // A request as REST would send it (URL, TLS with client certificate and
    // CA, credentials, impersonation) for connections made elsewhere, e.g.
    // WebSocket upgrades for exec and port-forward. Asynchronous because
    // credentials may come from a plugin; runs only while context lives.
    void prepareRequest(const RawRequest &request, const QObject *context,
        std::function<void(const Result<QNetworkRequest> &)> callback) const;
    // The proxy REST requests to url go through (kubeconfig proxy-url or the environment).
    QNetworkProxy proxyFor(const QUrl &url) const;

    // The TLS settings requests start from (CA, protocol, verification); tests inspect it.
    QSslConfiguration baseSslConfiguration() const { return m_sslConfiguration; }

    static QByteArray userAgent();

private:
    friend class PendingRequest;
    RequestHandle start(const RawRequest &request, const QObject *context, Handler<QJsonObject> onDone,
        ErrorHandler onError, StreamHandlers stream);

    RestConfig m_config;
    std::unique_ptr<CredentialSource> m_credentials;
    QNetworkAccessManager *m_manager = nullptr;
    QSslConfiguration m_sslConfiguration;
    AuditLog *m_auditLog = nullptr;
    int m_maxRetries = 10;
};

} // namespace Sextant::Core
