/* Aggregating evidence into dyads: the decisions documented in
 * include/entente/dyads.h (values, modality factors, counting a repeated
 * sentence once, folding sectors into countries, windows and trend). */
#include "entente/dyads.h"

#include <math.h>   /* fabs */
#include <stdio.h>  /* snprintf */
#include <stdlib.h> /* qsort */
#include <string.h> /* strcmp, strlen, memcpy */

#include "util/alloc.h"
#include "util/arena.h"
#include "util/error.h"
#include "util/map.h"
#include "util/vec.h"

/* CAMEO role codes that, after a country code, only say which part of the
 * country acted; at the country level they fold away. Actors that stand
 * against their own state (opposition, rebels, insurgents, separatists,
 * dissidents, criminals) are deliberately absent: folding "Azerbaijani
 * dissidents" into AZE would turn a state's repression of its critics into
 * hostility towards the state itself, so those codes stay whole. */
static const char *const sector_codes[] = {
	"GOV", "MIL", "BUS", "MED", "CVL", "JUD", "LEG", "COP", "SPY",
	"EDU", "HLH", "REL", "LAB", "ELI", "AGR", "DEV", "ENV", "HRI", "IMG",
	"MOD", "REF", "UAF", "PTY", "CHR", "MUS", "JEW", "BUD",
	"HIN", "SHI", "SUN", "NGO", "IGO", "PRO", "CIV", "ATH", NULL,
};

/* Codes that look like a country prefix but name an organisation family. */
static const char *const non_country_prefixes[] = { "IGO", "NGO", "MNC", "UIS", "IMG", NULL };

typedef struct {
	ent_dyad pub;
	ENT_VEC(ent_dyad_evidence) kept; /* top evidence, unsorted until finish */
	int64_t first_month, last_month;
} dyad_rec;

typedef struct {
	uint32_t dyad;
	int32_t month; /* INT32_MIN: undated */
	double value;
} counted;

typedef struct {
	ent_dyad_actor pub;
} actor_rec;

struct ent_dyads {
	ent_dyad_options opts;
	ent_arena *arena;
	ent_map *by_pair;  /* "A\tB" -> index+1 */
	ent_map *by_actor; /* code -> index+1 */
	ent_map *seen;     /* evidence key -> non-NULL */
	ENT_VEC(dyad_rec) dyads;
	ENT_VEC(actor_rec) actors;
	ENT_VEC(counted) values;
	ENT_VEC(const ent_dyad *) order;          /* dyads by strength, after finish */
	ENT_VEC(const ent_dyad_actor *) actor_order;
	size_t nwindows;
	int32_t base_month;
	char **window_start, **window_end;
	double *window_net;        /* nwindows per dyad */
	double *window_coop, *window_conflict; /* the same, split by sign */
	uint64_t *window_counted;  /* pieces of evidence counted, nwindows per dyad */
	int finished;
};

int ent_dyad_options_init(ent_dyad_options *opts, unsigned int version)
{
	ENT_RETURN_ERROR_IF(version != ENT_DYAD_OPTIONS_VERSION, ENT_EINVAL,
			    "dyad options version %u, expected %u", version, ENT_DYAD_OPTIONS_VERSION);
	ent_dyad_options init = ENT_DYAD_OPTIONS_INIT;
	*opts = init;
	return 0;
}

static int is_sector(const char *s)
{
	for (size_t i = 0; sector_codes[i]; i++)
		if (!strncmp(s, sector_codes[i], 3))
			return 1;
	return 0;
}

void ent_dyads_fold_code(char *out, size_t outsize, const char *code, ent_actor_level level)
{
	size_t n = strlen(code);
	size_t keep = n;
	if (level == ENT_LEVEL_COUNTRY && n > 3 && n % 3 == 0) {
		int org = 0;
		for (size_t i = 0; non_country_prefixes[i]; i++)
			if (!strncmp(code, non_country_prefixes[i], 3))
				org = 1;
		int all_sectors = 1;
		for (size_t i = 3; i < n; i += 3)
			if (!is_sector(code + i))
				all_sectors = 0;
		if (!org && all_sectors)
			keep = 3;
	}
	if (keep >= outsize)
		keep = outsize - 1;
	memcpy(out, code, keep);
	out[keep] = '\0';
}

int ent_dyads_new(ent_dyads **out, const ent_dyad_options *opts)
{
	ent_dyads *d = ent__calloc(1, sizeof *d);
	ENT_RETURN_IF_OOM(d);
	if (opts) {
		if (opts->version != ENT_DYAD_OPTIONS_VERSION) {
			ent__free(d);
			return ent_error_set(ENT_EINVAL, "dyad options version %u, expected %u",
					     opts->version, ENT_DYAD_OPTIONS_VERSION);
		}
		d->opts = *opts;
	} else {
		ent_dyad_options_init(&d->opts, ENT_DYAD_OPTIONS_VERSION);
	}
	if (d->opts.window_months < 0) {
		ent__free(d);
		return ent_error_set(ENT_EINVAL, "window of %d months", d->opts.window_months);
	}
	const char *bounds[2] = { d->opts.since, d->opts.until };
	for (int i = 0; i < 2; i++)
		if (bounds[i] && *bounds[i] && ent_date_filter_check(bounds[i])) {
			ent__free(d);
			return ent_error_set(ENT_EINVAL, "%s: %s", i ? "until" : "since", ent_error_last());
		}
	d->arena = ent_arena_new(0);
	d->by_pair = ent_map_new();
	d->by_actor = ent_map_new();
	d->seen = ent_map_new();
	if (!d->arena || !d->by_pair || !d->by_actor || !d->seen) {
		ent_dyads_free(d);
		return ent_error_oom();
	}
	if (d->opts.since)
		d->opts.since = ent_arena_strdup(d->arena, d->opts.since);
	if (d->opts.until)
		d->opts.until = ent_arena_strdup(d->arena, d->opts.until);
	*out = d;
	return 0;
}

/* Month number (year*12 + month-1) of an ISO date, or INT32_MIN. */
static int32_t date_month(const char *date)
{
	if (!date || strlen(date) < 4)
		return INT32_MIN;
	int y = 0;
	for (int i = 0; i < 4; i++) {
		if (date[i] < '0' || date[i] > '9')
			return INT32_MIN;
		y = y * 10 + (date[i] - '0');
	}
	int m = 1;
	if (date[4] == '-' && date[5] >= '0' && date[5] <= '1' && date[6] >= '0' && date[6] <= '9') {
		m = (date[5] - '0') * 10 + (date[6] - '0');
		if (m < 1 || m > 12)
			m = 1;
	}
	return y * 12 + (m - 1);
}

static int in_range(const ent_dyads *d, const char *date)
{
	int dated = date && *date;
	if (d->opts.since && *d->opts.since) {
		if (!dated || strcmp(date, d->opts.since) < 0)
			return 0;
	}
	if (d->opts.until && *d->opts.until) {
		size_t n = strlen(d->opts.until);
		if (!dated || strncmp(date, d->opts.until, n) > 0)
			return 0;
	}
	return 1;
}

static double modality_factor(const ent_dyads *d, const char *m)
{
	if (!m || !*m || !strcmp(m, "asserted") || !strcmp(m, "reported"))
		return 1.0;
	if (!strcmp(m, "intended"))
		return d->opts.intended_factor;
	return d->opts.possible_factor; /* possible, conditional, hypothetical */
}

static int actor_index(ent_dyads *d, const char *code, size_t *out)
{
	size_t n = strlen(code);
	void *v = ent_map_get(d->by_actor, code, n);
	if (v) {
		*out = (size_t)(uintptr_t)v - 1;
		return 0;
	}
	actor_rec a = { { 0 } };
	a.pub.code = ent_arena_strndup(d->arena, code, n);
	ENT_RETURN_IF_OOM(a.pub.code);
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&d->actors, a));
	*out = d->actors.len - 1;
	return ent_map_put(d->by_actor, code, n, (void *)(uintptr_t)(*out + 1));
}

/* A key for "this evidence": the sentence's letters and digits, lower-cased,
 * with the pair and the code, so a reprint with different spacing,
 * punctuation or quotes still matches. */
static uint64_t evidence_key(const char *pair, const ent_dyad_input *in)
{
	uint64_t h = ent_hash_bytes(pair, strlen(pair));
	const char *what = in->is_relation ? (in->relation_type ? in->relation_type : "")
					   : (in->code ? in->code : "");
	h ^= ent_hash_bytes(what, strlen(what)) * 31;
	uint64_t t = 0xcbf29ce484222325ULL;
	for (const unsigned char *p = (const unsigned char *)(in->text ? in->text : ""); *p; p++) {
		unsigned char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80))
			continue;
		t = (t ^ c) * 0x100000001b3ULL;
	}
	return ent_hash_mix(h ^ ent_hash_mix(t));
}

static const char *dup_str(ent_dyads *d, const char *s)
{
	return ent_arena_strdup(d->arena, s ? s : "");
}

static int keep_evidence(ent_dyads *d, dyad_rec *r, const ent_dyad_input *in, double value, int dup)
{
	size_t k = d->opts.evidence_per_dyad;
	if (k == 0)
		return 0;
	size_t slot = r->kept.len;
	if (r->kept.len >= k) {
		/* Replace the weakest kept piece if this one is stronger; a
		 * duplicate never displaces anything. */
		size_t weakest = 0;
		for (size_t i = 1; i < r->kept.len; i++)
			if (fabs(r->kept.items[i].value) < fabs(r->kept.items[weakest].value))
				weakest = i;
		if (dup || fabs(value) <= fabs(r->kept.items[weakest].value))
			return 0;
		slot = weakest;
	} else {
		ENT_FORWARD_IF_ERROR(ENT_VEC_RESERVE(&r->kept, 1));
		r->kept.len++;
	}
	ent_dyad_evidence *e = &r->kept.items[slot];
	e->doc = dup_str(d, in->doc);
	e->doc_title = dup_str(d, in->doc_title);
	e->date = dup_str(d, in->date);
	e->source = dup_str(d, in->source);
	e->target = dup_str(d, in->target);
	e->code = dup_str(d, in->is_relation ? "" : in->code);
	e->relation_type = dup_str(d, in->is_relation ? in->relation_type : "");
	e->modality = dup_str(d, in->modality && *in->modality ? in->modality : "asserted");
	e->text = dup_str(d, in->text);
	if (!e->doc || !e->doc_title || !e->date || !e->source || !e->target || !e->code ||
	    !e->relation_type || !e->modality || !e->text)
		return ent_error_oom();
	e->sentence = in->sentence;
	e->value = value;
	e->negated = in->negated;
	e->duplicate = dup;
	return 0;
}

int ent_dyads_add(ent_dyads *d, const ent_dyad_input *in)
{
	ENT_RETURN_ERROR_IF(d->finished, ENT_EINVAL, "dyads already finished");
	ENT_RETURN_ERROR_IF(!in->source || !in->target, ENT_EINVAL, "evidence without source or target");
	if (!in_range(d, in->date))
		return 0;
	char a[64], b[64];
	ent_dyads_fold_code(a, sizeof a, in->source, d->opts.level);
	ent_dyads_fold_code(b, sizeof b, in->target, d->opts.level);
	if (!*a || !*b || !strcmp(a, b))
		return 0;
	if (strcmp(a, b) > 0) {
		char t[64];
		memcpy(t, a, sizeof t);
		memcpy(a, b, sizeof a);
		memcpy(b, t, sizeof b);
	}
	char pair[130];
	int plen = snprintf(pair, sizeof pair, "%s\t%s", a, b);

	void *v = ent_map_get(d->by_pair, pair, (size_t)plen);
	size_t di;
	if (v) {
		di = (size_t)(uintptr_t)v - 1;
	} else {
		dyad_rec r;
		memset(&r, 0, sizeof r);
		r.pub.a = ent_arena_strdup(d->arena, a);
		r.pub.b = ent_arena_strdup(d->arena, b);
		ENT_RETURN_IF_OOM(r.pub.a);
		ENT_RETURN_IF_OOM(r.pub.b);
		r.first_month = INT64_MAX;
		r.last_month = INT64_MIN;
		r.pub.first = r.pub.last = "";
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&d->dyads, r));
		di = d->dyads.len - 1;
		ENT_FORWARD_IF_ERROR(ent_map_put(d->by_pair, pair, (size_t)plen, (void *)(uintptr_t)(di + 1)));
	}
	dyad_rec *r = &d->dyads.items[di];

	uint64_t key = evidence_key(pair, in);
	int dup = in->duplicate_doc || ent_map_has(d->seen, (const char *)&key, sizeof key);
	if (!dup)
		ENT_FORWARD_IF_ERROR(ent_map_put(d->seen, (const char *)&key, sizeof key, r));

	double value;
	if (in->is_relation) {
		double w = in->relation_weight > 0 ? in->relation_weight : 1.0;
		value = (in->relation_sign < 0 ? -1.0 : 1.0) * w * d->opts.relation_scale;
	} else {
		value = in->goldstein;
	}
	double factor = in->negated ? 0.0 : modality_factor(d, in->modality);
	value *= factor;

	ENT_FORWARD_IF_ERROR(keep_evidence(d, r, in, value, dup));
	if (dup) {
		r->pub.duplicates++;
		return 0;
	}
	if (factor == 0.0) {
		r->pub.uncounted++;
		return 0;
	}
	if (value > 0)
		r->pub.cooperation += value;
	else
		r->pub.conflict += -value;
	if (in->is_relation)
		r->pub.relations++;
	else
		r->pub.events++;

	int32_t month = date_month(in->date);
	if (month != INT32_MIN) {
		if (month < r->first_month) {
			r->first_month = month;
			r->pub.first = dup_str(d, in->date);
		}
		if (month > r->last_month) {
			r->last_month = month;
			r->pub.last = dup_str(d, in->date);
		}
	}
	counted c = { (uint32_t)di, month, value };
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&d->values, c));

	size_t ia, ib;
	ENT_FORWARD_IF_ERROR(actor_index(d, a, &ia));
	ENT_FORWARD_IF_ERROR(actor_index(d, b, &ib));
	d->actors.items[ia].pub.evidence++;
	d->actors.items[ib].pub.evidence++;
	return 0;
}

int ent_dyads_read_store(ent_dyads *d, ent_store *s, const ent_store_filter *filter, uint64_t *records)
{
	ENT_RETURN_ERROR_IF(d->finished, ENT_EINVAL, "dyads already finished");
	ent_store_filter f = ENT_STORE_FILTER_INIT;
	if (filter) {
		f.actor = filter->actor;
		f.dyad_a = filter->dyad_a;
		f.dyad_b = filter->dyad_b;
		f.code = filter->code;
		f.kind = filter->kind;
		f.doc_rowid = filter->doc_rowid;
	}
	f.since = d->opts.since;
	f.until = d->opts.until;
	ent_store_iter *it = NULL;
	ENT_FORWARD_IF_ERROR(ent_store_events(&it, s, &f));
	const ent_store_event *e;
	int rc;
	while ((rc = ent_store_events_next(it, &e)) == 0) {
		if (records)
			(*records)++;
		if (!e->source || !*e->source || !e->target || !*e->target)
			continue;
		if (!strncmp(e->source, "---", 3) || !strncmp(e->target, "---", 3))
			continue;
		ent_dyad_input in = { 0 };
		in.doc = e->doc_id;
		in.doc_title = e->doc_title;
		in.sentence = e->sentence;
		in.date = e->date && *e->date ? e->date : e->doc_date;
		in.is_relation = e->kind == ENT_STORE_RELATION;
		in.source = e->source;
		in.target = e->target;
		in.code = e->code;
		in.goldstein = e->goldstein;
		in.relation_type = e->relation_type;
		in.relation_sign = e->relation_sign;
		in.negated = e->negated;
		in.modality = e->modality;
		in.text = e->sentence_text;
		in.duplicate_doc = e->doc_duplicate;
		if ((rc = ent_dyads_add(d, &in)) < 0)
			break;
	}
	ent_store_iter_free(it);
	return rc == ENT_ITEROVER ? 0 : rc;
}

/* The order arrays hold pointers, so the comparators need no context (qsort
 * has no payload argument, and a static one would not be thread-safe). */
static int cmp_dyad(const void *x, const void *y)
{
	const ent_dyad *a = *(const ent_dyad *const *)x;
	const ent_dyad *b = *(const ent_dyad *const *)y;
	double fa = fabs(a->net), fb = fabs(b->net);
	if (fa != fb)
		return fa < fb ? 1 : -1;
	int c = strcmp(a->a, b->a);
	return c ? c : strcmp(a->b, b->b);
}

static int cmp_actor(const void *x, const void *y)
{
	const ent_dyad_actor *a = *(const ent_dyad_actor *const *)x;
	const ent_dyad_actor *b = *(const ent_dyad_actor *const *)y;
	if (a->weight != b->weight)
		return a->weight < b->weight ? 1 : -1;
	if (a->evidence != b->evidence)
		return a->evidence < b->evidence ? 1 : -1;
	return strcmp(a->code, b->code);
}

static int cmp_evidence(const void *x, const void *y)
{
	const ent_dyad_evidence *a = x, *b = y;
	double fa = fabs(a->value), fb = fabs(b->value);
	if (fa != fb)
		return fa < fb ? 1 : -1;
	int c = strcmp(a->date, b->date);
	return c ? c : strcmp(a->doc, b->doc);
}

static char *month_date(ent_dyads *d, int32_t month, int last_day)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = month / 12, m = month % 12;
	int day = 1;
	if (last_day) {
		day = days[m];
		if (m == 1 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
			day = 29;
	}
	char buf[48];
	snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m + 1, day);
	return ent_arena_strdup(d->arena, buf);
}

int ent_dyads_finish(ent_dyads *d)
{
	if (d->finished)
		return 0;
	d->finished = 1;

	/* Windows: calendar-aligned blocks of window_months from the earliest
	 * dated evidence to the latest. */
	int32_t lo = INT32_MAX, hi = INT32_MIN;
	for (size_t i = 0; i < d->values.len; i++) {
		int32_t m = d->values.items[i].month;
		if (m == INT32_MIN)
			continue;
		if (m < lo) lo = m;
		if (m > hi) hi = m;
	}
	int w = d->opts.window_months;
	if (w > 0 && lo != INT32_MAX) {
		d->base_month = lo - (lo % 12) % w; /* align to the year's grid */
		d->nwindows = (size_t)((hi - d->base_month) / w + 1);
	} else {
		d->nwindows = 1;
		w = 0;
	}
	d->window_start = ent_arena_calloc(d->arena, d->nwindows, sizeof(char *));
	d->window_end = ent_arena_calloc(d->arena, d->nwindows, sizeof(char *));
	size_t cells = d->nwindows * (d->dyads.len ? d->dyads.len : 1);
	d->window_net = ent_arena_calloc(d->arena, cells, sizeof(double));
	d->window_coop = ent_arena_calloc(d->arena, cells, sizeof(double));
	d->window_conflict = ent_arena_calloc(d->arena, cells, sizeof(double));
	d->window_counted = ent_arena_calloc(d->arena, cells, sizeof(uint64_t));
	ENT_RETURN_IF_OOM(d->window_start);
	ENT_RETURN_IF_OOM(d->window_end);
	ENT_RETURN_IF_OOM(d->window_net);
	ENT_RETURN_IF_OOM(d->window_coop);
	ENT_RETURN_IF_OOM(d->window_conflict);
	ENT_RETURN_IF_OOM(d->window_counted);
	for (size_t i = 0; i < d->nwindows; i++) {
		if (w) {
			d->window_start[i] = month_date(d, d->base_month + (int32_t)i * w, 0);
			d->window_end[i] = month_date(d, d->base_month + (int32_t)(i + 1) * w - 1, 1);
		} else {
			d->window_start[i] = d->window_end[i] = "";
		}
	}
	for (size_t i = 0; i < d->values.len; i++) {
		const counted *c = &d->values.items[i];
		size_t win = 0;
		if (w) {
			if (c->month == INT32_MIN)
				continue; /* undated evidence counts overall, in no window */
			win = (size_t)((c->month - d->base_month) / w);
		}
		size_t cell = (size_t)c->dyad * d->nwindows + win;
		d->window_net[cell] += c->value;
		if (c->value > 0)
			d->window_coop[cell] += c->value;
		else
			d->window_conflict[cell] += -c->value;
		d->window_counted[cell]++;
	}

	for (size_t i = 0; i < d->dyads.len; i++) {
		dyad_rec *r = &d->dyads.items[i];
		ent_dyad *p = &r->pub;
		p->net = p->cooperation - p->conflict;
		p->sign = fabs(p->net) < d->opts.min_strength ? 0 : (p->net > 0 ? 1 : -1);
		p->window_net = &d->window_net[i * d->nwindows];
		p->window_cooperation = &d->window_coop[i * d->nwindows];
		p->window_conflict = &d->window_conflict[i * d->nwindows];
		p->window_counted = &d->window_counted[i * d->nwindows];
		/* Trend: the latest window with evidence against the mean of the
		 * earlier ones. */
		size_t with = 0, last = 0;
		double sum = 0;
		for (size_t k = 0; k < d->nwindows; k++)
			if (p->window_net[k] != 0.0) {
				with++;
				last = k;
			}
		if (with >= 2) {
			for (size_t k = 0; k < last; k++)
				if (p->window_net[k] != 0.0)
					sum += p->window_net[k];
			p->trend = p->window_net[last] - sum / (double)(with - 1);
		}
		if (r->kept.len > 1)
			qsort(r->kept.items, r->kept.len, sizeof *r->kept.items, cmp_evidence);
		p->evidence = r->kept.items;
		p->nevidence = r->kept.len;
		if (p->sign) {
			size_t ia, ib;
			ENT_FORWARD_IF_ERROR(actor_index(d, p->a, &ia));
			ENT_FORWARD_IF_ERROR(actor_index(d, p->b, &ib));
			d->actors.items[ia].pub.degree++;
			d->actors.items[ib].pub.degree++;
			d->actors.items[ia].pub.weight += fabs(p->net);
			d->actors.items[ib].pub.weight += fabs(p->net);
		}
	}
	ENT_FORWARD_IF_ERROR(ENT_VEC_RESERVE(&d->order, d->dyads.len));
	for (size_t i = 0; i < d->dyads.len; i++)
		d->order.items[d->order.len++] = &d->dyads.items[i].pub;
	ENT_FORWARD_IF_ERROR(ENT_VEC_RESERVE(&d->actor_order, d->actors.len));
	for (size_t i = 0; i < d->actors.len; i++)
		d->actor_order.items[d->actor_order.len++] = &d->actors.items[i].pub;
	if (d->order.len > 1)
		qsort(d->order.items, d->order.len, sizeof *d->order.items, cmp_dyad);
	if (d->actor_order.len > 1)
		qsort(d->actor_order.items, d->actor_order.len, sizeof *d->actor_order.items, cmp_actor);
	return 0;
}

size_t ent_dyads_count(const ent_dyads *d) { return d->order.len; }

const ent_dyad *ent_dyads_get(const ent_dyads *d, size_t i)
{
	return i < d->order.len ? d->order.items[i] : NULL;
}

size_t ent_dyads_actor_count(const ent_dyads *d) { return d->actor_order.len; }

const ent_dyad_actor *ent_dyads_actor(const ent_dyads *d, size_t i)
{
	return i < d->actor_order.len ? d->actor_order.items[i] : NULL;
}

size_t ent_dyads_window_count(const ent_dyads *d) { return d->nwindows; }

int ent_dyads_window(const ent_dyads *d, size_t i, const char **start, const char **end)
{
	ENT_RETURN_ERROR_IF(i >= d->nwindows, ENT_EINVAL, "window %zu of %zu", i, d->nwindows);
	*start = d->window_start[i];
	*end = d->window_end[i];
	return 0;
}

int ent_dyads_ties(const ent_dyads *d, size_t window, ent_dyad_tie_fn fn, void *payload)
{
	ENT_RETURN_ERROR_IF(!d->finished, ENT_EINVAL, "dyads not finished");
	ENT_RETURN_ERROR_IF(window != (size_t)-1 && window >= d->nwindows, ENT_EINVAL,
			    "window %zu of %zu", window, d->nwindows);
	for (size_t i = 0; i < d->order.len; i++) {
		const ent_dyad *p = d->order.items[i];
		double v = window == (size_t)-1 ? p->net : p->window_net[window];
		if (fabs(v) < d->opts.min_strength)
			continue;
		int rc = fn(p->a, p->b, v, payload);
		if (rc)
			return rc;
	}
	return 0;
}

void ent_dyads_free(ent_dyads *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->dyads.len; i++)
		ENT_VEC_FREE(&d->dyads.items[i].kept);
	ENT_VEC_FREE(&d->dyads);
	ENT_VEC_FREE(&d->actors);
	ENT_VEC_FREE(&d->values);
	ENT_VEC_FREE(&d->order);
	ENT_VEC_FREE(&d->actor_order);
	ent_map_free(d->by_pair);
	ent_map_free(d->by_actor);
	ent_map_free(d->seen);
	ent_arena_free(d->arena);
	ent__free(d);
}
