/* bench_code: coding speed on real newswire sentences.
 *
 * The 77 sentences of ../shared/validation/petrarch2/GigaWord.sample.PETR.xml
 * are repeated to 100,023 sentences (TABARI's published run used 100,016)
 * and coded one by one, each as its own record, with entente's default
 * dictionaries and with the Phoenix dictionaries. Printed: dictionary load
 * time, sentences/s, MB/s, events, peak RSS, each without and with the
 * parser's trees (as `entente code` runs: a sentence is parsed when a
 * pattern first asks for its tree), and the scaling on 1..N threads (one
 * coder per thread over a share of the sentences). The
 * baseline in the same run is tokenisation alone, which bounds what any
 * coder on this tokenizer can reach; TABARI's published figures are
 * printed beside.
 *
 * usage: bench_code [-n SENTENCES] [-t MAXTHREADS] [-q]
 */
#include <pthread.h>      /* pthread_create: the scaling runs */
#include <stdio.h>        /* printf */
#include <stdlib.h>       /* strtol, malloc */
#include <string.h>       /* strstr */
#include <sys/resource.h> /* getrusage: peak RSS */
#include <time.h>         /* clock_gettime */

#include "entente/entente.h"
#include "lexicon/tokenize.h" /* ent_lexicon__tokenize: the baseline */

#include "bench_util.h" /* sent, now, cpu_now, peak_rss_kb, read_all, extract */

static int count_event(const ent_event *ev, void *payload)
{
	(void)ev;
	(*(size_t *)payload)++;
	return 0;
}

typedef struct {
	const ent_lexicon *lx;
	const ent_parse_model *model; /* NULL: the coder reads no trees */
	const sent *base;
	size_t nbase, from, to;
	size_t events;
	int rc;
} share;

static void *code_share(void *arg)
{
	share *sh = arg;
	ent_coder *c;
	ent_coder_options o = ENT_CODER_OPTIONS_INIT;
	o.parse_model = sh->model;
	sh->rc = ent_coder_new(&c, sh->lx, &o);
	if (sh->rc)
		return NULL;
	for (size_t i = sh->from; i < sh->to && !sh->rc; i++) {
		const sent *s = &sh->base[i % sh->nbase];
		sh->rc = ent_coder_begin_doc(c, "bench", "2008-08-04");
		if (!sh->rc)
			sh->rc = ent_coder_code_sentence(c, s->s, s->n, count_event, &sh->events);
	}
	ent_coder_free(c);
	return NULL;
}

/* Code `total` sentences on `threads` threads; returns wall seconds and
 * sets *cpu to the CPU seconds used. */
static double run(const ent_lexicon *lx, const ent_parse_model *model, const sent *base, size_t nbase, size_t total,
		  int threads, size_t *events, double *cpu)
{
	pthread_t th[64];
	share sh[64];
	double c0 = cpu_now();
	double t0 = now();
	for (int i = 0; i < threads; i++) {
		sh[i] = (share){ lx, model, base, nbase, total * (size_t)i / (size_t)threads, total * (size_t)(i + 1) / (size_t)threads, 0, 0 };
		if (threads == 1)
			code_share(&sh[0]);
		else
			pthread_create(&th[i], NULL, code_share, &sh[i]);
	}
	if (threads > 1)
		for (int i = 0; i < threads; i++)
			pthread_join(th[i], NULL);
	double t = now() - t0;
	*cpu = cpu_now() - c0;
	*events = 0;
	for (int i = 0; i < threads; i++) {
		*events += sh[i].events;
		if (sh[i].rc)
			fprintf(stderr, "bench_code: coding failed: %s\n", ent_error_last());
	}
	return t;
}

static ent_lexicon *load(const char *what, const char *path, double *secs)
{
	ent_lexicon *lx;
	double t0 = now();
	if (ent_lexicon_new(&lx, NULL) < 0)
		return NULL;
	int rc = path ? ent_lexicon_load(lx, path) : ent_lexicon_load_default(lx);
	if (rc == 0)
		rc = ent_lexicon_finish(lx);
	*secs = now() - t0;
	if (rc < 0) {
		fprintf(stderr, "bench_code: loading %s: %s\n", what, ent_error_last());
		ent_lexicon_free(lx);
		return NULL;
	}
	return lx;
}

int main(int argc, char **argv)
{
	size_t total = 100023;
	int maxthreads = 2;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-n") && i + 1 < argc)
			total = (size_t)strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "-t") && i + 1 < argc)
			maxthreads = (int)strtol(argv[++i], NULL, 10);
	}
	if (maxthreads < 1 || maxthreads > 64)
		maxthreads = 2;
	const char *shared = getenv("ENT_SHARED_DIR");
	if (!shared || !*shared)
		shared = ENT_SHARED_DIR;
	char path[4096];
	snprintf(path, sizeof path, "%s/validation/petrarch2/GigaWord.sample.PETR.xml", shared);
	size_t xl;
	char *xml = read_all(path, &xl);
	if (!xml) {
		fprintf(stderr, "bench_code: cannot read %s\n", path);
		return 1;
	}
	static sent base[1000];
	size_t nbase = extract(xml, base, 1000);
	size_t bytes = 0;
	for (size_t i = 0; i < total; i++)
		bytes += base[i % nbase].n + 1;
	double mb = (double)bytes / 1e6;
	printf("input: %zu sentences (%zu distinct, GigaWord sample), %.2f MB\n\n", total, nbase, mb);

	/* baseline: tokenisation alone */
	ent_toklist tl = { 0 };
	double t0 = now(), c0 = cpu_now();
	for (size_t i = 0; i < total; i++)
		ent_lexicon__tokenize(&tl, base[i % nbase].s, base[i % nbase].n, 0);
	double tt = now() - t0, ct = cpu_now() - c0;
	ent_toklist_dispose(&tl);
	printf("%-40s %12s %14s %8s %9s %8s %12s\n", "run", "sentences/s", "sent/CPU-s", "MB/s", "events", "load s",
	       "peak RSS MB");
	printf("%-40s %12.0f %14.0f %8.2f %9s %8s %12.1f\n", "baseline: tokenise only", (double)total / tt,
	       (double)total / ct, mb / tt, "-", "-", (double)peak_rss_kb() / 1024);

	char phx[4096];
	snprintf(phx, sizeof phx, "%s/dictionaries/phoenix", shared);
	const char *names[2] = { "entente dictionaries", "Phoenix dictionaries" };
	const char *paths[2] = { NULL, phx };
	/* as `entente code` runs: with the parser's trees where patterns need them */
	ent_parse_model *model = NULL;
	double m0 = now();
	if (ent_parse_model_load(&model, NULL) < 0)
		fprintf(stderr, "bench_code: no parser model, runs with trees skipped: %s\n", ent_error_last());
	double ms = now() - m0;
	for (int d = 0; d < 2; d++) {
		double ls;
		ent_lexicon *lx = load(names[d], paths[d], &ls);
		if (!lx)
			continue;
		for (int trees = 0; trees < 2; trees++) {
			if (trees && !model)
				continue;
			for (int th = 1; th <= maxthreads; th *= 2) {
				size_t ev;
				double cpu;
				double t = run(lx, trees ? model : NULL, base, nbase, total, th, &ev, &cpu);
				char label[64];
				snprintf(label, sizeof label, "%s%s, %d thread%s", names[d], trees ? " + trees" : "", th,
					 th > 1 ? "s" : "");
				printf("%-40s %12.0f %14.0f %8.2f %9zu %8.3f %12.1f\n", label, (double)total / t,
				       (double)total / cpu, mb / t, ev, ls + (trees ? ms : 0), (double)peak_rss_kb() / 1024);
			}
		}
		ent_lexicon_free(lx);
	}
	ent_parse_model_free(model);
	printf("\nsentences/s is wall-clock; sent/CPU-s divides by the CPU time used (all threads), which is\n"
	       "what one core delivers when the machine is shared. Load average now: see uptime.\n");
	printf("\nTABARI (published, same input): 13,500 sentences/s (1.6 MB/s) with real-world dictionaries,\n"
	       "36,400 with its demo dictionary, 6-12 MB; target here: >= 40,000 sentences/s with Phoenix,\n"
	       "and >= 5,000 with trees (as `entente code` runs).\n");
	free(xml);
	return 0;
}
