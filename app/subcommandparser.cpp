// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "app/subcommandparser.h"

#include <QTextStream>

namespace Sextant::App {

SubcommandParser::SubcommandParser(const QString &name, const QString &description, QTextStream &out, QTextStream &err)
    : m_name(name)
    , m_help(m_parser.addHelpOption())
    , m_out(out)
    , m_err(err)
{
    m_parser.setApplicationDescription(description);
}

void SubcommandParser::addValueOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
    m_valueOptions += options;
}

std::optional<int> SubcommandParser::parse(const QStringList &arguments, QStringList *positional)
{
    if (!m_parser.parse(arguments)) {
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(m_help)) {
        m_out << m_parser.helpText();
        m_out.flush();
        return 0;
    }
    for (const QCommandLineOption &option : std::as_const(m_valueOptions)) {
        if (m_parser.isSet(option) && m_parser.value(option).isEmpty()) {
            return usageError(tr("--%1 needs a value").arg(option.names().constLast()));
        }
    }
    *positional = m_parser.positionalArguments();
    if (!positional->isEmpty() && positional->constFirst() == m_name) {
        positional->removeFirst();
    }
    return std::nullopt;
}

int SubcommandParser::usageError(const QString &message)
{
    m_err << message << '\n' << m_parser.helpText();
    m_err.flush();
    return 2;
}

} // namespace Sextant::App
