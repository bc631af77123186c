// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A ClusterConnection against a CannedHttpServer and ActionTargets on it,
// for the node and metadata action tests.

#include "../../core/api/cannedhttpserver.h"
#include "core/api/apiclient.h"
#include "core/cluster/clusterconnection.h"
#include "ui/actions/resourceaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTranslator>

#include <memory>

namespace Sextant::Test {

// The English plural forms sextant_en.ts gives the app ("%n byte(s)" -> "1 byte",
// "7 bytes"), so tests and screenshots read as users see them.
class EnglishPlurals final : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(QLatin1String("(s)")))
            return {};
        return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

inline void installEnglishPlurals()
{
    static EnglishPlurals translator;
    QCoreApplication::installTranslator(&translator);
}

inline QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

inline QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("SEXTANT_SCREENSHOT_DIR", QStringLiteral(SEXTANT_TEST_BINARY_DIR));
    return dir + QLatin1Char('/') + name;
}

struct FakeCluster {
    CannedHttpServer server;
    std::unique_ptr<Core::ClusterConnection> connection;
    Ui::ActionFeedback feedback;
    QSignalSpy progress { &feedback, &Ui::ActionFeedback::progress };
    QSignalSpy succeeded { &feedback, &Ui::ActionFeedback::succeeded };
    QSignalSpy failed { &feedback, &Ui::ActionFeedback::failed };

    FakeCluster()
    {
        Core::RestConfig config;
        config.server = server.url();
        config.contextName = QStringLiteral("fake");
        connection = std::make_unique<Core::ClusterConnection>(config);
        connection->client()->setAuditLog(nullptr);
    }

    Ui::ActionTarget target(const Core::ResourceRef &resource, const QList<QJsonObject> &objects)
    {
        Ui::ActionTarget target;
        target.connection = connection.get();
        target.resource = resource;
        target.objects = objects;
        target.feedback = &feedback;
        return target;
    }

    QList<CannedRequest> requestsWith(const QByteArray &method) const
    {
        QList<CannedRequest> result;
        for (const CannedRequest &request : server.requests) {
            if (request.method == method)
                result.append(request);
        }
        return result;
    }
};

inline Core::ResourceRef nodes()
{
    return { QString(), QStringLiteral("v1"), QStringLiteral("nodes"), false };
}

inline Core::ResourceRef secrets()
{
    return { QString(), QStringLiteral("v1"), QStringLiteral("secrets"), true };
}

inline Core::ResourceRef deployments()
{
    return { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"), true };
}

} // namespace Sextant::Test
