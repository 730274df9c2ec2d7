/* The user's search text as an FTS5 query: words are quoted, operators
 * pass only where FTS5 can read them, and what cannot be read names its
 * character. The store test runs such queries against a database. */
#include "harness.h"

#include "entente/common.h" /* ent_buf, ent_error_last */
#include "store/fts_query.h"
#include "util/buf.h" /* ent_buf_dispose */

/* The FTS5 query for `text`, or "ERROR: message". */
static const char *translate(const char *text)
{
	static char got[512];
	ent_buf b = ENT_BUF_INIT;
	int r = ent_store__fts_query(&b, text);
	snprintf(got, sizeof got, "%s%s", r ? "ERROR: " : "", r ? ent_error_last() : b.ptr);
	ent_buf_dispose(&b);
	return got;
}

static void test_store_fts_query__words_are_quoted(void)
{
	CHECK_STR_EQ(translate("S-400"), "\"S-400\"");
	CHECK_STR_EQ(translate("Turkey S-400"), "\"Turkey\" AND \"S-400\"");
	CHECK_STR_EQ(translate("Erdogan's  text:col ^start a+b"),
		     "\"Erdogan's\" AND \"text:col\" AND \"^start\" AND \"a+b\"");
	CHECK_STR_EQ(translate("pipe*"), "\"pipe\"*");
	CHECK_STR_EQ(translate("\"defence pact\" \"S-4\"*"), "\"defence pact\" AND \"S-4\"*");
	/* A word without letters or digits is nothing the index holds. */
	CHECK_STR_EQ(translate("pact -- * ;"), "\"pact\"");
	CHECK_STR_EQ(translate("Ankara\xe2\x80\x94" "Baku \xe2\x80\x94 \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"),
		     "\"Ankara\xe2\x80\x94" "Baku\" AND \"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0\"");
}

static void test_store_fts_query__operators_where_they_fit(void)
{
	CHECK_STR_EQ(translate("a OR b"), "\"a\" OR \"b\"");
	CHECK_STR_EQ(translate("a NOT b"), "\"a\" NOT \"b\"");
	CHECK_STR_EQ(translate("a AND NOT b"), "\"a\" NOT \"b\"");
	CHECK_STR_EQ(translate("pipeline AND (Baku OR Ankara)"), "\"pipeline\" AND (\"Baku\" OR \"Ankara\")");
	CHECK_STR_EQ(translate("(Baku OR Ankara) pipeline"), "(\"Baku\" OR \"Ankara\") AND \"pipeline\"");
	/* Misplaced, or not in capitals, they are words. */
	CHECK_STR_EQ(translate("OR rock AND"), "\"OR\" AND \"rock\" AND \"AND\"");
	CHECK_STR_EQ(translate("NOT now"), "\"NOT\" AND \"now\"");
	CHECK_STR_EQ(translate("war or peace"), "\"war\" AND \"or\" AND \"peace\"");
	CHECK_STR_EQ(translate("a OR (b)"), "\"a\" OR (\"b\")");
	CHECK_STR_EQ(translate("'); DROP TABLE documents; --"),
		     "\"DROP\" AND \"TABLE\" AND \"documents;\"");
}

static void test_store_fts_query__no_syntax_errors(void)
{
	/* What FTS5 would refuse is read as the user meant it. */
	CHECK_STR_EQ(translate("a \"unterminated S-4"), "\"a\" AND \"unterminated S-4\"");
	CHECK_STR_EQ(translate("a) b"), "\"a\" AND \"b\"");
	CHECK_STR_EQ(translate("(a (b) OR c"), "\"a\" AND (\"b\") OR \"c\"");
	CHECK_STR_EQ(translate("a ( -- ) b"), "\"a\" AND \"b\"");
	CHECK_STR_EQ(translate("((a OR b) c"), "(\"a\" OR \"b\") AND \"c\"");
	/* Only a query with nothing to look for is an error. */
	CHECK_STR_EQ(translate("-- \"\" ()"), "ERROR: search: \"-- \"\" ()\" has no word to look for");
}

static const ent_test_case cases[] = {
	{ "test_store_fts_query__words_are_quoted", test_store_fts_query__words_are_quoted },
	{ "test_store_fts_query__operators_where_they_fit", test_store_fts_query__operators_where_they_fit },
	{ "test_store_fts_query__no_syntax_errors", test_store_fts_query__no_syntax_errors },
	{ NULL, NULL },
};

ENT_TEST_MAIN(cases)
