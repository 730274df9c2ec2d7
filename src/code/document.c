/* Sentences and documents: TABARI's discard and minimum-length rules, a
 * sentence's tokens and dictionary candidates (prepare), coding it, what it
 * leaves for the next (coreference memory, its subject), and splitting a
 * document into sentences with the text stage's ICU segmenter. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <string.h> /* memcmp, strlen */

#include "entente/text.h"  /* ent_segmenter: document sentences */
#include "lexicon/word.h" /* ent_word_is_* */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

static int is_discarded(ent_coder *c)
{
	const ent_lexicon *lx = c->lx;
	if (!lx->discards.len)
		return 0;
	for (size_t i = 0; i < c->tl.n; i++)
		for (size_t k = (size_t)c->coff.items[i]; k < (size_t)c->coff.items[i + 1]; k++) {
			uint32_t en = c->cand.items[k];
			if (LX_ENTRY_CAT(en) != LX_CAT_DISCARD)
				continue;
			const lx_discard *d = &lx->discards.items[LX_ENTRY_IDX(en)];
			if (ent_lexicon__match_phrase(lx, &d->ph, &c->tl, i, c->tl.n)) {
				if (d->story)
					c->discard_doc = 1;
				return 1;
			}
		}
	return 0;
}

/* Tokenise the sentence text[0..len) at document offset `base`, ent_code__collect
 * candidates and find mentions. */
#define MIN_WORDS_DEFAULT 5

/* The number s starts with (after blanks), or `dflt`. */
static long leading_number(const char *s, long dflt)
{
	while (*s == ' ' || *s == '=')
		s++;
	if (*s < '0' || *s > '9')
		return dflt;
	long x = 0;
	while (*s >= '0' && *s <= '9' && x < 100000)
		x = x * 10 + (*s++ - '0');
	return x;
}

/* The number after "NAME =" in a TABARI option value, or `dflt`. */
static long option_number(const char *v, const char *name, long dflt)
{
	size_t n = strlen(name);
	for (const char *p = v; p && *p; p++) {
		if (strncmp(p, name, n) || (p > v && p[-1] != ' ') || (p[n] != ' ' && p[n] != '='))
			continue;
		return leading_number(p + n, dflt);
	}
	return dflt;
}

/* Words among tokens [from, to): not punctuation, not a possessive "'s". */
static size_t words_between(const ent_toklist *tl, size_t from, size_t to)
{
	size_t w = 0;
	for (size_t t = from; t < to; t++) {
		const char *x = tl->norm + tl->toks[t].norm;
		size_t n = tl->toks[t].len;
		int clitic = (n == 2 && !memcmp(x, "'s", 2)) || (n == 4 && !memcmp(x, "\xe2\x80\x99s", 4));
		w += !(tl->toks[t].flags & ENT_TOK_PUNCT) && !clitic;
	}
	return w;
}

static void note_actor(uint32_t entry, void *payload)
{
	if (LX_ENTRY_CAT(entry) == LX_CAT_ACTOR)
		*(int *)payload = 1;
}

static void note_verb(uint32_t entry, void *payload)
{
	if (LX_ENTRY_CAT(entry) == LX_CAT_VERB)
		*(int *)payload = 1;
}

/* Whether a dictionary verb may start among tokens [from, to). */
static int verb_among(const ent_lexicon *lx, const ent_toklist *tl, size_t from, size_t to)
{
	int verb = 0;
	for (size_t t = from; t < to && !verb; t++)
		if (!(tl->toks[t].flags & ENT_TOK_PUNCT))
			ent_lexicon__candidates(lx, tl, t, note_verb, &verb);
	return verb;
}

/* Whether the comma at token t is followed by "and", "or" or a word that
 * may start an actor's name: the aside before it is an item of a list
 * ("Mordor, the awful Fornost, and Gondor"). */
static int list_follows(const ent_lexicon *lx, const ent_toklist *tl, size_t t)
{
	if (t + 1 >= tl->n)
		return 0;
	const char *w = tl->norm + tl->toks[t + 1].norm;
	size_t n = tl->toks[t + 1].len;
	if ((n == 3 && !memcmp(w, "and", 3)) || (n == 2 && !memcmp(w, "or", 2)))
		return 1;
	int actor = 0;
	ent_lexicon__candidates(lx, tl, t + 1, note_actor, &actor);
	return actor;
}

/* TABARI's comma rule ("COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN =
 * 255 BMAX = 0", its defaults; "COMMA: OFF"): asides are dropped before
 * coding: clauses from a comma to the full stop of EMIN..EMAX words (from
 * the end back, while they fit), then clauses between two commas of
 * MIN..MAX words, then the clause from the start to the first comma of
 * BMIN..BMAX words. An item of a list stays. */
static void drop_comma_clauses(const ent_lexicon *lx, ent_toklist *tl, const char *opt)
{
	if (opt && !strncmp(opt, "OFF", 3))
		return;
	const char *v = opt ? opt : "";
	long min = option_number(v, "MIN", 2), max = option_number(v, "MAX", 10), emin = option_number(v, "EMIN", 2),
	     emax = option_number(v, "EMAX", 10), bmin = option_number(v, "BMIN", 255), bmax = option_number(v, "BMAX", 0);
	size_t n = tl->n, commas[64], nc = 0;
	for (size_t t = 0; t < n && nc < 64; t++)
		if (tl->toks[t].len == 1 && tl->norm[tl->toks[t].norm] == ',')
			commas[nc++] = t;
	if (!nc || n > 1024)
		return;
	size_t end = n;
	while (end > 0 && (tl->toks[end - 1].flags & ENT_TOK_PUNCT))
		end--;
	uint8_t drop[1024] = { 0 }, used[64] = { 0 };
	long w;
	/* terminal clauses first, from the full stop back: ", its biggest
	 * trading partner, officials said." loses both */
	if (end < n && tl->norm[tl->toks[end].norm] == '.')
		while (nc > 0) {
			size_t cm = commas[nc - 1];
			w = (long)words_between(tl, cm + 1, end);
			/* and only when the sentence has a verb before its first
			 * comma ("Arnor's minister, in remarks published on Monday,
			 * urged Eriador ..." keeps its verb) */
			if (w < emin || w > emax || list_follows(lx, tl, cm) || !verb_among(lx, tl, 0, commas[0]))
				break;
			memset(drop + cm, 1, end - cm);
			end = cm;
			nc--;
		}
	for (size_t k = 0; k + 1 < nc; k++) {
		w = (long)words_between(tl, commas[k] + 1, commas[k + 1]);
		if (w >= min && w <= max && !used[k] && !list_follows(lx, tl, commas[k + 1])) {
			memset(drop + commas[k], 1, commas[k + 1] - commas[k] + 1);
			used[k] = used[k + 1] = 1;
		}
	}
	w = nc ? (long)words_between(tl, 0, commas[0]) : 0;
	if (nc && !used[0] && w >= bmin && w <= bmax)
		memset(drop, 1, commas[0] + 1);
	size_t k = 0;
	for (size_t t = 0; t < n; t++)
		if (!drop[t])
			tl->toks[k++] = tl->toks[t];
	tl->n = k;
}

static int prepare(ent_coder *c, const char *text, size_t len, size_t base)
{
	ent_arena_reset(c->sa);
	if (len > c->opts.max_sentence_bytes)
		len = c->opts.max_sentence_bytes;
	c->text = ent_arena_strndup(c->sa, text, len);
	ENT_RETURN_IF_OOM(c->text);
	c->text_len = len;
	c->text_base = base;
	ENT_FORWARD_IF_ERROR(ent_lexicon__tokenize(&c->tl, text, len, base));
	c->tabari = ent_lexicon_option(c->lx, "CODE") != NULL; /* options may change between sentences */
	if (c->tabari) { /* TABARI's dictionaries, with its rules */
		/* "SET: MINIMUM WORDS = N": a shorter sentence is not coded */
		const char *mw = ent_lexicon_option(c->lx, "SET: MINIMUM WORDS");
		long min_words = mw ? leading_number(mw, MIN_WORDS_DEFAULT) : MIN_WORDS_DEFAULT;
		if ((long)words_between(&c->tl, 0, c->tl.n) < min_words)
			c->tl.n = 0;
		drop_comma_clauses(c->lx, &c->tl, ent_lexicon_option(c->lx, "COMMA"));
	}
	size_t n = c->tl.n;
	c->cand.len = 0;
	c->coff.len = 0;
	ENT_FORWARD_IF_ERROR(ENT_VEC_RESERVE(&c->coff, n + 1));
	for (size_t i = 0; i < n; i++) {
		c->coff.items[i] = (int32_t)c->cand.len;
		if (!(c->tl.toks[i].flags & ENT_TOK_PUNCT))
			ent_lexicon__candidates(c->lx, &c->tl, i, ent_code__collect, c);
	}
	c->coff.items[n] = (int32_t)c->cand.len;
	c->coff.len = n + 1;
	/* where each alternative set matches, once per sentence */
	if (c->altm_n) {
		memset(c->altm, 0, c->altm_cap * sizeof *c->altm);
		c->altm_n = 0;
	}
	if (++c->gen == 0) {
		memset(c->pseen, 0, (c->lx->npatterns + 1) * sizeof *c->pseen);
		c->gen = 1;
	}
	for (size_t i = 0; i < n; i++)
		for (size_t k = (size_t)c->coff.items[i]; k < (size_t)c->coff.items[i + 1]; k++) {
			uint32_t en = c->cand.items[k];
			if (LX_ENTRY_CAT(en) == LX_CAT_ANCHOR) {
				c->pseen[LX_ENTRY_IDX(en)] = c->gen;
				continue;
			}
			if (LX_ENTRY_CAT(en) != LX_CAT_ALTM)
				continue;
			const lx_altmember *am = &c->lx->altmembers.items[LX_ENTRY_IDX(en)];
			size_t r = ent_lexicon__match_phrase(c->lx, &c->lx->altsets.items[am->set].alts.items[am->member], &c->tl, i, n);
			if (r)
				ENT_FORWARD_IF_ERROR(ent_code__altm_put(c, am->set, (uint32_t)i, (uint32_t)r));
		}
	ent_code__sentence_date(c);
	return 0;
}

static void remember_mentions(ent_coder *c)
{
	for (size_t k = 0; k < c->m.len; k++) {
		const ent_mention_i *m = &c->m.items[k];
		if (m->null || m->how == MH_PRONOUN || m->how == MH_GROUPREF)
			continue;
		if (m->modifier || m->noun_mod)
			continue;
		/* (2: a place phrase, "in Jordan": where, not who) */
		ent_code__remember(c, m->code, m->actor, m->how, m->in_pp ? 1 + ent_code__locative(c, m->group) : 0);
	}
}

/* Remember mention m as the sentence's subject, for "it" in the next. */
static void set_last_subject(ent_coder *c, const ent_mention_i *m)
{
	const char *code = ent_arena_strdup(c->da, m->code);
	if (code) {
		c->last_subject.code = code;
		c->last_subject.actor = m->actor;
		c->last_subject.how = m->how;
		c->last_subject.in_pp = 0;
	}
}

static int code_prepared(ent_coder *c, ent_event_fn fn, void *payload)
{
	if (c->discard_doc || is_discarded(c))
		return 0;
	ENT_FORWARD_IF_ERROR(ent_code__find_mentions(c));
	c->held.len = 0;
	int rc = ent_code__code_events(c, fn, payload);
	if (rc == 0)
		rc = ent_code__flush_held(c, fn, payload);
	if (rc == 0 && c->opts.relations) {
		ent_event proto;
		ent_code__fill_proto(c, &proto);
		rc = ent_code__relations(c, fn, payload, &proto);
	}
	remember_mentions(c);
	/* the subject of this sentence, for "it" in the next: the first
	 * mention before any verb, when it is an actor */
	c->last_subject.code = NULL;
	/* with TABARI's dictionaries, its rule: the first actor the sentence
	 * names, wherever it is (a pronoun's actor is not forwarded again) */
	int tabari = c->tabari;
	for (size_t k = 0; k < c->m.len && tabari; k++) {
		const ent_mention_i *m = &c->m.items[k];
		if (m->how == MH_PRONOUN || m->null || m->modifier || !strncmp(m->code, "---", 3))
			continue;
		set_last_subject(c, m);
		break;
	}
	for (size_t k = 0; k < c->m.len && !tabari; k++) {
		const ent_mention_i *m = &c->m.items[k];
		int verb_before = 0;
		for (size_t t = 0; t < m->b && !verb_before; t++)
			for (size_t q = (size_t)c->coff.items[t]; q < (size_t)c->coff.items[t + 1]; q++)
				if (LX_ENTRY_CAT(c->cand.items[q]) == LX_CAT_VERB)
					verb_before = 1;
		if (verb_before)
			break;
		if (m->in_pp || m->modifier || m->null || m->how == MH_PERSON || m->how == MH_AGENT)
			continue;
		set_last_subject(c, m);
		break;
	}
	return rc;
}

int ent_coder_code_sentence(ent_coder *c, const char *text, size_t len, ent_event_fn fn, void *payload)
{
	ENT_RETURN_ERROR_IF(!c || (!text && len) || !fn, ENT_EINVAL, "ent_coder_code_sentence: NULL argument");
	if (!c->doc)
		ENT_FORWARD_IF_ERROR(ent_coder_begin_doc(c, "", NULL));
	ENT_FORWARD_IF_ERROR(prepare(c, text ? text : "", len, 0));
	int rc = code_prepared(c, fn, payload);
	c->sentence++;
	return rc;
}

/* Document sentences come from the text stage's ICU segmenter (better with
 * abbreviations, initials and quotes than a hand-written splitter); the
 * hand-written one is the fallback when ICU cannot be set up. */
static int code_doc_segmented(ent_coder *c, const char *text, size_t len, ent_event_fn fn, void *payload)
{
	if (!c->seg && !c->seg_failed && ent_segmenter_new(&c->seg, NULL) < 0) {
		c->seg_failed = 1;
		ent_error_clear();
	}
	if (!c->seg || len > 0x7FFFFFFF)
		return 1;
	const ent_span *sp;
	size_t ns;
	if (ent_segmenter_sentences(c->seg, &sp, &ns, text, len) < 0) {
		ent_error_clear();
		return 1;
	}
	for (size_t k = 0; k < ns; k++) {
		size_t b = sp[k].start, e = sp[k].end;
		/* the segmenter's arrays survive prepare(): it never calls it */
		while (e > b) {
			size_t cut = e - b > c->opts.max_sentence_bytes ? c->opts.max_sentence_bytes : e - b;
			ENT_FORWARD_IF_ERROR(prepare(c, text + b, cut, b));
			int rc = code_prepared(c, fn, payload);
			if (rc)
				return rc;
			c->sentence++;
			b += cut;
		}
	}
	return 0;
}

/* The next sentence of text[*pos..len) without its surrounding space, as
 * [*b, *e) (spans start at the first word); 0 when none is left. */
static int next_sentence(const ent_coder *c, const char *text, size_t len, size_t *pos, size_t *b, size_t *e)
{
	while (*pos < len) {
		size_t end = ent_lexicon__sentence_end(text, len, *pos, c->opts.max_sentence_bytes);
		if (end <= *pos)
			end = len;
		size_t s = *pos, t = end;
		while (s < t && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r'))
			s++;
		while (t > s && (text[t - 1] == ' ' || text[t - 1] == '\n' || text[t - 1] == '\t' || text[t - 1] == '\r'))
			t--;
		*pos = end;
		if (t > s) {
			*b = s;
			*e = t;
			return 1;
		}
	}
	return 0;
}

int ent_coder_code_doc(ent_coder *c, const char *doc, const char *date, const char *text, size_t len,
		       ent_event_fn fn, void *payload)
{
	ENT_RETURN_ERROR_IF(!c || (!text && len) || !fn, ENT_EINVAL, "ent_coder_code_doc: NULL argument");
	ENT_FORWARD_IF_ERROR(ent_coder_begin_doc(c, doc, date));
	int seg = code_doc_segmented(c, text ? text : "", len, fn, payload);
	if (seg <= 0)
		return seg;
	size_t pos = 0, b, e;
	while (next_sentence(c, text, len, &pos, &b, &e)) {
		ENT_FORWARD_IF_ERROR(prepare(c, text + b, e - b, b));
		int rc = code_prepared(c, fn, payload);
		if (rc)
			return rc;
		c->sentence++;
	}
	return 0;
}

int ent_coder_mentions(ent_coder *c, const char *doc, const char *date, const char *text, size_t len,
		       ent_mention_fn fn, void *payload)
{
	ENT_RETURN_ERROR_IF(!c || (!text && len) || !fn, ENT_EINVAL, "ent_coder_mentions: NULL argument");
	ENT_FORWARD_IF_ERROR(ent_coder_begin_doc(c, doc, date));
	static const char *const hows[] = { "", "name", "adjective", "capital", "alias", "description", "person",
		"pronoun", "agent", "group" };
	size_t pos = 0, b, e;
	while (next_sentence(c, text, len, &pos, &b, &e)) {
		ENT_FORWARD_IF_ERROR(prepare(c, text + b, e - b, b));
		ENT_FORWARD_IF_ERROR(ent_code__find_mentions(c));
		for (size_t k = 0; k < c->m.len; k++) {
			const ent_mention_i *m = &c->m.items[k];
			ent_mention mm;
			mm.doc = c->doc;
			mm.sentence = c->sentence;
			mm.code = m->null ? "---" : m->code;
			mm.how = m->how < sizeof hows / sizeof *hows ? hows[m->how] : "";
			mm.span_start = c->tl.toks[m->b].start;
			mm.span_end = c->tl.toks[m->e - 1].end;
			mm.text = text + mm.span_start;
			int rc = fn(&mm, payload);
			if (rc)
				return rc;
		}
		remember_mentions(c);
		c->sentence++;
	}
	return 0;
}
