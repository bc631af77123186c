// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/yaml/schemaset.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Sextant::Core {

class ApiClient;

// The schemas a connected cluster serves at /openapi/v3, its
// CustomResourceDefinitions included, cached on disk for offline use under
// QStandardPaths::CacheLocation/schemas/<server-host>/ (reduced, compressed).
class ClusterSchemas final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSchemas)
public:
    explicit ClusterSchemas(ApiClient *client, QObject *parent = nullptr);
    ~ClusterSchemas() override;

    // Downloads every group-version document, writes the cache, then emits
    // loaded() (or failed()). Reducing and parsing run on a worker thread.
    void fetch();
    bool isFetching() const { return m_pending > 0 || m_reducing; }

    // What the last fetch() or the cache gave, or nullptr.
    std::shared_ptr<const SchemaSet> schemas() const { return m_schemas; }

    static QString cacheFile(const QUrl &server);
    // The cached schemas of a server, for offline use; nullptr if none or unreadable.
    static std::shared_ptr<const SchemaSet> loadCached(const QUrl &server);

Q_SIGNALS:
    void loaded(std::shared_ptr<const Sextant::Core::SchemaSet> schemas);
    void failed(const QString &message);

private:
    void fetchDocument(const QString &path, const QString &serverRelativeUrl);
    void finishIfDone();
    void fail(const QString &message);

    QPointer<ApiClient> m_client;
    QString m_version;
    QMap<QString, QJsonObject> m_documents;
    int m_pending = 0;
    bool m_failed = false;
    bool m_reducing = false;
    std::shared_ptr<const SchemaSet> m_schemas;
};

} // namespace Sextant::Core
