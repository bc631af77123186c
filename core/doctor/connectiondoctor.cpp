// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/doctor/connectiondoctor.h"

#include "core/api/apiclient.h"
#include "core/api/permissions.h"
#include "core/auth/ansiescape.h"
#include "core/auth/execcredentialsource.h"
#include "core/auth/oidccredentialsource.h"
#include "core/doctor/accesssummary.h"
#include "core/doctor/doctorreport.h"
#include "core/doctor/tcpprobe.h"
#include "core/kubeconfig/kubeconfigvalidation.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDoctor, "sextant.core.doctor")

namespace Sextant::Core {

namespace {

constexpr int StepCount = 6;

// How long credentials may take before the doctor says it is waiting.
constexpr int ProgressDelayMs = 700;

// Bearer tokens and passwords shorter than this are not scrubbed: replacing
// common short words would garble the report more than it protects.
constexpr qsizetype MinScrubLength = 6;

QString hostPort(const QString &host, int port)
{
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
}

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https")) {
        return 443;
    }
    return scheme == QLatin1String("socks5") ? 1080 : 80;
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

ConnectionDoctor::ConnectionDoctor(const LoadOptions &load, const ConfigOverrides &overrides, QObject *parent)
    : QObject(parent)
    , m_load(load)
    , m_overrides(overrides)
    , m_requestTimer(new QTimer(this))
{
    m_requestTimer->setSingleShot(true);
}

ConnectionDoctor::ConnectionDoctor(const KubeconfigSet &kubeconfig, const ConfigOverrides &overrides, QObject *parent)
    : ConnectionDoctor(LoadOptions {}, overrides, parent)
{
    m_preloaded = kubeconfig;
}

ConnectionDoctor::~ConnectionDoctor()
{
    reset();
}

void ConnectionDoctor::setOptions(const DoctorOptions &options)
{
    m_options = options;
}

QList<DoctorStep> ConnectionDoctor::plannedSteps()
{
    const QList<QPair<QLatin1String, QString>> steps = {
        { DoctorStepId::Kubeconfig, tr("Kubeconfig") },
        { DoctorStepId::Reachable, tr("Server reachable") },
        { DoctorStepId::Tls, tr("TLS verified") },
        { DoctorStepId::Credentials, tr("Credentials obtained") },
        { DoctorStepId::Authenticated, tr("Authenticated") },
        { DoctorStepId::Permissions, tr("Permissions") },
    };
    QList<DoctorStep> list;
    for (const auto &[id, title] : steps) {
        DoctorStep step;
        step.id = id;
        step.title = title;
        step.status = DoctorStep::Skipped;
        list.append(step);
    }
    return list;
}

bool ConnectionDoctor::passed() const
{
    return DoctorReport::passed(m_steps);
}

void ConnectionDoctor::start()
{
    reset();
    m_running = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation) {
            runStep(0);
        }
    });
}

void ConnectionDoctor::cancel()
{
    reset();
}

void ConnectionDoctor::reset()
{
    ++m_generation;
    m_running = false;
    m_index = -1;
    m_steps.clear();
    m_request.cancel();
    m_request = {};
    m_requestTimer->stop();
    m_requestTimer->disconnect(this);
    if (m_probe) {
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (m_credentials) {
        m_credentials->disconnect(this);
        m_credentials->cancel();
        m_credentials.reset();
    }
    if (m_anonymousClient) {
        m_anonymousClient->deleteLater();
        m_anonymousClient = nullptr;
    }
    if (m_client) {
        if (CredentialSource *credentials = m_client->credentials()) {
            credentials->disconnect(this);
            credentials->cancel();
        }
        m_client->deleteLater();
        m_client = nullptr;
        m_permissions = nullptr;
    }
    m_config.reset();
    m_contextFile.clear();
    m_secrets.clear();
    m_sslErrors.clear();
    m_credentialWarnings.clear();
}

void ConnectionDoctor::runStep(int index)
{
    m_index = index;
    const DoctorStep planned = plannedSteps().at(index);
    qCDebug(lcDoctor) << "step" << planned.id;
    Q_EMIT stepStarted(index, planned.id, planned.title);
    switch (index) {
    case 0:
        checkKubeconfig();
        break;
    case 1:
        checkReachable();
        break;
    case 2:
        checkTls();
        break;
    case 3:
        checkCredentials();
        break;
    case 4:
        checkAuthenticated();
        break;
    default:
        checkPermissions();
        break;
    }
}

QString ConnectionDoctor::scrub(const QString &text) const
{
    QString clean = stripControlCharacters(text);
    for (const QString &secret : m_secrets) {
        if (secret.size() >= MinScrubLength) {
            clean.replace(secret, QStringLiteral("<redacted>"));
        }
    }
    return clean;
}

void ConnectionDoctor::complete(DoctorStep::Status status, const QString &detail, const QString &hint)
{
    if (!m_running || m_index < 0) {
        return;
    }
    m_requestTimer->stop();
    DoctorStep step = plannedSteps().at(m_index);
    step.status = status;
    step.detail = scrub(detail);
    step.hint = scrub(hint);
    m_steps.append(step);
    const int index = m_index;
    const quint64 generation = m_generation;
    Q_EMIT stepFinished(index, step);
    if (generation != m_generation) {
        return; // a slot cancelled or restarted the run
    }

    if (status == DoctorStep::Failed) {
        QList<DoctorStep> planned = plannedSteps();
        for (int i = index + 1; i < StepCount; ++i) {
            DoctorStep skipped = planned.at(i);
            skipped.detail = tr("skipped because \"%1\" failed").arg(step.title);
            m_steps.append(skipped);
            Q_EMIT stepFinished(i, skipped);
            if (generation != m_generation) {
                return;
            }
        }
        finishRun();
        return;
    }
    if (index + 1 >= StepCount) {
        finishRun();
        return;
    }
    // Queued: a step never starts inside the handler of the one before.
    QTimer::singleShot(0, this, [this, generation, index] {
        if (generation == m_generation) {
            runStep(index + 1);
        }
    });
}

void ConnectionDoctor::finishRun()
{
    m_running = false;
    m_index = -1;
    Q_EMIT finished(passed());
}

void ConnectionDoctor::guardRequest(const QString &what)
{
    m_requestTimer->disconnect(this);
    connect(m_requestTimer, &QTimer::timeout, this, [this, what] {
        m_request.cancel();
        const int seconds = (m_options.requestTimeoutMs + 999) / 1000;
        complete(DoctorStep::Failed,
            tr("No answer from %1 within %n s to %2.", nullptr, seconds).arg(serverLabel(), what),
            tr("The server accepted the connection but did not answer. It may be overloaded or starting up, "
               "or a proxy or firewall holds the request; try again, and check proxy-url."));
    });
    m_requestTimer->start(m_options.requestTimeoutMs);
}

QString ConnectionDoctor::serverLabel() const
{
    return m_config ? m_config->server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) : QString();
}

QString ConnectionDoctor::clusterLabel() const
{
    if (!m_config) {
        return {};
    }
    if (m_config->clusterOriginFile.isEmpty()) {
        return tr("cluster \"%1\"").arg(m_config->clusterName);
    }
    return tr("cluster \"%1\" in %2").arg(m_config->clusterName, QDir::toNativeSeparators(m_config->clusterOriginFile));
}

// Step 1 --------------------------------------------------------------------

void ConnectionDoctor::checkKubeconfig()
{
    const Result<KubeconfigSet> loaded
        = m_preloaded ? Result<KubeconfigSet>(*m_preloaded) : KubeconfigLoader::load(m_load);
    if (!loaded) {
        complete(DoctorStep::Failed, loaded.error().message,
            m_load.explicitPath.isEmpty()
                ? tr("Set KUBECONFIG or pass --kubeconfig FILE with your cluster's kubeconfig.")
                : tr("Check the path given with --kubeconfig."));
        return;
    }
    const KubeconfigSet &set = *loaded;
    QStringList problems;
    for (const KubeconfigLoadError &error : set.loadErrors()) {
        problems.append(
            error.message.contains(error.file) ? error.message : tr("%1: %2").arg(error.file, error.message));
    }
    problems += set.warnings();

    QStringList contextNames;
    for (const ContextInfo &info : set.contexts()) {
        contextNames.append(info.name);
    }
    const QString files = QDir::toNativeSeparators(set.precedence().join(QStringLiteral(", ")));
    const QString contextName = m_overrides.context.isEmpty() ? set.currentContext() : m_overrides.context;
    m_contextFile = set.originOfContext(contextName);

    const Result<RestConfig> config = set.restConfig(m_overrides);
    if (!config) {
        QString detail = config.error().message;
        QString hint;
        if (contextName.isEmpty()) {
            detail = tr("%1 (files read: %2)").arg(detail, files.isEmpty() ? tr("none") : files);
            hint = !problems.isEmpty() ? tr("Fix the kubeconfig file named below: it could not be read.")
                : contextNames.isEmpty()
                ? tr("No contexts were found. Point --kubeconfig or KUBECONFIG at your cluster's kubeconfig.")
                : tr("Choose a context with --context NAME, or set one with kubectl config use-context NAME. "
                     "Contexts: %1.")
                      .arg(contextNames.join(QStringLiteral(", ")));
        } else if (!contextNames.contains(contextName)) {
            hint = contextNames.isEmpty()
                ? tr("No contexts were found (files read: %1).").arg(files.isEmpty() ? tr("none") : files)
                : tr("Available contexts: %1.").arg(contextNames.join(QStringLiteral(", ")));
        } else {
            detail = tr("context \"%1\" from %2: %3")
                         .arg(contextName, QDir::toNativeSeparators(m_contextFile), config.error().message);
            hint = tr("Fix the entries named above in the kubeconfig (kubectl config view shows the merged "
                      "configuration).");
        }
        if (!problems.isEmpty()) {
            detail += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        }
        complete(DoctorStep::Failed, detail, hint);
        return;
    }

    m_config = *config;
    const RestConfig &rc = *m_config;
    // What the doctor must never print, whatever a server or plugin echoes back.
    m_secrets << rc.token << rc.password << QString::fromUtf8(rc.clientKeyData);
    if (rc.authProvider) {
        for (const char *key : { "id-token", "refresh-token", "client-secret" }) {
            m_secrets << rc.authProvider->config.value(QLatin1String(key));
        }
    }

    const QString origin = m_contextFile.isEmpty() ? tr("memory") : QDir::toNativeSeparators(m_contextFile);
    QString detail = tr("context \"%1\" from %2 (valid): server %3, user \"%4\", namespace %5")
                         .arg(rc.contextName, origin, serverLabel(), rc.userName, rc.namespaceName);
    if (problems.isEmpty()) {
        complete(DoctorStep::Passed, detail);
        return;
    }
    detail += QLatin1Char('\n') + tr("Other kubeconfig files had problems and were skipped:") + QLatin1Char('\n')
        + problems.join(QLatin1Char('\n'));
    complete(DoctorStep::Warning, detail,
        tr("Fix or remove the files named above; until then their clusters and users are missing."));
}

// Step 2 --------------------------------------------------------------------

void ConnectionDoctor::checkReachable()
{
    const QUrl server = m_config->server;
    QString host = server.host();
    int port = server.port(defaultPort(server.scheme()));
    QString via;
    if (m_config->proxyUrl.isValid() && !m_config->proxyUrl.isEmpty()) {
        const QUrl proxy = m_config->proxyUrl;
        host = proxy.host();
        port = proxy.port(defaultPort(proxy.scheme()));
        via = tr(" (proxy-url %1)").arg(KubeconfigValidation::redactUrl(proxy.toString()));
    } else if (!isLoopback(host)) {
        // As ApiClient: HTTPS_PROXY/NO_PROXY from the environment apply when proxy-url is unset.
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(server));
        const QNetworkProxy proxy = proxies.value(0);
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy) {
            host = proxy.hostName();
            port = proxy.port();
            via = tr(" (proxy from the environment)");
        }
    }

    const QString target = hostPort(host, port);
    if (!m_probe) {
        m_probe = new TcpProbe(this);
    }
    const quint64 generation = m_generation;
    m_probe->start(host, quint16(port), m_options.connectTimeoutMs,
        [this, generation, target, via, host](const TcpProbe::Result &result) {
            if (generation != m_generation) {
                return;
            }
            if (result.outcome == TcpProbe::Outcome::Connected) {
                complete(DoctorStep::Passed, tr("Connected to %1%2").arg(target, via));
                return;
            }
            const QString detail = tr("Cannot connect to %1%2: %3").arg(target, via, result.message);
            QString hint;
            switch (result.outcome) {
            case TcpProbe::Outcome::HostNotFound:
                hint = tr("The name %1 cannot be resolved. Check the server URL of %2 for typos, and your DNS or "
                          "VPN (private cluster names often resolve only on the VPN).")
                           .arg(host, clusterLabel());
                break;
            case TcpProbe::Outcome::TimedOut:
                hint = tr("Nothing answered: a firewall, a disconnected VPN or a missing proxy-url is likely in the "
                          "way. Check the server URL of %1.")
                           .arg(clusterLabel());
                break;
            default:
                hint = tr("Nothing accepts connections at %1. Check the server URL of %2, that the cluster is "
                          "running, and, if it is only reachable through a VPN or a proxy, that the VPN is "
                          "connected or proxy-url is set.")
                           .arg(target, clusterLabel());
                break;
            }
            complete(DoctorStep::Failed, detail, hint);
        });
}

// Step 3 --------------------------------------------------------------------

void ConnectionDoctor::checkTls()
{
    // Without credentials, so a TLS problem is not mistaken for a credential one.
    RestConfig probe = *m_config;
    probe.token.clear();
    probe.tokenFile.clear();
    probe.username.clear();
    probe.password.clear();
    probe.exec.reset();
    probe.authProvider.reset();
    probe.impersonateUser.clear();
    probe.impersonateUid.clear();
    probe.impersonateGroups.clear();
    probe.impersonateExtra.clear();

    m_sslErrors.clear();
    m_anonymousClient = new ApiClient(probe, nullptr, this);
    m_anonymousClient->setAuditLog(nullptr);
    m_anonymousClient->setMaxRetries(1);
    // The raw verification errors say which check failed, whatever the message's language.
    connect(m_anonymousClient->networkAccessManager(), &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *, const QList<QSslError> &errors) { m_sslErrors = errors; });

    RawRequest request;
    request.path = QStringLiteral("/version");
    const quint64 generation = m_generation;
    guardRequest(tr("GET /version"));
    m_request = m_anonymousClient->request(
        request, this,
        [this, generation](const QJsonObject &version) {
            if (generation == m_generation) {
                onTlsAnswer(&version, nullptr);
            }
        },
        [this, generation](const ApiError &error) {
            if (generation == m_generation) {
                onTlsAnswer(nullptr, &error);
            }
        });
}

void ConnectionDoctor::onTlsAnswer(const QJsonObject *version, const ApiError *error)
{
    const RestConfig &rc = *m_config;
    if (error && error->isCancelled()) {
        return;
    }
    if (error && error->kind == ApiError::Kind::Tls) {
        complete(DoctorStep::Failed, error->message, tlsHint());
        return;
    }
    if (error && error->kind != ApiError::Kind::Status && error->kind != ApiError::Kind::Protocol) {
        complete(DoctorStep::Failed, error->message,
            error->kind == ApiError::Kind::Network
                ? tr("The TCP connection worked, but no answer came back. Check that the server URL names the API "
                     "server's https port and, if you use one, the proxy.")
                : QString());
        return;
    }

    QString serverVersion;
    QString warning;
    if (version) {
        serverVersion = stripControlCharacters(version->value(QLatin1String("gitVersion")).toString());
        if (serverVersion.isEmpty()) {
            warning = tr("%1 answered /version, but not as a Kubernetes API server does.").arg(serverLabel());
        }
    } else if (error->httpStatus == 401 || error->httpStatus == 403) {
        // Anonymous requests may be turned off; the handshake worked all the same.
    } else {
        warning = error->httpStatus > 0
            ? tr("%1 answered GET /version with HTTP %2: %3")
                  .arg(serverLabel())
                  .arg(error->httpStatus)
                  .arg(error->message)
            : tr("%1 answered GET /version with something that is not JSON: %2").arg(serverLabel(), error->message);
    }

    const QString versionText = serverVersion.isEmpty() ? QString() : tr("; Kubernetes %1").arg(serverVersion);
    const QString notKubernetesHint
        = tr("Check that the server URL of %1 is the Kubernetes API server (with its path, if it sits behind a "
             "gateway).")
              .arg(clusterLabel());

    if (rc.server.scheme() != QLatin1String("https")) {
        QString detail = tr("Not encrypted: the server URL %1 uses http, so, as with kubectl, no credentials are "
                            "sent")
            + versionText;
        if (!warning.isEmpty()) {
            detail += QLatin1Char('\n') + warning;
        }
        complete(DoctorStep::Warning, detail,
            tr("Use the API server's https:// URL; plain http is only for local test clusters."));
        return;
    }
    if (rc.insecureSkipTlsVerify) {
        QString detail = tr("Not verified: insecure-skip-tls-verify is set for %1").arg(clusterLabel()) + versionText;
        if (!warning.isEmpty()) {
            detail += QLatin1Char('\n') + warning;
        }
        complete(DoctorStep::Warning, detail,
            tr("Anyone between you and the server can read and change this traffic. Set certificate-authority "
               "(or certificate-authority-data) instead; use insecure-skip-tls-verify only for testing."));
        return;
    }

    QString against;
    if (!rc.caFile.isEmpty()) {
        against = tr("the CA in %1").arg(QDir::toNativeSeparators(rc.caFile));
    } else if (!rc.caData.isEmpty()) {
        against = tr("the cluster's certificate-authority-data");
    } else {
        against = tr("the system's trusted CAs");
    }
    const QString name = rc.tlsServerName.isEmpty() ? rc.server.host() : rc.tlsServerName;
    QString detail = tr("Certificate of %1 verified against %2").arg(name, against) + versionText;
    if (!version && serverVersion.isEmpty() && warning.isEmpty()) {
        detail += tr(" (the server version is not readable without credentials: HTTP %1)").arg(error->httpStatus);
    }
    if (!warning.isEmpty()) {
        complete(DoctorStep::Warning, detail + QLatin1Char('\n') + warning, notKubernetesHint);
        return;
    }
    complete(DoctorStep::Passed, detail);
}

QString ConnectionDoctor::tlsHint() const
{
    bool expired = false;
    bool hostMismatch = false;
    bool untrusted = false;
    for (const QSslError &error : m_sslErrors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            hostMismatch = true;
            break;
        default:
            untrusted = true;
            break;
        }
    }
    const QString insecureNote
        = tr("insecure-skip-tls-verify: true would turn verification off: use it only for testing.");
    if (expired) {
        return tr("The server's certificate is outside its validity period. Renew the cluster's certificates "
                  "(e.g. kubeadm certs renew), or check this computer's date and time.");
    }
    if (hostMismatch) {
        return tr("Connect with a host name the certificate names (see above) in the server URL of %1, or set "
                  "tls-server-name on the cluster to one of those names. %2")
            .arg(clusterLabel(), insecureNote);
    }
    if (untrusted) {
        return tr("The CA configured for %1 did not sign the server's certificate. Get the cluster's CA "
                  "certificate from its administrator (or a fresh kubeconfig) and set certificate-authority or "
                  "certificate-authority-data. %2")
            .arg(clusterLabel(), insecureNote);
    }
    return tr("The server did not complete a TLS handshake: check that the server URL names the API server's "
              "https port (not an http port or another service), and the proxy if you use one.");
}

// Step 4 --------------------------------------------------------------------

void ConnectionDoctor::checkCredentials()
{
    m_credentials = createCredentialSource(*m_config, m_options.credentials);
    CredentialSource *source = m_credentials.get();
    m_credentialWarnings.clear();
    // Said only when it takes a moment: a plugin that answers at once needs no "waiting".
    const quint64 generation = m_generation;
    connect(source, &CredentialSource::stateChanged, this, [this, source, generation](CredentialState state) {
        if (state != CredentialState::Obtaining) {
            return;
        }
        QTimer::singleShot(ProgressDelayMs, this, [this, source, generation] {
            if (generation == m_generation && m_credentials.get() == source
                && source->state() == CredentialState::Obtaining) {
                Q_EMIT stepProgress(
                    m_index, tr("Waiting for %1 (sign in if it asks you to)").arg(source->description()));
            }
        });
    });
    connect(source, &CredentialSource::warningRaised, this,
        [this](const QString &message) { m_credentialWarnings.append(message); });
    m_credentialTimer.start();
    source->get(this, [this, generation](const Result<Credential> &credential) {
        if (generation == m_generation) {
            onCredentials(credential);
        }
    });
}

void ConnectionDoctor::onCredentials(const Result<Credential> &credential)
{
    const RestConfig &rc = *m_config;
    CredentialSource *source = m_credentials.get();
    const auto *exec = qobject_cast<ExecCredentialSource *>(source);
    QString description = source->description();

    if (!credential) {
        const ApiError &error = credential.error();
        if (error.isCancelled()) {
            return;
        }
        QString detail = error.message;
        QString hint;
        if (exec) {
            const QStringList searched = exec->searchedDirectories();
            if (!searched.isEmpty() && !detail.contains(searched.join(QDir::listSeparator()))) {
                detail += QLatin1Char('\n')
                    + tr("Searched PATH: %1").arg(QDir::toNativeSeparators(searched.join(QDir::listSeparator())));
            }
            const int timeoutMs = m_options.credentials.exec.timeoutMs;
            const QString command = rc.exec ? rc.exec->command : QString();
            const bool notFound = exec->resolvedCommand().isEmpty()
                && (!searched.isEmpty() || (command.contains(QLatin1Char('/')) && !QFileInfo(command).isExecutable()));
            if (exec->resolvedCommand().isEmpty() && !notFound) {
                hint = tr("Check the exec section of the user \"%1\" in %2.")
                           .arg(rc.userName, QDir::toNativeSeparators(rc.userOriginFile));
            } else if (notFound) {
                hint = tr("Install the plugin, or make sure it is on the PATH of your login shell: a desktop "
                          "launcher gives Sextant a minimal PATH, so Sextant also searches your login shell's PATH "
                          "and the usual plugin directories (listed above).");
            } else if (m_credentialTimer.elapsed() >= timeoutMs) {
                hint = tr("The plugin %1 did not finish: it may wait for a sign-in in a browser or for input Sextant "
                          "cannot give (it has no terminal). Run the command in a terminal to see what it waits "
                          "for.")
                           .arg(QDir::toNativeSeparators(exec->resolvedCommand()));
            } else {
                hint = tr("Run %1 in a terminal to see its full output; the user's exec section in %2 sets its "
                          "arguments and environment.")
                           .arg(QDir::toNativeSeparators(exec->resolvedCommand()),
                               QDir::toNativeSeparators(rc.userOriginFile));
            }
        } else {
            hint = tr("Check the user \"%1\" in %2.").arg(rc.userName, QDir::toNativeSeparators(rc.userOriginFile));
        }
        // Plugin messages already start with the plugin's name.
        if (!exec && !detail.contains(description)) {
            detail = tr("%1: %2").arg(description, detail);
        }
        complete(DoctorStep::Failed, detail, hint);
        return;
    }

    const Credential &value = credential.value();
    m_secrets << QString::fromUtf8(value.bearerToken) << QString::fromUtf8(value.basicPassword)
              << QString::fromUtf8(value.clientKeyPem);
    if (!value.basicPassword.isEmpty()) {
        // As it travels in the Authorization header, should a server echo it.
        m_secrets << QString::fromLatin1(QByteArray(value.basicUser + ':' + value.basicPassword).toBase64());
    }

    QStringList kinds;
    if (!value.bearerToken.isEmpty()) {
        kinds << tr("a bearer token");
    }
    if (!value.basicUser.isEmpty() || !value.basicPassword.isEmpty()) {
        kinds << tr("a user name and password");
    }
    if (!value.clientCertPem.isEmpty() || !rc.clientCertData.isEmpty()) {
        kinds << tr("a client certificate");
    }
    // Static sources already say what they hold ("client certificate /path"); plugins say what they gave.
    const bool obtained = exec || qobject_cast<OidcCredentialSource *>(source);
    QString detail = description;
    if (exec && !exec->resolvedCommand().isEmpty() && !detail.contains(exec->resolvedCommand())) {
        detail += QStringLiteral(" (%1)").arg(QDir::toNativeSeparators(exec->resolvedCommand()));
    }
    if (obtained && !kinds.isEmpty()) {
        detail = tr("%1: got %2").arg(detail, kinds.join(tr(" and ")));
    }
    if (value.expiry.isValid()) {
        detail += tr(", valid until %1").arg(value.expiry.toUTC().toString(Qt::ISODate));
    }
    if (!m_credentialWarnings.isEmpty()) {
        detail += QLatin1Char('\n') + m_credentialWarnings.join(QLatin1Char('\n'));
    }

    if (rc.server.scheme() != QLatin1String("https")) {
        complete(DoctorStep::Warning, tr("None sent: the server URL uses plain http"),
            tr("Use the API server's https:// URL so that credentials can be sent."));
        return;
    }
    if (kinds.isEmpty()) {
        complete(DoctorStep::Warning, tr("User \"%1\" has no credentials: requests are anonymous").arg(rc.userName),
            tr("Add a token, client certificate or exec plugin to the user in %1.")
                .arg(QDir::toNativeSeparators(rc.userOriginFile)));
        return;
    }
    complete(m_credentialWarnings.isEmpty() ? DoctorStep::Passed : DoctorStep::Warning, detail);
}

// Step 5 --------------------------------------------------------------------

void ConnectionDoctor::checkAuthenticated()
{
    // The source keeps the credential it just obtained: the plugin does not run twice.
    if (m_credentials) {
        m_credentials->disconnect(this);
    }
    m_client = new ApiClient(*m_config, std::move(m_credentials), this);
    m_client->setAuditLog(nullptr); // reviews change nothing in the cluster
    m_client->setMaxRetries(1);
    m_permissions = new Permissions(m_client, m_client);

    const quint64 generation = m_generation;
    guardRequest(tr("a SelfSubjectReview"));
    m_request = m_permissions->whoAmI(
        this,
        [this, generation](const UserInfo &user) {
            if (generation == m_generation) {
                onIdentity(&user, nullptr);
            }
        },
        [this, generation](const ApiError &error) {
            if (generation == m_generation) {
                onIdentity(nullptr, &error);
            }
        });
}

QString ConnectionDoctor::requestFailureHint(const ApiError &error) const
{
    if (error.isUnauthorized()) {
        return tr("The server does not accept these credentials: the token or client certificate has expired, was "
                  "revoked or belongs to another cluster. Sign in again (exec plugin or oidc), get a new token or "
                  "kubeconfig, and check this computer's clock.");
    }
    switch (error.kind) {
    case ApiError::Kind::Tls:
        return tlsHint();
    case ApiError::Kind::Network:
        return tr("The connection broke off: try again, and check the VPN or proxy if you use one.");
    default:
        return {};
    }
}

void ConnectionDoctor::onIdentity(const UserInfo *user, const ApiError *error)
{
    const RestConfig &rc = *m_config;
    if (error) {
        if (error->isCancelled()) {
            return;
        }
        if (rc.server.scheme() != QLatin1String("https") && error->kind == ApiError::Kind::Status) {
            complete(DoctorStep::Warning,
                tr("Anonymous over plain http: the server answered HTTP %1: %2")
                    .arg(error->httpStatus)
                    .arg(error->message),
                tr("Use the API server's https:// URL so that credentials can be sent."));
            return;
        }
        if (error->isUnauthorized()) {
            complete(DoctorStep::Failed,
                tr("The server rejected the credentials (401 Unauthorized): %1").arg(error->message),
                requestFailureHint(*error));
            return;
        }
        if (error->kind == ApiError::Kind::Status && (error->isForbidden() || error->isNotFound())) {
            // Authentication happens before authorization and routing: the credentials were accepted.
            complete(DoctorStep::Warning,
                tr("The credentials were accepted, but the server did not say who you are (HTTP %1: %2)")
                    .arg(error->httpStatus)
                    .arg(error->message),
                error->isNotFound()
                    ? tr("The server predates Kubernetes 1.28, which made SelfSubjectReview generally available.")
                    : QString());
            return;
        }
        complete(DoctorStep::Failed, error->message, requestFailureHint(*error));
        return;
    }

    const QString username = user->username;
    QString detail = AccessSummary::describeUserInfo(*user);
    if (!rc.impersonateUser.isEmpty()) {
        detail += tr(", impersonated through the kubeconfig's \"as\" setting");
    }
    if (username.isEmpty() || username == QLatin1String("system:anonymous")) {
        complete(DoctorStep::Warning,
            tr("Not authenticated: the server treats these requests as anonymous (%1)").arg(detail),
            tr("No credentials reached the server. Configure a token, client certificate or exec plugin for the "
               "user \"%1\".")
                .arg(rc.userName));
        return;
    }
    complete(DoctorStep::Passed, detail);
}

// Step 6 --------------------------------------------------------------------

void ConnectionDoctor::checkPermissions()
{
    const quint64 generation = m_generation;
    guardRequest(tr("a SelfSubjectRulesReview"));
    m_request = m_permissions->rules(
        m_config->namespaceName, this,
        [this, generation](const RulesReview &review) {
            if (generation == m_generation) {
                onRules(&review, nullptr);
            }
        },
        [this, generation](const ApiError &error) {
            if (generation == m_generation) {
                onRules(nullptr, &error);
            }
        });
}

void ConnectionDoctor::onRules(const RulesReview *review, const ApiError *error)
{
    const QString namespaceName = m_config->namespaceName;
    if (error) {
        if (error->isCancelled()) {
            return;
        }
        if (error->kind == ApiError::Kind::Status && !error->isUnauthorized() && error->httpStatus < 500) {
            complete(DoctorStep::Warning,
                tr("Could not list your permissions in namespace %1 (HTTP %2: %3)")
                    .arg(namespaceName)
                    .arg(error->httpStatus)
                    .arg(error->message),
                tr("Sextant will find out per action; ask the cluster administrator what you may do."));
            return;
        }
        complete(DoctorStep::Failed, error->message, requestFailureHint(*error));
        return;
    }
    QString detail = AccessSummary::describeRulesReview(*review, namespaceName);
    if (review->incomplete) {
        const QString why = stripControlCharacters(review->evaluationError);
        detail += QLatin1Char('\n')
            + (why.isEmpty() ? tr("The server says this list may be incomplete.")
                             : tr("The server says this list may be incomplete: %1").arg(why));
        complete(DoctorStep::Warning, detail,
            tr("Another authorizer (e.g. a webhook) may allow more than listed; Sextant checks each action when "
               "you try it."));
        return;
    }
    complete(DoctorStep::Passed, detail);
}

} // namespace Sextant::Core
