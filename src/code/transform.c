/* PETRARCH 2's ways of composing codes: its coding ontology (a negated or
 * chained verb as one code, "would not give permission" -> 124) and its
 * transformations of a verb that governs a clause ("said", "wants"): the
 * governed clause's event becomes the governing verb's source's. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <string.h> /* memcmp, strlen */

#include "lexicon/word.h" /* ent_word_is_* */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

/* With PETRARCH's coding ontology loaded: a verb chained to the one
 * before "to" ("want to help": intend 0x3000 + aid 0x0040 = 033) takes
 * the sum of their numbers when the table has it, and a negated event
 * takes its opposite ("not clash": 110 = 0xFFFF + 0x0080 -> 050) and is
 * then no longer negated. */
void ent_code__compose_pico(const ent_coder *c, const char *upper, const char **code, const char **code2, int *neg)
{
	int32_t u, v;
	if (upper && ent_lexicon__pico(c->lx, upper, &u) && ent_lexicon__pico(c->lx, *code, &v) && u >= 0x1000 &&
	    u < 0x10000 && (u & 0xFFF) == 0 && v > 0 && v < 0x1000) {
		const char *cc = ent_lexicon__pico_code(c->lx, u + v);
		if (cc) {
			*code = cc;
			*code2 = NULL;
		}
	}
	if (*neg && ent_lexicon__pico(c->lx, *code, &v)) {
		const char *nc = ent_lexicon__pico_code(c->lx, v - 0xFFFF);
		if (!nc)
			nc = ent_lexicon__pico_code(c->lx, v + 0xFFFF);
		if (nc) {
			*code = nc;
			*code2 = NULL;
			*neg = 0;
		}
	}
}

/* Whether the groups g and h share an actor code ("they" and "the US"). */
static int same_actor(const ent_coder *c, int32_t g, int32_t h)
{
	for (int32_t x = g; x >= 0; x = c->m.items[x].next)
		for (int32_t y = h; y >= 0; y = c->m.items[y].next)
			if (!strcmp(c->m.items[x].code, c->m.items[y].code))
				return 1;
	return 0;
}

/* Take back what the verb at token vb has coded in this sentence: its
 * clause was coded by a transformation instead. */
static void unhold_verb(ent_coder *c, uint32_t vb)
{
	size_t w = 0;
	for (size_t i = 0; i < c->held.len; i++) {
		const ent_event *ev = &c->held.items[i].ev;
		if (c->held.items[i].verb != vb) {
			c->held.items[w++] = c->held.items[i];
			continue;
		}
		for (size_t k = 0; k < c->nemitted; k++)
			if (c->emitted[k].s == ev->source && c->emitted[k].t == ev->target && c->emitted[k].code == ev->code) {
				c->emitted[k] = c->emitted[--c->nemitted];
				break;
			}
	}
	c->held.len = w;
}

/* PETRARCH's verb transformations: the event of the verb at vb (source
 * group sg, target group tg or -1, `code`) inside the clause governed by
 * an earlier "said" / "claimed" / "wants" is replaced by the rule's event
 * ("The US claimed that ISIL had attacked Iraq": the US accuses ISIL,
 * 112). Returns 1 when a rule applied (the event is emitted), 0 when
 * none did, or a negative error. */
int ent_code__apply_transform(ent_coder *c, size_t vb, size_t ve, int32_t sg, int32_t tg, const char *code, int neg,
			   ent_modality mod)
{
	const ent_lexicon *lx = c->lx;
	if (!c->nframes || !code || !*code)
		return 0;
	size_t fi = c->nframes;
	while (fi > 0 && c->frames[fi - 1].ve > vb)
		fi--;
	if (!fi)
		return 0;
	const struct ent_frame *f = &c->frames[fi - 1];
	if (vb - f->ve > 15)
		return 0;
	/* only the clause's own verb: "said it will send a team to help
	 * identify victims killed by ..." is about sending, not killing */
	for (size_t t = f->ve > f->inner_end ? f->ve : f->inner_end; t < vb; t++)
		if (c->inside.items[t] < 0 && ent_code__has_verb_at(c, t) && !ent_word_is_aux(tnorm(c, t), tlen(c, t)))
			return 0;
	for (size_t t = f->ve; t < vb; t++)
		if (tis(c, t, ";") || tis(c, t, ":") || tis(c, t, "but") || tis(c, t, "while") || tis(c, t, "after") ||
		    tis(c, t, "before") || tis(c, t, "because") || tis(c, t, "when"))
			return 0;
	/* whose the inner event is: the outer verb's source itself ("wants to
	 * attack"), the object before "to" ("wants Putin to attack"), or the
	 * subject of the clause after the outer verb */
	char x;
	int32_t src = sg;
	if (vb >= 1 && tis(c, vb - 1, "to") && f->ve == vb - 1) {
		x = '_';
		src = f->sg;
	} else if (vb >= 2 && tis(c, vb - 1, "to") && c->inside.items[vb - 2] >= 0 &&
		   c->m.items[c->inside.items[vb - 2]].b >= f->ve) {
		src = c->m.items[c->inside.items[vb - 2]].group;
		x = same_actor(c, src, f->sg) ? 'a' : 'b';
	} else if (sg >= 0 && c->m.items[sg].b >= f->ve) {
		x = same_actor(c, sg, f->sg) ? 'a' : 'b';
	} else {
		/* "said they will attack": the clause's own subject, without "that" */
		src = -1;
		for (size_t k = 0; k < c->m.len && src < 0; k++) {
			const ent_mention_i *m = &c->m.items[k];
			if (m->b >= f->ve && m->e <= vb && !m->in_pp && !m->null && !m->modifier)
				src = m->group;
		}
		if (src < 0)
			return 0;
		x = same_actor(c, src, f->sg) ? 'a' : 'b';
	}
	for (size_t i = 0; i < lx->transforms.len; i++) {
		const lx_transform *t = &lx->transforms.items[i];
		if (strcmp(t->outer, f->code) || t->x != x || (t->inner_root[0] && strncmp(code, t->inner_root, 2)))
			continue;
		if (t->y == 'b' && tg < 0)
			continue;
		int32_t b = x == 'b' ? src : tg;
		int32_t p = t->p == 'a' ? f->sg : b, q = t->q == 'a' ? f->sg : b;
		if (p < 0 || q < 0 || p == q)
			continue;
		unhold_verb(c, f->vb);
		c->frames[fi - 1].inner_end = (uint32_t)ve;
		c->cur_score = 1 << 20; /* beats the patterns' events between the pair */
		ENT_FORWARD_IF_ERROR(ent_code__emit_groups(c, p, q, t->code ? t->code : code, NULL, vb, ve, neg, mod, ent_code__hold_event, c));
		return 1;
	}
	return 0;
}

/* Remember the verb at vb, with source group sg, when a transformation
 * names its code as the governing verb. */
void ent_code__push_frame(ent_coder *c, size_t vb, size_t ve, int32_t sg, const char *code)
{
	const ent_lexicon *lx = c->lx;
	if (!code || c->nframes == sizeof c->frames / sizeof *c->frames)
		return;
	for (size_t i = 0; i < lx->transforms.len; i++)
		if (!strcmp(lx->transforms.items[i].outer, code)) {
			c->frames[c->nframes].vb = (uint32_t)vb;
			c->frames[c->nframes].ve = (uint32_t)ve;
			c->frames[c->nframes].sg = sg;
			c->frames[c->nframes].code = code;
			c->frames[c->nframes].inner_end = 0;
			c->nframes++;
			return;
		}
}
