// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// The apiserver's rules for object metadata, checked before sending so an
// editor can say what is wrong next to the field. Each function returns the
// problems found, in the apiserver's words (translated), or an empty list
// when the value is valid. Lengths count UTF-8 bytes, as Go does.
// Mirrors k8s.io/apimachinery pkg/util/validation (IsQualifiedName,
// IsValidLabelValue, IsDNS1123Subdomain) and pkg/api/validation
// (ValidateAnnotations), and the taint rules of pkg/apis/core/validation.
namespace Sextant::Core::MetadataValidation {

// Limits the apiserver enforces.
inline constexpr int Dns1123SubdomainMaxLength = 253;
inline constexpr int Dns1123LabelMaxLength = 63;
inline constexpr int QualifiedNameMaxLength = 63; // the name part
inline constexpr int LabelValueMaxLength = 63;
inline constexpr qsizetype TotalAnnotationSizeLimit = 256 * 1024; // bytes of all keys and values

// Lower-case RFC 1123 subdomain: "example.com", at most 253 characters.
QStringList dns1123Subdomain(const QString &value);

// Lower-case RFC 1123 label: "my-name", at most 63 characters (namespaces, services).
QStringList dns1123Label(const QString &value);

// [prefix/]name: an optional DNS subdomain prefix and a name of at most 63
// characters of [A-Za-z0-9] with '-', '_' or '.' inside ("example.com/MyName").
QStringList qualifiedName(const QString &value);

// Label keys are qualified names.
QStringList labelKey(const QString &key);
// Empty, or at most 63 characters of [A-Za-z0-9] with '-', '_' or '.' inside.
QStringList labelValue(const QString &value);

// Annotation keys are qualified names once lower-cased: the apiserver
// accepts "Example.com/key" here, not in labels.
QStringList annotationKey(const QString &key);
// The bytes the apiserver counts for annotations: every key plus every value.
qsizetype annotationsSize(const QMap<QString, QString> &annotations);
// Every key, and the total size (at most 256 KiB).
QStringList annotations(const QMap<QString, QString> &annotations);
// Every key and value.
QStringList labels(const QMap<QString, QString> &labels);

// Taints: the key is a qualified name (required), the value follows the label
// value rules, the effect is NoSchedule, PreferNoSchedule or NoExecute.
QStringList taintKey(const QString &key);
QStringList taintValue(const QString &value);
QStringList taintEffect(const QString &effect);
QStringList taintEffects(); // the three valid effects, in kubectl's order

} // namespace Sextant::Core::MetadataValidation
