// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/manifestassistant.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

Q_LOGGING_CATEGORY(lcManifestWorker, "sextant.core.yaml.worker")

namespace Sextant::Core {

namespace {

// yaml-cpp recurses up to its DepthGuard<500> and our converters recurse too;
// 499 nested '[' crash on a 128 KiB stack, so give the parser plenty.
constexpr uint WorkerStackBytes = 64u * 1024u * 1024u;

enum class JobKind { Validate, Complete, Describe };

struct Job {
    JobKind kind = JobKind::Validate;
    quint64 ticket = 0;
    std::function<void()> run; // computes and posts the answer
};

// State shared by the worker object and its thread. The thread may outlive
// the object (a slow parse when the editor closes): owner is cleared under the
// mutex, so no answer is ever posted to a deleted object.
struct Shared {
    QMutex mutex;
    QWaitCondition wake;
    std::deque<Job> jobs;
    ManifestWorker *owner = nullptr;
    bool stopping = false;
};

class WorkerThread final : public QThread {
public:
    explicit WorkerThread(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {
    }

protected:
    void run() override
    {
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&m_shared->mutex);
                while (m_shared->jobs.empty() && !m_shared->stopping) {
                    m_shared->wake.wait(&m_shared->mutex);
                }
                if (m_shared->stopping) {
                    return;
                }
                job = std::move(m_shared->jobs.front());
                m_shared->jobs.pop_front();
            }
            job.run();
        }
    }

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace

struct ManifestWorker::Private {
    std::shared_ptr<const ManifestAssistant> assistant;
    std::shared_ptr<Shared> shared = std::make_shared<Shared>();
    WorkerThread *thread = nullptr;
    quint64 nextTicket = 1;

    // Queues a job; an older queued job of the same kind is superseded, since
    // editors only care about the newest answer.
    quint64 post(JobKind kind, std::function<void(quint64)> compute)
    {
        const quint64 ticket = nextTicket++;
        QMutexLocker lock(&shared->mutex);
        for (auto it = shared->jobs.begin(); it != shared->jobs.end();) {
            it = it->kind == kind ? shared->jobs.erase(it) : it + 1;
        }
        shared->jobs.push_back(Job { kind, ticket, [compute = std::move(compute), ticket] { compute(ticket); } });
        shared->wake.wakeOne();
        return ticket;
    }

    // Called on the worker thread: delivers `emitter` on the owner's thread if
    // the owner still exists.
    static void deliver(const std::shared_ptr<Shared> &shared, std::function<void(ManifestWorker *)> emitter)
    {
        QMutexLocker lock(&shared->mutex);
        ManifestWorker *owner = shared->owner;
        if (owner == nullptr) {
            return;
        }
        QMetaObject::invokeMethod(
            owner, [owner, emitter = std::move(emitter)] { emitter(owner); }, Qt::QueuedConnection);
    }
};

ManifestWorker::ManifestWorker(std::shared_ptr<const ManifestAssistant> assistant, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Sextant::Core::Diagnostic>();
    qRegisterMetaType<Sextant::Core::Diagnostics>();
    qRegisterMetaType<Sextant::Core::CompletionItem>();
    qRegisterMetaType<QList<Sextant::Core::CompletionItem>>();
    qRegisterMetaType<Sextant::Core::FieldHelp>();
    qRegisterMetaType<std::optional<Sextant::Core::FieldHelp>>();
    d->assistant = std::move(assistant);
    d->shared->owner = this;
    d->thread = new WorkerThread(d->shared);
    d->thread->setObjectName(QStringLiteral("sextant-manifest"));
    d->thread->setStackSize(WorkerStackBytes);
    d->thread->start(QThread::LowPriority);
}

ManifestWorker::~ManifestWorker()
{
    {
        QMutexLocker lock(&d->shared->mutex);
        d->shared->owner = nullptr;
        d->shared->stopping = true;
        d->shared->jobs.clear();
        d->shared->wake.wakeAll();
    }
    // A job in flight finishes on its own (bounded by the parser's limits);
    // don't block the GUI for it: the thread deletes itself when done.
    if (!d->thread->wait(QDeadlineTimer(100))) {
        qCDebug(lcManifestWorker) << "manifest job still running; detaching its thread";
        WorkerThread *thread = d->thread;
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->setParent(nullptr);
        if (thread->isFinished()) {
            thread->deleteLater();
        }
        return;
    }
    delete d->thread;
}

quint64 ManifestWorker::validate(const QByteArray &utf8, const ValidationOptions &options)
{
    return d->post(JobKind::Validate, [assistant = d->assistant, shared = d->shared, utf8, options](quint64 ticket) {
        Diagnostics diagnostics = assistant ? assistant->validate(utf8, options) : Diagnostics {};
        Private::deliver(shared, [ticket, diagnostics = std::move(diagnostics)](ManifestWorker *owner) {
            Q_EMIT owner->validated(ticket, diagnostics);
        });
    });
}

quint64 ManifestWorker::complete(const QByteArray &utf8, int line, int column)
{
    return d->post(
        JobKind::Complete, [assistant = d->assistant, shared = d->shared, utf8, line, column](quint64 ticket) {
            QList<CompletionItem> items
                = assistant ? assistant->completions(utf8, line, column) : QList<CompletionItem> {};
            Private::deliver(shared,
                [ticket, items = std::move(items)](ManifestWorker *owner) { Q_EMIT owner->completed(ticket, items); });
        });
}

quint64 ManifestWorker::describe(const QByteArray &utf8, int line, int column)
{
    return d->post(
        JobKind::Describe, [assistant = d->assistant, shared = d->shared, utf8, line, column](quint64 ticket) {
            std::optional<FieldHelp> help = assistant ? assistant->help(utf8, line, column) : std::nullopt;
            Private::deliver(shared,
                [ticket, help = std::move(help)](ManifestWorker *owner) { Q_EMIT owner->described(ticket, help); });
        });
}

} // namespace Sextant::Core
