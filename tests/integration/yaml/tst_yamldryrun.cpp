// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "../kubectl.h"
#include "../kubesimclient.h"
#include "../kubesimcluster.h"
#include "core/api/apiclient.h"
#include "core/auth/credentialsource.h"
#include "core/kubeconfig/kubeconfigloader.h"
#include "core/yaml/clusterschemas.h"
#include "core/yaml/kubernetesassistant.h"
#include "core/yaml/yamldocument.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Sextant::Core;

namespace {

const QString Namespace = QStringLiteral("yaml-agreement");

QString corpus(const char *sub)
{
    return QStringLiteral(SEXTANT_TEST_DATA_DIR "/yaml/") + QLatin1String(sub);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Lines [first, last] of text.
QByteArray lines(const QByteArray &text, int first, int last)
{
    const QList<QByteArray> all = text.split('\n');
    QList<QByteArray> range = all.mid(first - 1, last - first + 1);
    return range.join('\n') + '\n';
}

bool hasError(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace

class TestYamlDryRun : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ApiClient> m_client;
    std::shared_ptr<const SchemaSet> m_clusterSchemas;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initKubeSimTest());
        // A previous run's namespace may still be terminating.
        kubectl({ QStringLiteral("wait"), QStringLiteral("--for=delete"), QStringLiteral("namespace/") + Namespace,
            QStringLiteral("--timeout=120s") });
        kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), Namespace });
        // Objects the corpus refers to, which per-document dry-runs cannot create.
        kubectl({ QStringLiteral("create"), QStringLiteral("serviceaccount"), QStringLiteral("app"),
            QStringLiteral("-n"), Namespace });
        // The corpus CRD exists for real, so its custom resources can be dry-run.
        const QByteArray crd = readFile(corpus("valid/crd.yaml"));
        const KubectlResult applied = kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
            crd.left(crd.indexOf("\n---\n") + 1));
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        kubectl({ QStringLiteral("wait"), QStringLiteral("--for=condition=Established"),
            QStringLiteral("crd/widgets.corpus.example.com"), QStringLiteral("--timeout=60s") });

        // The apiserver publishes a new CRD's OpenAPI a moment after it is established.
        QTRY_VERIFY_WITH_TIMEOUT(
            kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/openapi/v3") })
                .out.contains("apis/corpus.example.com/v1"),
            60000);

        m_client = kubeSimClient();
        QVERIFY(m_client);
    }

    void clusterSchemas_fetchIncludesCrds_andCachesForOffline()
    {
        ClusterSchemas schemas(m_client.get());
        QSignalSpy loaded(&schemas, &ClusterSchemas::loaded);
        QSignalSpy failed(&schemas, &ClusterSchemas::failed);
        schemas.fetch();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        m_clusterSchemas = schemas.schemas();
        QVERIFY(m_clusterSchemas);
        QVERIFY(m_clusterSchemas->kubernetesVersion().startsWith(QStringLiteral("v1.36")));
        QVERIFY(m_clusterSchemas->kind(QStringLiteral("apps/v1"), QStringLiteral("Deployment")));
        const SchemaNode *widget
            = m_clusterSchemas->kind(QStringLiteral("corpus.example.com/v1"), QStringLiteral("Widget"));
        QVERIFY(widget);
        QVERIFY(widget->resolved().properties.contains(QStringLiteral("spec")));
        QVERIFY(QFile::exists(ClusterSchemas::cacheFile(m_client->server())));
        const auto cached = ClusterSchemas::loadCached(m_client->server());
        QVERIFY(cached);
        QVERIFY(cached->kind(QStringLiteral("corpus.example.com/v1"), QStringLiteral("Widget")));
    }

    // Each document of the corpus, valid and mutated: does our verdict (any error)
    // agree with the apiserver's (kubectl apply --dry-run=server fails)?
    void corpus_verdictAgreesWithServerDryRun()
    {
        QVERIFY(m_clusterSchemas);
        const KubernetesAssistant offline(SchemaSet::bundled());
        const KubernetesAssistant withCluster(m_clusterSchemas);
        int total = 0;
        int agreedOffline = 0;
        int agreedCluster = 0;
        QStringList disagreements;
        for (const char *sub : { "valid", "invalid" }) {
            const QDir dir(corpus(sub));
            const QStringList files = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files);
            for (const QString &name : files) {
                const QByteArray text = readFile(dir.filePath(name));
                const YamlParseResult parsed = parseYaml(text);
                QList<QPair<int, int>> ranges;
                for (const YamlDocument &document : parsed.documents) {
                    ranges.append({ document.firstLine, document.lastLine });
                }
                if (ranges.isEmpty()) {
                    ranges.append({ 1, int(text.count('\n')) + 1 });
                }
                for (const auto &[first, last] : std::as_const(ranges)) {
                    const QByteArray document = lines(text, first, last);
                    const KubectlResult server
                        = kubectl({ QStringLiteral("apply"), QStringLiteral("--dry-run=server"), QStringLiteral("-n"),
                                      Namespace, QStringLiteral("-f"), QStringLiteral("-") },
                            document);
                    const bool serverRejects = server.exitCode != 0;
                    const bool offlineRejects = hasError(offline.validate(document, {}));
                    const Diagnostics clusterDiagnostics = withCluster.validate(document, {});
                    const bool clusterRejects = hasError(clusterDiagnostics);
                    ++total;
                    agreedOffline += offlineRejects == serverRejects ? 1 : 0;
                    agreedCluster += clusterRejects == serverRejects ? 1 : 0;
                    if (clusterRejects != serverRejects) {
                        disagreements << QStringLiteral("%1/%2:%3 server %4, sextant %5: %6 | %7")
                                             .arg(QLatin1String(sub), name)
                                             .arg(first)
                                             .arg(serverRejects ? QStringLiteral("rejects") : QStringLiteral("accepts"),
                                                 clusterRejects ? QStringLiteral("rejects") : QStringLiteral("accepts"),
                                                 QString::fromUtf8(server.err.trimmed()),
                                                 clusterDiagnostics.isEmpty() ? QString()
                                                                              : clusterDiagnostics.first().message);
                    }
                }
            }
        }
        qInfo().noquote() << QStringLiteral("agreement with kubectl apply --dry-run=server: %1/%2 (%3%) with the "
                                            "cluster's schemas, %4/%2 (%5%) with the bundled ones")
                                 .arg(agreedCluster)
                                 .arg(total)
                                 .arg(100.0 * agreedCluster / total, 0, 'f', 1)
                                 .arg(agreedOffline)
                                 .arg(100.0 * agreedOffline / total, 0, 'f', 1);
        for (const QString &line : std::as_const(disagreements)) {
            qInfo().noquote() << "disagreement:" << line;
        }
        QVERIFY(total >= 50);
        QVERIFY2(agreedCluster * 100 >= total * 90, "agreement below 90%");
    }

    void cleanupTestCase()
    {
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), Namespace, QStringLiteral("--wait=false") });
        kubectl({ QStringLiteral("delete"), QStringLiteral("crd"), QStringLiteral("widgets.corpus.example.com"),
            QStringLiteral("--wait=false") });
    }
};

QTEST_GUILESS_MAIN(TestYamlDryRun)
#include "tst_yamldryrun.moc"
