/* The target of a verb whose pattern bound none: the actor after the
 * verb (not a sector word the pattern spells, nor for a statement its
 * place or the subject it reports), the subject of the clause a demand
 * demands, TABARI's "that"-clause rule with its dictionaries, and not a
 * place of a compound source's own member. */
#include "code/coder.h"
#include "code/syntax.h" /* ent_code__tree_complement_subject */
#include "code/tokens.h" /* tis */

#include <string.h> /* strncmp */

/* A "that" within a few words after the verb ("demanded on Monday that");
 * "must" in the rest of the sentence: cheap tests before the tree is asked. */
static int that_follows(const ent_coder *c, size_t vend)
{
	for (size_t t = vend; t < c->tl.n && t < vend + 6; t++)
		if (tis(c, t, "that"))
			return 1;
	return 0;
}

static int must_follows(const ent_coder *c, size_t vend)
{
	for (size_t t = vend; t < c->tl.n && t < vend + 12; t++)
		if (tis(c, t, "must"))
			return 1;
	return 0;
}

int32_t ent_code__verb_target(ent_coder *c, size_t vb, size_t vend, int32_t sg, int32_t tg, const char **code,
			      int matched, size_t matched_end)
{
	if (tg < 0) {
		tg = ent_code__target_after(c, vend, sg);
		/* a sector word the pattern spells is not its target:
		 * "deployed troops to the border with Ukraine" is not aimed
		 * at the troops */
		if (tg >= 0 && matched && matched_end > vend && c->m.items[tg].how == MH_AGENT &&
		    c->m.items[tg].b >= vend && c->m.items[tg].b <= vend + 1 && c->m.items[tg].e < matched_end)
			tg = ent_code__target_after(c, matched_end, sg);
		/* "made his remarks in Doha", "said he was unaware": a
		 * statement is not addressed to its place, nor to the subject
		 * of the clause it reports (with PETRARCH's dictionaries only
		 * a pronoun: its conventions keep a named subject, "Arnor
		 * believes Dagolath can cope") */
		if (tg >= 0 && !c->tabari && ent_code__statement_event(*code) &&
		    (ent_code__locative(c, tg) || ((c->ours || c->m.items[tg].how == MH_PRONOUN) && ent_code__clause_subject(c, tg))))
			tg = -1;
	}
	/* "demanded that Sudan return the helicopter": a demand's target is
	 * the subject of the clause it demands; "said Sudan must return
	 * it" is that demand (CAMEO 10) put as a statement */
	if (tg < 0 && c->ours && !c->tabari && *code && ((*code)[0] == '1' && (*code)[1] == '0' ? that_follows(c, vend) : ent_code__statement_event(*code) && must_follows(c, vend)) &&
	    ent_code__tree_ready(c) == 1) {
		int obliged;
		int32_t cs = ent_code__tree_complement_subject(c, vb, &obliged);
		if (cs >= 0 && cs != c->m.items[sg].group && ((*code)[0] == '1' || obliged)) {
			tg = cs;
			if ((*code)[0] == '0')
				*code = "100";
		}
	}
	if (tg < 0 && c->tabari) {
		/* TABARI's rule: with no actor after the verb, the target is
		 * the subject of a "that" clause whose source is outside it
		 * ("it requested that Elrond assist": Elrond) */
		for (size_t k = 0; k < c->m.len && tg < 0; k++) {
			const ent_mention_i *m = &c->m.items[k];
			if (m->e > vb)
				break;
			if (m->b >= c->m.items[sg].e && m->b > 0 && tis(c, m->b - 1, "that") && m->e + 3 > vb &&
			    m->group != c->m.items[sg].group && !m->null && !m->modifier && !m->compared &&
			    strncmp(m->code, "---", 3))
				tg = m->group;
		}
	}
	/* (with entente's dictionaries, "India and China held talks in New
	 * Delhi": a place of one of the two is no third party) */
	if (c->ours && tg >= 0 && c->m.items[sg].next >= 0 && ent_code__locative(c, tg))
		for (int32_t x = sg; x >= 0; x = c->m.items[x].next)
			if (!strncmp(c->m.items[x].code, c->m.items[tg].code, 3)) {
				tg = -1;
				break;
			}
	return tg;
}
