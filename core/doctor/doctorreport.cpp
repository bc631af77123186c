// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/doctor/doctorreport.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Sextant::Core::DoctorReport {

namespace {

// Continuation lines line up after the mark: "[FAIL] ".
const QString Indent = QStringLiteral("       ");

QString indented(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line = line.isEmpty() ? QString() : Indent + line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString mark(DoctorStep::Status status)
{
    switch (status) {
    case DoctorStep::Passed:
        return QStringLiteral("[ OK ]");
    case DoctorStep::Failed:
        return QStringLiteral("[FAIL]");
    case DoctorStep::Warning:
        return QStringLiteral("[WARN]");
    case DoctorStep::Skipped:
        break;
    }
    return QStringLiteral("[SKIP]");
}

QString formatStep(const DoctorStep &step)
{
    const QString detail = step.detail.trimmed();
    const qsizetype newline = detail.indexOf(QLatin1Char('\n'));
    QString text = mark(step.status) + QLatin1Char(' ') + step.title + QStringLiteral(": ")
        + (newline < 0 ? detail : detail.left(newline));
    if (newline >= 0) {
        text += QLatin1Char('\n') + indented(detail.mid(newline + 1));
    }
    if (!step.hint.isEmpty()) {
        text += QLatin1Char('\n')
            + indented(QCoreApplication::translate("Sextant::Core", "hint: %1").arg(step.hint.trimmed()));
    }
    return text;
}

QString format(const QList<DoctorStep> &steps)
{
    QString text;
    for (const DoctorStep &step : steps) {
        text += formatStep(step) + QLatin1Char('\n');
    }
    return text;
}

bool passed(const QList<DoctorStep> &steps)
{
    return std::none_of(
        steps.cbegin(), steps.cend(), [](const DoctorStep &step) { return step.status == DoctorStep::Failed; });
}

} // namespace Sextant::Core::DoctorReport
