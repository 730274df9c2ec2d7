/* Scoring against a CoNLL-U file on its own words, as the CoNLL 2018
 * shared task's scorer counts when the tokenisation is given: every word,
 * punctuation included; LAS on the relation before ':'. */
#include "entente/parse.h"

#include <errno.h>  /* errno */
#include <stdio.h>  /* fopen */
#include <string.h> /* strcmp, strchr, strerror */

#include "parse/analyse.h" /* ent_parse__conllu_words */
#include "parse/conllu.h"
#include "util/error.h" /* ent_error_set */

/* The relation before its subtype: "obl:agent" and "obl" agree. */
static int same_base(const char *a, const char *b)
{
	size_t i = 0;
	while (a[i] && a[i] != ':' && a[i] == b[i])
		i++;
	return (a[i] == 0 || a[i] == ':') && (b[i] == 0 || b[i] == ':');
}

static void count(ent_parse_score *s, const ent_conllu_sentence *gold,
		  const ent_parse_sentence *got)
{
	s->sentences++;
	for (size_t i = 0; i < gold->count; i++) {
		const ent_conllu_word *g = &gold->words[i];
		const ent_parse_word *w = &got->words[i];
		s->words++;
		s->upos += !strcmp(ent_upos_name(w->upos), g->upos);
		s->xpos += !strcmp(w->xpos, g->xpos);
		s->lemma += !strcmp(w->lemma, g->lemma);
		if ((int)w->head != g->head)
			continue;
		s->uas++;
		s->las += same_base(w->deprel, g->deprel);
		s->las_full += !strcmp(w->deprel, g->deprel);
	}
}

int ent_parse_evaluate(ent_parse_score *out, const ent_parse_model *model, const char *gold_path)
{
	ENT_RETURN_ERROR_IF(!out || !model || !gold_path, ENT_EINVAL,
			    "ent_parse_evaluate: NULL argument");
	memset(out, 0, sizeof *out);
	FILE *f = fopen(gold_path, "rb");
	ENT_RETURN_ERROR_IF(!f, errno == ENOENT ? ENT_ENOTFOUND : ENT_EIO, "%s: cannot open: %s",
			    gold_path, strerror(errno));
	ent_conllu_reader *r = NULL;
	ent_parser *p = NULL;
	int rc = ent_conllu_reader_new(&r, f, gold_path);
	if (rc == 0)
		rc = ent_parser_new(&p, model);
	ent_conllu_sentence s;
	while (rc == 0 && (rc = ent_conllu_next(r, &s, 1)) == 0) {
		ent_parse_sentence got;
		rc = ent_parse__conllu_words(p, &s, &got);
		if (rc == 0)
			count(out, &s, &got);
	}
	if (rc == ENT_ITEROVER)
		rc = 0;
	ent_parser_free(p);
	ent_conllu_reader_free(r);
	fclose(f);
	return rc;
}
