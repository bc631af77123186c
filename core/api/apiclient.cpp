// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiclient.h"

#include "core/api/auditlog.h"
#include "core/api/pendingrequest.h"
#include "core/auth/credentialsource.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApiClient, "sextant.core.apiclient")

namespace Sextant::Core {

namespace {

// client-go uses ProxyFromEnvironment when no proxy-url is set; loopback
// servers (kind, kube-sim, port-forwards) always go direct.
class EnvironmentProxyFactory final : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback())
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        return systemProxyForQuery(query);
    }
};

QNetworkProxy proxyFromUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    // Qt has no TLS-to-proxy transport: an https proxy is reached with CONNECT in clear.
    const QNetworkProxy::ProxyType type
        = scheme == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    const int defaultPort = scheme == QLatin1String("socks5") ? 1080 : (scheme == QLatin1String("https") ? 443 : 80);
    return QNetworkProxy(type, url.host(), quint16(url.port(defaultPort)), url.userName(), url.password());
}

QString dryRunValue()
{
    return QStringLiteral("All");
}

} // namespace

ApiClient::ApiClient(const RestConfig &config, std::unique_ptr<CredentialSource> credentials, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_credentials(std::move(credentials))
    , m_manager(new QNetworkAccessManager(this))
    , m_auditLog(AuditLog::defaultLog())
{
    if (m_credentials)
        m_credentials->setParent(this);
    m_manager->setAutoDeleteReplies(false);
    if (config.proxyUrl.isValid() && !config.proxyUrl.isEmpty())
        m_manager->setProxy(proxyFromUrl(config.proxyUrl));
    else
        m_manager->setProxyFactory(new EnvironmentProxyFactory);

    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setProtocol(QSsl::TlsV1_2OrLater);
    if (config.insecureSkipTlsVerify) {
        m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!config.caData.isEmpty()) // the cluster's CA replaces the system roots, as in client-go
            m_sslConfiguration.setCaCertificates(QSslCertificate::fromData(config.caData, QSsl::Pem));
    }
}

ApiClient::~ApiClient()
{
    // Pending requests go first so that none touches the manager or the credentials afterwards.
    const auto pending = findChildren<PendingRequest *>(Qt::FindDirectChildrenOnly);
    for (PendingRequest *request : pending)
        delete request;
}

QUrl ApiClient::server() const
{
    return m_config.server;
}

QString ApiClient::contextName() const
{
    return m_config.contextName;
}

QString ApiClient::userName() const
{
    return m_config.userName;
}

QByteArray ApiClient::userAgent()
{
#ifdef SEXTANT_VERSION
    return QByteArrayLiteral("sextant/" SEXTANT_VERSION);
#else
    return QByteArrayLiteral("sextant/0");
#endif
}

void ApiClient::prepareRequest(const RawRequest &request, const QObject *context,
    std::function<void(const Result<QNetworkRequest> &)> callback) const
{
    QPointer<const ApiClient> self(this);
    auto build = [self, request, callback](const Result<Credential> &credential) {
        if (!self)
            return;
        if (!credential) {
            callback(makeUnexpected(credential.error()));
            return;
        }
        callback(PendingRequest::networkRequest(self.data(), request, credential.value(), true));
    };
    if (!m_credentials) {
        QTimer::singleShot(0, context, [build] { build(Credential {}); });
        return;
    }
    m_credentials->get(context, build);
}

QNetworkProxy ApiClient::proxyFor(const QUrl &url) const
{
    if (m_manager->proxy().type() != QNetworkProxy::DefaultProxy)
        return m_manager->proxy();
    if (QNetworkProxyFactory *factory = m_manager->proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
        if (!proxies.isEmpty())
            return proxies.first();
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

RequestHandle ApiClient::start(const RawRequest &request, const QObject *context, Handler<QJsonObject> onDone,
    ErrorHandler onError, StreamHandlers stream)
{
    auto *pending
        = new PendingRequest(this, request, context, std::move(onDone), std::move(onError), std::move(stream));
    RequestHandle handle(pending);
    pending->start();
    return handle;
}

RequestHandle ApiClient::request(
    const RawRequest &request, const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError)
{
    return start(request, context, std::move(onDone), std::move(onError), {});
}

RequestHandle ApiClient::get(const ResourceRef &ref, const QString &namespaceName, const QString &name,
    const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError)
{
    RawRequest request;
    request.path = resourcePath(ref, namespaceName, name);
    return start(request, context, std::move(onDone), std::move(onError), {});
}

RequestHandle ApiClient::list(const ResourceRef &ref, const QString &namespaceName, const ListOptions &options,
    const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError)
{
    RawRequest request;
    request.path = resourcePath(ref, namespaceName);
    if (options.limit > 0)
        request.query.append({ QStringLiteral("limit"), QString::number(options.limit) });
    if (!options.continueToken.isEmpty())
        request.query.append({ QStringLiteral("continue"), options.continueToken });
    if (!options.labelSelector.isEmpty())
        request.query.append({ QStringLiteral("labelSelector"), options.labelSelector });
    if (!options.fieldSelector.isEmpty())
        request.query.append({ QStringLiteral("fieldSelector"), options.fieldSelector });
    if (!options.resourceVersion.isEmpty())
        request.query.append({ QStringLiteral("resourceVersion"), options.resourceVersion });
    if (!options.resourceVersionMatch.isEmpty())
        request.query.append({ QStringLiteral("resourceVersionMatch"), options.resourceVersionMatch });
    return start(request, context, std::move(onDone), std::move(onError), {});
}

namespace {
RawRequest mutation(
    const QString &verb, const ResourceRef &ref, const QString &namespaceName, const QString &name, bool dryRun)
{
    RawRequest request;
    request.audited = !dryRun;
    request.auditVerb = verb;
    request.auditResource = ref;
    request.auditNamespace = ref.namespaced ? namespaceName : QString();
    request.auditName = name;
    if (dryRun)
        request.query.append({ QStringLiteral("dryRun"), dryRunValue() });
    return request;
}
} // namespace

RequestHandle ApiClient::create(const ResourceRef &ref, const QString &namespaceName, const QJsonObject &object,
    const WriteOptions &options, const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    RawRequest request = mutation(
        QStringLiteral("create"), ref, namespaceName, metadata.value(QLatin1String("name")).toString(), options.dryRun);
    request.verb = "POST";
    request.path = resourcePath(ref, namespaceName);
    request.contentType = "application/json";
    request.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return start(request, context, std::move(onDone), std::move(onError), {});
}

RequestHandle ApiClient::update(const ResourceRef &ref, const QString &namespaceName, const QJsonObject &object,
    const WriteOptions &options, const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError)
{
    const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    RawRequest request = mutation(QStringLiteral("update"), ref, namespaceName, name, options.dryRun);
    request.verb = "PUT";
    request.path = resourcePath(ref, namespaceName, name);
    request.contentType = "application/json";
    request.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return start(request, context, std::move(onDone), std::move(onError), {});
}

RequestHandle ApiClient::patch(const ResourceRef &ref, const QString &namespaceName, const QString &name,
    const QByteArray &patch, const PatchOptions &options, const QObject *context, Handler<QJsonObject> onDone,
    ErrorHandler onError)
{
    const bool apply = options.type == PatchType::Apply;
    RawRequest request
        = mutation(apply ? QStringLiteral("apply") : QStringLiteral("patch"), ref, namespaceName, name, options.dryRun);
    request.verb = "PATCH";
    request.path = resourcePath(ref, namespaceName, name, options.subresource);
    request.body = patch;
    switch (options.type) {
    case PatchType::Merge:
        request.contentType = "application/merge-patch+json";
        break;
    case PatchType::StrategicMerge:
        request.contentType = "application/strategic-merge-patch+json";
        break;
    case PatchType::Json:
        request.contentType = "application/json-patch+json";
        break;
    case PatchType::Apply:
        request.contentType = "application/apply-patch+yaml";
        break;
    }
    if (apply) {
        request.query.append({ QStringLiteral("fieldManager"), QStringLiteral("sextant") });
        request.query.append(
            { QStringLiteral("force"), options.force ? QStringLiteral("true") : QStringLiteral("false") });
    } else {
        request.query.append({ QStringLiteral("fieldManager"), QStringLiteral("sextant") });
    }
    return start(request, context, std::move(onDone), std::move(onError), {});
}

RequestHandle ApiClient::remove(const ResourceRef &ref, const QString &namespaceName, const QString &name,
    const DeleteOptions &options, const QObject *context, Handler<QJsonObject> onDone, ErrorHandler onError)
{
    RawRequest request = mutation(QStringLiteral("delete"), ref, namespaceName, name, options.dryRun);
    request.verb = "DELETE";
    request.path = resourcePath(ref, namespaceName, name);
    QJsonObject body { { QStringLiteral("kind"), QStringLiteral("DeleteOptions") },
        { QStringLiteral("apiVersion"), QStringLiteral("v1") } };
    if (!options.propagationPolicy.isEmpty())
        body.insert(QStringLiteral("propagationPolicy"), options.propagationPolicy);
    if (options.gracePeriodSeconds)
        body.insert(QStringLiteral("gracePeriodSeconds"), *options.gracePeriodSeconds);
    QJsonObject preconditions;
    if (!options.preconditionUid.isEmpty())
        preconditions.insert(QStringLiteral("uid"), options.preconditionUid);
    if (!options.preconditionResourceVersion.isEmpty())
        preconditions.insert(QStringLiteral("resourceVersion"), options.preconditionResourceVersion);
    if (!preconditions.isEmpty())
        body.insert(QStringLiteral("preconditions"), preconditions);
    if (options.dryRun)
        body.insert(QStringLiteral("dryRun"), QJsonArray { dryRunValue() });
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return start(request, context, std::move(onDone), std::move(onError), {});
}

RequestHandle ApiClient::watch(const ResourceRef &ref, const QString &namespaceName, const WatchOptions &options,
    const QObject *context, StreamHandlers handlers)
{
    RawRequest request;
    request.path = resourcePath(ref, namespaceName);
    request.query.append({ QStringLiteral("watch"), QStringLiteral("1") });
    if (!options.resourceVersion.isEmpty())
        request.query.append({ QStringLiteral("resourceVersion"), options.resourceVersion });
    if (!options.resourceVersionMatch.isEmpty())
        request.query.append({ QStringLiteral("resourceVersionMatch"), options.resourceVersionMatch });
    if (!options.labelSelector.isEmpty())
        request.query.append({ QStringLiteral("labelSelector"), options.labelSelector });
    if (!options.fieldSelector.isEmpty())
        request.query.append({ QStringLiteral("fieldSelector"), options.fieldSelector });
    if (options.allowBookmarks)
        request.query.append({ QStringLiteral("allowWatchBookmarks"), QStringLiteral("true") });
    if (options.sendInitialEvents)
        request.query.append({ QStringLiteral("sendInitialEvents"), QStringLiteral("true") });
    if (options.timeoutSeconds > 0)
        request.query.append({ QStringLiteral("timeoutSeconds"), QString::number(options.timeoutSeconds) });
    return stream(request, context, std::move(handlers));
}

RequestHandle ApiClient::stream(const RawRequest &request, const QObject *context, StreamHandlers handlers)
{
    if (!handlers.onData)
        handlers.onData = [](const QByteArray &) {};
    return start(request, context, {}, {}, std::move(handlers));
}

} // namespace Sextant::Core
