/* Sentence boundaries on the cases English news text needs: abbreviations,
 * initials, decimals, quotations, dashes and line breaks. Each case lists
 * the sentences expected, so a wrong split or a missed one both fail. */
#include "harness.h"
#include "util/buf.h" /* ent_buf_printf */

#include <string.h> /* strlen, memcmp */

#include "entente/text.h"
#include "util/alloc.h"

/* Segment `text` and compare with the NULL-terminated list `want`. */
static void expect_sentences(const char *text, const char *const *want)
{
	ent_segmenter *seg = NULL;
	CHECK_INT_EQ(ent_segmenter_new(&seg, NULL), 0);
	if (!seg)
		return;
	const ent_span *s = NULL;
	size_t n = 0;
	CHECK_INT_EQ(ent_segmenter_sentences(seg, &s, &n, text, strlen(text)), 0);
	size_t nwant = 0;
	while (want[nwant])
		nwant++;
	int ok = n == nwant;
	for (size_t i = 0; ok && i < n; i++)
		ok = s[i].end - s[i].start == strlen(want[i]) &&
		     memcmp(text + s[i].start, want[i], strlen(want[i])) == 0;
	if (!ok) {
		printf("  segmenting: %s\n  got %zu sentences:\n", text, n);
		for (size_t i = 0; i < n; i++)
			printf("    [%.*s]\n", (int)(s[i].end - s[i].start), text + s[i].start);
		printf("  expected %zu:\n", nwant);
		for (size_t i = 0; i < nwant; i++)
			printf("    [%s]\n", want[i]);
	}
	CHECK(ok);
	ent_segmenter_free(seg);
}

#define EXPECT(text, ...)                                                   \
	do {                                                                \
		static const char *const want_[] = { __VA_ARGS__, NULL };   \
		expect_sentences(text, want_);                              \
	} while (0)

static void test_text_sentence__titles_and_ranks(void)
{
	EXPECT("Lt. Gen. John Smith met Mr. Jones and Dr. Ahmadi. Sen. Kaine agreed.",
	       "Lt. Gen. John Smith met Mr. Jones and Dr. Ahmadi.", "Sen. Kaine agreed.");
	EXPECT("Gov. Abbott and Rep. Cole spoke to Prof. Lee. Col. Ruiz did not.",
	       "Gov. Abbott and Rep. Cole spoke to Prof. Lee.", "Col. Ruiz did not.");
}

static void test_text_sentence__abbreviations(void)
{
	EXPECT("The U.S. Congress voted on Jan. 3 to fund Acme Inc. projects. It passed.",
	       "The U.S. Congress voted on Jan. 3 to fund Acme Inc. projects.", "It passed.");
	EXPECT("Troops left the U.S. The base closed.", "Troops left the U.S.", "The base closed.");
	EXPECT("Resolution No. 2334 passed at St. Petersburg. No. The vote failed.",
	       "Resolution No. 2334 passed at St. Petersburg.", "No.", "The vote failed.");
	EXPECT("The U.N. Security Council met at 9 a.m. on Monday.",
	       "The U.N. Security Council met at 9 a.m. on Monday.");
}

static void test_text_sentence__initials(void)
{
	EXPECT("J. R. R. Tolkien wrote it. George W. Bush read it.",
	       "J. R. R. Tolkien wrote it.", "George W. Bush read it.");
	EXPECT("They chose Plan B. The others left.", "They chose Plan B.", "The others left.");
}

static void test_text_sentence__decimals_and_money(void)
{
	EXPECT("Growth was 3.5 percent, or $1.2 billion. Inflation hit 12.75%.",
	       "Growth was 3.5 percent, or $1.2 billion.", "Inflation hit 12.75%.");
}

static void test_text_sentence__quotations(void)
{
	EXPECT("He said “we will fight.” Then he left.", "He said “we will fight.”",
	       "Then he left.");
	EXPECT("\"Are you sure?\" he asked. \"Yes!\" she said.", "\"Are you sure?\" he asked.",
	       "\"Yes!\" she said.");
	EXPECT("Erdogan called Israel a “terror state.” His adviser agreed.",
	       "Erdogan called Israel a “terror state.”", "His adviser agreed.");
	EXPECT("“Why?” asked Aliyev. “Because,” Pashinyan said, “we can.”",
	       "“Why?” asked Aliyev.", "“Because,” Pashinyan said, “we can.”");
}

static void test_text_sentence__dashes_and_hyphens(void)
{
	EXPECT("Nagorno-Karabakh is — as always – tense. Baku disagrees.",
	       "Nagorno-Karabakh is — as always – tense.", "Baku disagrees.");
}

static void test_text_sentence__line_breaks(void)
{
	EXPECT("The minister said\nthat he would go. Then\nhe went.",
	       "The minister said\nthat he would go.", "Then\nhe went.");
	/* A line break after a full stop still ends the sentence. */
	EXPECT("He came.\nShe left.", "He came.", "She left.");
	/* A blank line always ends one, even without punctuation. */
	EXPECT("Analysis | Middle East\n\nBaku sided with Tel Aviv",
	       "Analysis | Middle East", "Baku sided with Tel Aviv");
	EXPECT("Title line\n \t\nBody text here.\r\n\r\nNext paragraph",
	       "Title line", "Body text here.", "Next paragraph");
	/* A list item on the next line starts a new sentence. */
	EXPECT("Their demands were\n- a ceasefire\n• talks in Vienna\n2. a prisoner swap",
	       "Their demands were", "- a ceasefire", "• talks in Vienna", "2. a prisoner swap");
	EXPECT("Growth reached\n3.5 percent in 2023.", "Growth reached\n3.5 percent in 2023.");
	/* Gen. at the end of a line continues onto the next. */
	EXPECT("They met Lt.\nGen. Smith today.", "They met Lt.\nGen. Smith today.");
}

static void test_text_sentence__spans_trim_space(void)
{
	const char *t = "  \xC2\xA0Hello there.   Bye now.  \n";
	ent_segmenter *seg = NULL;
	CHECK_INT_EQ(ent_segmenter_new(&seg, NULL), 0);
	const ent_span *s;
	size_t n;
	CHECK_INT_EQ(ent_segmenter_sentences(seg, &s, &n, t, strlen(t)), 0);
	CHECK_INT_EQ(n, 2);
	if (n == 2) {
		CHECK_INT_EQ(s[0].start, 4);
		CHECK_INT_EQ(s[0].end, 16);
		CHECK_INT_EQ(s[1].start, 19);
		CHECK_INT_EQ(s[1].end, 27);
	}
	/* Empty and all-space texts have no sentences. */
	CHECK_INT_EQ(ent_segmenter_sentences(seg, &s, &n, "", 0), 0);
	CHECK_INT_EQ(n, 0);
	CHECK_INT_EQ(ent_segmenter_sentences(seg, &s, &n, " \n\n ", 4), 0);
	CHECK_INT_EQ(n, 0);
	ent_segmenter_free(seg);
}

static void test_text_sentence__icu_only_differs(void)
{
	/* The comparison mode gives ICU's own answer, which the fix-ups
	 * improve on: this checks the fix-ups are what does the work. */
	ent_segmenter_options o;
	CHECK_INT_EQ(ent_segmenter_options_init(&o, ENT_SEGMENTER_OPTIONS_VERSION), 0);
	o.icu_only = 1;
	ent_segmenter *seg = NULL;
	CHECK_INT_EQ(ent_segmenter_new(&seg, &o), 0);
	const char *t = "Lt. Gen. John Smith met George W. Bush.";
	const ent_span *s;
	size_t n = 0;
	CHECK_INT_EQ(ent_segmenter_sentences(seg, &s, &n, t, strlen(t)), 0);
	CHECK(n > 1);
	ent_segmenter_free(seg);
}

static void test_text_sentence__clone_segments_alike(void)
{
	ent_segmenter_options o = ENT_SEGMENTER_OPTIONS_INIT;
	o.icu_only = 1;
	ent_segmenter *a = NULL, *b = NULL, *c = NULL, *d = NULL;
	CHECK_INT_EQ(ent_segmenter_new(&a, NULL), 0);
	CHECK_INT_EQ(ent_segmenter_new(&c, &o), 0);
	CHECK_INT_EQ(ent_segmenter_clone(&b, a), 0);
	ent_segmenter *e = (ent_segmenter *)1;
	CHECK_INT_EQ(ent_segmenter_clone(&e, NULL), ENT_EINVAL);
	CHECK(e == NULL);
	const char *t = "Lt. Gen. Smith met George W. Bush. They spoke.";
	const ent_span *s;
	size_t n = 0;
	/* The clone keeps the fix-ups; the clone of an ICU-only one does not. */
	if (b) {
		CHECK_INT_EQ(ent_segmenter_sentences(b, &s, &n, t, strlen(t)), 0);
		CHECK_INT_EQ(n, 2);
	}
	CHECK_INT_EQ(ent_segmenter_clone(&d, c), 0);
	if (d) {
		CHECK_INT_EQ(ent_segmenter_sentences(d, &s, &n, t, strlen(t)), 0);
		CHECK(n > 2);
	}
	/* The original still works after its clone was used. */
	CHECK_INT_EQ(ent_segmenter_sentences(a, &s, &n, t, strlen(t)), 0);
	CHECK_INT_EQ(n, 2);
	ent_segmenter_free(a);
	ent_segmenter_free(b);
	ent_segmenter_free(c);
	ent_segmenter_free(d);
}

static void test_text_sentence__bad_arguments(void)
{
	ent_segmenter_options o = ENT_SEGMENTER_OPTIONS_INIT;
	o.version = 99;
	ent_segmenter *seg = (ent_segmenter *)1;
	CHECK_INT_EQ(ent_segmenter_new(&seg, &o), ENT_EINVAL);
	CHECK(seg == NULL);
	CHECK(strstr(ent_error_last(), "99") != NULL);
	o.version = ENT_SEGMENTER_OPTIONS_VERSION;
	o.locale = "xx_BOGUS@ss=nonsense";
	/* ICU falls back to root rules for unknown locales: still usable. */
	int rc = ent_segmenter_new(&seg, &o);
	CHECK(rc == 0 || rc == ENT_EUNSUPPORTED);
	ent_segmenter_free(seg);
	ent_segmenter_free(NULL);
	CHECK_INT_EQ(ent_segmenter_new(&seg, NULL), 0);
	const ent_token *tok;
	size_t n;
	ent_span bad = { 5, 100 };
	CHECK_INT_EQ(ent_segmenter_words(seg, &tok, &n, "short", 5, bad), ENT_EINVAL);
	CHECK(strstr(ent_error_last(), "100") != NULL);
	ent_segmenter_free(seg);
}

static void test_text_sentence__each_allocation_failure_is_reported(void)
{
	const char *t = "One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten.";
	for (size_t k = 1;; k++) {
		ent__alloc_fail_after(k);
		ent_segmenter *seg = NULL;
		int rc = ent_segmenter_new(&seg, NULL);
		const ent_span *s;
		size_t n = 0;
		if (rc == 0)
			rc = ent_segmenter_sentences(seg, &s, &n, t, strlen(t));
		size_t count = ent__alloc_fail_after(0);
		ent_segmenter_free(seg);
		if (rc == 0) {
			CHECK_INT_EQ(n, 10);
			CHECK(count < k);
			break;
		}
		CHECK_INT_EQ(rc, ENT_ENOMEM);
	}
}

static size_t words_in(const char *s, size_t b, size_t e)
{
	size_t n = 0;
	for (size_t i = b; i < e; i++)
		n += s[i] != ' ' && (i == b || s[i - 1] == ' ');
	return n;
}

static void test_text_sentence__run_on_text_is_cut(void)
{
	/* 2,000 words without a stop: pieces of at most 512 words, in order,
	 * covering every word; a comma in a piece's last quarter is where it
	 * ends. */
	ent_buf b = ENT_BUF_INIT;
	for (int i = 0; i < 2000; i++)
		ent_buf_printf(&b, "%sword%d%s", i ? " " : "", i, i == 450 ? "," : "");
	ent_segmenter *seg = NULL;
	CHECK_INT_EQ(ent_segmenter_new(&seg, NULL), 0);
	const ent_span *sp;
	size_t n = 0;
	CHECK_INT_EQ(ent_segmenter_sentences(seg, &sp, &n, b.ptr, b.size), 0);
	CHECK_INT_EQ(n, 5); /* 451 + 512 + 512 + 512 + 13 */
	size_t total = 0, at = 0;
	for (size_t i = 0; i < n; i++) {
		size_t w = words_in(b.ptr, sp[i].start, sp[i].end);
		CHECK(w <= ENT_SENTENCE_MAX_WORDS);
		CHECK(sp[i].start >= at);
		at = sp[i].end;
		total += w;
	}
	CHECK_INT_EQ(total, 2000);
	CHECK(n > 0 && b.ptr[sp[0].end - 1] == ',');
	CHECK_INT_EQ(words_in(b.ptr, sp[0].start, sp[0].end), 451);
	CHECK_INT_EQ(words_in(b.ptr, sp[1].start, sp[1].end), ENT_SENTENCE_MAX_WORDS);
	CHECK(n > 0 && sp[n - 1].end == b.size);
	ent_segmenter_free(seg);
	ent_buf_dispose(&b);
}

static const ent_test_case tests[] = {
	{ "test_text_sentence__titles_and_ranks", test_text_sentence__titles_and_ranks },
	{ "test_text_sentence__abbreviations", test_text_sentence__abbreviations },
	{ "test_text_sentence__initials", test_text_sentence__initials },
	{ "test_text_sentence__decimals_and_money", test_text_sentence__decimals_and_money },
	{ "test_text_sentence__quotations", test_text_sentence__quotations },
	{ "test_text_sentence__dashes_and_hyphens", test_text_sentence__dashes_and_hyphens },
	{ "test_text_sentence__line_breaks", test_text_sentence__line_breaks },
	{ "test_text_sentence__spans_trim_space", test_text_sentence__spans_trim_space },
	{ "test_text_sentence__icu_only_differs", test_text_sentence__icu_only_differs },
	{ "test_text_sentence__clone_segments_alike", test_text_sentence__clone_segments_alike },
	{ "test_text_sentence__run_on_text_is_cut", test_text_sentence__run_on_text_is_cut },
	{ "test_text_sentence__bad_arguments", test_text_sentence__bad_arguments },
	{ "test_text_sentence__each_allocation_failure_is_reported", test_text_sentence__each_allocation_failure_is_reported },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
