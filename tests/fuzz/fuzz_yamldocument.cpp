// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// libFuzzer entry point (clang -fsanitize=fuzzer): see docs/yaml-validation.md.
#include "yamlfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    SextantFuzz::runYamlLayer(data, size);
    return 0;
}
