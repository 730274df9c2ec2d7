#include <string.h> /* strcmp */

#include "harness.h"
#include "util/error.h" /* ent_error_set */

/* Callers add context to the previous message by passing it back in
 * ("since: %s", ent_error_last()); the result must hold it whole. */
static void test_util_error__prefix_keeps_the_previous_message(void)
{
	ent_error_set(ENT_EINVAL, "'%s' is not a date: there is no month 13", "2024-13");
	ent_error_set(ENT_EINVAL, "since: %s", ent_error_last());
	CHECK(strcmp(ent_error_last(), "since: '2024-13' is not a date: there is no month 13") == 0);
	CHECK_INT_EQ(ent_error_last_code(), ENT_EINVAL);
}

static const ent_test_case tests[] = {
	{ "test_util_error__prefix_keeps_the_previous_message", test_util_error__prefix_keeps_the_previous_message },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
