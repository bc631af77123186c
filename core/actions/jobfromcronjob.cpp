// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/actions/jobfromcronjob.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Sextant::Core {

namespace {
constexpr qsizetype maxJobNameLength = 63;
} // namespace

QString manualJobName(const QString &cronJobName)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return manualJobName(cronJobName, suffix);
}

QString manualJobName(const QString &cronJobName, const QString &suffix)
{
    const QString tail = QStringLiteral("-manual-") + suffix;
    QString head = cronJobName.left(maxJobNameLength - tail.size());
    // A cut name must not end in '-' or '.' before our dash.
    while (head.endsWith(QLatin1Char('-')) || head.endsWith(QLatin1Char('.')))
        head.chop(1);
    return head + tail;
}

QJsonObject jobFromCronJob(const QJsonObject &cronJob, const QString &jobName)
{
    const QJsonObject cronMeta = cronJob.value(QLatin1String("metadata")).toObject();
    const QJsonObject jobTemplate
        = cronJob.value(QLatin1String("spec")).toObject().value(QLatin1String("jobTemplate")).toObject();
    const QJsonObject templateMeta = jobTemplate.value(QLatin1String("metadata")).toObject();

    QJsonObject annotations { { QStringLiteral("cronjob.kubernetes.io/instantiate"), QStringLiteral("manual") } };
    const QJsonObject templateAnnotations = templateMeta.value(QLatin1String("annotations")).toObject();
    for (auto it = templateAnnotations.begin(); it != templateAnnotations.end(); ++it)
        annotations.insert(it.key(), it.value());

    const QJsonObject owner { { QStringLiteral("apiVersion"), QStringLiteral("batch/v1") },
        { QStringLiteral("kind"), QStringLiteral("CronJob") },
        { QStringLiteral("name"), cronMeta.value(QLatin1String("name")) },
        { QStringLiteral("uid"), cronMeta.value(QLatin1String("uid")) }, { QStringLiteral("controller"), true } };

    QJsonObject metadata { { QStringLiteral("name"), jobName }, { QStringLiteral("annotations"), annotations },
        { QStringLiteral("ownerReferences"), QJsonArray { owner } } };
    if (cronMeta.contains(QLatin1String("namespace")))
        metadata.insert(QStringLiteral("namespace"), cronMeta.value(QLatin1String("namespace")));
    const QJsonObject labels = templateMeta.value(QLatin1String("labels")).toObject();
    if (!labels.isEmpty())
        metadata.insert(QStringLiteral("labels"), labels);

    return QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("batch/v1") },
        { QStringLiteral("kind"), QStringLiteral("Job") }, { QStringLiteral("metadata"), metadata },
        { QStringLiteral("spec"), jobTemplate.value(QLatin1String("spec")).toObject() } };
}

} // namespace Sextant::Core
