#include "entente/parse.h"

#include <string.h> /* memset, strlen */

#include "parse/analyse.h"
#include "parse/lemma.h"  /* ent_parse__lemmatize */
#include "parse/parser.h" /* ent_parser__parse */
#include "parse/tagger.h" /* ent_tagger__tag */
#include "util/alloc.h"   /* ent__calloc, ent__realloc, ent__free */
#include "util/buf.h"     /* ent_buf_put */
#include "util/error.h"   /* ENT_RETURN_ERROR_IF */
#include "util/map.h"     /* ent_hash_bytes */

int ent_parser_new(ent_parser **out, const ent_parse_model *model)
{
	ENT_RETURN_ERROR_IF(!out || !model, ENT_EINVAL, "ent_parser_new: NULL argument");
	ent_parser *p = ent__calloc(1, sizeof *p);
	ENT_RETURN_IF_OOM(p);
	p->model = model;
	uint32_t nc = ent_parse__nclass(model);
	if (model->ntags > nc)
		nc = model->ntags;
	p->scores = ent__calloc(ent_parse__scores_len(nc), sizeof *p->scores);
	if (!p->scores || ent_arc_state_reserve(&p->st, ENT_PARSE_MAX_WORDS) != 0) {
		ent_parser_free(p);
		return ent_error_oom();
	}
	*out = p;
	return 0;
}

void ent_parser_free(ent_parser *p)
{
	if (!p)
		return;
	ent_parse__words_dispose(&p->toks);
	ent__free(p->lex);
	ent__free(p->tags);
	ent__free(p->first_tags);
	ent__free(p->lemma_hash);
	ent__free(p->punct);
	ent__free(p->scores);
	ent__free(p->out);
	ent__free(p->form_off);
	ent__free(p->lemma_off);
	ent_arc_state_dispose(&p->st);
	ent_buf_dispose(&p->scratch);
	ent_buf_dispose(&p->low);
	ent_buf_dispose(&p->strings);
	ent_buf_dispose(&p->joined);
	ent__free(p->forms);
	ent__free(p);
}

static int grow(void **a, size_t n, size_t elem)
{
	void *q = ent__realloc(*a, n * elem);
	ENT_RETURN_IF_OOM(q);
	*a = q;
	return 0;
}

static int reserve(ent_parser *p, size_t n)
{
	if (n <= p->cap)
		return 0;
	size_t cap = p->cap ? p->cap : 64;
	while (cap < n)
		cap *= 2;
	ENT_FORWARD_IF_ERROR(grow((void **)&p->lex, cap, sizeof *p->lex));
	ENT_FORWARD_IF_ERROR(grow((void **)&p->tags, cap, sizeof *p->tags));
	ENT_FORWARD_IF_ERROR(grow((void **)&p->first_tags, cap, sizeof *p->first_tags));
	ENT_FORWARD_IF_ERROR(grow((void **)&p->lemma_hash, cap, sizeof *p->lemma_hash));
	ENT_FORWARD_IF_ERROR(grow((void **)&p->punct, cap, sizeof *p->punct));
	ENT_FORWARD_IF_ERROR(grow((void **)&p->out, cap, sizeof *p->out));
	ENT_FORWARD_IF_ERROR(grow((void **)&p->form_off, cap, sizeof *p->form_off));
	ENT_FORWARD_IF_ERROR(grow((void **)&p->lemma_off, cap, sizeof *p->lemma_off));
	p->cap = cap;
	return 0;
}

void ent_parse__lex_vocab(ent_parse__lex *lex, const ent_parse_model *m)
{
	uint32_t v;
	if (!ent_parse__table_get(&m->vocab, lex->norm, &v))
		return;
	lex->amb = v >> 8;
	uint32_t t = v & 0xff;
	lex->tagdict = t >= 1 && t <= m->ntags ? (int32_t)t - 1 : -1;
}

/* Lexical features, tags and lemmas of the n words. */
static int tag_and_lemmatise(ent_parser *p, const char *text, size_t n)
{
	const ent_parse_model *m = p->model;
	ent_buf_clear(&p->strings);
	for (size_t i = 0; i < n; i++) {
		const ent_parse__word *w = &p->toks.words[i];
		ENT_FORWARD_IF_ERROR(ent_parse__lex_fill(&p->lex[i], &p->scratch, text + w->start,
							 w->end - w->start));
		ent_parse__lex_vocab(&p->lex[i], m);
		p->punct[i] = (p->lex[i].flags & ENT_LEX_PUNCT) != 0;
	}
	ent_tagger__tag(&m->tagger, p->lex, n, p->first_tags, p->scores);
	if (m->tagger2.nrows)
		ent_tagger__tag2(&m->tagger2, p->lex, n, p->first_tags, p->tags, p->scores);
	else /* a model in training, before its second pass */
		memcpy(p->tags, p->first_tags, n * sizeof *p->tags);
	for (size_t i = 0; i < n; i++) {
		const ent_parse__word *w = &p->toks.words[i];
		const char *form = text + w->start;
		size_t len = w->end - w->start;
		ent_buf_clear(&p->low);
		ENT_FORWARD_IF_ERROR(ent_parse__lower(&p->low, form, len));
		p->form_off[i] = p->strings.size;
		ENT_FORWARD_IF_ERROR(ent_buf_put(&p->strings, form, len));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(&p->strings, 0));
		p->lemma_off[i] = p->strings.size;
		ENT_FORWARD_IF_ERROR(ent_parse__lemmatize(&p->strings, m, form, len,
							  p->low.ptr ? p->low.ptr : "",
							  p->low.size, (uint32_t)p->tags[i]));
		p->lemma_hash[i] = ent_hash_bytes(p->strings.ptr + p->lemma_off[i],
						  p->strings.size - p->lemma_off[i]);
		ENT_FORWARD_IF_ERROR(ent_buf_putc(&p->strings, 0));
	}
	return 0;
}

/* Parse words [from, from + n) as one tree. */
static void parse_piece(ent_parser *p, size_t from, uint32_t n)
{
	const ent_parse_model *m = p->model;
	ent_arc_state_start(&p->st, n, m->nlabels, m->root_label);
	ent_parser__input in = { p->lex + from, p->tags + from, m->ntags, p->punct + from,
				 p->lemma_hash + from, m->tag_upos };
	ent_parser__parse(&m->parser, &p->st, &in, p->scores);
	for (uint32_t i = 0; i < n; i++) {
		ent_parse_word *w = &p->out[from + i];
		int32_t h = p->st.head[i], l = p->st.label[i];
		w->head = h == (int32_t)n ? 0 : (uint32_t)(from + (size_t)h + 1);
		w->deprel = m->label_name[l];
		w->dep = m->label_dep[l];
	}
}

int ent_parse__analyse(ent_parser *p, const char *text, ent_parse_sentence *out)
{
	const ent_parse_model *m = p->model;
	size_t n = p->toks.n;
	ENT_FORWARD_IF_ERROR(reserve(p, n ? n : 1));
	ENT_FORWARD_IF_ERROR(tag_and_lemmatise(p, text, n));
	for (size_t i = 0; i < n; i++) {
		const ent_parse__word *w = &p->toks.words[i];
		int32_t t = p->tags[i];
		p->out[i] = (ent_parse_word){ w->start, w->end, p->strings.ptr + p->form_off[i],
					      p->strings.ptr + p->lemma_off[i], m->tag_upos[t],
					      m->tag_xpos[t], 0, ENT_DEP_NONE, NULL, w->token,
					      w->space_after };
	}
	for (size_t from = 0; from < n; from += ENT_PARSE_MAX_WORDS) {
		size_t piece = n - from < ENT_PARSE_MAX_WORDS ? n - from : ENT_PARSE_MAX_WORDS;
		parse_piece(p, from, (uint32_t)piece);
	}
	out->words = p->out;
	out->count = n;
	return 0;
}

int ent_parser_parse(ent_parse_sentence *out, ent_parser *parser, const char *text, size_t len,
		     ent_span span)
{
	ENT_RETURN_ERROR_IF(!out || !parser || (!text && len), ENT_EINVAL,
			    "ent_parser_parse: NULL argument");
	ENT_RETURN_ERROR_IF(span.start > span.end || span.end > len, ENT_EINVAL,
			    "ent_parser_parse: span %zu..%zu outside the text (%zu bytes)",
			    span.start, span.end, len);
	ENT_FORWARD_IF_ERROR(ent_parse__tokenize(&parser->toks, text, span.start, span.end));
	ENT_FORWARD_IF_ERROR(ent_parse__analyse(parser, text, out));
	out->span = span;
	return 0;
}

int ent_parser_parse_words(ent_parse_sentence *out, ent_parser *parser, const char *const *forms,
			   size_t count)
{
	ENT_RETURN_ERROR_IF(!out || !parser || (!forms && count), ENT_EINVAL,
			    "ent_parser_parse_words: NULL argument");
	ent_buf_clear(&parser->joined);
	parser->toks.n = 0;
	for (size_t i = 0; i < count; i++) {
		size_t n = strlen(forms[i]);
		ENT_RETURN_ERROR_IF(n == 0, ENT_EINVAL, "ent_parser_parse_words: word %zu is empty",
				    i + 1);
		if (parser->toks.n == parser->toks.cap) {
			size_t cap = parser->toks.cap ? 2 * parser->toks.cap : 64;
			ENT_FORWARD_IF_ERROR(grow((void **)&parser->toks.words, cap,
						  sizeof *parser->toks.words));
			parser->toks.cap = cap;
		}
		size_t start = parser->joined.size;
		ENT_FORWARD_IF_ERROR(ent_buf_put(&parser->joined, forms[i], n));
		parser->toks.words[parser->toks.n++] =
			(ent_parse__word){ start, start + n, (uint32_t)i, i + 1 < count };
		ENT_FORWARD_IF_ERROR(ent_buf_putc(&parser->joined, ' '));
	}
	ENT_FORWARD_IF_ERROR(ent_parse__analyse(parser, parser->joined.ptr ? parser->joined.ptr : "",
						out));
	out->span = (ent_span){ 0, parser->joined.size ? parser->joined.size - 1 : 0 };
	return 0;
}

int ent_parse__conllu_words(ent_parser *p, const ent_conllu_sentence *s, ent_parse_sentence *out)
{
	if (s->count > p->forms_cap) {
		ENT_FORWARD_IF_ERROR(grow((void **)&p->forms, s->count, sizeof *p->forms));
		p->forms_cap = s->count;
	}
	for (size_t i = 0; i < s->count; i++)
		p->forms[i] = s->words[i].form;
	return ent_parser_parse_words(out, p, p->forms, s->count);
}
