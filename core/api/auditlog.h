// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Sextant::Core {

// One change Sextant made (or tried to make) to a cluster. Never bodies,
// never secret values: only what identifies the request and its outcome.
struct AuditEntry {
    QDateTime time;
    QString server;
    QString context;
    QString user;
    QString verb; // create, update, patch, apply, delete
    QString group;
    QString version;
    QString resource;
    QString namespaceName;
    QString name;
    int code = 0; // HTTP status, 0 when no answer arrived
};

// Appends one JSON line per entry to a local file created with mode 0600.
class AuditLog {
public:
    // Default: QStandardPaths::AppDataLocation/audit.log.
    AuditLog();
    explicit AuditLog(const QString &filePath);

    QString filePath() const { return m_filePath; }
    bool append(const AuditEntry &entry) const;

    static QString defaultFilePath();
    // The log ApiClient writes to unless told otherwise.
    static AuditLog *defaultLog();

private:
    QString m_filePath;
};

} // namespace Sextant::Core
