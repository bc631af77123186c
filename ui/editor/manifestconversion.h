// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Sextant::Ui {

struct ConversionResult {
    bool ok = false;
    QString text; // the converted text when ok
    QString error; // why not, with line:column when known
};

// YAML (one or more documents) to indented JSON. Several documents become a
// v1 List, as kubectl prints them. Comments do not survive: JSON has none.
ConversionResult yamlToJson(const QByteArray &utf8);

// JSON to block YAML as kubectl -o yaml prints it.
ConversionResult jsonToYaml(const QByteArray &utf8);

} // namespace Sextant::Ui
