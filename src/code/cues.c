/* The words of a sentence that decide whether the tree is asked: the
 * first commitment (intent.c), stop (halted.c), refusal (refused.c) and
 * appeal (appeal.c) words, and whether an attack noun is written (the unknown doer of force,
 * coder.c). Each rule asks the parse only after its word; the sentence is
 * scanned once for all of them. */
#include "code/coder.h"
#include "code/syntax.h" /* ent_code__attack_word */
#include "code/tokens.h" /* tis */

/* (Scanning the sentence once, not once an event: a sentence of thousands
 * of words with thousands of events stays linear.) */
void ent_code__find_cues(ent_coder *c)
{
	if (c->cues_gen == c->gen)
		return;
	c->cues_gen = c->gen;
	size_t n = c->tl.n;
	c->first_commitment = c->first_stop = c->first_refusal = c->first_appeal = n;
	c->attack_word = 0;
	c->condition_word = 0;
	for (size_t t = 0; t < n; t++) {
		if (!c->condition_word && (tis(c, t, "if") || tis(c, t, "unless")))
			c->condition_word = 1;
		if (c->first_commitment == n && ent_code__commitment_word(c, t))
			c->first_commitment = t;
		if (c->first_stop == n && ent_code__stop_word(c, t))
			c->first_stop = t;
		if (c->first_refusal == n && ent_code__refusal_word(c, t))
			c->first_refusal = t;
		if (c->first_appeal == n && ent_code__appeal_word(c, t))
			c->first_appeal = t;
		if (!c->attack_word && ent_code__attack_word(c, t))
			c->attack_word = 1;
		if (c->first_commitment < n && c->first_stop < n && c->first_refusal < n && c->first_appeal < n &&
		    c->attack_word && c->condition_word)
			break;
	}
}

int ent_code__conditional_cue(ent_coder *c)
{
	ent_code__find_cues(c);
	return c->condition_word;
}

int ent_code__attack_in_sentence(ent_coder *c)
{
	ent_code__find_cues(c);
	return c->attack_word;
}
