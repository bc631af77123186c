// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace Sextant::Ui {

// Runs work() on a short-lived thread (with stack for the YAML parser's
// recursion) and done(result) on context's thread, only while context lives.
// For one-off jobs such as format and conversion; parsing never blocks the UI.
template<typename Result>
void runInBackground(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    constexpr uint StackBytes = 64u * 1024u * 1024u;
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    thread->setStackSize(StackBytes);
    QObject::connect(
        thread, &QThread::finished, context, [result, done = std::move(done)] { done(std::move(*result)); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Sextant::Ui
