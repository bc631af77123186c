// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/jobfromcronjob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Sextant::Core;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Go prints zero ObjectMeta times as "creationTimestamp": null and an empty
// status; the server drops both. Remove them to compare what is sent.
QJsonValue withoutGoZeroValues(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("creationTimestamp") && it.value().isNull())
                continue;
            if (it.key() == QLatin1String("status") && it.value().toObject().isEmpty())
                continue;
            result.insert(it.key(), withoutGoZeroValues(it.value()));
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            result.append(withoutGoZeroValues(item));
        return result;
    }
    return value;
}

} // namespace

class TestJobFromCronJob final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Fixture: `kubectl create job report-manual-x --from=cronjob/report --dry-run=client -o json`
    // against kube-sim, with the CronJob as the server returned it.
    void jobFromCronJob_sameAsKubectlCreateJobFrom()
    {
        const QJsonObject cronJob = readJson(QFINDTESTDATA("data/cronjob.json"));
        const QJsonObject kubectlJob = readJson(QFINDTESTDATA("data/job-from-cronjob.kubectl.json"));
        QVERIFY(!cronJob.isEmpty());
        QVERIFY(!kubectlJob.isEmpty());
        const QJsonObject job = jobFromCronJob(cronJob, QStringLiteral("report-manual-x"));
        QCOMPARE(QJsonValue(job), withoutGoZeroValues(kubectlJob));
    }

    void jobFromCronJob_templateAnnotationOfSameName_winsOverManual()
    {
        const QJsonObject cronJob = readJson(QFINDTESTDATA("data/cronjob.json"));
        const QJsonObject annotations = jobFromCronJob(cronJob, QStringLiteral("j"))
                                            .value(QLatin1String("metadata"))
                                            .toObject()
                                            .value(QLatin1String("annotations"))
                                            .toObject();
        QCOMPARE(annotations.value(QLatin1String("cronjob.kubernetes.io/instantiate")).toString(),
            QStringLiteral("scheduled-override"));
    }

    void jobFromCronJob_bareTemplate_manualAnnotationNoLabels()
    {
        const QJsonObject cronJob = QJsonDocument::fromJson(R"({"metadata":{"name":"n","namespace":"ns","uid":"u1"},
            "spec":{"jobTemplate":{"spec":{"template":{"spec":{"containers":[]}}}}}})")
                                        .object();
        const QJsonObject metadata
            = jobFromCronJob(cronJob, QStringLiteral("n-manual-abcde")).value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("annotations")).toObject(),
            QJsonObject({ { QStringLiteral("cronjob.kubernetes.io/instantiate"), QStringLiteral("manual") } }));
        QVERIFY(!metadata.contains(QLatin1String("labels")));
        const QJsonObject owner = metadata.value(QLatin1String("ownerReferences")).toArray().at(0).toObject();
        QCOMPARE(owner.value(QLatin1String("uid")).toString(), QStringLiteral("u1"));
        QCOMPARE(owner.value(QLatin1String("controller")).toBool(), true);
        QVERIFY(!owner.contains(QLatin1String("blockOwnerDeletion")));
    }

    void manualJobName_randomSuffix_fiveLowercaseAlnum()
    {
        const QString name = manualJobName(QStringLiteral("nightly-report"));
        QVERIFY2(QRegularExpression(QStringLiteral("^nightly-report-manual-[a-z0-9]{5}$")).match(name).hasMatch(),
            qPrintable(name));
        QVERIFY(manualJobName(QStringLiteral("x")) != manualJobName(QStringLiteral("x"))
            || manualJobName(QStringLiteral("x")) != manualJobName(QStringLiteral("x")));
    }

    void manualJobName_longCronJob_cutTo63WithoutTrailingDash()
    {
        // 52 characters (the CronJob limit); the cut after 50 lands on the dash.
        const QString cronJob = QString(49, QLatin1Char('a')) + QStringLiteral("-bb");
        const QString name = manualJobName(cronJob, QStringLiteral("z9z9z"));
        QVERIFY(name.size() <= 63);
        QCOMPARE(name, QString(49, QLatin1Char('a')) + QStringLiteral("-manual-z9z9z"));
    }
};

QTEST_GUILESS_MAIN(TestJobFromCronJob)
#include "tst_jobfromcronjob.moc"
