/* bench_parse: the syntactic analysis's accuracy, speed and memory.
 *
 * Accuracy: UPOS, XPOS, lemma, UAS and LAS of the default model on UD
 * English EWT test and dev (gold tokens, punctuation included, LAS on the
 * relation before ':'), from ../shared/ud/.
 * Speed: the 77 sentences of ../shared/validation/petrarch2/
 * GigaWord.sample.PETR.xml (the bench_code sample) repeated to N sentences
 * (default 20,000) and analysed one by one from raw text on one core:
 * sentences/s and words/s, against the same run's baseline, tokenisation
 * alone, which bounds what any analysis on this tokenizer can reach.
 * Memory: peak RSS after loading the model and after the run; load time.
 *
 * usage: bench_parse [-n SENTENCES]
 */
#include <stdio.h>        /* printf */
#include <stdlib.h>       /* strtol */
#include <string.h>       /* strstr */
#include <sys/resource.h> /* getrusage */
#include <time.h>         /* clock_gettime */

#include "entente/entente.h"
#include "parse/tokenize.h" /* ent_parse__tokenize: the baseline */

#include "bench_util.h" /* sent, now, cpu_now, peak_rss_kb, read_all, extract */

static void accuracy(const ent_parse_model *m, const char *shared, const char *part)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/ud/en_ewt-ud-%s.conllu", shared, part);
	ent_parse_score s;
	double t0 = now();
	if (ent_parse_evaluate(&s, m, path) != 0) {
		printf("%-6s (skipped: %s)\n", part, ent_error_last());
		return;
	}
	double n = (double)s.words / 100;
	printf("%-6s %7zu %6.2f %6.2f %6.2f %6.2f %6.2f   %.2fs\n", part, s.words, s.upos / n,
	       s.xpos / n, s.lemma / n, s.uas / n, s.las / n, now() - t0);
}

int main(int argc, char **argv)
{
	size_t total = 20000;
	if (argc == 3 && !strcmp(argv[1], "-n"))
		total = (size_t)strtol(argv[2], NULL, 10);
	const char *shared = getenv("ENT_SHARED_DIR");
	if (!shared || !*shared)
		shared = ENT_SHARED_DIR;

	long rss0 = peak_rss_kb();
	double t0 = now();
	ent_parse_model *m = NULL;
	if (ent_parse_model_load(&m, NULL) != 0) {
		fprintf(stderr, "bench_parse: %s\n", ent_error_last());
		return 1;
	}
	double load_ms = (now() - t0) * 1000;
	long rss_model = peak_rss_kb();
	ent_parse_model_info info;
	ent_parse_model_describe(&info, m);
	printf("model: %s; %zu tagger and %zu parser features\n", info.trained_on,
	       info.tagger_features, info.parser_features);
	printf("load: %.0f ms, peak RSS %.1f MB (%.1f MB before loading)\n\n", load_ms,
	       (double)rss_model / 1024, (double)rss0 / 1024);

	printf("EWT      words   UPOS   XPOS  lemma    UAS    LAS   time (gold tokens)\n");
	accuracy(m, shared, "test");
	accuracy(m, shared, "dev");

	char path[4096];
	snprintf(path, sizeof path, "%s/validation/petrarch2/GigaWord.sample.PETR.xml", shared);
	size_t xml_len = 0;
	char *xml = read_all(path, &xml_len);
	sent base[200];
	size_t nbase = xml ? extract(xml, base, 200) : 0;
	if (!nbase) {
		printf("\nspeed: skipped (no %s)\n", path);
		ent_parse_model_free(m);
		return 0;
	}
	ent_parser *p = NULL;
	ent_parse__words words = { 0 };
	if (ent_parser_new(&p, m) != 0)
		return 1;
	size_t nwords = 0, ntok = 0, bytes = 0;
	double c0 = cpu_now();
	for (size_t i = 0; i < total; i++) {
		const sent *s = &base[i % nbase];
		ent_parse__tokenize(&words, s->s, 0, s->n);
		ntok += words.n;
	}
	double tok_s = cpu_now() - c0;
	c0 = cpu_now();
	for (size_t i = 0; i < total; i++) {
		const sent *s = &base[i % nbase];
		ent_parse_sentence out;
		if (ent_parser_parse(&out, p, s->s, s->n, (ent_span){ 0, s->n }) != 0) {
			fprintf(stderr, "bench_parse: %s\n", ent_error_last());
			return 1;
		}
		nwords += out.count;
		bytes += s->n;
	}
	double parse_s = cpu_now() - c0;
	printf("\nspeed, one core, %zu sentences (%zu distinct GigaWord sentences), %zu words, %.1f MB:\n",
	       total, nbase, nwords, (double)bytes / 1e6);
	printf("  %-34s %10s %10s\n", "", "sent/s", "words/s");
	printf("  %-34s %10.0f %10.0f\n", "baseline: tokenisation only", (double)total / tok_s,
	       (double)ntok / tok_s);
	printf("  %-34s %10.0f %10.0f\n", "tokenise, tag, lemmatise, parse", (double)total / parse_s,
	       (double)nwords / parse_s);
	printf("  parsing costs %.1fx tokenisation; peak RSS %.1f MB\n", parse_s / tok_s,
	       (double)peak_rss_kb() / 1024);
	ent_parse__words_dispose(&words);
	ent_parser_free(p);
	ent_parse_model_free(m);
	free(xml);
	return 0;
}
