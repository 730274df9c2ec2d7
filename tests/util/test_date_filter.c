#include <string.h> /* strstr */

#include "harness.h"
#include "entente/common.h"

static void test_util_date_filter__accepts_real_date_prefixes(void)
{
	static const char *const good[] = { "2024", "2024-01", "2024-12", "2024-02-29", "2000-02-29",
					     "2023-12-31", "0999", "2025-04-30" };
	for (size_t i = 0; i < sizeof good / sizeof *good; i++)
		CHECK_INT_EQ(ent_date_filter_check(good[i]), 0);
}

static void test_util_date_filter__refuses_with_the_value(void)
{
	static const char *const bad[] = { "last-year", "2025-13", "2025-00", "2023-02-29", "1900-02-29",
					   "2024-04-31", "2024-1", "24", "2024/01", "2024-01-01T00", "", "2024-01-00",
					   "20240101", " 2024" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		CHECK_INT_EQ(ent_date_filter_check(bad[i]), ENT_EINVAL);
		/* the message quotes the value and says what a date is */
		char quoted[64];
		snprintf(quoted, sizeof quoted, "'%s'", bad[i]);
		CHECK(strstr(ent_error_last(), quoted) != NULL);
		CHECK(strstr(ent_error_last(), "YYYY-MM-DD") != NULL);
	}
	CHECK_INT_EQ(ent_date_filter_check(NULL), ENT_EINVAL);
	CHECK_INT_EQ(ent_date_filter_check("2025-13"), ENT_EINVAL);
	CHECK(strstr(ent_error_last(), "no month 13") != NULL);
}

static const ent_test_case tests[] = {
	{ "test_util_date_filter__accepts_real_date_prefixes", test_util_date_filter__accepts_real_date_prefixes },
	{ "test_util_date_filter__refuses_with_the_value", test_util_date_filter__refuses_with_the_value },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
