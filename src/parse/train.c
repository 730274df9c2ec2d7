/* Training: the tagger on gold history-free data, the lemmatiser, then the
 * parser on jack-knifed tags (each tenth of the training data tagged by a
 * tagger trained on the other nine), so that it learns from tags as wrong
 * as those it will see. Every epoch is scored on the dev file with the
 * same code that parses for users, and the best epoch is kept. */
#include "entente/parse.h"

#include <pthread.h> /* pthread_create: jack-knife folds */
#include <stdarg.h> /* va_list */
#include <stdio.h>  /* vsnprintf */
#include <string.h> /* memcpy, strrchr */

#include "parse/corpus.h"
#include "parse/lemma.h"      /* ent_parse__lemmatize */
#include "parse/model.h"
#include "parse/parser.h"     /* ent_parser__features */
#include "parse/perceptron.h" /* ent_perceptron */
#include "parse/tagger.h"     /* ent_tagger__features */
#include "parse/transition.h" /* ent_arc_costs */
#include "util/alloc.h"       /* ent__malloc, ent__free */
#include "util/buf.h"         /* ent_buf_printf */
#include "util/clock.h"       /* ent_clock_now */
#include "util/error.h"       /* ent_error_set */
#include "util/map.h"         /* ent_hash_mix */
#include "util/rng.h"         /* ent_rng */

/* Exploration (Goldberg and Nivre 2013): from the second epoch on, the
 * parser follows its own wrong transition this often, so it learns to act
 * well in states the gold sequence never reaches. */
#define EXPLORE_P 0.9
/* Jack-knife folds are trained this many at a time. */
#define JACKKNIFE_THREADS 2
/* Weights smaller than this, once quantised, are dropped from the model. */
#define TAGGER_MIN_Q 1
#define TAGGER_MIN_HITS 1
#define PARSER_MIN_Q 1
/* Features met in fewer updates are dropped (a mistake updates twice: the
 * right class and the wrong one). For the parser, 5 (three mistakes) keeps
 * a third of the features for no loss on dev; the tagger's are all kept,
 * as dropping those of single mistakes costs 0.1 UPOS. */
#define PARSER_MIN_HITS 5

/* What one thread of training needs for itself: its random numbers, its
 * order of sentences and its score buffer. */
typedef struct {
	ent_rng rng;
	uint32_t *order;
	float *scores;
} lane;

typedef struct {
	const ent_parse_train_options *opts;
	ent_corpus train;
	ent_parse_model model;
	lane main;
	uint64_t seed;
	double t0;
	int32_t *first_tags; /* the first tagger pass's jack-knifed training tags */
	int32_t *jk_tags;    /* the second pass's: the parser's training tags */
	uint64_t *lemma_hash; /* lemmas under those tags */
	uint32_t *costs;
} trainer;

static void say(const trainer *t, const char *fmt, ...)
{
	if (!t->opts->log)
		return;
	char line[512];
	int n = snprintf(line, sizeof line, "[%6.1fs] ", ent_clock_now() - t->t0);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
	va_end(ap);
	t->opts->log(line, t->opts->log_payload);
}

static void shuffle(ent_rng *rng, uint32_t *v, size_t n)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = (size_t)ent_rng_below(rng, i);
		uint32_t x = v[i - 1];
		v[i - 1] = v[j];
		v[j] = x;
	}
}

static uint32_t argmax(const float *s, uint32_t n)
{
	uint32_t best = 0;
	for (uint32_t c = 1; c < n; c++)
		if (s[c] > s[best])
			best = c;
	return best;
}

/* The tagger ----------------------------------------------------------- */

static int tagger_sentence(trainer *t, lane *ln, ent_perceptron *p, int pass,
			   const ent_corpus_sentence *s, int32_t *pred)
{
	const ent_corpus *c = &t->train;
	const ent_parse__lex *lex = c->lex + s->first;
	const int32_t *gold = c->tag + s->first;
	const int32_t *right = pass == 2 ? t->first_tags + s->first : NULL;
	uint32_t ntags = t->model.ntags;
	uint64_t feats[ENT_TAGGER2_MAX_FEATURES];
	for (size_t i = 0; i < s->n; i++) {
		if (lex[i].tagdict >= 0) {
			pred[i] = lex[i].tagdict;
			continue;
		}
		size_t nf = ent_tagger__features2(feats, lex, s->n, i, pred, right, ntags);
		ent_perceptron_score(p, feats, nf, ln->scores);
		uint32_t g = argmax(ln->scores, ntags);
		if ((int32_t)g != gold[i]) {
			ENT_FORWARD_IF_ERROR(ent_perceptron_update(p, feats, nf, (uint32_t)gold[i], 1));
			ENT_FORWARD_IF_ERROR(ent_perceptron_update(p, feats, nf, g, -1));
		}
		ent_perceptron_step(p);
		pred[i] = (int32_t)g;
	}
	return 0;
}

/* One pass over the sentences order[0..n). */
static int tagger_epoch(trainer *t, lane *ln, ent_perceptron *p, int pass, size_t n)
{
	int32_t pred[ENT_PARSE_MAX_WORDS];
	shuffle(&ln->rng, ln->order, n);
	for (size_t k = 0; k < n; k++)
		ENT_FORWARD_IF_ERROR(tagger_sentence(t, ln, p, pass,
						     &t->train.sents.items[ln->order[k]], pred));
	return 0;
}

static int evaluate(trainer *t, ent_parse_score *s)
{
	return ent_parse_evaluate(s, &t->model, t->opts->dev_path);
}

static double pct(size_t a, size_t n) { return n ? 100.0 * (double)a / (double)n : 0; }

/* Train tagger pass `pass` on all of the data, keep the epoch with the
 * best dev tags in the model; *best_epoch says which it was. */
static int train_tagger(trainer *t, int pass, unsigned epochs, unsigned *best_epoch)
{
	ent_parse__weights *slot = pass == 2 ? &t->model.tagger2 : &t->model.tagger;
	ent_perceptron *p = NULL;
	ENT_FORWARD_IF_ERROR(ent_perceptron_new(&p, t->model.ntags));
	size_t n = t->train.sents.len;
	for (size_t i = 0; i < n; i++)
		t->main.order[i] = (uint32_t)i;
	ent_parse__weights best = { 0 };
	double best_acc = -1;
	int rc = 0;
	for (unsigned e = 1; rc == 0 && e <= epochs; e++) {
		rc = tagger_epoch(t, &t->main, p, pass, n);
		if (rc == 0)
			rc = ent_perceptron_export(slot, p, TAGGER_MIN_Q, TAGGER_MIN_HITS);
		ent_parse_score s;
		if (rc == 0)
			rc = evaluate(t, &s);
		if (rc)
			break;
		double acc = pct(s.upos + s.xpos, 2 * s.words);
		say(t, "tagger pass %d epoch %u: dev UPOS %.2f XPOS %.2f (%zu features)", pass, e,
		    pct(s.upos, s.words), pct(s.xpos, s.words), (size_t)slot->nrows);
		if (acc > best_acc) {
			best_acc = acc;
			*best_epoch = e;
			ent_parse__weights_dispose(&best);
			best = *slot;
			memset(slot, 0, sizeof *slot);
		}
	}
	ent_perceptron_free(p);
	ent_parse__weights_dispose(slot);
	*slot = best;
	return rc;
}

/* Tag fold f (sentences i with i % folds == f) with a pass-`pass` tagger
 * trained for `epochs` on the other folds, into out[]. */
static int tag_fold(trainer *t, lane *ln, int pass, unsigned folds, unsigned f, unsigned epochs,
		    int32_t *out)
{
	ent_corpus *c = &t->train;
	size_t n = c->sents.len, m = 0;
	for (size_t i = 0; i < n; i++)
		if (i % folds != f)
			ln->order[m++] = (uint32_t)i;
	/* Each fold its own random numbers: the result cannot depend on
	 * which thread ran which fold. */
	ent_rng_seed(&ln->rng, ent_hash_mix(t->seed ^ ((uint64_t)pass << 32 | f)));
	ent_perceptron *p = NULL;
	int rc = ent_perceptron_new(&p, t->model.ntags);
	for (unsigned e = 0; rc == 0 && e < epochs; e++)
		rc = tagger_epoch(t, ln, p, pass, m);
	ent_parse__weights w = { 0 };
	if (rc == 0)
		rc = ent_perceptron_export(&w, p, TAGGER_MIN_Q, TAGGER_MIN_HITS);
	int32_t *iscores = rc == 0 ? ent__malloc(ent_parse__scores_len(w.nclass) * sizeof *iscores) : NULL;
	if (rc == 0 && !iscores)
		rc = ent_error_oom();
	for (size_t i = f; rc == 0 && i < n; i += folds) {
		const ent_corpus_sentence *s = &c->sents.items[i];
		const ent_parse__lex *lex = c->lex + s->first;
		if (pass == 2)
			ent_tagger__tag2(&w, lex, s->n, t->first_tags + s->first, out + s->first,
					 iscores);
		else
			ent_tagger__tag(&w, lex, s->n, out + s->first, iscores);
	}
	ent__free(iscores);
	ent_parse__weights_dispose(&w);
	ent_perceptron_free(p);
	return rc;
}

/* Tags for the training data as a tagger that never saw them gives them:
 * each fold tagged by a tagger trained on the others, for as many epochs
 * as the best full tagger of that pass. Folds are independent, so they
 * run on JACKKNIFE_THREADS threads. */
typedef struct {
	trainer *t;
	lane ln;
	int pass;
	unsigned folds, first, step, epochs;
	int32_t *out;
	int rc;
} fold_job;

static void *fold_worker(void *arg)
{
	fold_job *j = arg;
	for (unsigned f = j->first; j->rc == 0 && f < j->folds; f += j->step)
		j->rc = tag_fold(j->t, &j->ln, j->pass, j->folds, f, j->epochs, j->out);
	return NULL;
}

static int jackknife(trainer *t, int pass, unsigned folds, unsigned epochs, int32_t *out)
{
	ent_corpus *c = &t->train;
	if (folds <= 1) {
		memcpy(out, c->tag, c->words * sizeof *c->tag);
		return 0;
	}
	fold_job jobs[JACKKNIFE_THREADS];
	pthread_t th[JACKKNIFE_THREADS];
	int started[JACKKNIFE_THREADS] = { 0 };
	int rc = 0;
	uint32_t nc = t->model.ntags;
	for (unsigned k = 0; k < JACKKNIFE_THREADS; k++) {
		jobs[k] = (fold_job){ t, { { 0 }, NULL, NULL }, pass, folds, k, JACKKNIFE_THREADS,
				      epochs, out, 0 };
		jobs[k].ln.order = ent__malloc(c->sents.len * sizeof *jobs[k].ln.order);
		jobs[k].ln.scores = ent__malloc(nc * sizeof *jobs[k].ln.scores);
		if (!jobs[k].ln.order || !jobs[k].ln.scores)
			rc = ent_error_oom();
	}
	for (unsigned k = 0; rc == 0 && k < JACKKNIFE_THREADS; k++)
		started[k] = pthread_create(&th[k], NULL, fold_worker, &jobs[k]) == 0;
	for (unsigned k = 0; k < JACKKNIFE_THREADS; k++) {
		if (started[k])
			pthread_join(th[k], NULL);
		else if (rc == 0)
			fold_worker(&jobs[k]); /* no thread: do its share here */
		if (rc == 0 && jobs[k].rc)
			rc = jobs[k].rc;
		ent__free(jobs[k].ln.order);
		ent__free(jobs[k].ln.scores);
	}
	ENT_FORWARD_IF_ERROR(rc);
	size_t right = 0;
	for (size_t i = 0; i < c->words; i++)
		right += out[i] == c->tag[i];
	say(t, "jack-knifed pass %d training tags (%u folds): %.2f%% right", pass, folds,
	    pct(right, c->words));
	return 0;
}

/* The parser ----------------------------------------------------------- */

static uint32_t best_legal(const ent_arc_state *st, const float *s, uint32_t nclass)
{
	uint32_t best = UINT32_MAX;
	for (uint32_t c = 0; c < nclass; c++)
		if (ent_arc_legal(st, c) && (best == UINT32_MAX || s[c] > s[best]))
			best = c;
	return best;
}

/* The best-scoring of the cheapest legal classes. */
static uint32_t best_cheapest(const uint32_t *cost, const float *s, uint32_t nclass)
{
	uint32_t min = UINT32_MAX, best = UINT32_MAX;
	for (uint32_t c = 0; c < nclass; c++) {
		if (cost[c] == UINT32_MAX)
			continue;
		if (cost[c] < min || (cost[c] == min && s[c] > s[best])) {
			min = cost[c];
			best = c;
		}
	}
	return best;
}

static int parser_sentence(trainer *t, ent_perceptron *p, ent_arc_state *st,
			   const ent_corpus_sentence *s, int explore)
{
	const ent_corpus *c = &t->train;
	const ent_parse_model *m = &t->model;
	uint32_t n = s->n, nclass = ent_parse__nclass(m);
	int32_t heads[ENT_PARSE_MAX_WORDS];
	memcpy(heads, c->head.items + s->first, n * sizeof *heads);
	ent_arc_projectivize(heads, n);
	const int32_t *labels = c->label + s->first;
	ent_arc_state_start(st, n, m->nlabels, m->root_label);
	ent_parser__input in = { c->lex + s->first, t->jk_tags + s->first, m->ntags,
				 c->punct + s->first, t->lemma_hash + s->first, m->tag_upos };
	uint64_t feats[ENT_PARSER_MAX_FEATURES];
	while (!ent_arc_done(st)) {
		size_t nf = ent_parser__features(feats, st, &in);
		ent_perceptron_score(p, feats, nf, t->main.scores);
		ent_arc_costs(st, heads, labels, t->costs);
		uint32_t pred = best_legal(st, t->main.scores, nclass);
		uint32_t gold = best_cheapest(t->costs, t->main.scores, nclass);
		int wrong = t->costs[pred] > t->costs[gold];
		if (wrong) {
			ENT_FORWARD_IF_ERROR(ent_perceptron_update(p, feats, nf, gold, 1));
			ENT_FORWARD_IF_ERROR(ent_perceptron_update(p, feats, nf, pred, -1));
		}
		ent_perceptron_step(p);
		int follow = !wrong || (explore && ent_rng_unit(&t->main.rng) < EXPLORE_P);
		ent_arc_apply(st, follow ? pred : gold);
	}
	return 0;
}

/* The lemma of every training word under its jack-knifed tag, as the
 * parser will see lemmas at run time. */
static int training_lemmas(trainer *t)
{
	const ent_corpus *c = &t->train;
	t->lemma_hash = ent__malloc(c->words * sizeof *t->lemma_hash);
	ENT_RETURN_IF_OOM(t->lemma_hash);
	ent_buf low = ENT_BUF_INIT, lemma = ENT_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < c->words; i++) {
		const char *f = c->pool.ptr + c->form.items[i];
		size_t n = strlen(f);
		ent_buf_clear(&low);
		ent_buf_clear(&lemma);
		rc = ent_parse__lower(&low, f, n);
		if (rc == 0)
			rc = ent_parse__lemmatize(&lemma, &t->model, f, n, low.ptr ? low.ptr : "",
						  low.size, (uint32_t)t->jk_tags[i]);
		t->lemma_hash[i] = ent_hash_bytes(lemma.ptr, lemma.size);
	}
	ent_buf_dispose(&low);
	ent_buf_dispose(&lemma);
	return rc;
}

static int train_parser(trainer *t, unsigned epochs)
{
	ent_perceptron *p = NULL;
	ENT_FORWARD_IF_ERROR(ent_perceptron_new(&p, ent_parse__nclass(&t->model)));
	ent_arc_state st = { 0 };
	int rc = ent_arc_state_reserve(&st, ENT_PARSE_MAX_WORDS);
	size_t n = t->train.sents.len;
	for (size_t i = 0; i < n; i++)
		t->main.order[i] = (uint32_t)i;
	ent_parse__weights best = { 0 };
	double best_las = -1;
	for (unsigned e = 1; rc == 0 && e <= epochs; e++) {
		shuffle(&t->main.rng, t->main.order, n);
		for (size_t k = 0; rc == 0 && k < n; k++)
			rc = parser_sentence(t, p, &st, &t->train.sents.items[t->main.order[k]], e > 1);
		if (rc == 0)
			rc = ent_perceptron_export(&t->model.parser, p, PARSER_MIN_Q, PARSER_MIN_HITS);
		ent_parse_score s;
		if (rc == 0)
			rc = evaluate(t, &s);
		if (rc)
			break;
		say(t, "parser epoch %u: dev UAS %.2f LAS %.2f (%zu features)", e,
		    pct(s.uas, s.words), pct(s.las, s.words), (size_t)t->model.parser.nrows);
		if (pct(s.las, s.words) > best_las) {
			best_las = pct(s.las, s.words);
			ent_parse__weights_dispose(&best);
			best = t->model.parser;
			memset(&t->model.parser, 0, sizeof t->model.parser);
		}
	}
	ent_arc_state_dispose(&st);
	ent_perceptron_free(p);
	ent_parse__weights_dispose(&t->model.parser);
	t->model.parser = best;
	return rc;
}

/* Everything -------------------------------------------------------------- */

static int prepare(trainer *t)
{
	const ent_parse_train_options *o = t->opts;
	ENT_FORWARD_IF_ERROR(ent_corpus_read(&t->train, o->train_path, o->max_sentences));
	ENT_FORWARD_IF_ERROR(ent_corpus_classes(&t->train, &t->model));
	ENT_FORWARD_IF_ERROR(ent_corpus_vocab(&t->train, &t->model));
	say(t, "read %zu sentences, %zu words: %u tags, %u labels, %zu vocabulary entries",
	    t->train.sents.len, t->train.words, t->model.ntags, t->model.nlabels,
	    (size_t)t->model.vocab.count);
	uint32_t nc = ent_parse__nclass(&t->model);
	if (t->model.ntags > nc)
		nc = t->model.ntags;
	t->main.scores = ent__malloc(nc * sizeof *t->main.scores);
	t->costs = ent__malloc(nc * sizeof *t->costs);
	t->main.order = ent__malloc(t->train.sents.len * sizeof *t->main.order);
	t->jk_tags = ent__malloc(t->train.words * sizeof *t->jk_tags);
	t->first_tags = ent__malloc(t->train.words * sizeof *t->first_tags);
	if (!t->main.scores || !t->costs || !t->main.order || !t->jk_tags || !t->first_tags)
		return ent_error_oom();
	/* An empty parser (every score 0) until the parser is trained, so
	 * that dev scoring works while the tagger is trained. */
	ent_perceptron *empty = NULL;
	ENT_FORWARD_IF_ERROR(ent_perceptron_new(&empty, ent_parse__nclass(&t->model)));
	int rc = ent_perceptron_export(&t->model.parser, empty, PARSER_MIN_Q, 0);
	ent_perceptron_free(empty);
	return rc;
}

static int finish(trainer *t)
{
	ent_parse_score s;
	ENT_FORWARD_IF_ERROR(evaluate(t, &s));
	const ent_parse_train_options *o = t->opts;
	ent_parse_model_info *i = &t->model.info;
	i->format = ENT_PARSE_MODEL_FORMAT;
	i->seed = o->seed ? o->seed : 1;
	i->dev_upos = pct(s.upos, s.words);
	i->dev_xpos = pct(s.xpos, s.words);
	i->dev_lemma = pct(s.lemma, s.words);
	i->dev_uas = pct(s.uas, s.words);
	i->dev_las = pct(s.las, s.words);
	i->tagger_features = t->model.tagger.nrows + t->model.tagger2.nrows;
	i->parser_features = t->model.parser.nrows;
	i->tags = t->model.ntags;
	i->labels = t->model.nlabels;
	const char *base = strrchr(o->train_path, '/');
	ent_buf note = ENT_BUF_INIT;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(&note, "%s: %zu sentences, %zu words", base ? base + 1 : o->train_path,
					    t->train.sents.len, t->train.words));
	t->model.trained_on = ent_buf_detach(&note);
	say(t, "dev: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f", i->dev_upos, i->dev_xpos,
	    i->dev_lemma, i->dev_uas, i->dev_las);
	ENT_FORWARD_IF_ERROR(ent_parse__model_save(&t->model, o->out_path));
	say(t, "model written to %s", o->out_path);
	return 0;
}

int ent_parse_train_options_init(ent_parse_train_options *opts, unsigned int version)
{
	ENT_RETURN_ERROR_IF(!opts || version != ENT_PARSE_TRAIN_OPTIONS_VERSION, ENT_EINVAL,
			    "ent_parse_train_options_init: unknown options version %u", version);
	ent_parse_train_options init = ENT_PARSE_TRAIN_OPTIONS_INIT;
	*opts = init;
	return 0;
}

int ent_parse_train(const ent_parse_train_options *opts)
{
	ENT_RETURN_ERROR_IF(!opts || opts->version != ENT_PARSE_TRAIN_OPTIONS_VERSION, ENT_EINVAL,
			    "ent_parse_train: bad options");
	ENT_RETURN_ERROR_IF(!opts->train_path || !opts->dev_path || !opts->out_path, ENT_EINVAL,
			    "ent_parse_train: the training, dev and output paths are required");
	trainer t = { 0 };
	t.opts = opts;
	t.t0 = ent_clock_now();
	t.seed = opts->seed ? opts->seed : 1;
	ent_rng_seed(&t.main.rng, t.seed);
	unsigned tagger_epochs = opts->tagger_epochs ? opts->tagger_epochs : 12;
	unsigned parser_epochs = opts->parser_epochs ? opts->parser_epochs : 15;
	unsigned folds = opts->folds ? opts->folds : 10;
	unsigned best1 = 1, best2 = 1;
	int rc = prepare(&t);
	if (rc == 0)
		rc = train_tagger(&t, 1, tagger_epochs, &best1);
	if (rc == 0)
		rc = ent_corpus_lemmas(&t.train, &t.model, opts->wordnet_dir);
	if (rc == 0)
		rc = jackknife(&t, 1, folds, best1, t.first_tags);
	if (rc == 0)
		rc = train_tagger(&t, 2, tagger_epochs, &best2);
	if (rc == 0)
		rc = jackknife(&t, 2, folds, best2, t.jk_tags);
	if (rc == 0)
		rc = training_lemmas(&t);
	if (rc == 0)
		rc = train_parser(&t, parser_epochs);
	if (rc == 0)
		rc = finish(&t);
	ent_corpus_dispose(&t.train);
	ent_parse__model_clear(&t.model);
	ent__free(t.jk_tags);
	ent__free(t.first_tags);
	ent__free(t.lemma_hash);
	ent__free(t.main.order);
	ent__free(t.main.scores);
	ent__free(t.costs);
	return rc;
}
