// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/clusterschemas.h"

#include "core/api/apiclient.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcClusterSchemas, "sextant.core.yaml.clusterschemas")

namespace Sextant::Core {

namespace {

struct Reduced {
    QByteArray bundle;
    std::shared_ptr<const SchemaSet> schemas;
    QString error;
};

// Writes the bundle next to where it will live, then renames: readers never see half a file.
QString writeCache(const QString &path, const QByteArray &bundle)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle) != bundle.size() || !file.commit()) {
        return file.errorString();
    }
    return {};
}

} // namespace

ClusterSchemas::ClusterSchemas(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<std::shared_ptr<const Sextant::Core::SchemaSet>>();
}

ClusterSchemas::~ClusterSchemas() = default;

QString ClusterSchemas::cacheFile(const QUrl &server)
{
    // One directory per server: host, and the port when it is not the default.
    QString host = server.host().isEmpty() ? QStringLiteral("unknown") : server.host();
    if (server.port() > 0) {
        host += QLatin1Char('_') + QString::number(server.port());
    }
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    host.replace(unsafe, QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/schemas/") + host
        + QStringLiteral("/openapi-v3.json.z");
}

std::shared_ptr<const SchemaSet> ClusterSchemas::loadCached(const QUrl &server)
{
    QFile file(cacheFile(server));
    if (!file.open(QIODevice::ReadOnly)) {
        return nullptr;
    }
    auto loaded = SchemaSet::fromBundle(file.readAll());
    if (!loaded) {
        qCWarning(lcClusterSchemas) << "cached schemas unusable:" << loaded.error();
        return nullptr;
    }
    return *loaded;
}

void ClusterSchemas::fetch()
{
    if (isFetching() || !m_client) {
        return;
    }
    m_failed = false;
    m_documents.clear();
    m_version.clear();
    m_pending = 2;
    RawRequest version;
    version.path = QStringLiteral("/version");
    m_client->request(
        version, this,
        [this](const QJsonObject &answer) {
            m_version = answer.value(QLatin1String("gitVersion")).toString();
            --m_pending;
            finishIfDone();
        },
        [this](const ApiError &) {
            --m_pending; // the version only labels the cache
            finishIfDone();
        });
    RawRequest index;
    index.path = QStringLiteral("/openapi/v3");
    m_client->request(
        index, this,
        [this](const QJsonObject &answer) {
            const QJsonObject paths = answer.value(QLatin1String("paths")).toObject();
            static const QRegularExpression groupVersion(QStringLiteral("^(api/v1|apis/[^/]+/[^/]+)$"));
            for (auto it = paths.begin(); it != paths.end(); ++it) {
                if (groupVersion.match(it.key()).hasMatch()) {
                    fetchDocument(it.key(), it.value().toObject().value(QLatin1String("serverRelativeURL")).toString());
                }
            }
            --m_pending;
            finishIfDone();
        },
        [this](const ApiError &error) {
            --m_pending;
            fail(tr("cannot read /openapi/v3: %1").arg(error.message));
        });
}

void ClusterSchemas::fetchDocument(const QString &path, const QString &serverRelativeUrl)
{
    const QUrl url(serverRelativeUrl.isEmpty() ? QStringLiteral("/openapi/v3/") + path : serverRelativeUrl);
    RawRequest request;
    request.path = url.path(QUrl::FullyEncoded);
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    request.query = items;
    ++m_pending;
    m_client->request(
        request, this,
        [this, path](const QJsonObject &answer) {
            m_documents.insert(path, answer);
            --m_pending;
            finishIfDone();
        },
        [this, path](const ApiError &error) {
            --m_pending;
            fail(tr("cannot read /openapi/v3/%1: %2").arg(path, error.message));
        });
}

void ClusterSchemas::fail(const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        Q_EMIT failed(message);
    }
    finishIfDone();
}

void ClusterSchemas::finishIfDone()
{
    if (m_pending > 0 || m_failed || m_reducing) {
        return;
    }
    if (m_documents.isEmpty()) {
        fail(tr("the cluster serves no OpenAPI v3 documents"));
        return;
    }
    m_reducing = true;
    const QString path = cacheFile(m_client ? m_client->server() : QUrl());
    auto *watcher = new QFutureWatcher<Reduced>(this);
    connect(watcher, &QFutureWatcher<Reduced>::finished, this, [this, watcher] {
        const Reduced reduced = watcher->result();
        watcher->deleteLater();
        m_reducing = false;
        if (!reduced.error.isEmpty()) {
            qCWarning(lcClusterSchemas) << "schema cache not written:" << reduced.error;
        }
        m_schemas = reduced.schemas;
        if (m_schemas) {
            Q_EMIT loaded(m_schemas);
        } else {
            fail(tr("the cluster's schemas could not be read"));
        }
    });
    watcher->setFuture(QtConcurrent::run([documents = std::exchange(m_documents, {}), version = m_version, path] {
        Reduced reduced;
        reduced.bundle = SchemaSet::toBundle(documents, version, true);
        reduced.error = writeCache(path, reduced.bundle);
        auto loaded = SchemaSet::fromBundle(reduced.bundle);
        if (loaded) {
            reduced.schemas = *loaded;
        }
        return reduced;
    }));
}

} // namespace Sextant::Core
