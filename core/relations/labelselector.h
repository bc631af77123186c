// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sextant::Core {

// One clause of a label selector, as in k8s.io/apimachinery/pkg/labels.
struct LabelRequirement {
    enum class Operator {
        Equals, // a=b, a==b, matchLabels
        NotEquals, // a!=b (also true when a is absent)
        In, // a in (x,y)
        NotIn, // a notin (x,y) (also true when a is absent)
        Exists, // a
        DoesNotExist, // !a
        GreaterThan, // a>1 (integer values; node selectors)
        LessThan, // a<1
    };
    QString key;
    Operator op = Operator::Exists;
    QStringList values; // sorted, unique; one for Equals/NotEquals/GreaterThan/LessThan

    bool matches(const QJsonObject &labels) const;
    QString toString() const; // "a in (x,y)"
    friend bool operator==(const LabelRequirement &, const LabelRequirement &) = default;
};

// Where and why a selector is invalid; message is translated and names the
// offending part, e.g. "expected \"(\" after \"in\", found \"x\"".
struct LabelSelectorError {
    QString message;
    int position = -1; // 0-based character offset in the parsed text, -1 when not from text
};

// A set of requirements that must all hold ("AND"). The default selector is
// empty and matches everything; nothing() matches no object at all (a nil
// metav1.LabelSelector, a Service without selector).
class LabelSelector {
    Q_DECLARE_TR_FUNCTIONS(LabelSelector)
public:
    using ParseResult = Expected<LabelSelector, LabelSelectorError>;

    LabelSelector() = default;
    static LabelSelector nothing();

    // The string form kubectl -l takes: "a=b,c!=d,e in (x,y),f notin (z),g,!h,i>1".
    static ParseResult parse(const QString &text);
    // A metav1.LabelSelector {matchLabels, matchExpressions}. Null/absent matches
    // nothing; {} matches everything.
    static ParseResult fromJson(const QJsonValue &selector);
    // A plain map of equalities (Service spec.selector, ReplicationController).
    static LabelSelector fromMatchLabels(const QJsonObject &matchLabels);

    bool matches(const QJsonObject &labels) const;
    // Reads metadata.labels of a whole object.
    bool matchesObject(const QJsonObject &object) const;

    bool isEverything() const { return !m_nothing && m_requirements.isEmpty(); }
    bool isNothing() const { return m_nothing; }
    QList<LabelRequirement> requirements() const { return m_requirements; }
    // Canonical string form, parseable again; "" for everything.
    QString toString() const;

    void add(const LabelRequirement &requirement);
    friend bool operator==(const LabelSelector &, const LabelSelector &) = default;

private:
    QList<LabelRequirement> m_requirements; // sorted by key, like the apimachinery parser
    bool m_nothing = false;
};

// Label keys and values as the API server validates them; each returns a
// translated reason or "" when valid.
QString labelKeyProblem(const QString &key);
QString labelValueProblem(const QString &value);

} // namespace Sextant::Core
