// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Sextant::Core {

// The subset of kubectl's JSONPath that CRD printer columns use, evaluated as
// the API server's table convertor does (missing keys give no result, not an
// error):
//   .a.b  .a.*  ..a  .labels.kubernetes\.io/name  [0] [-1] [1:3] [*]
//   ['a'] (as in kubectl, the quoted text is itself a path: ['a.b'] is .a.b)
//   [?(@.type=="Ready")] [?(@.x<5)] [?(@.z)]  with == != < <= > >=
// The expression may be wrapped in braces ("{.a}") or start with "$".
class JsonPath {
public:
    static Expected<JsonPath, QString> parse(const QString &expression);

    QString expression() const { return m_expression; }
    // Every match, in document order.
    QList<QJsonValue> evaluate(const QJsonValue &root) const;
    // The matches as `kubectl -o jsonpath` prints them: separated by spaces.
    QString print(const QJsonValue &root) const;

    // One value as kubectl prints it: strings raw, numbers as Go's %v,
    // objects and arrays as compact JSON.
    static QString printValue(const QJsonValue &value);
    // A float as Go's %v prints it: "0.75", "2", "1e+06", "1.234567e+06".
    static QString goFloat(double value);

    struct Step;

private:
    QString m_expression;
    std::shared_ptr<const std::vector<Step>> m_steps;
};

} // namespace Sextant::Core
