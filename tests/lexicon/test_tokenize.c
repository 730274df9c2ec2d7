#include <string.h>

#include "harness.h"
#include "lexicon/tokenize.h"

static void test_lexicon_tokenize__words_and_clitics(void)
{
	ent_toklist tl = { 0 };
	const char *s = "Israel's army didn't attack U.S. forces, Mr. Smith said.";
	CHECK_INT_EQ(ent_lexicon__tokenize(&tl, s, strlen(s), 100), 0);
	const char *want[] = { "israel", "'s", "army", "did", "n't", "attack", "u.s.", "forces", ",", "mr.", "smith", "said", "." };
	CHECK_INT_EQ(tl.n, 13);
	for (size_t i = 0; i < tl.n && i < 13; i++)
		CHECK_STR_EQ(ent_tok_norm(&tl, i), want[i]);
	CHECK(tl.toks[1].flags & ENT_TOK_POSS);
	CHECK(tl.toks[4].flags & ENT_TOK_NEG);
	CHECK(tl.toks[0].flags & ENT_TOK_CAP);
	CHECK_INT_EQ(tl.toks[0].start, 100);
	CHECK_INT_EQ(tl.toks[0].end, 106);
	ent_toklist_dispose(&tl);
}

static void test_lexicon_tokenize__unicode_and_hyphens(void)
{
	ent_toklist tl = { 0 };
	const char *s = "Erdo\xC4\x9F" "an\xE2\x80\x99s Turkish-Israeli \xE2\x80\x9Ctalks\xE2\x80\x9D";
	CHECK_INT_EQ(ent_lexicon__tokenize(&tl, s, strlen(s), 0), 0);
	CHECK_INT_EQ(tl.n, 6);
	CHECK_STR_EQ(ent_tok_norm(&tl, 0), "erdo\xC4\x9F" "an");
	CHECK_STR_EQ(ent_tok_norm(&tl, 1), "'s");
	CHECK_STR_EQ(ent_tok_norm(&tl, 2), "turkish-israeli");
	CHECK(tl.toks[2].flags & ENT_TOK_HYPHEN);
	CHECK_STR_EQ(ent_tok_norm(&tl, 3), "\"");
	ent_toklist_dispose(&tl);
}

static void test_lexicon_tokenize__sentences(void)
{
	const char *s = "Gen. Aliyev met Mr. Erdogan in Ankara. Then he left! The U.S. envoy stayed.\n\nNext paragraph";
	size_t n = strlen(s), p = 0, k = 0;
	size_t ends[8];
	while (p < n && k < 8) {
		size_t e = ent_lexicon__sentence_end(s, n, p, 0);
		CHECK(e > p);
		ends[k++] = e;
		p = e;
	}
	CHECK_INT_EQ(k, 4);
	CHECK(!strncmp(s + ends[0], "Then", 4));
	CHECK(!strncmp(s + ends[1], "The U.S.", 8));
	CHECK(!strncmp(s + ends[2], "Next", 4));
}

static void test_lexicon_tokenize__empty_and_huge(void)
{
	ent_toklist tl = { 0 };
	CHECK_INT_EQ(ent_lexicon__tokenize(&tl, "", 0, 0), 0);
	CHECK_INT_EQ(tl.n, 0);
	static char big[100001];
	for (size_t i = 0; i < 100000; i++)
		big[i] = (char)((i % 7) ? 'a' + (char)(i % 26) : ' ');
	CHECK_INT_EQ(ent_lexicon__tokenize(&tl, big, 100000, 0), 0);
	CHECK(tl.n > 10000);
	CHECK_INT_EQ(ent_lexicon__sentence_end(big, 100000, 0, 20000), 20000);
	ent_toklist_dispose(&tl);
}

static void test_lexicon_tokenize__inner_apostrophes(void)
{
	/* An apostrophe between letters stays in the word, straight or curly
	 * (made straight in the normal form); clitics still split off. */
	ent_toklist tl = { 0 };
	const char *s = "C\xC3\xB4te d'Ivoire, Sana\xE2\x80\x99" "a and O'Brien's men won't go; they're 'here'";
	CHECK_INT_EQ(ent_lexicon__tokenize(&tl, s, strlen(s), 0), 0);
	const char *want[] = { "c\xC3\xB4te", "d'ivoire", ",", "sana'a", "and", "o'brien", "'s", "men", "wo", "n't",
			       "go", ";", "they", "'", "re", "'", "here", "'" };
	size_t nw = sizeof want / sizeof *want;
	CHECK_INT_EQ(tl.n, nw);
	for (size_t i = 0; i < tl.n && i < nw; i++)
		CHECK_STR_EQ(ent_tok_norm(&tl, i), want[i]);
	CHECK_INT_EQ(tl.toks[3].end - tl.toks[3].start, 8); /* the curly apostrophe's bytes are the token's */
	ent_toklist_dispose(&tl);
}

static const ent_test_case tests[] = {
	{ "test_lexicon_tokenize__inner_apostrophes", test_lexicon_tokenize__inner_apostrophes },
	{ "test_lexicon_tokenize__words_and_clitics", test_lexicon_tokenize__words_and_clitics },
	{ "test_lexicon_tokenize__unicode_and_hyphens", test_lexicon_tokenize__unicode_and_hyphens },
	{ "test_lexicon_tokenize__sentences", test_lexicon_tokenize__sentences },
	{ "test_lexicon_tokenize__empty_and_huge", test_lexicon_tokenize__empty_and_huge },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
