/* The roles of a passive verb: "weapons were provided by Israel to
 * Azerbaijan" (the doer after "by", the subject acted on), "victims killed
 * by X" (the noun the participle follows), "Four children were killed in
 * Israeli shelling" (no "by": the actor named after the verb, else an
 * unknown doer), "was seen to break" (the subject acts in the infinitive).
 * The coder's step for a verb the window reads as passive (coder.c). */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen */

#include <string.h> /* strcmp */

#include "lexicon/word.h" /* ent_word_is_determiner */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

int ent_code__passive_roles(ent_coder *c, size_t vb, size_t vend, const char *code, int score, int32_t *sg,
			    int32_t *tg)
{
	size_t n = c->tl.n;
	int by_other = 0;
	/* "weapons were provided by Israel to Azerbaijan" */
	for (size_t t = vend; t < n && t < vend + 6 && *sg < 0; t++) {
		if (!tis(c, t, "by"))
			continue;
		size_t u = t + 1;
		while (u < n && (ent_word_is_determiner(tnorm(c, u), tlen(c, u)) || tis(c, u, "two")))
			u++;
		if (u < n && c->at.items[u] >= 0 && !c->m.items[c->at.items[u]].noun_mod)
			*sg = c->m.items[c->at.items[u]].group;
		else
			by_other = 1; /* "by a missile", "by the flight MH17 crash": no actor did it */
		break;
	}
	if (by_other && !c->tabari) {
		int done;
		ENT_FORWARD_IF_ERROR(ent_code__unknown_cause(c, vb, vend, ent_code__subject_of(c, vb), code, score, &done));
		return 1;
	}
	if (*sg >= 0 && *tg < 0 && !ent_code__after_be(c, vb) && vb >= 1 && tis(c, vend, "by")) {
		/* "victims killed by X": the noun the participle follows */
		if (c->inside.items[vb - 1] < 0)
			return 1;
		*tg = c->m.items[c->inside.items[vb - 1]].group;
	}
	if (*sg >= 0 && *tg < 0) {
		/* the passive's subject is the target, even as an adjective:
		 * "the Russian building was demolished by ..." */
		int32_t subj = ent_code__subject_of(c, vb);
		if (subj < 0) {
			int bya;
			size_t st = ent_code__clause_start(c, vb, &bya);
			for (size_t k = 0; k < c->m.len && subj < 0; k++)
				if (c->m.items[k].b >= st && c->m.items[k].e <= vb && c->m.items[k].modifier &&
				    c->m.items[k].how == MH_ADJ)
					subj = c->m.items[k].group;
			/* "Evidence against Russia was presented by the US",
			 * "Sanctions on Iran were imposed by": the actor the
			 * subject is about */
			for (size_t k = 0; k < c->m.len && subj < 0; k++) {
				const ent_mention_i *m = &c->m.items[k];
				if (m->b >= st && m->e <= vb && m->in_pp && !m->null && m->group != *sg && m->b >= 1 &&
				    (tis(c, m->b - 1, "against") || tis(c, m->b - 1, "on") || tis(c, m->b - 1, "to")))
					subj = m->group;
			}
		}
		if (subj >= 0)
			*tg = subj;
		else
			*tg = ent_code__target_after(c, vend, *sg);
	}
	/* no "by": the subject is still the one acted on ("Four
	 * children were killed in Israeli shelling", "X was
	 * criticized over its dispute with Y"); the doer is the
	 * actor named after the verb in its clause, else unknown.
	 * "was seen to break": the subject acts in the infinitive */
	if (*sg < 0 && *tg < 0 && !(vend < n && tis(c, vend, "to"))) {
		int32_t subj = ent_code__subject_of(c, vb);
		if (subj >= 0) {
			int32_t doer = -1;
			for (size_t k = 0; k < c->m.len && doer < 0; k++) {
				const ent_mention_i *m = &c->m.items[k];
				if (m->b < vend || m->group == c->m.items[subj].group || m->null || m->compared ||
				    m->how == MH_PRONOUN || !strcmp(m->code, c->m.items[subj].code))
					continue; /* "its dispute with Y": its is the subject again */
				/* ("killed in a bombing in Baghdad": where it happened did not do it) */
				if (c->ours && ent_code__locative(c, m->group))
					continue;
				int stop = 0;
				for (size_t t = vend; t < m->b && !stop; t++)
					stop = ent_code__in_clause_stop(c, t) || tis(c, t, ",") ||
					       (c->inside.items[t] < 0 && ent_code__is_clause_word(c, t));
				if (stop)
					break;
				doer = m->group;
			}
			if (doer < 0) {
				int done;
				ENT_FORWARD_IF_ERROR(ent_code__unknown_cause(c, vb, vend, subj, code, score, &done));
				return 1;
			}
			*sg = doer;
			*tg = subj;
		}
	}
	return 0;
}
