// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// `sextant validate [--kubernetes-version V] [--schema-dir DIR] FILE...`:
// offline manifest validation for pipelines, one line per problem:
//
//   deploy.yaml:12:3: error: unknown field "spec.replica" (did you mean "replicas"?)
//
// FILE "-" reads standard input. Exit status: 0 when no file has an error
// (warnings allowed), 1 when one has, 2 on bad usage.

#include <QStringList>

class QTextStream;

namespace Sextant::App {

// arguments as QCoreApplication::arguments(): the program, optionally "validate", then options and files.
int runValidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The whole command with its own QCoreApplication; main() calls it first thing
// when argv[1] is "validate", before any QApplication exists.
int runValidate(int argc, char *argv[]);

} // namespace Sextant::App
