/* Fuzz the syntactic analysis: the input is the text of one sentence,
 * tokenised, tagged, lemmatised and parsed with the committed model. It
 * must not crash; every word must lie inside the text, in order, with
 * its form equal to the bytes it covers; every head must be a word of
 * the sentence's piece or the root, each piece one tree; and parsing the
 * same text twice must give the same result. */
#include <stdint.h> /* uint8_t */
#include <stdlib.h> /* abort */
#include <string.h> /* memcmp */

#include "entente/parse.h"

static ent_parse_model *model;

static uint64_t check(const ent_parse_sentence *s, const char *text, size_t len)
{
	uint64_t sum = 0;
	size_t prev_end = 0, roots = 0;
	for (size_t i = 0; i < s->count; i++) {
		const ent_parse_word *w = &s->words[i];
		if (w->start >= w->end || w->end > len || w->start < prev_end)
			abort();
		if (strlen(w->form) != w->end - w->start || memcmp(w->form, text + w->start, w->end - w->start))
			abort();
		size_t piece = i / ENT_PARSE_MAX_WORDS;
		if (w->head != 0 && ((w->head - 1) / ENT_PARSE_MAX_WORDS != piece || w->head == i + 1))
			abort();
		if (!w->lemma || !w->deprel || !w->xpos || w->upos == ENT_UPOS_NONE)
			abort();
		roots += w->head == 0;
		prev_end = w->end;
		sum = sum * 31 + w->head * 7 + (uint64_t)w->dep + strlen(w->lemma);
	}
	if (s->count && roots != (s->count + ENT_PARSE_MAX_WORDS - 1) / ENT_PARSE_MAX_WORDS)
		abort();
	return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!model && ent_parse_model_load(&model, NULL) != 0)
		abort(); /* the committed model must load */
	ent_parser *p = NULL;
	if (ent_parser_new(&p, model) != 0)
		return 0;
	const char *text = (const char *)data;
	ent_parse_sentence s;
	uint64_t a = 0, b = 0;
	if (ent_parser_parse(&s, p, text, size, (ent_span){ 0, size }) == 0)
		a = check(&s, text, size);
	if (ent_parser_parse(&s, p, text, size, (ent_span){ 0, size }) == 0)
		b = check(&s, text, size);
	if (a != b)
		abort();
	ent_parser_free(p);
	return 0;
}
