// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "processmemory.h"

#include <QByteArray>
#include <QFile>

#include <malloc.h>

namespace Sextant::Bench {

namespace {

// The kB value of the first line starting with field (e.g. "VmRSS:"), -1 if absent.
qint64 readKb(const char *path, const QByteArray &field)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

ProcessMemory ProcessMemory::current()
{
    ProcessMemory memory;
    memory.rssKb = readKb("/proc/self/status", QByteArrayLiteral("VmRSS:"));
    memory.pssKb = readKb("/proc/self/smaps_rollup", QByteArrayLiteral("Pss:"));
    return memory;
}

ProcessMemory ProcessMemory::currentTrimmed()
{
    malloc_trim(0);
    return current();
}

} // namespace Sextant::Bench
