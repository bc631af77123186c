// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/kinds/kindrenderer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Small JSON accessors the per-kind renderers share; internal to core/kinds.
namespace Sextant::Core::RenderHelpers {

// Column shorthands; titles stay untranslated (QT_TRANSLATE_NOOP at the call site).
ColumnSpec text(const char *title, bool showsHealth = false);
ColumnSpec number(const char *title, bool showsHealth = false);
ColumnSpec nameColumn();
ColumnSpec ageColumn();

QJsonObject object(const QJsonObject &o, const char *key);
QJsonArray array(const QJsonObject &o, const char *key);
QString string(const QJsonObject &o, const char *key);
qint64 integer(const QJsonObject &o, const char *key, qint64 fallback = 0);
QString annotation(const QJsonObject &o, const char *key);

// The condition of this type, or an empty object.
QJsonObject condition(const QJsonObject &status, const char *type);
bool conditionIsTrue(const QJsonObject &status, const char *type);

// kubectl's translateTimestampSince: "<unknown>" for a missing time, else a HumanDuration.
QString ageSince(const QDateTime &time, const QDateTime &now);
QDateTime timestamp(const QJsonObject &o, const char *key);

// kubectl's "a,b,c + 2 more..." list, "<unset>" when empty.
QString listWithMore(const QStringList &shown, qsizetype total, qsizetype max);

// metav1.FormatLabelSelector: "a=b,c in (d,e)" or "<none>".
QString formatLabelSelector(const QJsonObject &selector);

// helper.GetAccessModesAsString: "RWO,ROX,RWX,RWOP" in that order.
QString accessModes(const QJsonArray &modes);

// Load balancer ingress IPs/hostnames, sorted and joined. Not cut to 16 characters:
// the API server renders tables in wide mode, so kubectl get prints them whole.
QString loadBalancerAddresses(const QJsonObject &loadBalancerStatus);

} // namespace Sextant::Core::RenderHelpers
