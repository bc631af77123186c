// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcAuditLog, "sextant.core.auditlog")

namespace Sextant::Core {

AuditLog::AuditLog()
    : m_filePath(defaultFilePath())
{
}

AuditLog::AuditLog(const QString &filePath)
    : m_filePath(filePath)
{
}

QString AuditLog::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.log");
}

AuditLog *AuditLog::defaultLog()
{
    static AuditLog log;
    return &log;
}

bool AuditLog::append(const AuditEntry &entry) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly)) {
        qCWarning(lcAuditLog) << "cannot open audit log" << m_filePath << file.errorString();
        return false;
    }
    if (file.permissions() != ownerOnly) // an older file created by someone else's umask
        file.setPermissions(ownerOnly);
    const QJsonObject line {
        { QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("server"), entry.server },
        { QStringLiteral("context"), entry.context },
        { QStringLiteral("user"), entry.user },
        { QStringLiteral("verb"), entry.verb },
        { QStringLiteral("group"), entry.group },
        { QStringLiteral("version"), entry.version },
        { QStringLiteral("resource"), entry.resource },
        { QStringLiteral("namespace"), entry.namespaceName },
        { QStringLiteral("name"), entry.name },
        { QStringLiteral("code"), entry.code },
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    return file.write(bytes) == bytes.size();
}

} // namespace Sextant::Core
