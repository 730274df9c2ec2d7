/* An act that is stopped is a reduction of relations. "Canada suspended
 * its aid programme for Haiti" does not give aid
 * (070): it cuts it (162). CAMEO's category 16 (reduce relations) mirrors
 * the cooperation of 04-07 as category 13 mirrors force: halted talks are
 * 164, halted mediation 165, severed diplomatic cooperation 161, halted
 * trade an embargo (163), halted aid 162 and its sub-codes. An act of
 * another kind that is stopped did not happen: it is negated. */
#include <string.h> /* memcmp, strlen */

#include "code/coder.h"
#include "code/syntax.h" /* ent_code__tree_halted */

static const ent_code_prefix_rule rules[] = {
	{ "04", "164" }, { "045", "165" },
	{ "05", "161" },
	{ "06", "160" }, { "061", "163" },
	{ "07", "162" }, { "071", "1621" }, { "072", "1622" }, { "073", "1623" },
};

const char *ent_code__halted_code(const char *act)
{
	return ent_code__by_prefix(rules, sizeof rules / sizeof *rules, act);
}

/* Words that stop an act, as written: only when one stands before the act
 * is the tree asked. */
int ent_code__stop_word(const ent_coder *c, size_t t)
{
	static const char *const forms[] = { "suspend", "suspends", "suspended", "suspending", "suspension", "halt",
		"halts", "halted", "halting", "stop", "stops", "stopped", "stopping", "cut", "cuts", "cutting", "freeze",
		"freezes", "froze", "frozen", "freezing", "end", "ends", "ended", "ending", "prohibit", "prohibits",
		"prohibited", "withhold", "withholds", "withheld", "ban", "bans", "banned", "block", "blocks", "blocked",
		"cancel", "cancels", "cancelled", "canceled", "terminate", "terminated", "termination", "cease", "ceased",
		"ceases", "cessation", "discontinue", "discontinued", "curtail", "curtailed", "moratorium", NULL };
	for (size_t k = 0; forms[k]; k++)
		if (ent_code__tok_is(c, t, forms[k]))
			return 1;
	return 0;
}

/* A word an attack noun starts with ("bombing", "explosion", "airstrike"):
 * only then is the tree asked for the unknown doer of force (coder.c). */
static int attack_word(const ent_coder *c, size_t t)
{
	static const char *const stems[] = { "bomb", "explo", "blast", "attack", "strike", "airstrike", "shell",
		"missile", "rocket", "grenade", "ambush", "raid", "gunfire", "shooting", "mortar", "device", "ied", NULL };
	const char *w = ent_tok_norm(&c->tl, t);
	size_t n = c->tl.toks[t].len;
	for (size_t k = 0; stems[k]; k++) {
		size_t l = strlen(stems[k]);
		if (n >= l && !memcmp(w, stems[k], l))
			return 1;
	}
	return 0;
}

int ent_code__attack_in_sentence(ent_coder *c)
{
	ent_code__find_cues(c);
	return c->attack_word;
}

int ent_code__halted(ent_coder *c, size_t vb)
{
	ent_code__find_cues(c);
	if (c->first_stop >= vb || ent_code__tree_ready(c) != 1)
		return 0;
	return ent_code__tree_halted(c, vb) == 1;
}

/* (Scanning the sentence once, not once an event: a sentence of thousands
 * of words with thousands of events stays linear.) */
void ent_code__find_cues(ent_coder *c)
{
	if (c->cues_gen == c->gen)
		return;
	c->cues_gen = c->gen;
	size_t n = c->tl.n;
	c->first_commitment = c->first_stop = c->first_refusal = n;
	c->attack_word = 0;
	for (size_t t = 0; t < n; t++) {
		if (c->first_commitment == n && ent_code__commitment_word(c, t))
			c->first_commitment = t;
		if (c->first_stop == n && ent_code__stop_word(c, t))
			c->first_stop = t;
		if (c->first_refusal == n && ent_code__refusal_word(c, t))
			c->first_refusal = t;
		if (!c->attack_word && attack_word(c, t))
			c->attack_word = 1;
		if (c->first_commitment < n && c->first_stop < n && c->first_refusal < n && c->attack_word)
			break;
	}
}
