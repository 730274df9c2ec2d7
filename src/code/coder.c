/* The coder: a sentence's events over the actor mentions of mentions.c,
 * and the coder's life cycle (documents and sentences: document.c).
 *
 * Technique: patterns over tokens, as TABARI does, because the
 * dictionaries users bring (TABARI, PETRARCH, Phoenix) are written as word
 * patterns; where the window cannot tell who did what to whom, the
 * sentence's dependency tree decides (syntax.c, docs/coding.md).
 * A sentence is tokenised, its actor mentions found (longest dictionary
 * match, with agents attached: "Arnor's foreign minister" -> ARNGOVFRM),
 * adjacent mentions joined into compounds ("Israel and Turkey"), pronouns
 * and descriptions resolved against earlier mentions of the document;
 * then each verb found in the dictionary is tried against its patterns
 * (most specific first), and its source (the subject: the nearest mention
 * of the clause before the verb that is not inside a prepositional phrase,
 * or the agent of a passive "by" phrase) and target (the first mention
 * after the verb, or a pattern's slot) are taken. Negation, modality and
 * attribution are read from the words between subject and verb. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <stdio.h>  /* snprintf */
#include <string.h> /* memcmp, strlen */

#include "entente/text.h" /* ent_segmenter: document sentences */
#include "lexicon/word.h"  /* ent_word_is_* */
#include "util/alloc.h"   /* ent__calloc, ent__free */
#include "util/error.h"   /* ENT_RETURN_ERROR_IF */


int ent_coder_options_init(ent_coder_options *opts, unsigned int version)
{
	ENT_RETURN_ERROR_IF(!opts || version != ENT_CODER_OPTIONS_VERSION, ENT_EINVAL,
			    "coder options version %u not supported", version);
	ent_coder_options d = ENT_CODER_OPTIONS_INIT;
	*opts = d;
	return 0;
}

const char *ent_modality_name(ent_modality m)
{
	switch (m) {
	case ENT_MODALITY_ASSERTED: return "asserted";
	case ENT_MODALITY_INTENDED: return "intended";
	case ENT_MODALITY_POSSIBLE: return "possible";
	case ENT_MODALITY_REPORTED: return "reported";
	case ENT_MODALITY_CONDITIONAL: return "conditional";
	}
	return "asserted";
}

int ent_coder_new(ent_coder **out, const ent_lexicon *lx, const ent_coder_options *opts)
{
	ENT_RETURN_ERROR_IF(!out || !lx, ENT_EINVAL, "ent_coder_new: NULL argument");
	ENT_RETURN_ERROR_IF(!lx->finished, ENT_EINVAL, "ent_coder_new: lexicon not finished (call ent_lexicon_finish)");
	if (opts)
		ENT_RETURN_ERROR_IF(opts->version != ENT_CODER_OPTIONS_VERSION, ENT_EINVAL,
				    "coder options version %u not supported", opts->version);
	ent_coder *c = ent__calloc(1, sizeof *c);
	ENT_RETURN_IF_OOM(c);
	ent_coder_options d = ENT_CODER_OPTIONS_INIT;
	c->opts = opts ? *opts : d;
	if (!c->opts.max_sentence_bytes)
		c->opts.max_sentence_bytes = 20000;
	c->lx = lx;
	for (size_t i = 0; i < lx->blocks.len && !c->ours; i++)
		c->ours = lx->blocks.items[i].from_ours;
	c->pseen = ent__calloc(lx->npatterns + 1, sizeof *c->pseen);
	c->sa = ent_arena_new(16384);
	c->da = ent_arena_new(4096);
	int rc = c->sa && c->da && c->pseen ? ent_code__tree_init(&c->tree, c->opts.parse_model) : ENT_ENOMEM;
	if (rc < 0) {
		ent_code__tree_dispose(&c->tree);
		ent__free(c->pseen);
		ent_arena_free(c->sa);
		ent_arena_free(c->da);
		ent__free(c);
		return rc == ENT_ENOMEM ? ent_error_oom() : rc;
	}
	*out = c;
	return 0;
}

void ent_coder_free(ent_coder *c)
{
	if (!c)
		return;
	ent_toklist_dispose(&c->tl);
	ENT_VEC_FREE(&c->m);
	ENT_VEC_FREE(&c->at);
	ENT_VEC_FREE(&c->inside);
	ENT_VEC_FREE(&c->cand);
	ENT_VEC_FREE(&c->coff);
	ent__free(c->altm);
	ent__free(c->pseen);
	ENT_VEC_FREE(&c->held);
	ent_arena_free(c->sa);
	ent_arena_free(c->da);
	ent_segmenter_free(c->seg);
	ent_code__tree_dispose(&c->tree);
	ent_buf_dispose(&c->tmp);
	ent__free(c->doc);
	ent__free(c);
}

static int32_t parse_doc_date(const char *d, char *out)
{
	out[0] = 0;
	if (!d)
		return 0;
	int y = 0, m = 0, dd = 0;
	size_t n = strlen(d);
	/* YYYY-MM-DD... or YYYYMMDD or YYMMDD (TABARI records) */
	if (n >= 10 && d[4] == '-' && d[7] == '-') {
		if (sscanf(d, "%4d-%2d-%2d", &y, &m, &dd) != 3)
			return 0;
	} else if (n == 8 && sscanf(d, "%4d%2d%2d", &y, &m, &dd) == 3) {
	} else if (n == 6 && sscanf(d, "%2d%2d%2d", &y, &m, &dd) == 3) {
		y += y < 30 ? 2000 : 1900;
	} else if (n >= 4 && sscanf(d, "%4d", &y) == 1) {
		snprintf(out, 16, "%04d", y);
		return y * 10000;
	} else {
		return 0;
	}
	if (y < 1000 || y > 9999 || m < 1 || m > 12 || dd < 1 || dd > 31)
		return 0;
	snprintf(out, 16, "%04d-%02d-%02d", y % 10000, m % 100, dd % 100);
	return y * 10000 + m * 100 + dd;
}

int ent_coder_begin_doc(ent_coder *c, const char *doc, const char *date)
{
	ENT_RETURN_ERROR_IF(!c, ENT_EINVAL, "ent_coder_begin_doc: NULL coder");
	ent__free(c->doc);
	c->doc = ent__strdup(doc ? doc : "");
	ENT_RETURN_IF_OOM(c->doc);
	c->date_num = parse_doc_date(date, c->date);
	c->sentence = 0;
	c->nrecent = 0;
	c->has_last_person = 0;
	c->last_subject.code = NULL;
	c->discard_doc = 0;
	ent_arena_reset(c->da);
	return 0;
}

/* --- token helpers --- */

int ent_code__tok_is(const ent_coder *c, size_t i, const char *w)
{
	if (i >= c->tl.n)
		return 0;
	size_t n = strlen(w);
	return c->tl.toks[i].len == n && memcmp(ent_tok_norm(&c->tl, i), w, n) == 0;
}

int ent_code__tok_in(const ent_coder *c, size_t i, const char *const *words)
{
	for (size_t k = 0; words[k]; k++)
		if (ent_code__tok_is(c, i, words[k]))
			return 1;
	return 0;
}

/* --- events --- */

/* "A roadside bomb killed two soldiers", "civilians were killed in a
 * suicide bombing": force that no named actor did is coded from an
 * unknown source (---), or from the actor the attack names ("an Israeli
 * airstrike killed"), a bombing by its CAMEO kind (183x). *done says
 * whether the verb is coded so. */
int ent_code__unknown_cause(ent_coder *c, size_t vb, size_t vend, int32_t tg, const char *code, int score, int *done)
{
	static const char *const bombing[] = { NULL, "1831", "1832", "1833", "183" };
	*done = 0;
	if (!c->ours || c->tabari || tg < 0 || !code || !((code[0] == '1' && code[1] >= '8') || code[0] == '2') ||
	    !ent_code__attack_in_sentence(c) || ent_code__tree_ready(c) != 1)
		return 0;
	int kind;
	int32_t doer;
	int32_t cause = ent_code__tree_attack_cause(c, vb, &kind, &doer);
	if (cause < 0 || (doer >= 0 && c->m.items[doer].group == c->m.items[tg].group))
		return 0;
	if (kind)
		code = bombing[kind];
	ent_mention_i u = doer >= 0 ? c->m.items[doer] : c->m.items[tg];
	if (doer < 0) {
		u.code = "---";
		u.b = (size_t)cause;
		u.e = (size_t)cause + 1;
		u.group = -1;
		u.next = -1;
	}
	size_t from = (size_t)cause < vb ? (size_t)cause + 1 : 0;
	int neg = ent_code__negated_between(c, from, vb);
	ent_modality mod = ent_code__modality_between(c, from, vb);
	c->cur_score = score;
	c->cur_verb = (uint32_t)vb;
	for (int32_t t = tg; t >= 0; t = c->m.items[t].next)
		ENT_FORWARD_IF_ERROR(ent_code__emit_one(c, &u, &c->m.items[t], code, vb, vend, neg, mod, ent_code__hold_event, c));
	*done = 1;
	return 0;
}

/* The members of compound g acting on each other with `code` (code2, when
 * given, for a later member acting on an earlier one), the modality read
 * from the compound's end to the verb. */
static int emit_among(ent_coder *c, int32_t g, const char *code, const char *code2, size_t vb, size_t vend, int neg)
{
	c->cur_verb = (uint32_t)vb;
	ent_modality mod = ent_code__modality_between(c, c->m.items[g].e, vb);
	for (int32_t s = g; s >= 0; s = c->m.items[s].next)
		for (int32_t t = g; t >= 0; t = c->m.items[t].next)
			if (s != t)
				ENT_FORWARD_IF_ERROR(ent_code__emit_one(c, &c->m.items[s], &c->m.items[t], code2 && t < s ? code2 : code, vb,
								      vend, neg, mod, ent_code__hold_event, c));
	return 0;
}

/* The compound named by "between A and B" right at token t, or -1. */
static int32_t between_pair(const ent_coder *c, size_t t)
{
	if (t + 1 >= c->tl.n || !tis(c, t, "between") || c->at.items[t + 1] < 0)
		return -1;
	int32_t g = c->m.items[c->at.items[t + 1]].group;
	return c->m.items[g].next >= 0 ? g : -1;
}

/* "because of fighting", "amid clashing": an -ing form right after a
 * preposition names an event. */
static int gerund_after_preposition(const ent_coder *c, size_t i)
{
	return i >= 1 && t_ing(c, i) &&
	       ent_word_is_preposition(tnorm(c, i - 1), tlen(c, i - 1)) && c->inside.items[i - 1] < 0;
}

int ent_code__code_events(ent_coder *c, ent_event_fn fn, void *payload)
{
	const ent_lexicon *lx = c->lx;
	size_t n = c->tl.n;
	c->nemitted = 0;
	c->nframes = 0;
	c->last_src_mention = -1;
	/* TABARI's CODE BY CLAUSE / BY SENTENCE: once a verb has coded, the
	 * rest of its clause (or sentence) codes nothing more */
	const char *mode = ent_lexicon_option(lx, "CODE");
	int by_sentence = mode && !strcmp(mode, "BY SENTENCE"), by_clause = mode && !strcmp(mode, "BY CLAUSE");
	int tabari = mode != NULL; /* TABARI's dictionaries, written for its rules */
	size_t held_seen = c->held.len, quiet_until = 0, verbs_from = 0;
	const char *chain_code = NULL; /* "want" in "want to help": the code of a verb before "to VERB" */
	size_t chain_end = 0;
	for (size_t i = 0; i < n; i++) {
		if ((by_sentence || by_clause) && c->held.len > held_seen) {
			/* a ent_code__tentative TABARI code ("SAID [023?]") leaves the clause open */
			int firm = 0;
			for (size_t k = held_seen; k < c->held.len; k++)
				firm |= !ent_code__tentative(c->held.items[k].ev.code);
			held_seen = c->held.len;
			if (firm)
				quiet_until = by_sentence ? n : ent_code__clause_end(c, i);
		}
		if (i < quiet_until || i < verbs_from)
			continue;
		if (tpunct(c, i))
			continue;
		int32_t in = c->inside.items[i];
		if (in >= 0 && c->m.items[in].how != MH_PRONOUN)
			continue;
		/* the verb forms starting here, longest first: each block's
		 * patterns are tried in turn, the first block that codes wins */
		uint32_t vcand[64];
		size_t vcend[64], nv = ent_code__verb_forms_at(c, i, vcand, vcend);
		if (!nv)
			continue;
		/* "talks between Turkey and Israel", "the clashes between A and
		 * B", "because of fighting between": a noun (or a gerund after a
		 * preposition) with a "between" pair of its own is that pair's
		 * event, who act on each other; another noun is no verb */
		int32_t pair = between_pair(c, vcend[0]);
		int nounlike = pair >= 0 && !tabari && c->ours &&
			       (ent_code__reads_as_noun(c, i, tabari) || gerund_after_preposition(c, i) ||
				(ent_code__determiner_near(c, i) && ent_code__tree_ready(c) == 1 && ent_code__tree_noun(c, i) == 1));
		if (!nounlike) {
			if (ent_code__reads_as_noun(c, i, tabari))
				continue;
			/* "held a general strike": asked of the tree only after a
			 * determiner near before (parsing costs) */
			if (!tabari && ent_code__determiner_near(c, i) && ent_code__tree_ready(c) == 1 && ent_code__tree_noun(c, i) == 1)
				continue;
		}
		verb_choice ch;
		ent_code__choose_pattern(c, i, vcand, vcend, nv, &ch);
		const lx_verbform *vf = ch.vf;
		const lx_verbblock *blk = ch.blk;
		c->cur_ours = blk && blk->from_ours;
		const char *code = ch.code, *code2 = ch.code2;
		binding bd = ch.bd;
		int matched = ch.matched, pattern_neg = ch.pattern_neg, matched_score = ch.matched_score;
		size_t matched_end = ch.matched_end, vend = ch.vend;
		if (!vf || !vend)
			continue;
		if (code && (code[0] == '#' || code[0] == '+'))
			code = NULL;
		size_t vb = i;
		i = vend - 1;
		if (!code)
			continue;
		/* "provide support to Israel": the pattern's object right after
		 * the verb is not a verb of its own */
		if (!tabari && matched && matched_end > vend && matched_end <= vend + 3) {
			int actor_between = 0; /* "said they will attack": a clause */
			for (size_t t = vend; t < matched_end; t++)
				actor_between |= c->inside.items[t] >= 0 || tis(c, t, "to");
			if (!actor_between)
				verbs_from = matched_end;
		}
		/* (the noun's pair: not the clause's subject, as "after fighting
		 * Armenia" has) */
		if (nounlike && !(bd.compound && bd.comp >= 0) && between_pair(c, vend) == pair) {
			bd.compound = 1;
			bd.comp = pair;
			bd.src = bd.tgt = -1;
		}
		/* "Egypt called on Israel to lift its blockade": an act that is
		 * asked for has not happened; the appeal is Egypt's, to Israel
		 * (appeal.c), and outranks the appeal verb's own event */
		if (c->ours && !tabari && !(bd.compound && bd.comp >= 0)) {
			int32_t asker, asked;
			const char *acode;
			if (ent_code__appealed(c, vb, code, &asker, &asked, &acode)) {
				if (acode && asker >= 0 && asked >= 0 && c->m.items[asker].group != c->m.items[asked].group) {
					c->cur_score = matched_score + 1000;
					c->cur_verb = (uint32_t)vb;
					ENT_FORWARD_IF_ERROR(ent_code__emit_groups(c, c->m.items[asker].group, c->m.items[asked].group, acode, NULL,
										   vb, vend, 0, ENT_MODALITY_ASSERTED, ent_code__hold_event, c));
				}
				/* (the words of the act asked for are not acts of their own:
				 * "to lift its blockade of Gaza" imposes no blockade) */
				if (matched && matched_end > vend && matched_end > verbs_from)
					verbs_from = matched_end;
				continue;
			}
		}
		int passive = ent_code__is_participle(c, vb + vf->head) && (ent_code__after_be(c, vb) || (!tabari && ent_code__reduced_passive(c, vb, vend)));
		/* "want to re-examine", "pledged to expel", "seeking to deepen": a
		 * verb coded only by its block, whose object is another verb, gives
		 * way to that verb's event between the same pair */
		if (!matched && vend + 1 < n && tis(c, vend, "to") && ent_code__has_verb_at(c, vend + 1)) {
			matched_score = -1;
			chain_code = code;
			chain_end = vend;
		} else if (!tabari && matched && matched_end >= 1 && matched_end < n && tis(c, matched_end - 1, "to") &&
			   ent_code__has_verb_at(c, matched_end)) {
			/* ... and so does a pattern that ends in that "to"
			 * ("threaten to": "threatened to ban the party" is 132) */
			matched_score = -1;
		}
		int32_t sg = -1, tg = -1;
		/* a nominal event: "Israel's support", "Turkish mediation" */
		int32_t nominal = -1;
		if (vb >= 2 && (c->tl.toks[vb - 1].flags & ENT_TOK_POSS) && c->inside.items[vb - 2] >= 0 &&
		    c->m.items[c->inside.items[vb - 2]].e == vb - 1)
			nominal = c->m.items[c->inside.items[vb - 2]].group;
		else if (vb >= 1 && c->inside.items[vb - 1] >= 0 && c->m.items[c->inside.items[vb - 1]].e == vb &&
			 c->m.items[c->inside.items[vb - 1]].how == MH_ADJ && !c->m.items[c->inside.items[vb - 1]].agent)
			/* "Turkish mediation"; not "Indian officials said" */
			nominal = c->m.items[c->inside.items[vb - 1]].group;
		if (nominal >= 0 && bd.src < 0) {
			/* the nominal's object follows at once: "support for Azerbaijan" */
			int32_t obj = -1;
			for (size_t t = vend; t < n && t < vend + 3; t++) {
				if (c->at.items[t] >= 0) {
					obj = c->m.items[c->at.items[t]].group;
					break;
				}
				if (!(ent_word_is_preposition(tnorm(c, t), tlen(c, t)) || ent_word_is_determiner(tnorm(c, t), tlen(c, t))))
					break;
			}
			if (obj < 0 && bd.tgt < 0)
				continue;
			bd.src = nominal;
			if (bd.tgt < 0)
				bd.tgt = obj;
			passive = 0;
		}
		/* (with TABARI's dictionaries a "%" is always reciprocal: "Arnor
		 * has exchanged prisoners with Gondor and Osgiliath") */
		if (!tabari && bd.compound && bd.comp >= 0 && c->m.items[bd.comp].b >= vend && bd.src < 0 && bd.tgt < 0 &&
		    !(c->m.items[bd.comp].b > 0 && tis(c, c->m.items[bd.comp].b - 1, "between"))) {
			/* "Eriador agrees with the Philippines and France": a "%"
			 * after the verb, with a subject of its own, is the target */
			int32_t subj = ent_code__subject_of(c, vb);
			if (subj >= 0 && c->m.items[subj].group != bd.comp) {
				bd.tgt = bd.comp;
				bd.compound = 0;
			}
		}
		if (bd.compound && bd.comp >= 0) {
			/* "%" : the members of a compound act on each other */
			int32_t g = bd.comp;
			c->cur_score = matched_score;
			int neg = !pattern_neg && ent_code__negated_between(c, c->m.items[g].e, vb);
			ENT_FORWARD_IF_ERROR(emit_among(c, g, code, code2, vb, vend, neg));
			continue;
		}
		if (bd.src >= 0)
			sg = c->m.items[bd.src].group;
		if (bd.tgt >= 0)
			tg = c->m.items[bd.tgt].group;
		/* a pattern's target slot does not reach into the next clause
		 * ("civilians had been killed and that its air force ...",
		 * "regretted India's strikes and asked both sides") */
		if (tg >= 0 && !tabari && c->m.items[bd.tgt].b > vend) {
			for (size_t t = vend; t < c->m.items[bd.tgt].b; t++)
				if (c->inside.items[t] < 0 && (ent_code__in_clause_stop(c, t) || tis(c, t, "that") || tis(c, t, "which") ||
							       tis(c, t, "who") || tis(c, t, "but") || tis(c, t, "while") ||
							       (tis(c, t, "and") && t + 1 < n && ent_code__has_verb_at(c, t + 1) &&
								c->inside.items[t + 1] < 0))) {
					tg = -1;
					break;
				}
		}
		/* "Egypt, which Qatar supported": the object is the antecedent,
		 * whatever actor follows the clause */
		if (!tabari && ent_code__relative_before(c, vb) && ent_code__tree_ready(c) == 1) {
			int32_t rel = ent_code__tree_relative_object(c, vb);
			if (rel >= 0)
				tg = rel;
		}
		if (passive && sg < 0) {
			int r = ent_code__passive_roles(c, vb, vend, code, matched_score, &sg, &tg);
			ENT_FORWARD_IF_ERROR(r);
			if (r)
				continue;
		}
		/* the verb's subject, by the window and the tree (source.c) */
		if (sg < 0)
			sg = ent_code__verb_source(c, vb, vend);
		if (sg < 0) {
			int done;
			ENT_FORWARD_IF_ERROR(ent_code__unknown_cause(c, vb, vend, tg >= 0 ? tg : ent_code__target_after(c, vend, -1), code,
								matched_score, &done));
			continue;
		}
		/* the verb's target, by the window and the tree (target.c) */
		tg = ent_code__verb_target(c, vb, vend, sg, tg, &code, matched, matched_end);
		/* "The US, Russia and Switzerland met": a compound subject of a
		 * meeting or agreement with no object acts on each other */
		if (tg < 0 && c->m.items[sg].next >= 0 && code && code[0] == '0' && !(!tabari && ent_code__embedded_infinitive(c, sg, vb)) &&
		    !ent_code__gerund_adjunct(c, vb) &&
		    (code[1] == '3' || code[1] == '4' || code[1] == '5' || code[1] == '6' || code[1] == '8')) {
			int neg = !pattern_neg && ent_code__negated_between(c, c->m.items[sg].e, vb);
			if (lx->pico.len) /* "are seeking to deepen a partnership": intent, 031 */
				ent_code__compose_pico(c, chain_code && chain_end + 1 == vb ? chain_code : NULL, &code, &code2, &neg);
			c->cur_score = matched_score;
			ENT_FORWARD_IF_ERROR(emit_among(c, sg, code, NULL, vb, vend, neg));
			continue;
		}
		if (tg < 0)
			tg = ent_code__default_actor(c, "TARGET", vb);
		/* "threatened to stop the talks if the United States deployed
		 * missiles": a threat is made against whoever must meet its
		 * condition */
		/* (also when the words name only a place or the threatener's own
		 * state: "threatened to ban voting in East Jerusalem if Hamas
		 * ran"; and for an act that is threatened, or made to hang on a
		 * condition, which emit.c makes a threat) */
		if (c->ours && !tabari && code && ent_code__conditional_cue(c) &&
		    (tg < 0 || ent_code__locative(c, tg) || !strncmp(c->m.items[tg].code, c->m.items[sg].code, 3)) &&
		    ent_code__tree_ready(c) == 1) {
			const char *threat = code[0] == '1' && code[1] == '3' ? code : ent_code__intent_code(code);
			int32_t cs = threat && threat[0] == '1' && threat[1] == '3'
					     ? ent_code__tree_condition_subject(c, vb, c->m.items[sg].group)
					     : -1;
			if (cs >= 0 && (threat == code || ent_code__committed(c, vb) || ent_code__tree_conditioned(c, vb)))
				tg = cs;
		}
		if (tg < 0 && c->cur_ours && code && code[0] == '1' && code[1] == '4')
			tg = ent_code__protest_target(c, sg, vb);
		if (tg < 0 && !ent_code__require_dyad(c))
			tg = ent_code__null_target(c, vb);
		/* a state's city or positions are the target of force (17-20),
		 * not of a statement about them ("said no one had entered
		 * Indian territory") */
		if (tg >= 0 && c->m.items[tg].modifier && code && !(code[0] == '1' && code[1] >= '7') && code[0] != '2' &&
		    !(code[0] == '1' && code[1] == '6' && ent_code__owned_place(c, &c->m.items[tg])))
			tg = -1; /* (its goods are the target of sanctions: "tariffs on Chinese steel") */
		/* (a nominal's owner, "India's strikes", is not the clause's
		 * subject for a verb after "and") */
		if (nominal < 0)
			c->last_src_mention = sg;
		c->last_verb_end = vend;
		if (lx->transforms.len) {
			size_t from = c->m.items[sg].e < vb ? c->m.items[sg].e : 0;
			int tneg = !pattern_neg && ent_code__negated_between(c, from, vb);
			const char *tcode = code, *tcode2 = NULL;
			if (lx->pico.len) /* "would not give permission": 124, not a negated 070 */
				ent_code__compose_pico(c, NULL, &tcode, &tcode2, &tneg);
			int r = ent_code__apply_transform(c, vb, vend, sg, tg, tcode, tneg, ent_code__modality_between(c, from, vb));
			ENT_FORWARD_IF_ERROR(r);
			if (r) {
				held_seen = held_seen < c->held.len ? held_seen : c->held.len;
				continue;
			}
			ent_code__push_frame(c, vb, vend, sg, blk->code);
		}
		if (tg < 0)
			continue;
		if (!tabari && ent_code__embedded_infinitive(c, sg, vb))
			continue;
		size_t from = c->m.items[sg].e < vb ? c->m.items[sg].e : 0;
		int neg = !pattern_neg && !tabari && ent_code__negated_between(c, from, vb); /* TABARI negates only through its patterns */
		ent_modality mod = ent_code__modality_between(c, from, vb);
		if (mod == ENT_MODALITY_ASSERTED && ent_code__attribution_before(c, c->m.items[sg].b))
			mod = ENT_MODALITY_REPORTED;
		if (lx->pico.len)
			ent_code__compose_pico(c, chain_code && chain_end + 1 == vb ? chain_code : NULL, &code, &code2, &neg);
		c->cur_score = matched_score;
		ENT_FORWARD_IF_ERROR(ent_code__emit_groups(c, sg, tg, code, code2, vb, vend, neg, mod, ent_code__hold_event, c));
	}
	return 0;
}
