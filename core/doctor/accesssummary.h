// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain-language summaries of what the API server says about the current user,
// for the connection doctor:
//
//   AccessSummary::describeUserInfo(ssr["status"]["userInfo"])
//       -> "Authenticated as admin (groups: system:masters, system:authenticated)"
//   AccessSummary::describeRulesReview(ssrr["status"], "demo")
//       -> "In namespace demo: get/list/watch pods, services, ... and 30 more; cannot create, change
//           or delete anything; cannot read secrets"
//
// SelfSubjectRulesReview is a hint for UIs only (it may be incomplete); the
// summary never claims more than the rules say.

#include <QJsonObject>
#include <QString>

namespace Sextant::Core::AccessSummary {

// status.userInfo of a SelfSubjectReview.
QString describeUserInfo(const QJsonObject &userInfo);

// status of a SelfSubjectRulesReview for namespaceName.
QString describeRulesReview(const QJsonObject &status, const QString &namespaceName);

// True when the rules allow every verb on every resource (cluster-admin).
bool grantsEverything(const QJsonObject &status);

} // namespace Sextant::Core::AccessSummary
