// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/metadata/metadatavalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Sextant::Core::MetadataValidation {

namespace {

qsizetype byteLength(const QString &value)
{
    return value.toUtf8().size();
}

bool matchesWhole(const QRegularExpression &pattern, const QString &value)
{
    return pattern.match(value).hasMatch();
}

// The apimachinery patterns, anchored: Go's MatchString on "^...$".
const QRegularExpression &subdomainPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\A[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z)"));
    return pattern;
}

const QRegularExpression &qualifiedNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\z)"));
    return pattern;
}

const QRegularExpression &labelValuePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?\z)"));
    return pattern;
}

QString tooLong(int limit)
{
    return QCoreApplication::translate("Sextant::Core", "must be no more than %1 characters").arg(limit);
}

} // namespace

QStringList dns1123Subdomain(const QString &value)
{
    QStringList problems;
    if (byteLength(value) > Dns1123SubdomainMaxLength)
        problems.append(tooLong(Dns1123SubdomainMaxLength));
    if (!matchesWhole(subdomainPattern(), value))
        problems.append(QCoreApplication::translate("Sextant::Core",
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, "
            "'-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')"));
    return problems;
}

QStringList dns1123Label(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A[a-z0-9]([-a-z0-9]*[a-z0-9])?\z)"));
    QStringList problems;
    if (byteLength(value) > Dns1123LabelMaxLength)
        problems.append(tooLong(Dns1123LabelMaxLength));
    if (!matchesWhole(pattern, value))
        problems.append(QCoreApplication::translate("Sextant::Core",
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start "
            "and end with an alphanumeric character (e.g. 'my-name', or '123-abc')"));
    return problems;
}

QStringList qualifiedName(const QString &value)
{
    QStringList problems;
    const QStringList parts = value.split(QLatin1Char('/'));
    QString name;
    if (parts.size() == 1) {
        name = parts.first();
    } else if (parts.size() == 2) {
        const QString &prefix = parts.first();
        name = parts.last();
        if (prefix.isEmpty()) {
            problems.append(QCoreApplication::translate("Sextant::Core", "prefix part must be non-empty"));
        } else {
            const QStringList prefixProblems = dns1123Subdomain(prefix);
            for (const QString &problem : prefixProblems)
                problems.append(QCoreApplication::translate("Sextant::Core", "prefix part %1").arg(problem));
        }
    } else {
        problems.append(QCoreApplication::translate("Sextant::Core",
            "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start "
            "and end with an alphanumeric character, with an optional DNS subdomain prefix and '/' "
            "(e.g. 'example.com/MyName')"));
        return problems;
    }

    if (name.isEmpty()) {
        problems.append(QCoreApplication::translate("Sextant::Core", "name part must be non-empty"));
    } else if (byteLength(name) > QualifiedNameMaxLength) {
        problems.append(
            QCoreApplication::translate("Sextant::Core", "name part %1").arg(tooLong(QualifiedNameMaxLength)));
    }
    if (!name.isEmpty() && !matchesWhole(qualifiedNamePattern(), name))
        problems.append(QCoreApplication::translate("Sextant::Core",
            "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end "
            "with an alphanumeric character (e.g. 'MyName', 'my.name' or '123-abc')"));
    return problems;
}

QStringList labelKey(const QString &key)
{
    return qualifiedName(key);
}

QStringList labelValue(const QString &value)
{
    QStringList problems;
    if (byteLength(value) > LabelValueMaxLength)
        problems.append(tooLong(LabelValueMaxLength));
    if (!matchesWhole(labelValuePattern(), value))
        problems.append(QCoreApplication::translate("Sextant::Core",
            "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or "
            "'.', and must start and end with an alphanumeric character (e.g. 'MyValue', 'my_value' or "
            "'12345')"));
    return problems;
}

QStringList annotationKey(const QString &key)
{
    // ValidateAnnotations checks strings.ToLower(key): upper case is fine here.
    return qualifiedName(key.toLower());
}

qsizetype annotationsSize(const QMap<QString, QString> &annotations)
{
    qsizetype total = 0;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
        total += byteLength(it.key()) + byteLength(it.value());
    return total;
}

QStringList annotations(const QMap<QString, QString> &annotations)
{
    QStringList problems;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        const QStringList keyProblems = annotationKey(it.key());
        for (const QString &problem : keyProblems)
            problems.append(it.key() + QStringLiteral(": ") + problem);
    }
    const qsizetype size = annotationsSize(annotations);
    if (size > TotalAnnotationSizeLimit)
        problems.append(QCoreApplication::translate(
            "Sextant::Core", "annotations may not be more than %1 bytes in total (these are %2 bytes)")
                            .arg(TotalAnnotationSizeLimit)
                            .arg(size));
    return problems;
}

QStringList labels(const QMap<QString, QString> &labels)
{
    QStringList problems;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const QStringList found = labelKey(it.key()) + labelValue(it.value());
        for (const QString &problem : found)
            problems.append(it.key() + QStringLiteral(": ") + problem);
    }
    return problems;
}

QStringList taintKey(const QString &key)
{
    return qualifiedName(key);
}

QStringList taintValue(const QString &value)
{
    return labelValue(value);
}

QStringList taintEffects()
{
    return { QStringLiteral("NoSchedule"), QStringLiteral("PreferNoSchedule"), QStringLiteral("NoExecute") };
}

QStringList taintEffect(const QString &effect)
{
    if (effect.isEmpty())
        return { QCoreApplication::translate("Sextant::Core", "an effect is required") };
    if (!taintEffects().contains(effect))
        return { QCoreApplication::translate("Sextant::Core", "unsupported effect \"%1\": use %2")
                     .arg(effect, taintEffects().join(QStringLiteral(", "))) };
    return {};
}

} // namespace Sextant::Core::MetadataValidation
