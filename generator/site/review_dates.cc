#include "site/review_dates.h"

namespace kunskap {

long DaysFromCivil(const std::string& date) {
  // Howard Hinnant's days_from_civil.
  long y = std::stol(date.substr(0, 4));
  unsigned m = std::stoul(date.substr(5, 2));
  unsigned d = std::stoul(date.substr(8, 2));
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void CheckReviewDates(const Site& site, const std::string& today, Diagnostics& diagnostics) {
  long now = DaysFromCivil(today);
  for (const auto& entry : site.pages) {
    const Page& page = entry.page;
    if (page.meta.review_by.empty()) continue;
    long due = DaysFromCivil(page.meta.review_by);
    std::string owner = page.meta.owner.empty() ? "" : " (owner: " + page.meta.owner + ")";
    if (due < now) {
      diagnostics.Error(page.meta.Where("review_by"),
                        "the page was due for review on " + page.meta.review_by + owner,
                        "review it and set a new review_by");
    } else if (due - now <= kReviewWarningDays) {
      diagnostics.Warning(page.meta.Where("review_by"),
                          "the page is due for review in " + std::to_string(due - now) +
                              " days, on " + page.meta.review_by + owner);
    }
  }
}

}  // namespace kunskap
