/* The source of a verb whose pattern bound none: the object before "of" or
 * "for" of an -ing verb ("accusing India of financing"), the clause's
 * subject as the window reads it, the tree's where the window's is
 * missing, a pronoun or not plainly the verb's, the subject carried over
 * "and" ("X condemned ... and promised"), the dictionaries' default
 * source, and with TABARI's dictionaries its rule. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen */

#include <string.h> /* memcmp */

int32_t ent_code__verb_source(ent_coder *c, size_t vb, size_t vend)
{
	size_t n = c->tl.n;
	int32_t sg = -1;
	/* "accusing India of financing Russia's war", "blamed Ukraine for
	 * refusing": the object before "of"/"for" does the -ing verb */
	if (sg < 0 && !c->tabari && vb >= 2 && t_ing(c, vb) &&
	    (tis(c, vb - 1, "of") || tis(c, vb - 1, "for")) && c->inside.items[vb - 2] >= 0 &&
	    c->m.items[c->inside.items[vb - 2]].e == vb - 1 && c->m.items[c->inside.items[vb - 2]].b >= 1 &&
	    ent_code__has_verb_at(c, c->m.items[c->inside.items[vb - 2]].b - 1))
		sg = c->m.items[c->inside.items[vb - 2]].group;
	if (sg < 0) {
		sg = ent_code__subject_of(c, vb);
		if (!c->tabari && (sg < 0 || c->m.items[sg].how == MH_PRONOUN || !ent_code__plain_subject(c, sg, vb)) &&
		    ent_code__tree_ready(c) == 1)
			sg = ent_code__subject_by_tree(c, vb, sg);
		/* "X condemned ... and promised ...": the subject carries over */
		int by_and;
		size_t cst = ent_code__clause_start(c, vb, &by_and);
		if (sg < 0 && by_and && c->last_src_mention >= 0)
			sg = c->last_src_mention;
		/* ... also when the first verb coded nothing ("Tehran condemned
		 * the assassination and vowed revenge against Israel") */
		/* (only a finite verb right after "and": not "and
		 * indiscriminate pounding", "oil and arms and China") */
		int carry = sg < 0 && by_and && !c->tabari && cst == vb && vend < n && !tis(c, vend, "and") &&
			    !tis(c, vend, ",") && !t_ing(c, vb);
		for (size_t k = 0; carry && sg < 0 && k < c->m.len && c->m.items[k].e < cst; k++) {
			const ent_mention_i *m = &c->m.items[k];
			if (!m->in_pp && !m->modifier && !m->noun_mod && !m->compared && !m->null && m->how != MH_AGENT)
				sg = m->group;
		}
	}
	if (sg < 0)
		sg = ent_code__default_actor(c, "SOURCE", vb);
	if (sg < 0 && c->tabari) {
		/* TABARI's dictionaries assume its rule: with no actor in the
		 * verb's clause, the source is the sentence's first actor
		 * before the verb ("Gondor accepts that Calenardon might
		 * affirm an attack by Osgiliath soldiers") */
		for (size_t k = 0; k < c->m.len && sg < 0; k++) {
			const ent_mention_i *m = &c->m.items[k];
			if (m->e > vb)
				break;
			if (!m->null && !m->modifier && !m->compared && m->how != MH_PRONOUN)
				sg = m->group;
		}
	}
	return sg;
}
