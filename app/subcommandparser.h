// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Sextant::App {

// The argument handling `sextant validate` and `sextant doctor` share: --help,
// usage errors with the help text and exit code 2, options that need a value,
// and the subcommand's own name dropped from the positional arguments.
class SubcommandParser final {
    Q_DECLARE_TR_FUNCTIONS(SubcommandParser)

public:
    SubcommandParser(const QString &name, const QString &description, QTextStream &out, QTextStream &err);

    QCommandLineParser &parser() { return m_parser; }
    // Options whose value may not be empty.
    void addValueOptions(const QList<QCommandLineOption> &options);

    // The positional arguments after the subcommand's name, or the exit code
    // when parsing ends the command (help shown: 0, usage error: 2).
    std::optional<int> parse(const QStringList &arguments, QStringList *positional);
    // Prints the message and the help text; returns 2.
    int usageError(const QString &message);

private:
    QCommandLineParser m_parser;
    QString m_name;
    QList<QCommandLineOption> m_valueOptions;
    QCommandLineOption m_help;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Sextant::App
