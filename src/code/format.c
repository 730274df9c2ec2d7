/* Writing events as JSON Lines, TSV and text for people. */
#include <stdio.h>  /* snprintf */
#include <string.h> /* strlen */

#include "entente/code.h"
#include "util/buf.h"   /* ent_buf_put_json_string */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

static int put_str(ent_buf *b, const char *key, const char *s, size_t n, int comma)
{
	if (comma)
		ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ','));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "\"%s\":\"", key));
	ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(b, s ? s : "", s ? n : 0));
	return ent_buf_putc(b, '"');
}

static int put_s(ent_buf *b, const char *key, const char *s)
{
	return put_str(b, key, s, s ? strlen(s) : 0, 1);
}

int ent_event_format_jsonl(ent_buf *out, const ent_event *ev)
{
	ENT_RETURN_ERROR_IF(!out || !ev, ENT_EINVAL, "ent_event_format_jsonl: NULL argument");
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '{'));
	ENT_FORWARD_IF_ERROR(put_str(out, "doc", ev->doc, ev->doc ? strlen(ev->doc) : 0, 0));
	/* Sentences are numbered from 1 in every output (docs/schema.md). */
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"sentence\":%zu", ev->sentence + 1));
	ENT_FORWARD_IF_ERROR(put_s(out, "date", ev->date));
	ENT_FORWARD_IF_ERROR(put_s(out, "kind", ev->kind == ENT_KIND_RELATION ? "relation" : "event"));
	ENT_FORWARD_IF_ERROR(put_s(out, "source", ev->source));
	ENT_FORWARD_IF_ERROR(put_s(out, "target", ev->target));
	if (ev->kind == ENT_KIND_RELATION && (!ev->code || !*ev->code))
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"code\":null,\"goldstein\":null,\"quad\":null"));
	else {
		ENT_FORWARD_IF_ERROR(put_s(out, "code", ev->code));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"goldstein\":%.1f,\"quad\":%d", ev->goldstein, ev->quad));
	}
	ENT_FORWARD_IF_ERROR(put_s(out, "plover", ev->plover));
	ENT_FORWARD_IF_ERROR(put_s(out, "mode", ev->mode));
	if (ev->kind == ENT_KIND_RELATION) {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"relation\":{\"type\":\""));
		ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(out, ev->relation_type, strlen(ev->relation_type)));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\",\"sign\":%d,\"weight\":%.2f}", ev->relation_sign, ev->relation_weight));
	} else {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"relation\":null"));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"negated\":%s", ev->negated ? "true" : "false"));
	ENT_FORWARD_IF_ERROR(put_s(out, "modality", ent_modality_name(ev->modality)));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"span\":[%zu,%zu]", ev->span_start, ev->span_end));
	size_t tn = ev->sentence_end > ev->sentence_start ? ev->sentence_end - ev->sentence_start : 0;
	ENT_FORWARD_IF_ERROR(put_str(out, "text", ev->text, ev->text ? tn : 0, 1));
	return ent_buf_puts(out, "}\n");
}

const char *ent_event_tsv_header(void)
{
	return "date\tsource\ttarget\tcode\tdoc\tsentence\tkind\tgoldstein\tquad\tplover\tmode\trelation\tsign\tnegated\tmodality\tspan_start\tspan_end\ttext\n";
}

/* TSV fields cannot hold tabs or newlines: they become spaces. */
static int put_field(ent_buf *b, const char *s, size_t n)
{
	ENT_FORWARD_IF_ERROR(ent_buf_grow(b, n + 1));
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == '\t' || ch == '\n' || ch == '\r')
			ch = ' ';
		b->ptr[b->size++] = ch;
	}
	b->ptr[b->size] = 0;
	return 0;
}

int ent_event_format_tsv(ent_buf *out, const ent_event *ev)
{
	ENT_RETURN_ERROR_IF(!out || !ev, ENT_EINVAL, "ent_event_format_tsv: NULL argument");
	const char *f[] = { ev->date, ev->source, ev->target, ev->code, ev->doc };
	for (size_t i = 0; i < 5; i++) {
		ENT_FORWARD_IF_ERROR(put_field(out, f[i] ? f[i] : "", f[i] ? strlen(f[i]) : 0));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '\t'));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%zu\t%s\t", ev->sentence + 1, ev->kind == ENT_KIND_RELATION ? "relation" : "event"));
	if (ev->kind == ENT_KIND_RELATION && (!ev->code || !*ev->code))
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\t\t"));
	else
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%.1f\t%d\t", ev->goldstein, ev->quad));
	ENT_FORWARD_IF_ERROR(put_field(out, ev->plover ? ev->plover : "", ev->plover ? strlen(ev->plover) : 0));
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '\t'));
	ENT_FORWARD_IF_ERROR(put_field(out, ev->mode ? ev->mode : "", ev->mode ? strlen(ev->mode) : 0));
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '\t'));
	if (ev->kind == ENT_KIND_RELATION)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s\t%d\t", ev->relation_type, ev->relation_sign));
	else
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\t\t"));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%d\t%s\t%zu\t%zu\t", ev->negated, ent_modality_name(ev->modality),
					    ev->span_start, ev->span_end));
	size_t tn = ev->sentence_end > ev->sentence_start ? ev->sentence_end - ev->sentence_start : 0;
	ENT_FORWARD_IF_ERROR(put_field(out, ev->text ? ev->text : "", ev->text ? tn : 0));
	return ent_buf_putc(out, '\n');
}

int ent_event_format_text(ent_buf *out, const ent_event *ev, const ent_lexicon *lx)
{
	ENT_RETURN_ERROR_IF(!out || !ev, ENT_EINVAL, "ent_event_format_text: NULL argument");
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s, sentence %zu (%s): %s > %s  ", ev->doc ? ev->doc : "?",
					    ev->sentence + 1, ev->date && *ev->date ? ev->date : "undated",
					    ev->source && *ev->source ? ev->source : "?",
					    ev->target && *ev->target ? ev->target : "?"));
	if (ev->kind == ENT_KIND_RELATION) {
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s (standing relation, %s)", ev->relation_type,
						    ev->relation_sign > 0 ? "friendly" : ev->relation_sign < 0 ? "hostile" : "unsigned"));
	} else {
		ENT_FORWARD_IF_ERROR(ent_lexicon_code_caption(out, lx, ev->code));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  Goldstein %+.1f", ev->goldstein));
	}
	if (ev->negated)
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ", negated"));
	if (ev->modality != ENT_MODALITY_ASSERTED)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ", %s", ent_modality_name(ev->modality)));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\n    "));
	/* The sentence with the words that triggered the record [in brackets]. */
	size_t tn = ev->text && ev->sentence_end > ev->sentence_start ? ev->sentence_end - ev->sentence_start : 0;
	size_t a = ev->span_start >= ev->sentence_start ? ev->span_start - ev->sentence_start : tn;
	size_t b = ev->span_end >= ev->sentence_start ? ev->span_end - ev->sentence_start : tn;
	if (a > tn || b > tn || a >= b)
		a = b = tn;
	ENT_FORWARD_IF_ERROR(put_field(out, ev->text ? ev->text : "", a));
	if (a < b) {
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '['));
		ENT_FORWARD_IF_ERROR(put_field(out, ev->text + a, b - a));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ']'));
		ENT_FORWARD_IF_ERROR(put_field(out, ev->text + b, tn - b));
	}
	return ent_buf_putc(out, '\n');
}
