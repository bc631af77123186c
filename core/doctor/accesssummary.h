// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain-language summaries of what the API server says about the current user,
// for the connection doctor:
//
//   AccessSummary::describeUserInfo(userInfo)          // Permissions::whoAmI()
//       -> "Authenticated as admin (groups: system:masters, system:authenticated)"
//   AccessSummary::describeRulesReview(review, "demo") // Permissions::rules()
//       -> "In namespace demo: get/list/watch pods, services, ... and 30 more; cannot create, change
//           or delete anything; cannot read secrets"
//
// SelfSubjectRulesReview is a hint for UIs only (it may be incomplete); the
// summary never claims more than the rules say.

#include "core/api/permissions.h"

#include <QString>

namespace Sextant::Core::AccessSummary {

QString describeUserInfo(const UserInfo &userInfo);

// The rules of namespaceName; incomplete and evaluationError are for the caller to add.
QString describeRulesReview(const RulesReview &review, const QString &namespaceName);

// True when the rules allow every verb on every resource (cluster-admin).
bool grantsEverything(const RulesReview &review);

} // namespace Sextant::Core::AccessSummary
