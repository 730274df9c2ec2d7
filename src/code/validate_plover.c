/* Scoring against PLOVER's gold standard (PLOVER_GSR_*.jsonl): one news
 * sentence a line, with its event type and the codes of its source and
 * target actors. Three figures, as the issue tracker states them:
 *   - type found: some coded event of the sentence has the gold type;
 *   - both actors: one such event also has a gold source and a gold target
 *     (with no gold target, none or another gold source: a compound actor
 *     acting on itself);
 *   - precision: coded events that have the gold type, of all coded.
 * Gold codes are three-letter countries or IGO; an entente code matches
 * when it starts with one (IGOUNO matches IGO, TURGOV matches TUR). */
#include <jansson.h> /* json_loadb, json_object_get */
#include <stdio.h>   /* snprintf */
#include <string.h>  /* strcmp, memchr */

#include "code/coder.h"
#include "util/buf.h"   /* ent_buf */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

#define MAX_GOLD 8
#define MAX_CODED 64

typedef struct {
	char src[32], tgt[32], code[8], type[16];
} plover_coded;

typedef struct {
	plover_coded ev[MAX_CODED];
	size_t n;
} plover_run;

/* PLOVER 0.5, in which the gold is written, names some types otherwise
 * than the 2021 table entente's CAMEO codes map to (SOURCE.md). */
static const char *type_2021(const char *t)
{
	static const char *const renamed[][2] = {
		{ "DEMAND", "REQUEST" }, { "DISAPPROVE", "ACCUSE" }, { "INVESTIGATE", "ACCUSE" }, { "FIGHT", "ASSAULT" } };
	for (size_t i = 0; i < sizeof renamed / sizeof renamed[0]; i++)
		if (!strcmp(t, renamed[i][0]))
			return renamed[i][1];
	return t;
}

/* PLOVER's gold writes some countries with older codes. */
static const char *country_iso(const char *c)
{
	static const char *const renamed[][2] = { { "JAP", "JPN" }, { "ITL", "ITA" }, { "VTN", "VNM" } };
	for (size_t i = 0; i < sizeof renamed / sizeof renamed[0]; i++)
		if (!strcmp(c, renamed[i][0]))
			return renamed[i][1];
	return c;
}

static int on_plover_event(const ent_event *ev, void *payload)
{
	plover_run *run = payload;
	if (ev->kind != ENT_KIND_EVENT || ev->negated || run->n == MAX_CODED)
		return 0;
	plover_coded *c = &run->ev[run->n];
	snprintf(c->src, sizeof c->src, "%s", ev->source);
	snprintf(c->tgt, sizeof c->tgt, "%s", ev->target);
	snprintf(c->code, sizeof c->code, "%s", ev->code);
	snprintf(c->type, sizeof c->type, "%s", ev->plover ? ev->plover : "");
	for (size_t i = 0; i < run->n; i++)
		if (!strcmp(run->ev[i].src, c->src) && !strcmp(run->ev[i].tgt, c->tgt) && !strcmp(run->ev[i].code, c->code))
			return 0;
	run->n++;
	return 0;
}

/* The codes of a gold actor list (an array of {code}, or "" / null). */
static size_t gold_codes(json_t *list, char codes[][8])
{
	size_t n = 0;
	if (!json_is_array(list))
		return 0;
	for (size_t i = 0; i < json_array_size(list) && n < MAX_GOLD; i++) {
		const char *c = json_string_value(json_object_get(json_array_get(list, i), "code"));
		if (c && *c)
			snprintf(codes[n++], 8, "%s", country_iso(c));
	}
	return n;
}

static int among(const char *code, char gold[][8], size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strncmp(code, gold[i], strlen(gold[i])))
			return 1;
	return 0;
}

static int describe(ent_buf *b, const char *type, char src[][8], size_t ns, char tgt[][8], size_t nt)
{
	ent_buf_clear(b);
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s ", type));
	for (size_t i = 0; i < ns; i++)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s%s", i ? "+" : "", src[i]));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "/"));
	for (size_t i = 0; i < nt; i++)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s%s", i ? "+" : "", tgt[i]));
	return nt ? 0 : ent_buf_puts(b, "-");
}

static int list_coded(ent_buf *b, const plover_run *run)
{
	ent_buf_clear(b);
	for (size_t i = 0; i < run->n; i++)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s%s/%s/%s %s", i ? "; " : "", run->ev[i].src, run->ev[i].tgt,
						    run->ev[i].code, run->ev[i].type[0] ? run->ev[i].type : "-"));
	return run->n ? 0 : ent_buf_puts(b, "(none)");
}

typedef struct {
	ent_coder *coder;
	ent_validate_fn fn;
	void *payload;
	ent_validate_summary *sum;
	ent_buf exp_s, got_s;
	plover_run run;
} plover_state;

static int score_line(plover_state *st, json_t *rec, const char *path, size_t line)
{
	const char *id = json_string_value(json_object_get(rec, "id"));
	const char *text = json_string_value(json_object_get(rec, "text"));
	const char *event = json_string_value(json_object_get(rec, "event"));
	const char *date = json_string_value(json_object_get(rec, "date"));
	ENT_RETURN_ERROR_IF(!id || !text || !event, ENT_EFORMAT, "%s:%zu: a record needs string fields id, text and event",
			    path, line);
	char src[MAX_GOLD][8], tgt[MAX_GOLD][8];
	size_t ns = gold_codes(json_object_get(rec, "source"), src);
	size_t nt = gold_codes(json_object_get(rec, "target"), tgt);
	const char *type = type_2021(event);
	st->run.n = 0;
	ENT_FORWARD_IF_ERROR(ent_coder_code_doc(st->coder, id, date, text, strlen(text), on_plover_event, &st->run));
	int typed = 0, actors = 0;
	size_t correct = 0;
	for (size_t i = 0; i < st->run.n; i++) {
		const plover_coded *c = &st->run.ev[i];
		if (strcmp(c->type, type))
			continue;
		correct++;
		typed = 1;
		int tgt_ok = nt ? among(c->tgt, tgt, nt) : (!c->tgt[0] || among(c->tgt, src, ns));
		actors |= among(c->src, src, ns) && tgt_ok;
	}
	st->sum->expected++;
	st->sum->matched += (size_t)typed;
	st->sum->coded += st->run.n;
	st->sum->precision += (double)correct; /* divided by the coded count at the end */
	if (actors)
		st->sum->passed++;
	else
		st->sum->failed++;
	if (!st->fn)
		return 0;
	ENT_FORWARD_IF_ERROR(describe(&st->exp_s, type, src, ns, tgt, nt));
	ENT_FORWARD_IF_ERROR(list_coded(&st->got_s, &st->run));
	ent_validate_record r = { id, text, actors, 0, st->exp_s.ptr, st->got_s.ptr, 1, (size_t)typed, st->run.n };
	return st->fn(&r, st->payload);
}

int ent_code__run_plover(ent_coder *coder, const char *path, const char *data, size_t len, ent_validate_fn fn,
			 void *payload, ent_validate_summary *sum)
{
	plover_state st = { coder, fn, payload, sum, ENT_BUF_INIT, ENT_BUF_INIT, { .n = 0 } };
	int rc = 0;
	size_t line = 0;
	for (size_t pos = 0; pos < len && rc == 0;) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - data) : len;
		line++;
		size_t b = pos;
		while (b < end && (data[b] == ' ' || data[b] == '\t' || data[b] == '\r'))
			b++;
		if (b < end) {
			json_error_t err;
			json_t *rec = json_loadb(data + b, end - b, 0, &err);
			if (!rec || !json_is_object(rec))
				rc = ent_error_set(ENT_EFORMAT, "%s:%zu: %s", path, line, rec ? "not a JSON object" : err.text);
			else
				rc = score_line(&st, rec, path, line);
			json_decref(rec);
		}
		pos = end + 1;
	}
	ent_buf_dispose(&st.exp_s);
	ent_buf_dispose(&st.got_s);
	return rc;
}
