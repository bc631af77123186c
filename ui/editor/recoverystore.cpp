// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/recoverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

Q_LOGGING_CATEGORY(lcRecovery, "sextant.ui.editor.recovery")

namespace Sextant::Ui {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Sessions of this process that are still open.
QMutex liveSessionsMutex;
QSet<QString> &liveSessions()
{
    static QSet<QString> sessions;
    return sessions;
}

bool isLive(const QString &session)
{
    QMutexLocker lock(&liveSessionsMutex);
    return liveSessions().contains(session);
}

bool processRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max()) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return false; // offer recovery; declining it is one click
#endif
}

bool writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcRecovery) << "cannot write" << path << file.errorString();
        return false;
    }
    file.setPermissions(OwnerOnly);
    file.write(data);
    if (!file.commit()) {
        qCWarning(lcRecovery) << "cannot commit" << path << file.errorString();
        return false;
    }
    QFile::setPermissions(path, OwnerOnly);
    return true;
}

QString bufferFileName(const QString &session, const QString &id)
{
    return session + QLatin1Char('-') + id + QStringLiteral(".txt");
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QMutexLocker lock(&liveSessionsMutex);
    liveSessions().insert(m_session);
}

RecoveryStore::~RecoveryStore()
{
    // Entries stay on disk unless removeAll() ran: a window destroyed without
    // closing (a crash in a test, a forced quit) still leaves its buffers.
    QMutexLocker lock(&liveSessionsMutex);
    liveSessions().remove(m_session);
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

bool RecoveryStore::ensureDirectory()
{
    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcRecovery) << "cannot create" << m_directory;
        return false;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

QString RecoveryStore::bufferFile(const QString &bufferId) const
{
    return m_directory + QLatin1Char('/') + bufferFileName(m_session, bufferId);
}

bool RecoveryStore::save(
    const QString &bufferId, const QString &originalPath, const QString &kubernetesVersion, const QString &text)
{
    if (!ensureDirectory() || !writeAtomically(bufferFile(bufferId), text.toUtf8())) {
        return false;
    }
    m_entries.insert(bufferId, Entry { originalPath, kubernetesVersion, QDateTime::currentDateTimeUtc() });
    return writeIndex();
}

void RecoveryStore::remove(const QString &bufferId)
{
    if (!m_entries.remove(bufferId)) {
        return;
    }
    QFile::remove(bufferFile(bufferId));
    writeIndex();
}

void RecoveryStore::removeAll()
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QFile::remove(bufferFile(it.key()));
    }
    m_entries.clear();
    QFile::remove(m_directory + QLatin1Char('/') + m_session + QStringLiteral(".json"));
}

bool RecoveryStore::writeIndex()
{
    const QString indexPath = m_directory + QLatin1Char('/') + m_session + QStringLiteral(".json");
    if (m_entries.isEmpty()) {
        QFile::remove(indexPath);
        return true;
    }
    QJsonArray buffers;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        buffers.append(QJsonObject {
            { QStringLiteral("id"), it.key() },
            { QStringLiteral("path"), it->originalPath },
            { QStringLiteral("kubernetesVersion"), it->kubernetesVersion },
            { QStringLiteral("savedAt"), it->savedAt.toString(Qt::ISODateWithMs) },
        });
    }
    const QJsonObject index {
        { QStringLiteral("session"), m_session },
        { QStringLiteral("pid"), QCoreApplication::applicationPid() },
        { QStringLiteral("buffers"), buffers },
    };
    return ensureDirectory() && writeAtomically(indexPath, QJsonDocument(index).toJson());
}

QList<RecoveredBuffer> RecoveryStore::orphans() const
{
    QList<RecoveredBuffer> result;
    const QDir dir(m_directory);
    const QStringList indexes = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : indexes) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject index = QJsonDocument::fromJson(file.readAll()).object();
        const QString session = index.value(QStringLiteral("session")).toString();
        const qint64 pid = index.value(QStringLiteral("pid")).toInteger();
        if (session.isEmpty() || session == m_session || name != session + QStringLiteral(".json")) {
            continue;
        }
        const bool abandoned = pid == QCoreApplication::applicationPid() ? !isLive(session) : !processRunning(pid);
        if (!abandoned) {
            continue; // another window, still open
        }
        const QJsonArray buffers = index.value(QStringLiteral("buffers")).toArray();
        for (const QJsonValue &value : buffers) {
            const QJsonObject entry = value.toObject();
            RecoveredBuffer buffer;
            buffer.session = session;
            buffer.id = entry.value(QStringLiteral("id")).toString();
            buffer.originalPath = entry.value(QStringLiteral("path")).toString();
            buffer.kubernetesVersion = entry.value(QStringLiteral("kubernetesVersion")).toString();
            buffer.savedAt
                = QDateTime::fromString(entry.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            QFile text(dir.filePath(bufferFileName(session, buffer.id)));
            if (buffer.id.contains(QLatin1Char('/')) || !text.open(QIODevice::ReadOnly)) {
                continue;
            }
            buffer.text = QString::fromUtf8(text.readAll());
            result.append(buffer);
        }
    }
    return result;
}

void RecoveryStore::discard(const QList<RecoveredBuffer> &buffers)
{
    QSet<QString> sessions;
    for (const RecoveredBuffer &buffer : buffers) {
        if (buffer.session.contains(QLatin1Char('/')) || buffer.id.contains(QLatin1Char('/'))) {
            continue;
        }
        QFile::remove(m_directory + QLatin1Char('/') + bufferFileName(buffer.session, buffer.id));
        sessions.insert(buffer.session);
    }
    // An index whose buffers are all gone goes too.
    for (const QString &session : std::as_const(sessions)) {
        const QDir dir(m_directory);
        if (dir.entryList({ session + QStringLiteral("-*") }, QDir::Files).isEmpty()) {
            QFile::remove(dir.filePath(session + QStringLiteral(".json")));
        }
    }
}

} // namespace Sextant::Ui
