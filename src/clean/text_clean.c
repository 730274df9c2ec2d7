/* The flattened-text cleaner: a page turned into lines (one line per block
 * element, as text scrapers and html-to-text tools emit it), classified
 * line by line, then the article taken as the densest run of prose.
 *
 * 1. Each non-empty line is a block (each paragraph, when the text is
 *    hard-wrapped); features: words, stop words, length.
 * 2. Blocks that are boilerplate whatever their neighbours: chrome phrases,
 *    image credits and file names, teaser markers.
 * 3. Teasers of other articles: a "keep reading" marker closes a teaser;
 *    walking back over its blurb (at most a few paragraphs) and then over
 *    its short head lines (title, credit, section label) finds where it
 *    starts. Only when such a head exists, and the page has more prose
 *    than the blurb, is the whole group dropped, so an article's own "Read
 *    more" link never costs its last paragraphs. Runs of reader-comment
 *    headers ("Jo says:", "2 days ago at 07:47 am") mark a discussion.
 * 4. Prose classes by stop-word density and length (jusText's scheme), then
 *    context: short lines between prose lines are kept (subheadings),
 *    near-prose next to prose is kept.
 * 5. The main region is the run of blocks with the largest total weight
 *    (prose counts its length, boilerplate costs), found in one pass
 *    (Kadane); prose outside it is some other text on the page.
 */
#include <string.h> /* strcmp, memchr */

#include "clean/block.h"
#include "clean/chrome.h" /* ent_clean__chrome_phrase, ... */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */
#include "util/map.h"     /* ent_hash_bytes */

/* Block flags kept beside the blocks while classifying. */
enum {
	F_FIXED = 1,   /* decided by a recogniser; context does not change it */
	F_MARKER = 2,  /* a teaser marker */
	F_TITLE = 4,   /* title-like: short, no final full stop */
	F_COMMENT = 8, /* a reader comment's header: "Jo says:", "2 days ago at 07:47 am" */
};

static int ends_with(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);
	return len >= n && !memcmp(s + len - n, suffix, n);
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A reader comment's header line: who said it, or when, in the shapes
 * comment systems print. Article bylines have the same parts, which is
 * why only headers after the article's first paragraph count (below). */
static int comment_header(const char *low, size_t len, unsigned words)
{
	if (words == 0 || words > 15)
		return 0;
	if (ends_with(low, len, "says:") || ends_with(low, len, "said:") || ends_with(low, len, "wrote:") ||
	    ends_with(low, len, " says") || ends_with(low, len, " replied"))
		return 1;
	if (strstr(low, "updated") || strstr(low, "published") || strstr(low, "posted") ||
	    (len > 3 && !memcmp(low, "by ", 3)))
		return 0;
	/* "... at 7:02 am", "... at 19:40", "3 days ago" */
	for (const char *p = strstr(low, "at "); p; p = strstr(p + 1, "at ")) {
		const char *q = p + 3;
		if (is_digit(q[0]) && (q[1] == ':' || (is_digit(q[1]) && q[2] == ':')))
			return 1;
	}
	return ends_with(low, len, " ago") && words <= 5;
}


/* Short and not closed by a full stop (a title may end in ? or !). */
static int title_like(const ent_clean__block *b)
{
	return b->words >= 1 && b->words <= 20 && b->chars <= 160 &&
	       !(b->ends_sentence && b->text[b->len - 1] == '.');
}

/* "By Jane Doe", "Jane Doe | Reporter": a credit line for the writer. */
static int byline(const ent_clean__block *b)
{
	return (b->len > 3 && (b->text[0] == 'B' || b->text[0] == 'b') && b->text[1] == 'y' && b->text[2] == ' ') ||
	       (b->words <= 8 && memchr(b->text, '|', b->len));
}

static int long_para(const ent_clean__block *b)
{
	return b->words >= 25 || b->chars >= 150;
}

/* A line must show more than a DOM block to count as prose. */
static const ent_clean__prose_rule text_rule = {
	.foreign_good = 60, .foreign_near = 25, .min_chars = 50, .min_words = 6,
	.dense = 0.30, .sparse = 0.22, .dense_good = 120, .sparse_good = 200,
	.terse = 0, .otherwise = ENT_CLASS_BAD,
};

static void drop(ent_clean__block *b, uint8_t *flags, const char *reason)
{
	b->cls = ENT_CLASS_BAD;
	b->reason = reason;
	*flags |= F_FIXED;
}

/* The first block that reads as prose and no recogniser dropped, or n. */
static size_t first_prose(const ent_clean__block *bl, const uint8_t *fl, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (bl[i].cls == ENT_CLASS_GOOD && !(fl[i] & F_FIXED))
			return i;
	return n;
}

/* Drop reader comments: runs of comment headers (at least two, close
 * together, after the article's first paragraph) and what lies between
 * them, plus the last comment's body. Comments are prose, so without
 * this the longest run of prose is often the discussion, not the article. */
static void mark_comments(ent_clean__block *bl, uint8_t *fl, size_t n)
{
	size_t i = first_prose(bl, fl, n);
	while (i < n) {
		if (!(fl[i] & F_COMMENT)) {
			i++;
			continue;
		}
		size_t first = i, last = i, heads = 1;
		for (size_t j = i + 1; j < n && j <= last + 15; j++)
			if (fl[j] & F_COMMENT) {
				last = j;
				heads++;
			}
		if (heads < 2) {
			i++;
			continue;
		}
		size_t gap = (last - first) / (heads - 1) + 1;
		size_t end = last + (gap < 8 ? gap : 8);
		for (size_t k = first; k < end && k < n; k++)
			if (!(fl[k] & F_FIXED))
				drop(&bl[k], &fl[k], "reader comment");
		i = end;
	}
}

/* Step 3: find each teaser's extent and drop it. */
static void mark_teasers(ent_clean__block *bl, uint8_t *fl, size_t n)
{
	/* A teaser summarises some other, longer text on the page: a "blurb"
	 * holding most of the page's prose is the article itself behind a
	 * paywall's "Read the full story". */
	long prose = 0;
	for (size_t i = 0; i < n; i++)
		if (bl[i].cls == ENT_CLASS_GOOD && !(fl[i] & F_FIXED))
			prose += bl[i].chars;
	size_t floor = 0; /* blocks before this belong to an earlier teaser */
	for (size_t i = 0; i < n; i++) {
		if (!(fl[i] & F_MARKER))
			continue;
		/* Walk back over the blurb: long paragraphs and what sits among them. */
		size_t j = i, paras = 0;
		while (j > floor && paras < 4) {
			const ent_clean__block *p = &bl[j - 1];
			if (fl[j - 1] & F_MARKER)
				break;
			if (long_para(p) && !(fl[j - 1] & F_FIXED)) {
				paras++;
				j--;
			} else if (p->words <= 3 && !long_para(p)) {
				j--; /* a section label between head and blurb */
			} else {
				break;
			}
		}
		size_t blurb = j;
		long blurb_chars = 0;
		for (size_t k = blurb; k < i; k++)
			if (bl[k].cls == ENT_CLASS_GOOD && !(fl[k] & F_FIXED))
				blurb_chars += bl[k].chars;
		/* Then the head: title lines, credits, labels, file names. */
		size_t heads = 0, titles = 0;
		while (j > floor && heads < 8) {
			const ent_clean__block *p = &bl[j - 1];
			if (fl[j - 1] & F_MARKER)
				break;
			int credit = (fl[j - 1] & F_FIXED) != 0;
			if (!credit && !title_like(p))
				break;
			titles += !credit && p->words >= 2;
			heads++;
			j--;
		}
		if (titles == 0 || paras > 3 || blurb == i || blurb_chars * 2 > prose) {
			/* No head or no blurb: not a teaser we can delimit; only the
			 * marker goes. */
			floor = i + 1;
			continue;
		}
		for (size_t k = j; k < i; k++)
			drop(&bl[k], &fl[k], "teaser: title+blurb+keep reading");
		floor = i + 1;
	}
}

/* The length of the teaser card starting at block i, or 0: a title line,
 * one to three short lines of which one is dated (a byline, a date, a
 * section), then one or two paragraphs. */
static size_t card_at(const ent_clean__block *bl, const uint8_t *fl, size_t n, size_t i)
{
	if (i >= n || (fl[i] & F_FIXED) || !(fl[i] & F_TITLE) || bl[i].words < 3)
		return 0;
	size_t j = i + 1, shorts = 0;
	int dated = 0;
	char iso[11];
	while (j < n && shorts < 3 && !long_para(&bl[j]) && bl[j].words <= 8) {
		dated |= ent_clean__find_date(bl[j].text, bl[j].len, iso);
		shorts++;
		j++;
	}
	if (!dated || shorts == 0)
		return 0;
	size_t paras = 0;
	while (j < n && paras < 2 && long_para(&bl[j]) && !(fl[j] & F_TITLE)) {
		paras++;
		j++;
	}
	return paras ? j - i : 0;
}

/* Lists of teaser cards without a "keep reading" marker ("Title / Author /
 * November 19, 2019 / blurb", again and again): two or more cards in a row
 * are other articles, however much prose their blurbs hold. */
static void mark_cards(ent_clean__block *bl, uint8_t *fl, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t len = card_at(bl, fl, n, i);
		if (!len) {
			i++;
			continue;
		}
		size_t end = i + len, cards = 1, next;
		while ((next = card_at(bl, fl, n, end)) != 0) {
			end += next;
			cards++;
		}
		if (cards >= 2)
			for (size_t k = i; k < end; k++)
				drop(&bl[k], &fl[k], "teaser list: title+date+blurb");
		i = end;
	}
}

/* Step 4's context rule: the class of the nearest block before (dir -1) or
 * after (dir +1) `i` that is not SHORT; BAD past the ends. */
static uint8_t neighbour_class(const ent_clean__block *bl, size_t n, size_t i, int dir)
{
	for (size_t k = i;;) {
		if (dir < 0) {
			if (k == 0)
				return ENT_CLASS_BAD;
			k--;
		} else {
			if (k + 1 >= n)
				return ENT_CLASS_BAD;
			k++;
		}
		if (bl[k].cls != ENT_CLASS_SHORT)
			return bl[k].cls;
	}
}

/* Whether no block but SHORT ones lies before (dir -1) or after (dir +1) `i`. */
static int edge(const ent_clean__block *bl, size_t n, size_t i, int dir)
{
	for (size_t k = i;;) {
		if (dir < 0) {
			if (k == 0)
				return 1;
			k--;
		} else {
			if (k + 1 >= n)
				return 1;
			k++;
		}
		if (bl[k].cls != ENT_CLASS_SHORT)
			return 0;
	}
}

/* Whether s[0..len) starts with a line holding only whitespace (or is at
 * its end). */
static int blank_line(const char *s, size_t len)
{
	for (size_t i = 0; i < len && s[i] != '\n'; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* Whether the text is hard-wrapped (mail, wire copy, plain-text files:
 * paragraphs broken into lines of some 60-80 characters, blank lines
 * between paragraphs) rather than flattened from a page (one line per
 * block, many lines far longer). Then a paragraph, not a line, is a block. */
static int hard_wrapped(const char *s, size_t len)
{
	size_t lines = 0, short_lines = 0, continued = 0, full = 0, paragraphs = 0;
	int in_para = 0;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) : len;
		size_t n = end - i;
		if (n > 0 && !blank_line(s + i, n)) {
			lines++;
			short_lines += n <= 100;
			if (end < len && !blank_line(s + end + 1, len - end - 1)) {
				continued++; /* the next line goes on with no blank between */
				full += n >= 50;
				paragraphs += !in_para; /* a run of two lines or more */
				in_para = 1;
			} else {
				in_para = 0;
			}
		} else {
			in_para = 0;
		}
		i = end + 1;
	}
	/* Several wrapped paragraphs, not one undivided wall of lines (which
	 * is more likely a page flattened without blank lines). */
	return lines >= 5 && paragraphs >= 2 && short_lines * 4 >= lines * 3 && continued * 2 >= lines &&
	       full * 2 >= continued;
}

static int weight(const ent_clean__block *b)
{
	switch (b->cls) {
	case ENT_CLASS_GOOD:
		return (int)b->chars;
	case ENT_CLASS_NEAR:
		return (int)b->chars / 3;
	case ENT_CLASS_SHORT:
		return -10;
	default:
		return -(20 + (int)b->chars / 2);
	}
}

int ent_clean__text(ent_clean__doc *d, const char *s, size_t len, const char *known_title)
{
	/* 1. Lines, or for hard-wrapped text, paragraphs. */
	int wrapped = hard_wrapped(s, len);
	uint64_t line = 1;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) : len;
		uint64_t first = line++;
		if (wrapped && !blank_line(s + i, end - i)) /* run on to the next blank line */
			while (end < len && !blank_line(s + end + 1, len - end - 1)) {
				nl = memchr(s + end + 1, '\n', len - end - 1);
				end = nl ? (size_t)(nl - s) : len;
				line++;
			}
		ENT_FORWARD_IF_ERROR(ent_clean__block_add(d, s + i, end - i, i, first,
							  ENT_CLEAN_PARAGRAPH, NULL));
		i = end + 1;
	}
	size_t n = d->blocks.len;
	if (n == 0)
		return 0;
	ent_clean__block *bl = d->blocks.items;
	uint8_t *fl = ent_arena_calloc(d->arena, n, 1);
	ENT_RETURN_IF_OOM(fl);

	/* 2. Recognisers. */
	int nostop = ent_clean__no_stop_words(bl, n);
	char low[512];
	for (size_t i = 0; i < n; i++) {
		ent_clean__block *b = &bl[i];
		b->cls = ent_clean__prose_class(b, nostop, &text_rule);
		if (title_like(b))
			fl[i] |= F_TITLE;
		if (b->words > 120)
			continue;
		size_t ll = ent_clean__lower(low, sizeof low, b->text, b->len);
		if (comment_header(low, ll, b->words))
			fl[i] |= F_COMMENT;
		const char *why;
		if (ent_clean__teaser_marker(d->chrome, low, ll, b->words)) {
			drop(b, &fl[i], "teaser marker");
			fl[i] |= F_MARKER;
		} else if ((why = ent_clean__credit(d->chrome, b->text, low, ll, b->words)) != NULL) {
			drop(b, &fl[i], why);
			b->kind = ENT_CLEAN_CAPTION;
		} else if (ent_clean__chrome_phrase(d->chrome, low, ll, b->words, b->ends_sentence,
						    b->cls == ENT_CLASS_GOOD)) {
			drop(b, &fl[i], "chrome phrase");
		} else if (b->words > 0 && b->words <= 12 && !b->ends_sentence && memchr(b->text, '|', b->len)) {
			drop(b, &fl[i], "section label");
		}
	}

	/* A line that repeats an earlier one word for word (a headline shown
	 * twice, a pull quote, a menu printed at the top and the bottom) is
	 * not read twice. */
	{
		size_t cap = 16;
		while (cap < 2 * n)
			cap *= 2;
		uint64_t *seen = ent_arena_calloc(d->arena, cap, sizeof *seen);
		ENT_RETURN_IF_OOM(seen);
		for (size_t i = 0; i < n; i++) {
			if (bl[i].words < 4)
				continue;
			uint64_t h = ent_hash_bytes(bl[i].text, bl[i].len) | 1;
			size_t k = h & (cap - 1);
			while (seen[k] && seen[k] != h)
				k = (k + 1) & (cap - 1);
			if (seen[k] == h) {
				if (!(fl[i] & F_FIXED))
					drop(&bl[i], &fl[i], "repeated line");
			} else {
				seen[k] = h;
			}
		}
	}

	/* 3. Teasers and comments. */
	mark_teasers(bl, fl, n);
	mark_comments(bl, fl, n);
	mark_cards(bl, fl, n);

	/* Title: a title line the reader already knows, else the title-like
	 * line nearest before the first prose (headlines sit right above the
	 * standfirst or the first paragraph; site names and menus sit higher). */
	size_t prose_at = first_prose(bl, fl, n);
	size_t title = n;
	for (size_t i = 0; i < prose_at && i < 60; i++) {
		if ((fl[i] & F_FIXED) || !(fl[i] & F_TITLE))
			continue;
		if (known_title && *known_title) {
			if (!strcmp(bl[i].text, known_title)) {
				title = i;
				break;
			}
			continue;
		}
		char iso[11];
		if (bl[i].words < 3 || byline(&bl[i]) || ent_clean__find_date(bl[i].text, bl[i].len, iso))
			continue;
		title = i;
		/* with no prose at all, a headline is the first such line, not
		 * the last short sentence of a note */
		if (prose_at == n)
			break;
	}
	if (title < n) {
		d->title = bl[title].text;
		size_t from = title > 6 ? title - 6 : 0;
		for (size_t i = from; i < n && i < title + 6; i++)
			if (!(fl[i] & F_FIXED) && !strcmp(bl[i].text, d->title)) {
				drop(&bl[i], &fl[i], "title");
				bl[i].kind = ENT_CLEAN_HEADING;
			}
	}
	/* Date: the first short line near the top that holds one. */
	for (size_t i = 0; i < n && i < 40 && !d->date; i++) {
		char iso[11];
		if (bl[i].words <= 12 && ent_clean__find_date(bl[i].text, bl[i].len, iso)) {
			d->date = ent_arena_strdup(d->arena, iso);
			ENT_RETURN_IF_OOM(d->date);
			if (!(fl[i] & F_FIXED) && bl[i].words <= 8)
				drop(&bl[i], &fl[i], "dateline");
		}
	}

	/* 4. Context. Work on a copy of the classes so decisions don't feed
	 * each other within the pass. */
	uint8_t *cls = ent_arena_alloc(d->arena, n);
	ENT_RETURN_IF_OOM(cls);
	for (size_t i = 0; i < n; i++) {
		cls[i] = bl[i].cls;
		if (fl[i] & F_FIXED)
			continue;
		if (bl[i].cls == ENT_CLASS_SHORT || bl[i].cls == ENT_CLASS_NEAR) {
			uint8_t p = neighbour_class(bl, n, i, -1), q = neighbour_class(bl, n, i, +1);
			if (bl[i].cls == ENT_CLASS_SHORT) {
				if (p >= ENT_CLASS_NEAR && q == ENT_CLASS_GOOD) {
					cls[i] = ENT_CLASS_NEAR;
					bl[i].reason = (fl[i] & F_TITLE) ? "subheading between paragraphs" : "short, between paragraphs";
					if (fl[i] & F_TITLE)
						bl[i].kind = ENT_CLEAN_HEADING;
				} else {
					bl[i].reason = "short, no prose around it";
				}
			} else if (p == ENT_CLASS_GOOD || q == ENT_CLASS_GOOD) {
				cls[i] = ENT_CLASS_GOOD;
				bl[i].reason = "near-prose beside prose";
			} else if ((p == ENT_CLASS_NEAR && q == ENT_CLASS_NEAR) ||
				   (p == ENT_CLASS_NEAR && edge(bl, n, i, +1)) || (q == ENT_CLASS_NEAR && edge(bl, n, i, -1))) {
				/* terse paragraphs, one after another: a short wire story's
				 * lead and last paragraph too, which have nothing beyond them */
				bl[i].reason = "near-prose among near-prose";
			} else {
				cls[i] = ENT_CLASS_SHORT;
				bl[i].reason = "near-prose, no prose around it";
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		bl[i].cls = cls[i];

	/* 5. Main region: the maximum-weight run. */
	long best = 0, cur = 0;
	size_t bs = 0, be = 0, cs = 0;
	for (size_t i = 0; i < n; i++) {
		if (cur <= 0) {
			cur = 0;
			cs = i;
		}
		cur += weight(&bl[i]);
		if (cur > best) {
			best = cur;
			bs = cs;
			be = i + 1;
		}
	}
	if (best == 0) {
		/* No prose at all (a short note, a list, a poem): keep what is not
		 * boilerplate rather than return nothing. */
		bs = 0;
		be = n;
		for (size_t i = 0; i < n; i++)
			if (bl[i].cls == ENT_CLASS_SHORT && !(fl[i] & F_FIXED)) {
				bl[i].cls = ENT_CLASS_NEAR;
				bl[i].reason = "no prose on the page: short text kept";
			}
	}
	for (size_t i = 0; i < n; i++) {
		ent_clean__block *b = &bl[i];
		if (b->cls == ENT_CLASS_BAD) {
			b->keep = 0;
			if (!b->reason)
				b->reason = "not prose (few stop words)";
		} else if (i < bs || i >= be) {
			b->keep = 0;
			b->reason = "outside the main text";
		} else if (b->cls == ENT_CLASS_SHORT) {
			b->keep = 0;
		} else {
			b->keep = 1;
			if (!b->reason)
				b->reason = b->cls == ENT_CLASS_GOOD ? "prose" : "near-prose";
		}
	}
	/* A document that is only its headline ("Pakistan says it downed two
	 * Indian jets"): the headline is the text to code */
	int kept = 0;
	for (size_t i = 0; i < n && !kept; i++)
		kept = bl[i].keep;
	if (!kept && title < n) {
		bl[title].keep = 1;
		bl[title].kind = ENT_CLEAN_PARAGRAPH;
		bl[title].reason = "the headline is the whole text";
	}
	return 0;
}
