/* The one check of a date filter value (--since, --until, the API's since
 * and until, ent_store_filter, ent_dyad_options): see entente/common.h.
 * Filters compare ISO dates as strings, so a value that is not a real date
 * prefix ("last-year", "2025-13") would silently match nothing or
 * everything; it is refused here instead, with one message everywhere. */
#include <string.h> /* strlen */

#include "entente/common.h"
#include "util/error.h" /* ent_error_set */

static int digits(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

#define FORMS "dates are YYYY, YYYY-MM or YYYY-MM-DD"

int ent_date_filter_check(const char *value)
{
	ENT_RETURN_ERROR_IF(!value, ENT_EINVAL, "no date given (" FORMS ")");
	size_t n = strlen(value);
	int shaped = (n == 4 || n == 7 || n == 10) && (n < 7 || value[4] == '-') && (n < 10 || value[7] == '-');
	int y = shaped ? digits(value, 4) : -1;
	int m = shaped && n >= 7 ? digits(value + 5, 2) : 1;
	int d = shaped && n == 10 ? digits(value + 8, 2) : 1;
	ENT_RETURN_ERROR_IF(y < 0 || m < 0 || d < 0, ENT_EINVAL, "'%.60s' is not a date (" FORMS ")", value);
	ENT_RETURN_ERROR_IF(m < 1 || m > 12, ENT_EINVAL, "'%s' is not a date: there is no month %d (" FORMS ")",
			    value, m);
	ENT_RETURN_ERROR_IF(d < 1 || d > days_in_month(y, m), ENT_EINVAL,
			    "'%s' is not a date: month %d has no day %d (" FORMS ")", value, m, d);
	return 0;
}
