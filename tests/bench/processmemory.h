// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace Sextant::Bench {

// This process's memory from /proc: VmRSS (status) and Pss (smaps_rollup), in kB.
struct ProcessMemory {
    qint64 rssKb = -1;
    qint64 pssKb = -1;

    static ProcessMemory current();
    // Returns freed heap to the kernel first (glibc malloc_trim), so the figure
    // shows live data rather than allocator slack.
    static ProcessMemory currentTrimmed();
};

} // namespace Sextant::Bench
