// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// ConnectionDoctor: checks one kubeconfig context step by step and says where
// the connection fails and how to fix it. Used by the app and by `sextant doctor`.
//
//   auto *doctor = new ConnectionDoctor(LoadOptions::fromEnvironment(path), overrides, this);
//   connect(doctor, &ConnectionDoctor::stepFinished, this, [](int, const DoctorStep &step) { ... });
//   connect(doctor, &ConnectionDoctor::finished, this, [doctor](bool passed) { doctor->steps(); ... });
//   doctor->start();
//
// Steps, in order (ids in doctorstep.h); the first failure skips the rest:
//   1. kubeconfig     the files load and the context is valid (kubectl's validation messages)
//   2. reachable      TCP connection to the server (or its proxy)
//   3. tls            GET /version without credentials: certificate verified, server version
//   4. credentials    the user's credential source delivers (exec plugin: command, PATH searched)
//   5. authenticated  SelfSubjectReview: user name and groups; 401 fails
//   6. permissions    SelfSubjectRulesReview in the context's namespace, summarised
// Everything is asynchronous (no nested event loop). No report text ever
// contains a token, password or key: the doctor also scrubs the values it knows.
// Delete a doctor from its own signals with deleteLater(), not delete.

#include "core/api/apierror.h"
#include "core/api/requesthandle.h"
#include "core/auth/credentialsourcefactory.h"
#include "core/doctor/doctorstep.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "core/kubeconfig/kubeconfigset.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QStringList>

#include <memory>
#include <optional>

class QTimer;

namespace Sextant::Core {

class ApiClient;
class Permissions;
class TcpProbe;
struct RulesReview;
struct UserInfo;

struct DoctorOptions {
    int connectTimeoutMs = 5000; // step 2
    int requestTimeoutMs = 15000; // steps 3, 5 and 6, per request
    // Step 4 (exec plugin timeout, login-shell PATH lookup, clock).
    CredentialSourceOptions credentials;
};

class ConnectionDoctor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDoctor)
public:
    // Loads the kubeconfig files itself (step 1 reports what went wrong).
    ConnectionDoctor(const LoadOptions &load, const ConfigOverrides &overrides, QObject *parent = nullptr);
    // With kubeconfig files the caller already loaded (the app's cluster list).
    ConnectionDoctor(const KubeconfigSet &kubeconfig, const ConfigOverrides &overrides, QObject *parent = nullptr);
    ~ConnectionDoctor() override;

    // Before start().
    void setOptions(const DoctorOptions &options);
    DoctorOptions options() const { return m_options; }

    // Runs the steps; signals start from the event loop, never from inside start().
    // Starting again runs a fresh check.
    void start();
    // Stops a run: nothing more is emitted (cancellation is silent).
    void cancel();
    bool isRunning() const { return m_running; }

    // Finished steps so far; all of them (failed, skipped, ...) once finished() was emitted.
    QList<DoctorStep> steps() const { return m_steps; }
    bool passed() const;

    // Ids and titles of the steps, status Skipped, for a UI before the first result.
    static QList<DoctorStep> plannedSteps();

Q_SIGNALS:
    void stepStarted(int index, const QString &id, const QString &title);
    // While a step waits, e.g. "Waiting for exec plugin "kubelogin" (sign in if asked)".
    void stepProgress(int index, const QString &message);
    void stepFinished(int index, const Sextant::Core::DoctorStep &step);
    void finished(bool passed);

private:
    void runStep(int index);
    void complete(DoctorStep::Status status, const QString &detail, const QString &hint = {});
    void finishRun();
    void reset();
    QString scrub(const QString &text) const;

    void checkKubeconfig();
    void checkReachable();
    void checkTls();
    void checkCredentials();
    void checkAuthenticated();
    void checkPermissions();

    void onTlsAnswer(const QJsonObject *version, const ApiError *error);
    void onCredentials(const Result<Credential> &credential);
    void onIdentity(const UserInfo *user, const ApiError *error);
    void onRules(const RulesReview *review, const ApiError *error);
    // Fails the step when the request in m_request takes longer than requestTimeoutMs.
    void guardRequest(const QString &what);
    QString requestFailureHint(const ApiError &error) const;
    QString tlsHint() const;
    QString serverLabel() const;
    QString clusterLabel() const;

    LoadOptions m_load;
    std::optional<KubeconfigSet> m_preloaded;
    ConfigOverrides m_overrides;
    DoctorOptions m_options;

    bool m_running = false;
    quint64 m_generation = 0; // bumped by start() and cancel(): stale callbacks are ignored
    int m_index = -1;
    QList<DoctorStep> m_steps;

    std::optional<RestConfig> m_config;
    QString m_contextFile;
    QStringList m_secrets; // values to scrub from every text (token, password, key)
    TcpProbe *m_probe = nullptr;
    ApiClient *m_anonymousClient = nullptr; // step 3
    ApiClient *m_client = nullptr; // steps 5 and 6, owns the credential source
    Permissions *m_permissions = nullptr; // child of m_client
    std::unique_ptr<CredentialSource> m_credentials; // step 4, then moved into m_client
    QList<QSslError> m_sslErrors;
    QStringList m_credentialWarnings;
    QElapsedTimer m_credentialTimer;
    QTimer *m_requestTimer = nullptr;
    RequestHandle m_request;
};

} // namespace Sextant::Core
