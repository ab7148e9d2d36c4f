// Pages past their review date are errors for a CI check, pages due within 30 days warnings:
// guidance nobody has checked for a year should not be published as current.
#pragma once

#include <string>

#include "site/site_model.h"

namespace kunskap {

inline constexpr int kReviewWarningDays = 30;

void CheckReviewDates(const Site& site, const std::string& today, Diagnostics& diagnostics);

/// Days since 1970-01-01 of a valid YYYY-MM-DD date.
long DaysFromCivil(const std::string& date);

}  // namespace kunskap
