/* A sentence's events leave the coder here: the record they start from,
 * one event per source and target member of a compound, each held until
 * the sentence is done so that of two events between the same pair the one
 * from the more specific pattern is kept. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <string.h> /* memcmp, strlen */

#include "lexicon/word.h" /* ent_word_is_* */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

void ent_code__fill_proto(ent_coder *c, ent_event *ev)
{
	memset(ev, 0, sizeof *ev);
	ev->doc = c->doc ? c->doc : "";
	ev->sentence = c->sentence;
	ev->date = c->sdate;
	ev->source = ev->target = ev->code = ev->plover = ev->mode = ev->relation_type = "";
	ev->sentence_start = c->text_base;
	ev->sentence_end = c->text_base + c->text_len;
	ev->text = c->text;
	ev->source_text = ev->target_text = ev->verb_text = "";
}

static const char *tok_text(ent_coder *c, size_t b, size_t e)
{
	if (b >= e || e > c->tl.n)
		return "";
	size_t sb = c->tl.toks[b].start - c->text_base, se = c->tl.toks[e - 1].end - c->text_base;
	const char *s = ent_arena_strndup(c->sa, c->text + sb, se - sb);
	return s ? s : "";
}

int ent_code__mention_state(const ent_coder *c, const ent_mention_i *m, char out[4])
{
	if (m->null || !m->code || strlen(m->code) < 3 || !strncmp(m->code, "---", 3))
		return 0;
	char p[4] = { m->code[0], m->code[1], m->code[2], 0 };
	long a = ent_lexicon__actor_by_code(c->lx, p);
	if (a < 0 || c->lx->actors.items[a].kind != LX_ACTOR_COUNTRY)
		return -1;
	memcpy(out, p, 4);
	return 1;
}

/* The one state the sentence's located actors belong to ("Egyptian
 * police", "Sudan's government"), or NULL when they name none or several,
 * or when the state is only a party ("the general attacked Iraq"): one of
 * its mentions must show the scene, as a sector of it ("Egyptian police"),
 * its people ("Algerians") or the place ("in Athens"). */
static const char *find_state(const ent_coder *c, char out[4])
{
	const char *state = NULL;
	int scene = 0;
	for (size_t k = 0; k < c->m.len; k++) {
		const ent_mention_i *m = &c->m.items[k];
		char p[4];
		int r = m->compared ? 0 : ent_code__mention_state(c, m, p);
		if (r < 0)
			return NULL; /* an organisation or a group: not a domestic scene */
		if (r == 0)
			continue;
		if (state && strcmp(state, p))
			return NULL;
		memcpy(out, p, 4);
		state = out;
		scene |= strlen(m->code) > 3 || m->how == MH_ADJ || (m->group == (int32_t)k && ent_code__locative(c, (int32_t)k));
	}
	return scene ? state : NULL;
}

/* (Once per sentence: each event with an unplaced agent asks.) */
static const char *sentence_state(ent_coder *c)
{
	if (c->state_gen != c->gen) {
		c->state_gen = c->gen;
		if (!find_state(c, c->state))
			c->state[0] = 0;
	}
	return c->state[0] ? c->state : NULL;
}

/* An agent the text gives no state ("police", "the demonstrators", "the
 * opposition") belongs to the state of the scene when the sentence names
 * exactly one and nothing else: "Egyptian police beat the protesters" is
 * EGYCOP against EGYOPP. Without that one state it stays "---". */
static const char *located(ent_coder *c, const char *code, const char *state)
{
	if (!state || strncmp(code, "---", 3) || !code[3])
		return code;
	size_t n = strlen(code);
	char *s = ent_arena_alloc(c->sa, n + 1);
	if (!s)
		return code;
	memcpy(s, state, 3);
	memcpy(s + 3, code + 3, n - 2);
	return s;
}

/* Emit one event between mentions a and b with `code`. */
int ent_code__emit_one(ent_coder *c, const ent_mention_i *a, const ent_mention_i *b, const char *code, size_t vb,
		    size_t ve, int neg, ent_modality mod, ent_event_fn fn, void *payload)
{
	if (a->null || b->null || a->nameless || b->nameless || !code || !*code)
		return 0;
	if (c->cur_ours && ent_code__refused(c, vb)) {
		const char *refused = ent_code__refused_code(code);
		if (refused) {
			code = refused;
			neg = 0;
		} else {
			neg = 1;
		}
	}
	if (c->cur_ours && !neg && ent_code__halted(c, vb)) {
		const char *halted = ent_code__halted_code(code);
		if (halted)
			code = halted;
		else
			neg = 1;
	}
	if (c->cur_ours && !neg) {
		const char *intent = ent_code__intent_code(code);
		if (intent && ent_code__committed(c, vb)) {
			code = intent;
			/* a commitment is an intention, however far its verb is
			 * from the act ("agreed on Friday to send aid") */
			if (mod == ENT_MODALITY_ASSERTED)
				mod = ENT_MODALITY_INTENDED;
		} else if (intent && intent[0] == '1' && intent[1] == '3' && ent_code__conditional_cue(c) &&
			   ent_code__tree_ready(c) == 1 && ent_code__tree_conditioned(c, vb)) {
			/* "the EC may halt its mediation if cooperation founders": a
			 * hostile act made to hang on a condition is a threat */
			code = intent;
		}
	}
	ent_mention_i ma = *a, mb = *b;
	if (c->cur_ours && (!strncmp(a->code, "---", 3) || !strncmp(b->code, "---", 3))) {
		const char *state = sentence_state(c);
		ma.code = located(c, a->code, state);
		mb.code = located(c, b->code, state);
		a = &ma;
		b = &mb;
	}
	for (size_t k = 0; k < c->nemitted; k++)
		if (!strcmp(c->emitted[k].s, a->code) && !strcmp(c->emitted[k].t, b->code) && !strcmp(c->emitted[k].code, code))
			return 0;
	if (c->nemitted < sizeof c->emitted / sizeof *c->emitted) {
		c->emitted[c->nemitted].s = a->code;
		c->emitted[c->nemitted].t = b->code;
		c->emitted[c->nemitted].code = code;
		c->nemitted++;
	}
	/* an actor does nothing to itself; a government to its own country
	 * ("Obama expressed sorrow for the shootings in Texas") is a domestic
	 * event, which the dyads fold away at country level */
	size_t la = strlen(a->code), lb = strlen(b->code);
	if (!strncmp(a->code, b->code, la < lb ? la : lb) && strncmp(a->code, "---", 3) && la == lb)
		return 0;
	ent_event ev;
	ent_code__fill_proto(c, &ev);
	ev.kind = ENT_KIND_EVENT;
	ev.date = ent_code__event_date(c, vb);
	ev.source = a->code;
	ev.target = b->code;
	ev.code = code;
	const lx_cameo *cm = ent_lexicon__cameo(c->lx, code);
	if (!cm && strlen(code) > 3) {
		char root[4] = { code[0], code[1], code[2], 0 };
		cm = ent_lexicon__cameo(c->lx, root);
	}
	if (cm) {
		ev.goldstein = cm->goldstein;
		ev.quad = cm->quad;
		ev.plover = cm->plover;
		ev.mode = cm->mode;
	}
	ev.negated = neg;
	ev.modality = mod;
	ent_code__event_span(c, &ev, a, b, vb, ve);
	ev.source_text = tok_text(c, a->b, a->e);
	ev.target_text = tok_text(c, b->b, b->e);
	ev.verb_text = tok_text(c, vb, ve);
	return fn(&ev, payload);
}

void ent_code__event_span(const ent_coder *c, ent_event *ev, const ent_mention_i *a, const ent_mention_i *b, size_t from,
			  size_t to)
{
	size_t lo = a->b < from ? a->b : from, hi = b->e > to ? b->e : to;
	if (b->b < lo)
		lo = b->b;
	if (a->e > hi)
		hi = a->e;
	ev->span_start = c->tl.toks[lo].start;
	ev->span_end = c->tl.toks[hi - 1].end;
}

/* Whether mention group g is named as a place: "in Doha", "at the border". */
int ent_code__locative(const ent_coder *c, int32_t g)
{
	size_t t = c->m.items[g].b;
	while (t > 0 && ent_word_is_determiner(tnorm(c, t - 1), tlen(c, t - 1)))
		t--;
	return t > 0 && (tis(c, t - 1, "in") || tis(c, t - 1, "at") || tis(c, t - 1, "near") || tis(c, t - 1, "inside") ||
			 tis(c, t - 1, "across") || tis(c, t - 1, "throughout"));
}

/* Where the phrase naming group g starts, with its preposition and
 * determiners ("in the Gaza Strip"). */
static size_t place_start(const ent_coder *c, int32_t g)
{
	size_t t = c->m.items[g].b;
	while (t > 0 && ent_word_is_determiner(tnorm(c, t - 1), tlen(c, t - 1)))
		t--;
	return t > 0 ? t - 1 : 0;
}

int ent_code__emit_groups(ent_coder *c, int32_t sg, int32_t tg, const char *code, const char *code2, size_t vb, size_t ve,
		       int neg, ent_modality mod, ent_event_fn fn, void *payload)
{
	int tabari = c->tabari; /* its reciprocal codes are the pattern's own */
	for (int32_t s = sg; s >= 0; s = c->m.items[s].next)
		for (int32_t t = tg; t >= 0; t = c->m.items[t].next) {
			c->cur_verb = (uint32_t)vb;
			c->cur_reverse = 0;
			ENT_FORWARD_IF_ERROR(ent_code__emit_one(c, &c->m.items[s], &c->m.items[t], code, vb, ve, neg, mod, fn, payload));
			c->cur_reverse = 1;
			/* a place named in the object ("a summit in Switzerland", "the
			 * Beijing Olympics") does not itself host or answer;
			 * "arrived in Gondor" does */
			if (code2 && (tabari || !(c->m.items[t].modifier || c->m.items[t].noun_mod || (ent_code__locative(c, t) && place_start(c, t) > ve + 1))))
				ENT_FORWARD_IF_ERROR(ent_code__emit_one(c, &c->m.items[t], &c->m.items[s], code2, vb, ve, neg, mod, fn, payload));
			c->cur_reverse = 0;
		}
	return 0;
}

int ent_code__tentative(const char *code)
{
	return code && *code && code[strlen(code) - 1] == '?';
}

int ent_code__hold_event(const ent_event *ev, void *payload)
{
	ent_coder *c = payload;
	struct ent_scored_event se = { *ev, c->cur_score, c->cur_verb, c->cur_reverse };
	return ENT_VEC_PUSH(&c->held, se);
}

/* Whether held event i yields to another between the same pair from a
 * more specific pattern. */
static int held_beaten(const ent_coder *c, size_t i)
{
	const struct ent_scored_event *a = &c->held.items[i];
	for (size_t k = 0; k < c->held.len; k++) {
		const struct ent_scored_event *b = &c->held.items[k];
		/* a ent_code__tentative TABARI code ("SAID [023?]") yields to any other */
		int ta = ent_code__tentative(a->ev.code), tb = ent_code__tentative(b->ev.code);
		if (k != i && (b->score > a->score || (ta && !tb)) && !(tb && !ta) && !strcmp(a->ev.source, b->ev.source) &&
		    !strcmp(a->ev.target, b->ev.target) && b->ev.negated == a->ev.negated)
			return 1;
	}
	return 0;
}

/* Report the held events in order, leaving out one that another event
 * between the same pair, from a more specific pattern, supersedes, and
 * the reciprocal of one left out: "advised against travel to Tunisia" is
 * a warning, so Tunisia hosts no visit. */
int ent_code__flush_held(ent_coder *c, ent_event_fn fn, void *payload)
{
	int rc = 0;
	for (size_t i = 0; i < c->held.len && rc == 0; i++) {
		const struct ent_scored_event *a = &c->held.items[i];
		int beaten = held_beaten(c, i);
		for (size_t k = 0; k < c->held.len && !beaten && a->reverse; k++) {
			const struct ent_scored_event *f = &c->held.items[k];
			beaten = !f->reverse && f->verb == a->verb && !strcmp(f->ev.source, a->ev.target) &&
				 !strcmp(f->ev.target, a->ev.source) && held_beaten(c, k);
		}
		if (!beaten)
			rc = fn(&a->ev, payload);
	}
	c->held.len = 0;
	return rc;
}
