// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace Sextant::Core {

// "<cronjob>-manual-<5 random lowercase letters or digits>", the cronjob part
// shortened so the name stays a valid 63-character label value (job-name).
QString manualJobName(const QString &cronJobName);
QString manualJobName(const QString &cronJobName, const QString &suffix);

// The Job `kubectl create job NAME --from=cronjob/X` creates: the job
// template's spec, labels and annotations, annotation
// cronjob.kubernetes.io/instantiate=manual (a template annotation of that
// name wins, as in kubectl), and a controller owner reference to the CronJob
// without blockOwnerDeletion.
QJsonObject jobFromCronJob(const QJsonObject &cronJob, const QString &jobName);

} // namespace Sextant::Core
