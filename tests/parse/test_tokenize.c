/* The tokenizer: each rule on sentences of our own, invariants on odd
 * bytes and long inputs, allocation failures, and word-level F1 against
 * the gold words of UD English EWT's dev set when ../shared is there. */
#include "harness.h"

#include <stdio.h>  /* FILE, fopen, fgets, snprintf */
#include <stdlib.h> /* malloc, realloc, free */
#include <string.h> /* strlen, memcpy, strncmp */

#include "parse/tokenize.h"
#include "util/alloc.h" /* ent__alloc_fail_after */
#include "util/clock.h" /* ent_clock_now */

/* White space, and the control bytes (NUL among them) that separate words like it. */
static int is_space(unsigned char c) { return c == ' ' || c < 0x20 || c == 0x7F; }

/* What every result must satisfy: words inside [start,end), in order, not
 * overlapping, never empty, without ASCII white space, covering every
 * other byte; token indices from 0 in steps of at most one; space_after
 * as the text says. Returns 1 when all hold (each failure is reported). */
static int invariants(const ent_parse__words *w, const char *t, size_t start, size_t end)
{
	int before = ent_test_failures_;
	size_t at = start;
	for (size_t k = 0; k < w->n; k++) {
		const ent_parse__word *x = &w->words[k];
		CHECK(x->start >= at && x->end > x->start && x->end <= end);
		if (x->start < at || x->end <= x->start || x->end > end)
			return 0;
		for (size_t i = at; i < x->start; i++)
			CHECK(is_space((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80);
		for (size_t i = x->start; i < x->end; i++)
			CHECK(!is_space((unsigned char)t[i]));
		CHECK(k ? x->token == x[-1].token || x->token == x[-1].token + 1 : x->token == 0);
		int last = k + 1 == w->n || x[1].token != x->token;
		/* After the last word there is only space (checked below). */
		int spaced = k + 1 == w->n || x[1].start > x->end;
		CHECK_INT_EQ(x->space_after, last && spaced);
		if (!last)
			CHECK(x[1].start == x->end);
		at = x->end;
	}
	for (size_t i = at; i < end; i++)
		CHECK(is_space((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80);
	return ent_test_failures_ == before;
}

/* The words of `text`: spaces where the text has space, "_" between
 * words of different tokens written together, "|" inside a token. */
static const char *render(const char *text)
{
	static char out[4096];
	ent_parse__words w = { 0 };
	size_t o = 0, n = strlen(text);
	CHECK_INT_EQ(ent_parse__tokenize(&w, text, 0, n), 0);
	invariants(&w, text, 0, n);
	for (size_t k = 0; k < w.n && o + 64 < sizeof out; k++) {
		const ent_parse__word *x = &w.words[k];
		if (k)
			out[o++] = x->token == x[-1].token ? '|' : x[-1].space_after ? ' ' : '_';
		size_t len = x->end - x->start < 60 ? x->end - x->start : 60;
		memcpy(out + o, text + x->start, len);
		o += len;
	}
	out[o] = '\0';
	ent_parse__words_dispose(&w);
	return out;
}

static void test_parse_tokenize__punctuation(void)
{
	CHECK_STR_EQ(render("Wait, what?! (Really) [yes] {no}; fine: ok."),
		     "Wait_, what_?! (_Really_) [_yes_] {_no_}_; fine_: ok_.");
	CHECK_STR_EQ(render("So... we left -- then \"came back\" -- sigh…"),
		     "So_... we left -- then \"_came back_\" -- sigh_…");
	CHECK_STR_EQ(render("“Curly,” she said—twice – ‘maybe’."),
		     "“_Curly_,_” she said_—_twice – ‘_maybe_’_.");
	CHECK_STR_EQ(render("Cost: $5, 50% off & #3 <<now>>"),
		     "Cost_: $_5_, 50_% off & #_3 <<_now_>>");
	CHECK_STR_EQ(render("  leading and trailing  \t\n"), "leading and trailing");
	CHECK_STR_EQ(render(""), "");
	CHECK_STR_EQ(render(" \n\t "), "");
}

static void test_parse_tokenize__clitics_share_a_token(void)
{
	CHECK_STR_EQ(render("I'm sure they're done, you've seen we'll go and she'd know."),
		     "I|'m sure they|'re done_, you|'ve seen we|'ll go and she|'d know_.");
	CHECK_STR_EQ(render("Don't, can't, won't, isn't!"), "Do|n't_, ca|n't_, wo|n't_, is|n't_!");
	CHECK_STR_EQ(render("It’s Mary’s and it isn’t hers."), "It|’s Mary|’s and it is|n’t hers_.");
	CHECK_STR_EQ(render("You cannot, we're gonna, I wanna, they gotta."),
		     "You can|not_, we|'re gon|na_, I wan|na_, they got|ta_.");
	CHECK_STR_EQ(render("Cannot, GONNA"), "Can|not_, GON|NA");
	CHECK_STR_EQ(render("Jones's dog, the Smiths' car, the boss'"),
		     "Jones|'s dog_, the Smiths|' car_, the boss|'");
	CHECK_STR_EQ(render("shouldn't've dont"), "should|n't|'ve do|nt");
	/* A closing quote is not a possessive, and inner apostrophes stay. */
	CHECK_STR_EQ(render("the 'tigers' of O'Neill"), "the '_tigers_' of O'Neill");

	/* Token indices and spaces for "We don't.": We(0) do(1)|n't(1) .(2) */
	const char *t = "We don't.";
	ent_parse__words w = { 0 };
	CHECK_INT_EQ(ent_parse__tokenize(&w, t, 0, strlen(t)), 0);
	CHECK_INT_EQ(w.n, 4);
	if (w.n == 4) {
		CHECK_INT_EQ(w.words[1].start, 3);
		CHECK_INT_EQ(w.words[1].end, 5);
		CHECK_INT_EQ(w.words[2].start, 5);
		CHECK_INT_EQ(w.words[2].end, 8);
		CHECK_INT_EQ(w.words[0].token, 0);
		CHECK_INT_EQ(w.words[1].token, 1);
		CHECK_INT_EQ(w.words[2].token, 1);
		CHECK_INT_EQ(w.words[3].token, 2);
		CHECK_INT_EQ(w.words[0].space_after, 1);
		CHECK_INT_EQ(w.words[1].space_after, 0);
		CHECK_INT_EQ(w.words[2].space_after, 0);
		CHECK_INT_EQ(w.words[3].space_after, 1);
	}
	ent_parse__words_dispose(&w);
}

static void test_parse_tokenize__hyphens(void)
{
	CHECK_STR_EQ(render("a well-known writer for Al-Wasat"), "a well_-_known writer for Al_-_Wasat");
	CHECK_STR_EQ(render("an anti-Zorbian e-mail, non-stop re-run and co-founder"),
		     "an anti-Zorbian e-mail_, non-stop re-run and co-founder");
	CHECK_STR_EQ(render("state-of-the-art over-the-counter pills"),
		     "state_-_of_-_the_-_art over_-_the_-_counter pills");
	CHECK_STR_EQ(render("a 12-day trip in 1998-2001, pages 10-12"),
		     "a 12_-_day trip in 1998_-_2001_, pages 10_-_12");
	CHECK_STR_EQ(render("call 555-123-4567 or 1-800-555-0199 ext 3-1234"),
		     "call 555-123-4567 or 1-800-555-0199 ext 3-1234");
}

static void test_parse_tokenize__kept_whole(void)
{
	CHECK_STR_EQ(render("See http://example.com/a?b=1, or www.example.org."),
		     "See http://example.com/a?b=1_, or www.example.org_.");
	CHECK_STR_EQ(render("(https://example.com/wiki/Foo_(bar))"),
		     "(_https://example.com/wiki/Foo_(bar)_)");
	CHECK_STR_EQ(render("Mail jane.doe@example.co.uk, or bob_1@mail.example."),
		     "Mail jane.doe@example.co.uk_, or bob_1@mail.example_.");
	CHECK_STR_EQ(render("It cost 3,000.50 at 10:30, rose 1.5% to .75 on 12/25/2019"),
		     "It cost 3,000.50 at 10:30_, rose 1.5_% to .75 on 12/25/2019");
	CHECK_STR_EQ(render("the 9th of 3 in the 1980s, 5kg at 11:30am"),
		     "the 9th of 3 in the 1980s_, 5_kg at 11:30_am");
	CHECK_STR_EQ(render("Mr. Wu, Dr. J. Bloggs of Zorb Inc. and U.S. aides, e.g. Sen. Poe, met"),
		     "Mr. Wu_, Dr. J. Bloggs of Zorb Inc. and U.S. aides_, e.g. Sen. Poe_, met");
	CHECK_STR_EQ(render("Great :) but sad :( and ;)"), "Great :) but sad :( and ;)");
	CHECK_STR_EQ(render("P&L and AT&T w/o fuss"), "P&L and AT&T w/o fuss");
}

static void test_parse_tokenize__sentence_final_abbreviation(void)
{
	/* EWT splits the period off an abbreviation that ends the sentence. */
	CHECK_STR_EQ(render("They flew to the U.S."), "They flew to the U.S_.");
	CHECK_STR_EQ(render("pens, pads, etc."), "pens_, pads_, etc_.");
	CHECK_STR_EQ(render("He said \"ask Mr.\""), "He said \"_ask Mr_._\"");
	CHECK_STR_EQ(render("pens etc. were there"), "pens etc. were there");
	CHECK_STR_EQ(render("No. 5 is not no."), "No. 5 is not no_.");
	CHECK_STR_EQ(render("wait etc... then go"), "wait etc_... then go");
}

static void test_parse_tokenize__offsets_inside_a_larger_text(void)
{
	/* A buffer with no terminator: reading past `end` is caught by ASan. */
	const char src[] = "xx Don't stop. yy";
	char *buf = malloc(sizeof src - 1);
	CHECK(buf != NULL);
	if (!buf)
		return;
	memcpy(buf, src, sizeof src - 1);
	ent_parse__words w = { 0 };
	CHECK_INT_EQ(ent_parse__tokenize(&w, buf, 3, 14), 0);
	CHECK(invariants(&w, buf, 3, 14));
	CHECK_INT_EQ(w.n, 4);
	if (w.n == 4) {
		CHECK_INT_EQ(w.words[0].start, 3);
		CHECK_INT_EQ(w.words[0].end, 5);
		CHECK_INT_EQ(w.words[3].start, 13);
		CHECK_INT_EQ(w.words[3].end, 14);
		CHECK_INT_EQ(w.words[3].token, 2);
	}
	/* The array is cleared and reused. */
	CHECK_INT_EQ(ent_parse__tokenize(&w, buf, 9, 13), 0);
	CHECK_INT_EQ(w.n, 1);
	CHECK_INT_EQ(ent_parse__tokenize(&w, buf, 5, 5), 0);
	CHECK_INT_EQ(w.n, 0);
	ent_parse__words_dispose(&w);
	ent_parse__words_dispose(&w);
	ent_parse__words_dispose(NULL);
	free(buf);
}

static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;

static unsigned rnd(void)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(rng_state >> 33);
}

static void test_parse_tokenize__any_bytes(void)
{
	/* Pieces that exercise every rule, glued at random with odd bytes. */
	static const char *const bits[] = {
		"a", "Z", "9", "'", "\xE2\x80\x99", "`", ".", ",", ":", "-", "/", "&", "@", "$",
		"*", "_", "#", "+", "!", "?", "(", ")", "\"", " ", "\t", "\n", "\xE2\x80\x9C",
		"\xE2\x80\xA6", "\xC2\xA0", "\xE2", "\x80", "\xFF", "\xF0\x9F\x98", "\0", "\x01",
		"n't", "'s", "http://", "www.", "x@y.z", "U.S.", "Mr.", "etc.", "3,000", "10:30",
		"e-", "its ", "cannot", "--", "...", ":)", "555-123-4567", "1/2", "9th", "'72",
	};
	char text[512];
	ent_parse__words w = { 0 };
	for (int iter = 0; iter < 20000; iter++) {
		size_t n = 0, want = rnd() % 120;
		while (n < want) {
			const char *b = bits[rnd() % (sizeof bits / sizeof *bits)];
			size_t len = b[0] ? strlen(b) : 1;
			if (n + len > sizeof text)
				break;
			memcpy(text + n, b, len);
			n += len;
		}
		size_t start = n ? rnd() % (n + 1) : 0;
		CHECK_INT_EQ(ent_parse__tokenize(&w, text, start, n), 0);
		if (!invariants(&w, text, start, n)) {
			printf("  failed on %zu bytes from %zu\n", n, start);
			break;
		}
	}
	ent_parse__words_dispose(&w);
}

static void test_parse_tokenize__linear_on_long_inputs(void)
{
	/* Patterns that a tokenizer with an unbounded look-ahead per position
	 * would take quadratic time on; each is 400 KB. */
	static const char *const unit[] = {
		"a.", "a-", "'", "a'", "a@", "@a", "9-", "9/", "x.y", "http://a", "a_", ".",
		"-", "aaaa", "1,", "n't", "\xE2\x80\x99", "\xFF", "e-a", "$",
	};
	size_t size = 400000;
	char *text = malloc(size);
	ent_parse__words w = { 0 };
	CHECK(text != NULL);
	for (size_t u = 0; text && u < sizeof unit / sizeof *unit; u++) {
		size_t len = strlen(unit[u]);
		for (size_t i = 0; i < size; i++)
			text[i] = unit[u][i % len];
		double t0 = ent_clock_now();
		CHECK_INT_EQ(ent_parse__tokenize(&w, text, 0, size), 0);
		double dt = ent_clock_now() - t0;
		CHECK(invariants(&w, text, 0, size));
		/* A guard against quadratic time, not a speed test (bench_parse
		 * measures speed): linear time takes milliseconds here, quadratic
		 * minutes, so the bound can be generous for loaded machines. */
		if (dt > 10.0)
			printf("  \"%s\" x %zu took %.2f s\n", unit[u], size / len, dt);
		CHECK(dt < 10.0);
	}
	ent_parse__words_dispose(&w);
	free(text);
}

static void test_parse_tokenize__each_allocation_failure_is_reported(void)
{
	char text[8192];
	size_t n = 0;
	while (n + 40 < sizeof text) {
		memcpy(text + n, "Don't, Mr. Poe's e-mail (U.S.) can't. ", 39);
		n += 39;
	}
	for (size_t k = 1;; k++) {
		ent_parse__words w = { 0 };
		ent__alloc_fail_after(k);
		int rc = ent_parse__tokenize(&w, text, 0, n);
		size_t count = ent__alloc_fail_after(0);
		if (rc == 0) {
			CHECK(count < k);
			CHECK(w.n > 1000);
			ent_parse__words_dispose(&w);
			break;
		}
		CHECK_INT_EQ(rc, ENT_ENOMEM);
		CHECK_INT_EQ(w.n, 0);
		ent_parse__words_dispose(&w);
	}
}

/* The gold spans of a sentence: each form matched against the text from
 * where the previous one ended, white space skipped (in either). */
typedef struct {
	size_t *span; /* start, end pairs */
	size_t n, cap;
	int ok;
} gold;

static void gold_add(gold *g, const char *text, size_t *pos, const char *form)
{
	size_t p = *pos, first = (size_t)-1;
	for (const char *f = form; *f && g->ok; f++) {
		if (is_space((unsigned char)*f))
			continue;
		while (text[p] && is_space((unsigned char)text[p]))
			p++;
		if (text[p] != *f) {
			g->ok = 0;
			break;
		}
		if (first == (size_t)-1)
			first = p;
		p++;
	}
	if (!g->ok || first == (size_t)-1) {
		g->ok = 0;
		return;
	}
	if (g->n + 2 > g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 256;
		size_t *s = realloc(g->span, cap * sizeof *s);
		if (!s) {
			g->ok = 0;
			return;
		}
		g->span = s;
		g->cap = cap;
	}
	g->span[g->n++] = first;
	g->span[g->n++] = p;
	*pos = p;
}

/* Words of the prediction and the gold that have the same span. */
static size_t matches(const ent_parse__words *w, const gold *g)
{
	size_t i = 0, j = 0, m = 0;
	while (i < w->n && j < g->n) {
		size_t ps = w->words[i].start, pe = w->words[i].end, gs = g->span[j], ge = g->span[j + 1];
		if (ps == gs && pe == ge)
			m++, i++, j += 2;
		else if (ps < gs || (ps == gs && pe < ge))
			i++;
		else
			j += 2;
	}
	return m;
}

static void test_parse_tokenize__f1_on_ewt_dev(void)
{
	const double floor = 0.990; /* 0.9954 reached when this was written */
	char path[1024], line[65536], text[65536] = "";
	const char *dir = ent_test_shared_dir();
	FILE *f = NULL;
	if (dir) {
		snprintf(path, sizeof path, "%s/ud/en_ewt-ud-dev.conllu", dir);
		f = fopen(path, "r");
	}
	if (!f) {
		printf("  skipped: no UD English EWT dev set under %s\n", dir ? dir : "(none)");
		return;
	}
	gold g = { NULL, 0, 0, 1 };
	ent_parse__words w = { 0 };
	size_t pos = 0, tp = 0, npred = 0, ngold = 0, sentences = 0, skipped = 0, nwords = 0;
	double busy = 0;
	while (fgets(line, sizeof line, f)) {
		size_t len = strlen(line);
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (strncmp(line, "# text = ", 9) == 0) {
			memcpy(text, line + 9, len - 8);
			pos = 0;
			g.n = 0;
			g.ok = 1;
		} else if (line[0] == '#') {
			continue;
		} else if (line[0] && text[0]) {
			/* A word line: not "3-4" (multiword token) nor "8.1" (empty node). */
			char *tab = strchr(line, '\t'), *form = tab ? tab + 1 : NULL;
			char *end = form ? strchr(form, '\t') : NULL;
			if (!end || strcspn(line, "-.") < (size_t)(tab - line))
				continue;
			*end = '\0';
			gold_add(&g, text, &pos, form);
		} else if (text[0]) {
			/* The blank line after a sentence. */
			if (!g.ok) {
				skipped++;
			} else {
				double t0 = ent_clock_now();
				CHECK_INT_EQ(ent_parse__tokenize(&w, text, 0, strlen(text)), 0);
				busy += ent_clock_now() - t0;
				tp += matches(&w, &g);
				npred += w.n;
				ngold += g.n / 2;
				nwords += w.n;
				sentences++;
			}
			text[0] = '\0';
		}
	}
	fclose(f);
	double p = npred ? (double)tp / npred : 0, r = ngold ? (double)tp / ngold : 0;
	double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("  EWT dev: %zu sentences (%zu not aligned), P %.4f R %.4f F1 %.4f, %.2f M words/s\n",
	       sentences, skipped, p, r, f1, busy > 0 ? nwords / busy / 1e6 : 0.0);
	CHECK(sentences > 1900);
	CHECK(f1 >= floor);
	free(g.span);
	ent_parse__words_dispose(&w);
}

/* A NUL or another control byte inside a text ends a word: forms are C
 * strings, and such bytes carry no meaning in news text. */
static void test_parse_tokenize__control_bytes_separate(void)
{
	static const char text[] = "Baku\0Tehran\x01\x7f said";
	ent_parse__words w = { 0 };
	CHECK_INT_EQ(ent_parse__tokenize(&w, text, 0, sizeof text - 1), 0);
	CHECK_INT_EQ(w.n, 3);
	if (w.n == 3) {
		CHECK_INT_EQ(w.words[0].end, 4);
		CHECK_INT_EQ(w.words[1].start, 5);
		CHECK_INT_EQ(w.words[1].end, 11);
		CHECK_INT_EQ(w.words[2].start, 14);
	}
	ent_parse__words_dispose(&w);
}

static const ent_test_case tests[] = {
	{ "test_parse_tokenize__control_bytes_separate", test_parse_tokenize__control_bytes_separate },
	{ "test_parse_tokenize__punctuation", test_parse_tokenize__punctuation },
	{ "test_parse_tokenize__clitics_share_a_token", test_parse_tokenize__clitics_share_a_token },
	{ "test_parse_tokenize__hyphens", test_parse_tokenize__hyphens },
	{ "test_parse_tokenize__kept_whole", test_parse_tokenize__kept_whole },
	{ "test_parse_tokenize__sentence_final_abbreviation", test_parse_tokenize__sentence_final_abbreviation },
	{ "test_parse_tokenize__offsets_inside_a_larger_text", test_parse_tokenize__offsets_inside_a_larger_text },
	{ "test_parse_tokenize__any_bytes", test_parse_tokenize__any_bytes },
	{ "test_parse_tokenize__linear_on_long_inputs", test_parse_tokenize__linear_on_long_inputs },
	{ "test_parse_tokenize__each_allocation_failure_is_reported", test_parse_tokenize__each_allocation_failure_is_reported },
	{ "test_parse_tokenize__f1_on_ewt_dev", test_parse_tokenize__f1_on_ewt_dev },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
