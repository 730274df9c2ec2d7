/* Writing parsed sentences (CoNLL-U, JSON lines), and `entente parse`'s
 * loop over a file: text split into sentences by the text stage, or
 * CoNLL-U whose own words are kept. */
#include "entente/parse.h"

#include <errno.h>  /* errno */
#include <string.h> /* strlen, strerror */

#include "parse/analyse.h" /* ent_parse__conllu_words */
#include "parse/conllu.h"
#include "util/buf.h"   /* ent_buf_printf */
#include "util/error.h" /* ent_error_set */

static int flush(ent_buf *b, ent_write_fn write, void *payload)
{
	int rc = b->size && write(b->ptr, b->size, payload) != 0
			 ? ent_error_set(ENT_EIO, "writing the parse failed")
			 : 0;
	ent_buf_clear(b);
	return rc;
}

/* text[a..b) with line breaks and tabs as spaces: one comment line. */
static int put_flat(ent_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		ENT_FORWARD_IF_ERROR(ent_buf_putc(b, c == '\n' || c == '\r' || c == '\t' ? ' ' : c));
	}
	return 0;
}

static int conllu_word(ent_buf *b, const ent_parse_word *w, size_t id, int space_after,
		       const char *feats, const char *deps, const char *misc)
{
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%zu\t%s\t%s\t%s\t%s\t%s\t%u\t%s\t%s\t", id, w->form,
					    w->lemma, ent_upos_name(w->upos), w->xpos,
					    feats ? feats : "_", w->head, w->deprel,
					    deps ? deps : "_"));
	if (misc)
		ENT_FORWARD_IF_ERROR(ent_buf_puts(b, misc));
	else
		ENT_FORWARD_IF_ERROR(ent_buf_puts(b, space_after ? "_" : "SpaceAfter=No"));
	return ent_buf_putc(b, '\n');
}

static int write_conllu(ent_buf *b, const ent_parse_sentence *s, const char *text)
{
	for (size_t i = 0; i < s->count; i++) {
		const ent_parse_word *w = &s->words[i];
		size_t j = i;
		while (j + 1 < s->count && s->words[j + 1].token == w->token)
			j++;
		if (j > i && text)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%zu-%zu\t%.*s\t_\t_\t_\t_\t_\t_\t_\t%s\n",
							    i + 1, j + 1,
							    (int)(s->words[j].end - w->start),
							    text + w->start,
							    s->words[j].space_after ? "_" : "SpaceAfter=No"));
		for (size_t k = i; k <= j; k++) {
			/* Inside a multiword token the space is the token's, on its line. */
			int space = j > i && text ? 1 : s->words[k].space_after;
			ENT_FORWARD_IF_ERROR(conllu_word(b, &s->words[k], k + 1, space, NULL, NULL, NULL));
		}
		i = j;
	}
	return ent_buf_putc(b, '\n');
}

static int json_field(ent_buf *b, const char *name, const char *v)
{
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "\"%s\":\"", name));
	ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(b, v, strlen(v)));
	return ent_buf_puts(b, "\",");
}

static int write_jsonl(ent_buf *b, const ent_parse_sentence *s, const char *sent_id,
		       const char *text)
{
	ENT_FORWARD_IF_ERROR(ent_buf_putc(b, '{'));
	if (sent_id)
		ENT_FORWARD_IF_ERROR(json_field(b, "sent_id", sent_id));
	if (text) {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "\"text\":\""));
		ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(b, text + s->span.start,
							     s->span.end - s->span.start));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "\",\"start\":%zu,\"end\":%zu,", s->span.start,
						    s->span.end));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "\"words\":["));
	for (size_t i = 0; i < s->count; i++) {
		const ent_parse_word *w = &s->words[i];
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s{\"id\":%zu,", i ? "," : "", i + 1));
		ENT_FORWARD_IF_ERROR(json_field(b, "form", w->form));
		ENT_FORWARD_IF_ERROR(json_field(b, "lemma", w->lemma));
		ENT_FORWARD_IF_ERROR(json_field(b, "upos", ent_upos_name(w->upos)));
		ENT_FORWARD_IF_ERROR(json_field(b, "xpos", w->xpos));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "\"head\":%u,", w->head));
		ENT_FORWARD_IF_ERROR(json_field(b, "deprel", w->deprel));
		if (text)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "\"start\":%zu,\"end\":%zu,", w->start,
							    w->end));
		b->size--; /* the last comma */
		ENT_FORWARD_IF_ERROR(ent_buf_putc(b, '}'));
	}
	return ent_buf_puts(b, "]}\n");
}

static int write_into(ent_buf *b, const ent_parse_sentence *s, ent_parse_format fmt,
		      const char *sent_id, const char *text)
{
	if (fmt == ENT_PARSE_JSONL)
		return write_jsonl(b, s, sent_id, text);
	if (sent_id)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "# sent_id = %s\n", sent_id));
	if (text) {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "# text = "));
		ENT_FORWARD_IF_ERROR(put_flat(b, text + s->span.start, s->span.end - s->span.start));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(b, '\n'));
	}
	return write_conllu(b, s, text);
}

int ent_parse_write(const ent_parse_sentence *s, ent_parse_format fmt, const char *sent_id,
		    const char *text, size_t len, ent_write_fn write, void *payload)
{
	ENT_RETURN_ERROR_IF(!s || !write || (text && s->span.end > len), ENT_EINVAL,
			    "ent_parse_write: bad argument");
	ent_buf b = ENT_BUF_INIT;
	int rc = write_into(&b, s, fmt, sent_id, text);
	if (rc == 0)
		rc = flush(&b, write, payload);
	ent_buf_dispose(&b);
	return rc;
}

/* CoNLL-U in: the file's lines back, with our columns filled. */
static int conllu_sentence(ent_buf *b, const ent_conllu_sentence *in, const ent_parse_sentence *s,
			   ent_parse_format fmt)
{
	if (fmt == ENT_PARSE_JSONL) {
		const char *id = NULL;
		for (size_t e = 0; e < in->nextra && !id; e++)
			if (!strncmp(in->extra[e].text, "# sent_id = ", 12))
				id = in->extra[e].text + 12;
		return write_jsonl(b, s, id, NULL);
	}
	size_t e = 0;
	for (size_t i = 0; i <= in->count; i++) {
		for (; e < in->nextra && in->extra[e].before == i; e++)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s\n", in->extra[e].text));
		if (i == in->count)
			break;
		const ent_conllu_word *g = &in->words[i];
		ENT_FORWARD_IF_ERROR(conllu_word(b, &s->words[i], i + 1, 1, g->feats, g->deps, g->misc));
	}
	return ent_buf_putc(b, '\n');
}

static int stream_conllu(ent_parser *p, FILE *in, const char *name, ent_parse_format fmt,
			 ent_write_fn write, void *payload, size_t *count)
{
	ent_conllu_reader *r = NULL;
	ENT_FORWARD_IF_ERROR(ent_conllu_reader_new(&r, in, name));
	ent_buf b = ENT_BUF_INIT;
	ent_conllu_sentence s;
	int rc;
	while ((rc = ent_conllu_next(r, &s, 0)) == 0) {
		ent_parse_sentence out;
		if ((rc = ent_parse__conllu_words(p, &s, &out)) != 0)
			break;
		if ((rc = conllu_sentence(&b, &s, &out, fmt)) != 0 ||
		    (rc = flush(&b, write, payload)) != 0)
			break;
		(*count)++;
	}
	if (rc == ENT_ITEROVER)
		rc = 0;
	ent_buf_dispose(&b);
	ent_conllu_reader_free(r);
	return rc;
}

static int read_all(FILE *in, const char *name, ent_buf *out)
{
	char chunk[1 << 16];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
		ENT_FORWARD_IF_ERROR(ent_buf_put(out, chunk, n));
	ENT_RETURN_ERROR_IF(ferror(in), ENT_EIO, "%s: cannot read: %s", name, strerror(errno));
	return 0;
}

static int stream_text(ent_parser *p, FILE *in, const char *name, ent_parse_format fmt,
		       ent_write_fn write, void *payload, size_t *count)
{
	ent_buf text = ENT_BUF_INIT, b = ENT_BUF_INIT, id = ENT_BUF_INIT;
	ent_segmenter *seg = NULL;
	int rc = read_all(in, name, &text);
	if (rc == 0 && text.size > INT32_MAX)
		rc = ent_error_set(ENT_ELIMIT, "%s: over 2 GiB of text in one file", name);
	if (rc == 0)
		rc = ent_segmenter_new(&seg, NULL);
	const ent_span *spans = NULL;
	size_t n = 0;
	if (rc == 0)
		rc = ent_segmenter_sentences(seg, &spans, &n, text.ptr ? text.ptr : "", text.size);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		ent_parse_sentence s;
		rc = ent_parser_parse(&s, p, text.ptr, text.size, spans[i]);
		if (rc || s.count == 0)
			continue;
		ent_buf_clear(&id);
		rc = ent_buf_printf(&id, "%s-%zu", name, *count + 1);
		if (rc == 0)
			rc = write_into(&b, &s, fmt, id.ptr, text.ptr);
		if (rc == 0)
			rc = flush(&b, write, payload);
		if (rc == 0)
			(*count)++;
	}
	ent_segmenter_free(seg);
	ent_buf_dispose(&text);
	ent_buf_dispose(&b);
	ent_buf_dispose(&id);
	return rc;
}

int ent_parse_stream(ent_parser *parser, FILE *in, const char *name, ent_parse_input input,
		     ent_parse_format fmt, ent_write_fn write, void *payload, size_t *count)
{
	ENT_RETURN_ERROR_IF(!parser || !in || !write, ENT_EINVAL, "ent_parse_stream: NULL argument");
	size_t local = 0;
	if (!count)
		count = &local;
	*count = 0;
	if (!name)
		name = "-";
	if (input == ENT_PARSE_FROM_CONLLU)
		return stream_conllu(parser, in, name, fmt, write, payload, count);
	return stream_text(parser, in, name, fmt, write, payload, count);
}
