// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/workloadwizard/fieldrules.h"

#include "core/metadata/metadatavalidation.h"
#include "core/quantity/quantity.h"

#include <QProcess>
#include <QRegularExpression>

namespace Sextant::Ui::FieldRules {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sextant::Ui::FieldRules", text);
}
} // namespace

QStringList portNumber(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        return { tr("must be between 1 and 65535, inclusive") };
    }
    return {};
}

QStringList portName(const QString &text)
{
    static const QRegularExpression letters(QStringLiteral("\\A[a-z0-9]([a-z0-9-]*[a-z0-9])?\\z"));
    if (text.size() > 15) {
        return { tr("must be no more than 15 characters") };
    }
    if (!letters.match(text).hasMatch() || text.contains(QLatin1String("--"))
        || !text.contains(QRegularExpression(QStringLiteral("[a-z]")))) {
        return { tr("must contain only lower-case letters, digits and '-' (not at either end, not twice in a row), "
                    "and at least one letter") };
    }
    return {};
}

QStringList portNumberOrName(const QString &text)
{
    bool isNumber = false;
    text.toInt(&isNumber);
    return isNumber ? portNumber(text) : portName(text);
}

QStringList positiveQuantity(const QString &text)
{
    const std::optional<Core::Quantity> quantity = Core::Quantity::parse(text);
    if (!quantity) {
        return { tr("must be a quantity such as 250m, 0.5, 512Mi or 2Gi") };
    }
    if (quantity->isZero() || quantity->milliValue() < 0) {
        return { tr("must be greater than zero") };
    }
    return {};
}

QStringList envName(const QString &text)
{
    if (text.isEmpty()) {
        return { tr("a variable needs a name") };
    }
    if (text.contains(QLatin1Char('='))) {
        return { tr("must not contain '='") };
    }
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            return { tr("must consist of printable ASCII characters") };
        }
    }
    return {};
}

QStringList absolutePath(const QString &text)
{
    if (!text.startsWith(QLatin1Char('/'))) {
        return { tr("must be an absolute path such as /data") };
    }
    if (text.contains(QLatin1Char(':'))) {
        return { tr("must not contain ':'") };
    }
    return {};
}

QStringList hostPath(const QString &text)
{
    if (!text.startsWith(QLatin1Char('/'))) {
        return { tr("must be an absolute path such as /var/log") };
    }
    if (text.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        return { tr("must not contain '..'") };
    }
    return {};
}

bool isEnvVarName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("\\A[-._a-zA-Z][-._a-zA-Z0-9]*\\z"));
    return shape.match(name).hasMatch();
}

QStringList envPrefix(const QString &text)
{
    if (!isEnvVarName(text)) {
        return { tr("a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or "
                    "'.', and must not start with a digit") };
    }
    return {};
}

QStringList userId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 0 || id > 2147483647) {
        return { tr("must be between 0 and 2147483647, inclusive") };
    }
    return {};
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QStringList userIds(const QString &text)
{
    for (const QString &id : splitList(text)) {
        if (!userId(id).isEmpty()) {
            return { tr("%1: must be between 0 and 2147483647, inclusive").arg(id) };
        }
    }
    return {};
}

QStringList capabilityNames(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("\\A[A-Z][A-Z0-9_]*\\z"));
    QStringList problems;
    for (const QString &name : splitList(text)) {
        if (!shape.match(name).hasMatch()) {
            problems.append(tr("%1: capability names are upper case letters, digits and '_', such as "
                               "NET_BIND_SERVICE")
                                .arg(name));
        }
    }
    return problems;
}

QStringList capabilityWarnings(const QStringList &names, bool adding)
{
    // capabilities(7), Linux 6.x.
    static const QStringList known { QStringLiteral("AUDIT_CONTROL"), QStringLiteral("AUDIT_READ"),
        QStringLiteral("AUDIT_WRITE"), QStringLiteral("BLOCK_SUSPEND"), QStringLiteral("BPF"),
        QStringLiteral("CHECKPOINT_RESTORE"), QStringLiteral("CHOWN"), QStringLiteral("DAC_OVERRIDE"),
        QStringLiteral("DAC_READ_SEARCH"), QStringLiteral("FOWNER"), QStringLiteral("FSETID"),
        QStringLiteral("IPC_LOCK"), QStringLiteral("IPC_OWNER"), QStringLiteral("KILL"), QStringLiteral("LEASE"),
        QStringLiteral("LINUX_IMMUTABLE"), QStringLiteral("MAC_ADMIN"), QStringLiteral("MAC_OVERRIDE"),
        QStringLiteral("MKNOD"), QStringLiteral("NET_ADMIN"), QStringLiteral("NET_BIND_SERVICE"),
        QStringLiteral("NET_BROADCAST"), QStringLiteral("NET_RAW"), QStringLiteral("PERFMON"),
        QStringLiteral("SETFCAP"), QStringLiteral("SETGID"), QStringLiteral("SETPCAP"), QStringLiteral("SETUID"),
        QStringLiteral("SYSLOG"), QStringLiteral("SYS_ADMIN"), QStringLiteral("SYS_BOOT"), QStringLiteral("SYS_CHROOT"),
        QStringLiteral("SYS_MODULE"), QStringLiteral("SYS_NICE"), QStringLiteral("SYS_PACCT"),
        QStringLiteral("SYS_PTRACE"), QStringLiteral("SYS_RAWIO"), QStringLiteral("SYS_RESOURCE"),
        QStringLiteral("SYS_TIME"), QStringLiteral("SYS_TTY_CONFIG"), QStringLiteral("WAKE_ALARM") };
    QStringList warnings;
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("CAP_"))) {
            warnings.append(tr("%1: write %2; containerd adds the CAP_ prefix itself, and a container with CAP_%1 "
                               "fails to start")
                                .arg(name, name.mid(4)));
        } else if (name == QLatin1String("ALL")) {
            if (adding) {
                warnings.append(tr("adding ALL gives the container every capability of the node's root user"));
            }
        } else if (!known.contains(name)) {
            warnings.append(tr("%1 is not a Linux capability; the container may fail to start").arg(name));
        }
    }
    return warnings;
}

QStringList localhostProfile(const QString &text)
{
    if (text.isEmpty()) {
        return { tr("must be set when seccomp type is Localhost") };
    }
    if (text.startsWith(QLatin1Char('/'))) {
        return { tr("must be a relative path (to the kubelet's seccomp directory), such as profiles/audit.json") };
    }
    if (text.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        return { tr("must not contain '..'") };
    }
    return {};
}

QStringList intOrPercent(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("\\A[0-9]+%?\\z"));
    if (!shape.match(text).hasMatch()) {
        return { tr("must be a number of pods or a percentage such as 25%") };
    }
    return {};
}

QStringList serviceName(const QString &text)
{
    QStringList problems = Core::MetadataValidation::dns1123Label(text);
    if (problems.isEmpty() && !text.isEmpty() && !text.front().isLetter()) {
        problems.append(tr("must start with a letter (a DNS-1035 label)"));
    }
    return problems;
}

QJsonValue intOrString(const QString &text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    return ok ? QJsonValue(number) : QJsonValue(text);
}

QString textOf(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

QStringList splitWords(const QString &text)
{
    return QProcess::splitCommand(text);
}

QString joinWords(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words) {
        if (word.isEmpty() || word.contains(QLatin1Char(' ')) || word.contains(QLatin1Char('"'))) {
            QString escaped = word;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\"\""));
            quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            quoted.append(word);
        }
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace Sextant::Ui::FieldRules
