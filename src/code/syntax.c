#include "code/syntax.h"

#include <string.h> /* strcmp */

#include "code/coder.h"
#include "code/tree.h"   /* the tree helpers */
#include "code/tokens.h"   /* tnorm, tlen */
#include "lexicon/word.h" /* ent_word_is_time, ent_word_month */
#include "util/alloc.h" /* ent__realloc_array */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

int ent_code__tree_init(ent_code_tree *t, const ent_parse_model *model)
{
	memset(t, 0, sizeof *t);
	if (!model)
		return 0;
	return ent_parser_new(&t->parser, model);
}

void ent_code__tree_dispose(ent_code_tree *t)
{
	ent_parser_free(t->parser);
	ent__free(t->word_of_tok);
	ent__free(t->tok_of_word);
	memset(t, 0, sizeof *t);
}

static int grow(int32_t **v, size_t *cap, size_t n)
{
	if (n <= *cap)
		return 0;
	int32_t *p = ent__realloc(*v, n * sizeof *p);
	ENT_RETURN_IF_OOM(p);
	*v = p;
	*cap = n;
	return 0;
}

/* Tie coder tokens to parser words: a token belongs to the word holding
 * its first byte (both walk the same bytes left to right). */
static void align(ent_coder *c)
{
	ent_code_tree *t = &c->tree;
	size_t nw = t->s.count, w = 0;
	for (size_t i = 0; i < nw; i++)
		t->tok_of_word[i] = -1;
	for (size_t i = 0; i < c->tl.n; i++) {
		size_t at = c->tl.toks[i].start - c->text_base;
		while (w < nw && t->s.words[w].end <= at)
			w++;
		int in = w < nw && t->s.words[w].start <= at;
		t->word_of_tok[i] = in ? (int32_t)w : -1;
		if (in && t->tok_of_word[w] < 0)
			t->tok_of_word[w] = (int32_t)i;
	}
}

int ent_code__tree_ready(ent_coder *c)
{
	ent_code_tree *t = &c->tree;
	if (!t->parser)
		return 0;
	if (t->parsed_gen == c->gen)
		return !t->failed;
	t->parsed_gen = c->gen;
	t->failed = 1;
	ent_span span = { 0, c->text_len };
	int rc = ent_parser_parse(&t->s, t->parser, c->text, c->text_len, span);
	if (rc == ENT_ENOMEM)
		return rc;
	if (rc < 0)
		return 0; /* (a sentence the parser refuses is coded without a tree) */
	ENT_FORWARD_IF_ERROR(grow(&t->word_of_tok, &t->tok_cap, c->tl.n + 1));
	ENT_FORWARD_IF_ERROR(grow(&t->tok_of_word, &t->word_cap, t->s.count + 1));
	align(c);
	t->failed = 0;
	return 1;
}




static int32_t mention_at_word(const ent_coder *c, size_t w)
{
	int32_t tok = c->tree.tok_of_word[w];
	return tok < 0 ? -1 : c->inside.items[tok];
}

int32_t ent_code__tree_phrase_actor(const ent_coder *c, size_t w)
{
	int32_t m = mention_at_word(c, w);
	if (m >= 0)
		return m;
	/* "dozens of Palestinians", "a group of Israeli settlers": a quantity
	 * names no one; its "of" phrase does */
	for (size_t k = w + 1; k < c->tree.s.count; k++) {
		const ent_parse_word *x = word(c, k);
		if (x->head != w + 1 || x->dep != ENT_DEP_NMOD)
			continue;
		int32_t cs = child(c, k, ENT_DEP_CASE, NULL);
		if (cs >= 0 && !strcmp(word(c, (size_t)cs)->lemma, "of"))
			return mention_at_word(c, k);
	}
	return -1;
}

/* Relations of a word that only modify the noun to their right. */
static int premodifier(ent_dep d)
{
	return d == ENT_DEP_DET || d == ENT_DEP_NUMMOD || d == ENT_DEP_AMOD || d == ENT_DEP_ADVMOD ||
	       d == ENT_DEP_COMPOUND || d == ENT_DEP_FIXED || d == ENT_DEP_NMOD;
}

int32_t ent_code__tree_actor_from(const ent_coder *c, size_t q)
{
	if (q >= c->tl.n)
		return -1;
	int32_t w = c->tree.word_of_tok[q];
	/* climb from the phrase's first word to its head noun */
	for (int steps = 0; w >= 0 && steps < 8; steps++) {
		int32_t h = head_of(c, (size_t)w);
		if (h <= w || !premodifier(word(c, (size_t)w)->dep))
			break;
		w = h;
	}
	if (w < 0)
		return -1;
	ent_upos u = word(c, (size_t)w)->upos;
	if (u != ENT_UPOS_NOUN && u != ENT_UPOS_PROPN && u != ENT_UPOS_PRON && u != ENT_UPOS_NUM)
		return -1;
	return ent_code__tree_phrase_actor(c, (size_t)w);
}

/* Verbs that carry no event of their own and lend their subject to the
 * event noun they take as object: "lodged a protest", "launched an attack",
 * "issued a demand", "held talks". */
static int light_verb(const ent_parse_word *v)
{
	static const char *const verbs[] = { "make", "lodge", "file", "issue", "launch", "conduct", "stage", "hold",
		"mount", "express", "voice", "deliver", "give", "carry", "register", "extend", "undertake", "renew", NULL };
	if (v->upos != ENT_UPOS_VERB)
		return 0;
	for (size_t i = 0; verbs[i]; i++)
		if (!strcmp(v->lemma, verbs[i]))
			return 1;
	return 0;
}

static int relative_pronoun(const ent_parse_word *x)
{
	return x->upos == ENT_UPOS_PRON &&
	       (!strcmp(x->lemma, "who") || !strcmp(x->lemma, "which") || !strcmp(x->lemma, "that"));
}



/* Word w names a day or a month ("Monday", "October", "yesterday"). */
static int time_word(const ent_coder *c, size_t w)
{
	int32_t t = c->tree.tok_of_word[w];
	return t >= 0 && (ent_word_is_time(tnorm(c, (size_t)t), tlen(c, (size_t)t)) ||
			  ent_word_month(tnorm(c, (size_t)t), tlen(c, (size_t)t)));
}

int32_t ent_code__tree_subject_word(const ent_coder *c, size_t v)
{
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen)
		return -1;
	int32_t w = c->tree.word_of_tok[v];
	for (int steps = 0; w >= 0 && steps < 6; steps++) {
		const ent_parse_word *x = word(c, (size_t)w);
		int32_t h = head_of(c, (size_t)w);
		int32_t s = child(c, (size_t)w, ENT_DEP_NSUBJ, "nsubj");
		if (s >= 0) {
			/* "Morsi, who Qatar supported": "who" is the object; "X, which
			 * attacked Y": the relative pronoun stands for its antecedent */
			if (relative_pronoun(word(c, (size_t)s)) && x->dep == ENT_DEP_ACL && h >= 0)
				return h;
			return s;
		}
		/* a passive's subject is acted on, and a passive verb whose
		 * subject the parser missed has no doer to inherit */
		if (child(c, (size_t)w, ENT_DEP_NSUBJ, NULL) >= 0 || child(c, (size_t)w, ENT_DEP_AUX, "aux:pass") >= 0 || h < 0)
			return -1;
		if (x->dep == ENT_DEP_XCOMP) {
			/* "urged Iran to stop": an object controls the infinitive;
			 * a day the parser took for an object does not ("threatened
			 * Monday to ban") */
			int32_t o = child(c, (size_t)h, ENT_DEP_OBJ, NULL);
			if (o >= 0 && !time_word(c, (size_t)o))
				return o;
			w = h;
			continue;
		}
		if (x->dep == ENT_DEP_CONJ) {
			/* "Egypt, which Qatar backed, condemned Israel": a greedy parser
			 * often makes the main verb a conjunct of the relative clause;
			 * with no "and" of its own, its subject is the antecedent */
			if (word(c, (size_t)h)->dep == ENT_DEP_ACL && child(c, (size_t)w, ENT_DEP_CC, NULL) < 0 &&
			    head_of(c, (size_t)h) >= 0)
				return head_of(c, (size_t)h);
			w = h;
			continue;
		}
		/* "Serbia lodged a protest": the event noun's doer is the light verb's subject */
		if (x->dep == ENT_DEP_OBJ && x->upos == ENT_UPOS_NOUN && light_verb(word(c, (size_t)h))) {
			w = h;
			continue;
		}
		/* "..., killing 23": a participial adjunct shares its verb's subject,
		 * and so does an infinitive of purpose ("agreed on Friday to send
		 * aid", "started a strike to protest the ban") */
		if (x->dep == ENT_DEP_ADVCL && x->xpos && (!strcmp(x->xpos, "VBG") || (!strcmp(x->xpos, "VB") && infinitive(c, (size_t)w)))) {
			w = h;
			continue;
		}
		break;
	}
	return -1;
}

int32_t ent_code__tree_subject(const ent_coder *c, size_t v)
{
	int32_t w = ent_code__tree_subject_word(c, v);
	return w < 0 ? -1 : group_of(c, ent_code__tree_phrase_actor(c, (size_t)w));
}

static int clausal(ent_dep d)
{
	return d == ENT_DEP_ACL || d == ENT_DEP_ADVCL || d == ENT_DEP_CCOMP || d == ENT_DEP_CSUBJ ||
	       d == ENT_DEP_PARATAXIS || d == ENT_DEP_XCOMP;
}

int ent_code__tree_in_phrase(const ent_coder *c, size_t w, size_t tok)
{
	if (tok >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen)
		return 0;
	int32_t x = c->tree.word_of_tok[tok];
	for (size_t steps = 0; x >= 0 && steps <= c->tree.s.count; steps++) {
		if ((size_t)x == w)
			return 1;
		if (clausal(word(c, (size_t)x)->dep))
			return 0; /* "Egypt, which Qatar supported": Qatar is in a clause of its own */
		x = head_of(c, (size_t)x);
	}
	return 0;
}

int32_t ent_code__tree_relative_object(const ent_coder *c, size_t v)
{
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen)
		return -1;
	int32_t w = c->tree.word_of_tok[v];
	if (w < 0 || word(c, (size_t)w)->dep != ENT_DEP_ACL)
		return -1;
	int32_t o = child(c, (size_t)w, ENT_DEP_OBJ, NULL), h = head_of(c, (size_t)w);
	if (o < 0 || h < 0 || !relative_pronoun(word(c, (size_t)o)))
		return -1;
	return group_of(c, ent_code__tree_phrase_actor(c, (size_t)h));
}



int ent_code__tree_negated_word(const ent_coder *c, size_t w, int depth)
{
	static const char *const nots[] = { "not", "never", NULL };
	static const char *const nors[] = { "nor", "neither", NULL };
	static const char *const ors[] = { "or", "nor", NULL };
	/* verbs whose infinitive did not happen: "refused to meet" */
	static const char *const denying[] = { "refuse", "fail", "decline", "deny", "reject", "avoid", "cease", NULL };
	if (depth > 6)
		return 0;
	if (child_lemma(c, w, ENT_DEP_ADVMOD, nots) || child_lemma(c, w, ENT_DEP_CC, nors))
		return 1;
	const ent_parse_word *x = word(c, w);
	int32_t h = head_of(c, w);
	if (h < 0)
		return 0;
	if (x->dep == ENT_DEP_XCOMP)
		return lemma_in(word(c, (size_t)h), denying) || ent_code__tree_negated_word(c, (size_t)h, depth + 1);
	/* "will not break ties or downgrade them": negation spans "or" */
	if (x->dep == ENT_DEP_CONJ && child_lemma(c, w, ENT_DEP_CC, ors))
		return ent_code__tree_negated_word(c, (size_t)h, depth + 1);
	return 0;
}

int ent_code__tree_negated(const ent_coder *c, size_t v)
{
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return -1;
	return ent_code__tree_negated_word(c, (size_t)c->tree.word_of_tok[v], 0);
}

/* Governing verbs of a supposition: "to assume that X will ...". */
static const char *const supposing[] = { "assume", "suppose", "imagine", "hypothesize", "speculate", "wonder", NULL };

/* Modalities by strength: a weaker one never replaces a stronger. */
static int modality_rank(ent_modality m)
{
	switch (m) {
	case ENT_MODALITY_CONDITIONAL: return 4;
	case ENT_MODALITY_POSSIBLE: return 3;
	case ENT_MODALITY_INTENDED: return 2;
	case ENT_MODALITY_REPORTED: return 1;
	default: return 0;
	}
}

static void stronger(ent_modality *m, ent_modality x)
{
	if (modality_rank(x) > modality_rank(*m))
		*m = x;
}

int ent_code__tree_modality(const ent_coder *c, size_t v)
{
	static const char *const future[] = { "will", "shall", NULL };
	static const char *const conditional[] = { "would", "should", NULL };
	static const char *const possible[] = { "may", "might", "could", "can", NULL };
	static const char *const ifs[] = { "if", "unless", "whether", NULL };
	/* governing verbs of an intended act: "plans to", "threatened to" */
	static const char *const intent[] = { "plan", "intend", "want", "threaten", "vow", "promise", "pledge", "seek",
		"aim", "hope", "agree", "decide", "offer", "prepare", "expect", "propose", "try", "attempt", "wish", "ready",
		"willing", "prepared", "determined", "poised", "due", "about", "set", NULL };
	static const char *const capable[] = { "able", "capable", NULL };
	static const char *const hedges[] = { "possibly", "potentially", "perhaps", "likely", "reportedly", "allegedly", NULL };
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return -1;
	ent_modality m = ENT_MODALITY_ASSERTED;
	size_t w = (size_t)c->tree.word_of_tok[v];
	/* a noun (a relation's cue, "will form an alliance with") has the
	 * modality of the verb whose object or phrase it is */
	for (int k = 0; k < 2; k++) {
		const ent_parse_word *x = word(c, w);
		int32_t h = head_of(c, w);
		if (h < 0 || (x->upos != ENT_UPOS_NOUN && x->upos != ENT_UPOS_PROPN) ||
		    !(x->dep == ENT_DEP_OBJ || x->dep == ENT_DEP_OBL || x->dep == ENT_DEP_NMOD))
			break;
		w = (size_t)h;
	}
	for (int steps = 0; steps < 6; steps++) {
		if (child_lemma(c, w, ENT_DEP_AUX, future))
			stronger(&m, ENT_MODALITY_INTENDED);
		if (child_lemma(c, w, ENT_DEP_AUX, conditional))
			stronger(&m, ENT_MODALITY_CONDITIONAL);
		if (child_lemma(c, w, ENT_DEP_AUX, possible))
			stronger(&m, ENT_MODALITY_POSSIBLE);
		if (child_lemma(c, w, ENT_DEP_MARK, ifs))
			stronger(&m, ENT_MODALITY_CONDITIONAL);
		if (child_lemma(c, w, ENT_DEP_ADVMOD, hedges))
			stronger(&m, ENT_MODALITY_POSSIBLE);
		const ent_parse_word *x = word(c, w);
		int32_t h = head_of(c, w);
		if (h < 0)
			break;
		const ent_parse_word *g = word(c, (size_t)h);
		if (x->dep == ENT_DEP_XCOMP) {
			if (lemma_in(g, intent) || (!strcmp(g->lemma, "go") && g->xpos && !strcmp(g->xpos, "VBG")))
				stronger(&m, ENT_MODALITY_INTENDED);
			else if (lemma_in(g, capable))
				stronger(&m, ENT_MODALITY_POSSIBLE);
		} else if (x->dep == ENT_DEP_CCOMP) {
			if (lemma_in(g, supposing))
				stronger(&m, ENT_MODALITY_CONDITIONAL);
		} else if (x->dep != ENT_DEP_CONJ) {
			break; /* the predicate's own clause ends here */
		}
		w = (size_t)h;
	}
	return (int)m;
}

int32_t ent_code__tree_parallel_subject(const ent_coder *c, size_t v)
{
	int32_t s = ent_code__tree_subject_word(c, v);
	if (s < 0 || word(c, (size_t)s)->upos != ENT_UPOS_PRON)
		return -1;
	/* the pronoun's verb, conjoined to an earlier one */
	int32_t w = head_of(c, (size_t)s);
	if (w < 0 || word(c, (size_t)w)->dep != ENT_DEP_CONJ)
		return -1;
	int32_t h = head_of(c, (size_t)w);
	int32_t hs = h < 0 ? -1 : child(c, (size_t)h, ENT_DEP_NSUBJ, "nsubj");
	if (hs < 0 || hs > s)
		return -1;
	int32_t m = ent_code__tree_phrase_actor(c, (size_t)hs);
	if (m < 0 || c->m.items[m].how == MH_PRONOUN)
		return -1;
	return c->m.items[m].group;
}

int ent_code__tree_is_subject(const ent_coder *c, size_t tok)
{
	if (tok >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[tok] < 0)
		return 0;
	return word(c, (size_t)c->tree.word_of_tok[tok])->dep == ENT_DEP_NSUBJ;
}

int ent_code__tree_committed(const ent_coder *c, size_t v)
{
	static const char *const future[] = { "will", "shall", "would", NULL };
	/* verbs and adjectives whose infinitive is a commitment: "agreed to",
	 * "is ready to"; wishes and attempts ("hopes to", "tried to") are not */
	static const char *const commit[] = { "agree", "promise", "pledge", "vow", "offer", "plan", "intend", "decide",
		"threaten", "propose", "undertake", "commit", "resolve", "ready", "willing", "prepared",
		"determined", "set", "due", "poised", NULL };
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return -1;
	size_t w = (size_t)c->tree.word_of_tok[v];
	/* an event noun is committed to through its verb: "promised to continue
	 * military aid", "will provide aid" */
	if (word(c, w)->dep == ENT_DEP_OBJ && head_of(c, w) >= 0)
		w = (size_t)head_of(c, w);
	int found = 0;
	for (int steps = 0; steps < 6 && !found; steps++) {
		if (child_lemma(c, w, ENT_DEP_AUX, future)) {
			found = 1;
			break;
		}
		const ent_parse_word *x = word(c, w);
		int32_t h = head_of(c, w);
		if (h < 0)
			return 0;
		const ent_parse_word *g = word(c, (size_t)h);
		if (x->dep == ENT_DEP_XCOMP) {
			found = lemma_in(g, commit) || (!strcmp(g->lemma, "go") && g->xpos && !strcmp(g->xpos, "VBG"));
		} else if (x->dep != ENT_DEP_CONJ) {
			return 0; /* the predicate's own clause ends here */
		}
		w = (size_t)h;
	}
	/* no one commits to what a writer only supposes: "to assume that
	 * Turkey will support Israel" */
	for (int steps = 0; found && steps < 8; steps++) {
		int32_t h = head_of(c, w);
		if (h < 0)
			break;
		if (lemma_in(word(c, (size_t)h), supposing))
			return 2;
		w = (size_t)h;
	}
	return found;
}

int ent_code__tree_noun(const ent_coder *c, size_t tok)
{
	if (tok >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[tok] < 0)
		return -1;
	size_t w = (size_t)c->tree.word_of_tok[tok];
	const ent_parse_word *x = word(c, w);
	if (x->upos != ENT_UPOS_NOUN)
		return 0;
	/* a determiner or an adjective attaches to a noun, never to a verb,
	 * so this does not rest on the tag alone (which slips: "ease") */
	return child(c, w, ENT_DEP_DET, NULL) >= 0 || child(c, w, ENT_DEP_AMOD, NULL) >= 0;
}

int ent_code__tree_premodifier(const ent_coder *c, size_t tok)
{
	if (tok + 1 >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[tok] < 0)
		return 0;
	size_t w = (size_t)c->tree.word_of_tok[tok];
	const ent_parse_word *x = word(c, w);
	/* a possessive pronoun determines its noun as an article does: "its troops" */
	int poss = x->dep == ENT_DEP_NMOD && x->upos == ENT_UPOS_PRON && !strcmp(x->deprel, "nmod:poss");
	if (x->dep != ENT_DEP_AMOD && x->dep != ENT_DEP_COMPOUND && x->dep != ENT_DEP_NUMMOD && x->dep != ENT_DEP_DET && !poss)
		return 0;
	int32_t h = head_of(c, w);
	/* its noun is ahead, near, and nothing between is not a premodifier */
	return h > (int32_t)w && (size_t)h - w <= 4;
}

/* Words that measure the noun after "of": "3,000 tons of wheat", "a
 * shipment of rifles", "$50,000 worth of goods". */
static int is_quantity(const ent_coder *c, size_t g)
{
	static const char *const measures[] = { "ton", "tonne", "kilogram", "kg", "kilo", "litre", "liter", "gallon",
		"barrel", "dollar", "euro", "pound", "worth", "lot", "dozen", "hundred", "thousand", "million",
		"billion", "shipment", "consignment", "cargo", "batch", "package", "supply", "amount", "quantity",
		"load", "truckload", "planeload", "shipload", "convoy", "crate", "box", "bag", "sack", "carton",
		"container", "pallet", "round", "number", "plenty", NULL };
	const ent_parse_word *x = word(c, g);
	return x->upos == ENT_UPOS_NUM || x->upos == ENT_UPOS_SYM || child(c, g, ENT_DEP_NUMMOD, NULL) >= 0 ||
	       lemma_in(x, measures);
}

int ent_code__tree_quantity(const ent_coder *c, size_t tok)
{
	if (tok + 1 >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[tok] < 0)
		return 0;
	size_t w = (size_t)c->tree.word_of_tok[tok];
	for (size_t o = w; o < c->tree.s.count && o <= w + 6; o++) {
		const ent_parse_word *of = word(c, o);
		if (of->dep != ENT_DEP_CASE || strcmp(of->lemma, "of"))
			continue;
		int32_t h = head_of(c, o), g = h > (int32_t)o ? head_of(c, (size_t)h) : -1;
		if (g < 0 || g >= (int32_t)o || word(c, (size_t)h)->dep != ENT_DEP_NMOD || !is_quantity(c, (size_t)g))
			return 0;
		/* w is the "of", the measure, or a word of the measure's phrase */
		if (o == w)
			return 1;
		int32_t a = (int32_t)w;
		for (int steps = 0; steps < 8 && a >= 0 && a != h; steps++, a = head_of(c, (size_t)a))
			if (a == g)
				return 1;
		return 0;
	}
	return 0;
}

int32_t ent_code__tree_complement_subject(const ent_coder *c, size_t v, int *obliged)
{
	*obliged = 0;
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return -1;
	int32_t x = child(c, (size_t)c->tree.word_of_tok[v], ENT_DEP_CCOMP, NULL);
	if (x < 0)
		return -1;
	int32_t s = child(c, (size_t)x, ENT_DEP_NSUBJ, NULL);
	if (s < 0)
		return -1;
	for (size_t k = 0; k < c->tree.s.count; k++) {
		const ent_parse_word *a = word(c, k);
		if (a->head == (uint32_t)x + 1 && a->dep == ENT_DEP_AUX && !strcmp(a->lemma, "must"))
			*obliged = 1;
	}
	return group_of(c, ent_code__tree_phrase_actor(c, (size_t)s));
}


/* The nouns of an attack with no doer of its own (tree_attack_cause):
 * bombings, whose kind CAMEO codes (183x), and other attacks. */
static const char *const bombs[] = { "bombing", "bomb", "explosion", "blast", "ied", "device", "explosive", NULL };
static const char *const attacks[] = { "attack", "airstrike", "strike", "shelling", "missile", "rocket", "grenade",
	"ambush", "raid", "gunfire", "shooting", "mortar", NULL };

static int starts_with_one(const char *w, size_t n, const char *const *set)
{
	for (size_t k = 0; set[k]; k++) {
		size_t l = strlen(set[k]);
		if (n >= l && !memcmp(w, set[k], l))
			return 1;
	}
	return 0;
}

int ent_code__attack_word(const ent_coder *c, size_t t)
{
	const char *w = ent_tok_norm(&c->tl, t);
	size_t n = c->tl.toks[t].len;
	return starts_with_one(w, n, bombs) || starts_with_one(w, n, attacks);
}

int32_t ent_code__tree_attack_cause(const ent_coder *c, size_t v, int *kind, int32_t *actor)
{
	*kind = 0;
	*actor = -1;
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return -1;
	size_t w = (size_t)c->tree.word_of_tok[v];
	int32_t cause = -1;
	for (size_t k = 0; k < c->tree.s.count && cause < 0; k++) {
		const ent_parse_word *x = word(c, k);
		if (x->head != w + 1 || !(lemma_in(x, bombs) || lemma_in(x, attacks)))
			continue;
		if (x->dep == ENT_DEP_NSUBJ && strcmp(x->deprel, "nsubj:pass"))
			cause = (int32_t)k; /* "a roadside bomb killed two soldiers" */
		else if (x->dep == ENT_DEP_OBL) {
			/* "were killed in a car bombing", "by an explosive device" */
			int32_t cs = child(c, k, ENT_DEP_CASE, NULL);
			if (cs >= 0 && (!strcmp(word(c, (size_t)cs)->lemma, "in") || !strcmp(word(c, (size_t)cs)->lemma, "by")))
				cause = (int32_t)k;
		}
	}
	if (cause < 0)
		return -1;
	/* an actor named in the cause is its doer: "an Israeli airstrike",
	 * "Russia's shelling" */
	for (size_t k = 0; k < c->tree.s.count && *actor < 0; k++) {
		const ent_parse_word *m = word(c, k);
		/* (not where it happened: "a bombing in Baghdad") */
		if (m->head == (uint32_t)cause + 1 && mention_at_word(c, k) >= 0 &&
		    (m->dep == ENT_DEP_AMOD || m->dep == ENT_DEP_COMPOUND || !strcmp(m->deprel, "nmod:poss")))
			*actor = group_of(c, mention_at_word(c, k));
	}
	const ent_parse_word *x = word(c, (size_t)cause);
	if (lemma_in(x, bombs)) {
		*kind = 4;
		for (size_t k = 0; k < c->tree.s.count; k++) {
			const ent_parse_word *m = word(c, k);
			if (m->head != (uint32_t)cause + 1 || (m->dep != ENT_DEP_COMPOUND && m->dep != ENT_DEP_AMOD))
				continue;
			if (!strcmp(m->lemma, "suicide"))
				*kind = 1;
			else if (*kind != 1 && (!strcmp(m->lemma, "car") || !strcmp(m->lemma, "vehicle") || !strcmp(m->lemma, "truck")))
				*kind = 2;
			else if (*kind == 4 && (!strcmp(m->lemma, "roadside") || !strcmp(m->lemma, "improvised")))
				*kind = 3;
		}
		if (*kind == 4 && (!strcmp(x->lemma, "ied") || !strcmp(x->lemma, "device")))
			*kind = 3;
	}
	return (int32_t)c->tree.tok_of_word[cause];
}
