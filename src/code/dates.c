/* When an event happened: the document's date, unless the sentence writes
 * a year or date ("In 2020, Ankara ...", "on 12 March 2021", "in May
 * 2019"), and then the one of the event's own clause. "Azerbaijan, which
 * lost a war in 1994, attacked Armenia on Monday" did not attack in 1994;
 * "In 2008 Russia invaded Georgia, and in 2020 Azerbaijan attacked
 * Armenia" has two dates, one an event. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen */

#include <stdio.h>  /* snprintf */
#include <string.h> /* memcpy, strcmp */

#include "lexicon/word.h" /* ent_word_month */

static int atoi_2(const char *s)
{
	int v = 0;
	for (int i = 0; i < 2 && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* The date written at token t (a year, with the month and day before it),
 * into out; 0 when t is no date. */
static int date_at(const ent_coder *c, size_t t, char *out, size_t cap)
{
	const ent_tok *k = &c->tl.toks[t];
	if (!(k->flags & ENT_TOK_NUM) || k->len != 4)
		return 0;
	const char *w = tnorm(c, t);
	int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
	if (y < 1900 || y > 2099)
		return 0;
	if (t + 1 < c->tl.n && (c->tl.toks[t + 1].flags & ENT_TOK_WORD) && tis(c, t - (t > 0), "-"))
		return 0;
	int month = 0, day = 0;
	if (t > 0) {
		month = ent_word_month(tnorm(c, t - 1), tlen(c, t - 1));
		if (month && t > 1 && (c->tl.toks[t - 2].flags & ENT_TOK_NUM) && c->tl.toks[t - 2].len <= 2)
			day = atoi_2(tnorm(c, t - 2));
		if (!month && t > 1 && tis(c, t - 1, ",")) {
			/* "March 12, 2021" */
			if (t > 2 && (c->tl.toks[t - 2].flags & ENT_TOK_NUM) &&
			    (month = ent_word_month(tnorm(c, t - 3), tlen(c, t - 3))) != 0)
				day = atoi_2(tnorm(c, t - 2));
		}
	}
	int prep = t > 0 && (tis(c, t - 1, "in") || tis(c, t - 1, "since") || tis(c, t - 1, "by") ||
			     tis(c, t - 1, "until") || tis(c, t - 1, "during") || month);
	if (!prep)
		return 0;
	if (day < 1 || day > 31)
		day = 0;
	if (month && day)
		snprintf(out, cap, "%04d-%02d-%02d", y % 10000, month % 100, day % 100);
	else if (month)
		snprintf(out, cap, "%04d-%02d", y % 10000, month % 100);
	else
		snprintf(out, cap, "%04d", y % 10000);
	return 1;
}

void ent_code__sentence_date(ent_coder *c)
{
	memcpy(c->sdate, c->date, sizeof c->sdate);
	c->nsdates = 0;
	for (size_t t = 0; t < c->tl.n && c->nsdates < ENT_CODE_MAX_DATES; t++)
		if (date_at(c, t, c->sdates[c->nsdates], sizeof c->sdates[0]))
			c->sdate_tok[c->nsdates++] = t;
	if (c->nsdates)
		memcpy(c->sdate, c->sdates[0], sizeof c->sdate);
}

/* Without the tree: a date inside a relative clause (", which lost a war
 * in 1994,") that does not hold the event is not the event's. */
static int in_other_relative(const ent_coder *c, size_t t, size_t vb)
{
	for (size_t k = t; k-- > 1;) {
		if (tis(c, k, ",") || ent_code__in_clause_stop(c, k))
			return 0;
		if ((tis(c, k, "which") || tis(c, k, "who") || tis(c, k, "whom") || tis(c, k, "whose")) && tis(c, k - 1, ",")) {
			size_t e = t;
			while (e < c->tl.n && !tis(c, e, ",") && !ent_code__in_clause_stop(c, e))
				e++;
			return vb < k || vb >= e;
		}
	}
	return 0;
}

const char *ent_code__event_date(ent_coder *c, size_t vb)
{
	if (!c->nsdates || vb >= c->tl.n)
		return c->sdate;
	int tree = c->tree.parser && c->tree.parsed_gen == c->gen && !c->tree.failed && c->tree.word_of_tok[vb] >= 0;
	if (!tree) {
		/* a date in the event's own clause before it ("..., and in 2020
		 * Azerbaijan attacked"), else the first outside other relatives */
		int by_and;
		size_t st = ent_code__clause_start(c, vb, &by_and);
		for (size_t i = c->nsdates; i-- > 0;)
			if (c->sdate_tok[i] >= st && c->sdate_tok[i] < vb && !in_other_relative(c, c->sdate_tok[i], vb))
				return c->sdates[i];
		for (size_t i = 0; i < c->nsdates; i++)
			if (!in_other_relative(c, c->sdate_tok[i], vb))
				return c->sdates[i];
		return c->date;
	}
	/* the tree: the verb a date's phrase belongs to is the event's own, or
	 * one the event's verb is the infinitive or conjunct of ("threatened
	 * in 2010 to attack", "invaded Georgia in 2008 and annexed Crimea"),
	 * when the event's verb has no date of its own */
	int32_t p = c->tree.word_of_tok[vb];
	int32_t gov[ENT_CODE_MAX_DATES];
	for (size_t i = 0; i < c->nsdates; i++) {
		gov[i] = -1;
		int32_t w = c->tree.word_of_tok[c->sdate_tok[i]];
		for (int steps = 0; w >= 0 && steps < 8; steps++) {
			if (w == p || c->tree.s.words[w].upos == ENT_UPOS_VERB) {
				gov[i] = w;
				break;
			}
			w = (int32_t)c->tree.s.words[w].head - 1;
		}
		if (gov[i] == p)
			return c->sdates[i];
	}
	int32_t x = p;
	for (int steps = 0; steps < 3; steps++) {
		const ent_parse_word *xw = &c->tree.s.words[x];
		if (xw->head == 0 || (xw->dep != ENT_DEP_XCOMP && xw->dep != ENT_DEP_CONJ))
			break;
		/* (a greedy parser makes the main verb after a relative clause
		 * a conjunct of the clause's verb: that one's date is not its) */
		int32_t ht = c->tree.tok_of_word[xw->head - 1];
		if (xw->dep == ENT_DEP_CONJ && ht >= 0 && in_other_relative(c, (size_t)ht, vb))
			break;
		x = (int32_t)xw->head - 1;
		for (size_t i = 0; i < c->nsdates; i++)
			if (gov[i] == x)
				return c->sdates[i];
	}
	return c->date;
}
