// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/kubeconfig/kubeconfigwriter.h"

#include "core/kubeconfig/kubeconfigparser.h"
#include "core/kubeconfig/kubeconfigyaml_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QThread>

#include <filesystem>
#include <functional>
#include <optional>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

Q_LOGGING_CATEGORY(lcKubeconfigWriter, "sextant.core.kubeconfig.writer")

namespace Sextant::Core {

namespace {

constexpr int LockAttempts = 10;
constexpr int LockRetryMs = 50;

Unexpected<ApiError> fail(const QString &message)
{
    return makeUnexpected(KubeconfigYaml::configurationError(message));
}

// "<file>.lock", created exclusively like kubectl's lockFile(); removed on scope exit.
class KubeconfigLock {
public:
    explicit KubeconfigLock(QString file)
        : m_lockPath(std::move(file) + QStringLiteral(".lock"))
    {
    }
    ~KubeconfigLock()
    {
        if (m_held) {
            QFile::remove(m_lockPath);
        }
    }
    KubeconfigLock(const KubeconfigLock &) = delete;
    KubeconfigLock &operator=(const KubeconfigLock &) = delete;

    QString path() const { return m_lockPath; }

    // Empty on success, else a message naming the lock file.
    QString acquire()
    {
        for (int attempt = 0; attempt < LockAttempts; ++attempt) {
            QFile lock(m_lockPath);
            if (lock.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                lock.close();
                m_held = true;
                return QString();
            }
            if (!QFileInfo::exists(m_lockPath)) {
                return QCoreApplication::translate("Sextant::Core", "cannot create lock file %1: %2")
                    .arg(m_lockPath, lock.errorString());
            }
            QThread::msleep(LockRetryMs);
        }
        return QCoreApplication::translate("Sextant::Core",
            "lock file %1 exists: kubectl or another program is changing this "
            "kubeconfig. If none is, delete the lock file and try again")
            .arg(m_lockPath);
    }

private:
    QString m_lockPath;
    bool m_held = false;
};

std::filesystem::path toFsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

bool syncFile(int fd)
{
#ifdef Q_OS_WIN
    return _commit(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

// A string scalar that reads back as a string for any YAML 1.1 reader (kubectl's
// go-yaml resolves 0755, 0x1f, 1:20, yes, ~ ... to other types): plain only
// when it looks like a name, double-quoted otherwise.
YAML::Node stringNode(const QString &value)
{
    static const QRegularExpression safePlain(QStringLiteral("^[A-Za-z_/][A-Za-z0-9_./@-]*$"));
    YAML::Node node(value.toStdString());
    YAML::Node probe(value.toStdString());
    probe.SetTag("?");
    KubeconfigYaml::Budget budget;
    QJsonValue resolved;
    const bool resolvesToString = KubeconfigYaml::toJson(probe, budget, 0, &resolved) && resolved.isString();
    if (!resolvesToString || !safePlain.match(value).hasMatch()) {
        node.SetTag("!");
    }
    return node;
}

// The item of root[list] whose name is `name`, or an undefined node.
YAML::Node findNamed(YAML::Node root, const char *list, const QString &name)
{
    const std::string wanted = name.toStdString();
    YAML::Node items = root[list];
    if (!items.IsSequence()) {
        return YAML::Node(YAML::NodeType::Undefined);
    }
    for (YAML::Node item : items) {
        if (item.IsMap()) {
            const YAML::Node itemName = item["name"];
            if (itemName.IsScalar() && itemName.Scalar() == wanted) {
                return item;
            }
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

Result<void> writeAtomically(const QString &target, const QByteArray &bytes)
{
    const QFileInfo info(target);
    QTemporaryFile temp(
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".sextant-XXXXXX"));
    temp.setAutoRemove(true);
    // QTemporaryFile creates the file 0600, so no other user ever sees the content.
    if (!temp.open()) {
        return fail(QCoreApplication::translate("Sextant::Core", "%1: cannot create a temporary file in %2: %3")
                        .arg(target, info.absolutePath(), temp.errorString()));
    }
    if (temp.write(bytes) != bytes.size() || !temp.flush() || !syncFile(temp.handle())) {
        return fail(QCoreApplication::translate("Sextant::Core", "%1: cannot write a temporary file in %2: %3")
                        .arg(target, info.absolutePath(), temp.errorString()));
    }
    temp.close();
    std::error_code ec;
    std::filesystem::rename(toFsPath(temp.fileName()), toFsPath(target), ec);
    if (ec) {
        return fail(QCoreApplication::translate("Sextant::Core", "%1: cannot replace the file: %2")
                        .arg(target, QString::fromStdString(ec.message())));
    }
    temp.setAutoRemove(false);
    syncDirectory(info.absolutePath());
    return {};
}

// Returns an error message or "". Clears *changed when the file already says
// so: then nothing is written (re-emitting would drop the user's comments).
using Edit = std::function<QString(YAML::Node &root, bool *changed)>;

// The scalar at key, or nullopt when absent, null or not a scalar. Never inserts.
std::optional<std::string> scalarAt(const YAML::Node &map, const char *key)
{
    if (!map.IsMap()) {
        return std::nullopt;
    }
    const YAML::Node value = map[key];
    if (!value.IsDefined() || !value.IsScalar()) {
        return std::nullopt;
    }
    return value.Scalar();
}

Result<void> modifyFile(const QString &file, bool createIfMissing, const Edit &edit)
{
    if (file.isEmpty()) {
        return fail(QCoreApplication::translate("Sextant::Core", "no kubeconfig file given"));
    }
    const QFileInfo info(file);
    const bool exists = info.exists();
    if (!exists && !createIfMissing) {
        return fail(QCoreApplication::translate("Sextant::Core", "%1: no such file or directory").arg(file));
    }
    if (!exists && !QDir().mkpath(info.absolutePath())) {
        return fail(QCoreApplication::translate("Sextant::Core", "%1: cannot create directory %2")
                        .arg(file, info.absolutePath()));
    }

    KubeconfigLock lock(file);
    const QString lockError = lock.acquire();
    if (!lockError.isEmpty()) {
        return fail(file + QStringLiteral(": ") + lockError);
    }

    // Write through a symlink (dotfile managers) rather than replacing it.
    const QString target = info.isSymLink() ? info.canonicalFilePath() : file;
    if (target.isEmpty()) {
        return fail(QCoreApplication::translate("Sextant::Core", "%1: dangling symbolic link").arg(file));
    }

    QByteArray original;
    if (exists) {
        auto data = KubeconfigYaml::readLimited(target);
        if (!data) {
            return makeUnexpected(data.error());
        }
        original = *data;
        // Never rewrite what we could not read as a kubeconfig: that could lose data.
        auto parsed = KubeconfigParser::parse(original, file);
        if (!parsed) {
            return fail(
                QCoreApplication::translate("Sextant::Core", "not changing %1: %2").arg(file, parsed.error().message));
        }
    }

    YAML::Node root(YAML::NodeType::Map);
    if (!original.trimmed().isEmpty()) {
        auto loaded = KubeconfigYaml::load(original, file);
        if (!loaded) {
            return makeUnexpected(loaded.error());
        }
        if (!loaded->IsNull()) {
            root = *loaded;
        }
    }
    if (!exists || original.trimmed().isEmpty()) {
        root["apiVersion"] = "v1";
        root["kind"] = "Config";
    }

    QString problem;
    bool changed = true;
    try {
        problem = edit(root, &changed);
    } catch (const YAML::Exception &e) {
        problem = QCoreApplication::translate("Sextant::Core", "unexpected structure: %1")
                      .arg(QString::fromStdString(e.msg));
    }
    if (!problem.isEmpty()) {
        return fail(file + QStringLiteral(": ") + problem);
    }
    if (!changed && exists) {
        qCDebug(lcKubeconfigWriter) << "already up to date:" << file;
        return {};
    }

    auto bytes = KubeconfigYaml::emit(root, file);
    if (!bytes) {
        return makeUnexpected(bytes.error());
    }
    auto written = writeAtomically(target, *bytes);
    if (written) {
        qCDebug(lcKubeconfigWriter) << "updated" << file;
    }
    return written;
}

} // namespace

Result<void> setCurrentContext(const QString &file, const QString &contextName)
{
    return modifyFile(file, true, [&](YAML::Node &root, bool *changed) {
        const auto current = scalarAt(root, "current-context");
        *changed = current.value_or(std::string()) != contextName.toStdString();
        root["current-context"] = stringNode(contextName);
        return QString();
    });
}

Result<void> setContextNamespace(const QString &file, const QString &contextName, const QString &ns)
{
    return modifyFile(file, false, [&](YAML::Node &root, bool *changed) {
        YAML::Node item = findNamed(root, "contexts", contextName);
        if (!item.IsDefined()) {
            return QCoreApplication::translate("Sextant::Core", "context \"%1\" is not defined in this file")
                .arg(contextName);
        }
        const auto current = scalarAt(item["context"], "namespace");
        *changed = current.value_or(std::string()) != ns.toStdString();
        YAML::Node context = item["context"];
        if (!context.IsMap()) {
            item["context"] = YAML::Node(YAML::NodeType::Map);
            context = item["context"];
        }
        if (ns.isEmpty()) {
            context.remove("namespace");
        } else {
            context["namespace"] = stringNode(ns);
        }
        return QString();
    });
}

Result<void> updateUserAuthProviderConfig(
    const QString &file, const QString &userName, const QMap<QString, QString> &config)
{
    return modifyFile(file, false, [&](YAML::Node &root, bool *changed) {
        YAML::Node item = findNamed(root, "users", userName);
        if (!item.IsDefined() || !item["user"].IsMap()) {
            return QCoreApplication::translate("Sextant::Core", "user \"%1\" is not defined in this file")
                .arg(userName);
        }
        YAML::Node provider = item["user"]["auth-provider"];
        if (!provider.IsMap()) {
            return QCoreApplication::translate("Sextant::Core", "user \"%1\" has no auth-provider").arg(userName);
        }
        QMap<QString, QString> current;
        const YAML::Node existing = provider["config"];
        if (existing.IsMap()) {
            for (const auto &entry : existing) {
                current.insert(QString::fromStdString(entry.first.Scalar()),
                    entry.second.IsScalar() ? QString::fromStdString(entry.second.Scalar()) : QString());
            }
        }
        *changed = current != config;
        YAML::Node map(YAML::NodeType::Map);
        for (auto it = config.cbegin(); it != config.cend(); ++it) {
            map[it.key().toStdString()] = stringNode(it.value());
        }
        provider["config"] = map;
        return QString();
    });
}

} // namespace Sextant::Core
