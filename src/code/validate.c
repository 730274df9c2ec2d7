/* Running other coders' validation suites from the raw sentence text:
 * TABARI's Validate.text, PETRARCH's unit-test XML (and UniversalPetrarch's
 * variant), the PETR2 GSR real-news records, and NGEC's actor-resolution
 * cases. Parsing of each suite format lives here; scoring is shared. */
#include <stdio.h>  /* FILE, snprintf */
#include <stdlib.h> /* qsort, getenv */
#include <string.h> /* strstr, memcmp */

#include "code/coder.h"
#include "entente/parse.h" /* ent_parse_model_load */
#include "util/alloc.h" /* ent__malloc */
#include "util/buf.h"   /* ent_buf */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

typedef struct {
	char src[32], tgt[32], code[8];
	int forbidden; /* TABARI -{...}: must not be coded */
} coding;

typedef ENT_VEC(coding) coding_vec;

typedef struct {
	ent_suite suite;
	ent_coder *coder;
	coding_vec got;
	ent_validate_fn fn;
	void *payload;
	ent_validate_summary *sum;
	ent_buf exp_s, got_s;
} run_state;

static int read_file(const char *path, ent_buf *out)
{
	FILE *f = fopen(path, "rb");
	ENT_RETURN_ERROR_IF(!f, ENT_ENOTFOUND, "cannot open suite '%s'", path);
	char chunk[65536];
	size_t n;
	int rc = 0;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if ((rc = ent_buf_put(out, chunk, n)) < 0)
			break;
	if (rc == 0 && ferror(f))
		rc = ent_error_set(ENT_EIO, "cannot read suite '%s'", path);
	fclose(f);
	if (rc == 0 && !out->ptr)
		rc = ent_buf_puts(out, "");
	return rc;
}

static int on_event(const ent_event *ev, void *payload)
{
	run_state *st = payload;
	if (ev->kind != ENT_KIND_EVENT || ev->negated)
		return 0;
	coding c = { { 0 }, { 0 }, { 0 }, 0 };
	snprintf(c.src, sizeof c.src, "%s", ev->source);
	snprintf(c.tgt, sizeof c.tgt, "%s", ev->target);
	snprintf(c.code, sizeof c.code, "%s", ev->code);
	for (size_t i = 0; i < st->got.len; i++)
		if (!strcmp(st->got.items[i].src, c.src) && !strcmp(st->got.items[i].tgt, c.tgt) &&
		    !strcmp(st->got.items[i].code, c.code))
			return 0;
	return ENT_VEC_PUSH(&st->got, c);
}

static int same(const coding *a, const coding *b, int root_only)
{
	if (root_only)
		return !strcmp(a->src, b->src) && !strcmp(a->tgt, b->tgt) && !strncmp(a->code, b->code, 2);
	return !strcmp(a->src, b->src) && !strcmp(a->tgt, b->tgt) && !strcmp(a->code, b->code);
}

static int list_codings(ent_buf *b, const coding *c, size_t n, int want_forbidden)
{
	ent_buf_clear(b);
	int first = 1;
	for (size_t i = 0; i < n; i++) {
		if (c[i].forbidden != want_forbidden && want_forbidden >= 0)
			continue;
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s%s%s/%s/%s", first ? "" : "; ", c[i].forbidden ? "-" : "", c[i].src,
						    c[i].tgt, c[i].code));
		first = 0;
	}
	if (first)
		ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "(none)"));
	return 0;
}

/* Code one record and score it against `exp`. `none` means the record
 * expects no event at all. */
static int score(run_state *st, const char *id, const char *date, const char *text, size_t len, const coding *exp,
		 size_t nexp, int none, int by_sentence)
{
	st->got.len = 0;
	int rc;
	if (by_sentence) {
		/* 2: the next sentence of the same story, which continues it */
		if (by_sentence != 2)
			ENT_FORWARD_IF_ERROR(ent_coder_begin_doc(st->coder, id, date));
		rc = ent_coder_code_sentence(st->coder, text, len, on_event, st);
	} else {
		rc = ent_coder_code_doc(st->coder, id, date, text, len, on_event, st);
	}
	ENT_FORWARD_IF_ERROR(rc);
	int root_only = st->suite == ENT_SUITE_GSR;
	size_t want = 0, matched = 0, bad = 0;
	for (size_t i = 0; i < nexp; i++) {
		int found = 0;
		for (size_t k = 0; k < st->got.len && !found; k++)
			found = same(&exp[i], &st->got.items[k], root_only);
		if (exp[i].forbidden) {
			bad += found;
		} else {
			want++;
			matched += found;
		}
	}
	/* coded events matching an expected one, for precision */
	size_t correct = 0;
	for (size_t k = 0; k < st->got.len; k++) {
		for (size_t i = 0; i < nexp; i++)
			if (!exp[i].forbidden && same(&exp[i], &st->got.items[k], root_only)) {
				correct++;
				break;
			}
	}
	int passed = none ? st->got.len == 0 : (matched == want && bad == 0);
	st->sum->expected += want;
	st->sum->matched += matched;
	st->sum->coded += st->got.len;
	st->sum->precision += (double)correct; /* summed; divided at the end */
	if (passed)
		st->sum->passed++;
	else
		st->sum->failed++;
	if (st->fn) {
		ENT_FORWARD_IF_ERROR(list_codings(&st->exp_s, exp, nexp, -1));
		if (none)
			ENT_FORWARD_IF_ERROR(ent_buf_puts(&st->exp_s, none == 2 ? " (too complex: nothing)" : " (no event)"));
		ENT_FORWARD_IF_ERROR(list_codings(&st->got_s, st->got.items, st->got.len, 0));
		ent_validate_record r = { id, text, passed, 0, st->exp_s.ptr, st->got_s.ptr, want, matched, st->got.len };
		int x = st->fn(&r, st->payload);
		if (x)
			return x;
	}
	return 0;
}

/* --- TABARI Validate.text --- */

static int parse_tabari_coding(const char *s, size_t n, coding *c)
{
	/* "ARN / GON / 064" possibly followed by a date */
	char buf[128];
	if (n >= sizeof buf)
		return -1;
	memcpy(buf, s, n);
	buf[n] = 0;
	char a[32], b[32], d[8];
	if (sscanf(buf, " %31[^/ ] / %31[^/ ] / %7[^ }]", a, b, d) != 3)
		return -1;
	snprintf(c->src, sizeof c->src, "%s", a);
	snprintf(c->tgt, sizeof c->tgt, "%s", b);
	snprintf(c->code, sizeof c->code, "%s", d);
	return 0;
}

static int apply_option(ent_lexicon *lx, const char *s, size_t n)
{
	/* "SET: TIME SHIFT = FALSE", "COMPLEX: ...", "DEFAULT: OFF" */
	char buf[256];
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, s, n);
	buf[n] = 0;
	char *colon = strchr(buf, ':');
	if (!colon)
		return 0;
	*colon = 0;
	char *k = buf, *v = colon + 1;
	while (*k == ' ')
		k++;
	while (*v == ' ')
		v++;
	char key[160];
	if (!strcmp(k, "SET")) {
		char *eq = strchr(v, '=');
		char *val = eq ? eq + 1 : "TRUE";
		if (eq) {
			*eq = 0;
			while (*val == ' ')
				val++;
		}
		size_t vl = strlen(v);
		while (vl && v[vl - 1] == ' ')
			v[--vl] = 0;
		snprintf(key, sizeof key, "SET: %s", v);
		return ent_lexicon_set_option(lx, key, val);
	}
	return ent_lexicon_set_option(lx, k, v);
}

static int run_tabari(run_state *st, ent_lexicon *lx, const char *data, size_t len)
{
	size_t pos = 0;
	coding_vec exp = { 0 };
	ent_buf text = ENT_BUF_INIT;
	int rc = 0;
	char story[96] = "", prev_date[8] = "";
	while (pos < len && rc == 0) {
		/* a record header: 6 digits, spaces, an id */
		const char *l = data + pos;
		const char *nl = memchr(l, '\n', len - pos);
		size_t ln = nl ? (size_t)(nl - l) : len - pos;
		size_t next = pos + ln + (nl ? 1 : 0);
		int hdr = ln > 8;
		for (int i = 0; i < 6 && hdr; i++)
			hdr = l[i] >= '0' && l[i] <= '9';
		if (!hdr || (l[6] != ' ' && l[6] != '\t')) {
			pos = next;
			continue;
		}
		char date[8], id[96];
		memcpy(date, l, 6);
		date[6] = 0;
		size_t ib = 6;
		while (ib < ln && (l[ib] == ' ' || l[ib] == '\t'))
			ib++;
		size_t ie = ib;
		while (ie < ln && l[ie] != ' ' && l[ie] != '\t' && l[ie] != '\r')
			ie++;
		snprintf(id, sizeof id, "%.*s", (int)(ie - ib), l + ib);
		/* text up to the comment, then the comment */
		size_t p = next;
		size_t end_rec = p;
		const char *cstart = NULL, *cend = NULL;
		while (end_rec < len) {
			const char *q = data + end_rec;
			const char *qn = memchr(q, '\n', len - end_rec);
			size_t qlen = qn ? (size_t)(qn - q) : len - end_rec;
			/* the next header or a blank line after the comment ends the record */
			int h = qlen > 8;
			for (int i = 0; i < 6 && h; i++)
				h = q[i] >= '0' && q[i] <= '9';
			if (h && (q[6] == ' ' || q[6] == '\t') && !cstart)
				break;
			if (!cstart) {
				const char *o = NULL;
				for (size_t i = 0; i + 1 < qlen; i++)
					if (q[i] == '/' && q[i + 1] == '*') {
						o = q + i;
						break;
					}
				if (o)
					cstart = o;
			}
			if (cstart && !cend) {
				const char *from = cstart > q ? cstart : q;
				for (const char *x = from; x + 1 < q + qlen; x++)
					if (x[0] == '*' && x[1] == '/' && x > cstart + 1) {
						cend = x;
						break;
					}
			}
			end_rec += qlen + (qn ? 1 : 0);
			if (cend)
				break;
			if (h && cstart)
				break;
		}
		ent_buf_clear(&text);
		const char *tend = cstart ? cstart : data + end_rec;
		for (const char *x = data + p; x < tend; x++)
			if ((rc = ent_buf_putc(&text, (*x == '\n' || *x == '\r' || *x == '\t') ? ' ' : *x)) < 0)
				break;
		pos = end_rec;
		if (rc)
			break;
		exp.len = 0;
		int none = 0, has_option = 0, has_expect = 0;
		if (cstart && cend) {
			const char *x = cstart;
			while (x < cend) {
				const char *o = memchr(x, '{', (size_t)(cend - x));
				if (!o)
					break;
				const char *cb = memchr(o, '}', (size_t)(cend - o));
				/* an OPTION record whose brace the suite leaves open
				 * ("{ OPTION: SET: MINIMUM WORDS = 4" then the comment's end) */
				if (!cb && cend - o > 8 && !memcmp(o + 1 + strspn(o + 1, " "), "OPTION:", 7))
					cb = cend;
				if (!cb)
					break;
				int forbid = o > cstart && o[-1] == '-';
				const char *in = o + 1;
				size_t inn = (size_t)(cb - o - 1);
				while (inn && *in == ' ') {
					in++;
					inn--;
				}
				if (inn >= 7 && !memcmp(in, "OPTION:", 7)) {
					has_option = 1;
					if ((rc = apply_option(lx, in + 7, inn - 7)) < 0)
						break;
				} else if (inn >= 3 && (!memcmp(in, "---", 3) || !memcmp(in, "+++", 3) || !memcmp(in, "###", 3))) {
					if (!forbid)
						none = in[0] == '+' ? 2 : 1;
					has_expect = 1;
				} else {
					coding c = { { 0 }, { 0 }, { 0 }, forbid };
					if (parse_tabari_coding(in, inn, &c) == 0) {
						if ((rc = ENT_VEC_PUSH(&exp, c)) < 0)
							break;
						has_expect = 1;
					}
				}
				x = cb + 1;
			}
		}
		if (rc)
			break;
		if (text.ptr && !strncmp(text.ptr, "This is the end of the standard validation records", 51))
			break;
		if (!has_expect || (has_option && !exp.len && !none)) {
			st->sum->skipped++;
			if (st->fn) {
				ent_validate_record r = { id, text.ptr ? text.ptr : "", 1, 1, "", "", 0, 0, 0 };
				if ((rc = st->fn(&r, st->payload)) != 0)
					break;
			}
			continue;
		}
		if (exp.len && none == 0) {
			int all_forbidden = 1;
			for (size_t i = 0; i < exp.len; i++)
				all_forbidden &= exp.items[i].forbidden;
			(void)all_forbidden;
		}
		/* TABARI's FORWARD option: records "STORY-NNN" of one story and
		 * date are its sentences, so a pronoun may take the previous
		 * sentence's actor */
		int cont = 0;
		const char *dash = strrchr(id, '-');
		size_t sl = dash ? (size_t)(dash - id) : 0;
		if (ent_lexicon_option(lx, "FORWARD") && sl && sl < sizeof story && strlen(dash + 1) == 3 &&
		    strspn(dash + 1, "0123456789") == 3) {
			cont = !strcmp(prev_date, date) && strlen(story) == sl && !memcmp(story, id, sl);
			memcpy(story, id, sl);
			story[sl] = 0;
		} else {
			story[0] = 0;
		}
		snprintf(prev_date, sizeof prev_date, "%s", date);
		rc = score(st, id, date, text.ptr ? text.ptr : "", text.size, exp.items, exp.len, none, cont ? 2 : 1);
	}
	ENT_VEC_FREE(&exp);
	ent_buf_dispose(&text);
	return rc;
}

/* --- PETRARCH and GSR XML --- */

static int attr(const char *tag, size_t n, const char *name, char *out, size_t cap)
{
	out[0] = 0;
	size_t k = strlen(name);
	for (size_t i = 0; i + k + 2 < n; i++) {
		if (memcmp(tag + i, name, k) == 0 && tag[i + k] == '=' && tag[i + k + 1] == '"' &&
		    (i == 0 || tag[i - 1] == ' ' || tag[i - 1] == '\t' || tag[i - 1] == '\n')) {
			const char *v = tag + i + k + 2;
			const char *e = memchr(v, '"', n - (size_t)(v - tag));
			if (!e)
				return 0;
			snprintf(out, cap, "%.*s", (int)(e - v), v);
			return 1;
		}
	}
	return 0;
}

static int unescape_xml(ent_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == '&') {
			static const struct { const char *e; char c; } ents[] = { { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
				{ "&quot;", '"' }, { "&apos;", '\'' } };
			int done = 0;
			for (size_t k = 0; k < 5 && !done; k++) {
				size_t el = strlen(ents[k].e);
				if (i + el <= n && !memcmp(s + i, ents[k].e, el)) {
					ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ents[k].c));
					i += el - 1;
					done = 1;
				}
			}
			if (done)
				continue;
		}
		ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : ch));
	}
	return 0;
}

static int run_xml(run_state *st, ent_lexicon *lx, const char *data, size_t len)
{
	size_t pos = 0;
	coding_vec exp = { 0 };
	ent_buf text = ENT_BUF_INIT;
	char id[128] = "", date[16] = "";
	int have = 0, none = 0, rc = 0;
	for (;;) {
		const char *t = NULL;
		/* the next tag of interest, skipping comments */
		while (pos < len) {
			const char *lt = memchr(data + pos, '<', len - pos);
			if (!lt) {
				pos = len;
				break;
			}
			if ((size_t)(data + len - lt) >= 4 && !memcmp(lt, "<!--", 4)) {
				const char *e = strstr(lt + 4, "-->");
				pos = e ? (size_t)(e - data) + 3 : len;
				continue;
			}
			t = lt;
			break;
		}
		int is_sentence = t && !strncmp(t, "<Sentence ", 10);
		/* a record is scored when the next begins, or before a <Config>
		 * that follows it changes the settings */
		if ((!t || is_sentence || !strncmp(t, "</Sentences", 11) || !strncmp(t, "<Config", 7)) && have) {
			rc = score(st, id, date, text.ptr ? text.ptr : "", text.size, exp.items, exp.len, none && !exp.len, 0);
			if (rc)
				break;
			have = 0;
		}
		if (!t)
			break;
		const char *gt = memchr(t, '>', len - (size_t)(t - data));
		if (!gt)
			break;
		size_t tn = (size_t)(gt - t);
		pos = (size_t)(gt - data) + 1;
		if (is_sentence) {
			have = 1;
			none = 0;
			exp.len = 0;
			ent_buf_clear(&text);
			attr(t, tn, "id", id, sizeof id);
			attr(t, tn, "date", date, sizeof date);
		} else if (!strncmp(t, "<Config", 7)) {
			/* PETRARCH settings between records: require_dyad=false codes
			 * an event whose target is missing with target "---" */
			char opt[64], val[32];
			if (attr(t, tn, "option", opt, sizeof opt) && attr(t, tn, "value", val, sizeof val) &&
			    !strcmp(opt, "require_dyad") && (rc = ent_lexicon_set_option(lx, "REQUIRE_DYAD", val)) < 0)
				break;
		} else if (!strncmp(t, "<EventCoding", 12) && have) {
			char v[32];
			if (attr(t, tn, "noevents", v, sizeof v) && (v[0] == 'T' || v[0] == 't')) {
				none = 1;
				continue;
			}
			if (attr(t, tn, "error", v, sizeof v)) {
				none = 1;
				continue;
			}
			coding c = { { 0 }, { 0 }, { 0 }, 0 };
			char src[64], tgt[64];
			attr(t, tn, "sourcecode", src, sizeof src);
			attr(t, tn, "targetcode", tgt, sizeof tgt);
			attr(t, tn, "eventcode", c.code, sizeof c.code);
			/* "FRO/BIL/SAM": one name for several actors, each coded alone */
			for (const char *a = src; c.code[0] && rc == 0;) {
				size_t an = strcspn(a, "/");
				for (const char *b = tgt; rc == 0;) {
					size_t bn = strcspn(b, "/");
					snprintf(c.src, sizeof c.src, "%.*s", (int)an, a);
					snprintf(c.tgt, sizeof c.tgt, "%.*s", (int)bn, b);
					rc = ENT_VEC_PUSH(&exp, c);
					if (!b[bn])
						break;
					b += bn + 1;
				}
				if (!a[an])
					break;
				a += an + 1;
			}
			if (rc < 0)
				break;
		} else if (!strncmp(t, "<Text>", 6) && have) {
			const char *e = strstr(gt + 1, "</Text>");
			if (!e)
				break;
			ent_buf_clear(&text);
			if ((rc = unescape_xml(&text, gt + 1, (size_t)(e - gt - 1))) < 0)
				break;
			pos = (size_t)(e - data) + 7;
		}
	}
	ENT_VEC_FREE(&exp);
	ent_buf_dispose(&text);
	return rc;
}

static void dir_of(const char *path, char *buf, size_t cap);

/* --- NGEC actor resolution: "text" -> country code --- */

typedef struct {
	char first[32];
	int found;
} first_mention;

static int take_first(const ent_mention *m, void *payload)
{
	first_mention *f = payload;
	if (!f->found && m->code && *m->code && strncmp(m->code, "---", 3)) {
		snprintf(f->first, sizeof f->first, "%s", m->code);
		f->found = 1;
	}
	return 0;
}

static int run_ngec(run_state *st, const char *data, size_t len)
{
	size_t pos = 0;
	const char *l;
	size_t n;
	int rc = 0, header = 1;
	ent_buf txt = ENT_BUF_INIT;
	while (rc == 0 && ent_lexicon__next_line(data, len, &pos, &l, &n)) {
		if (header) {
			header = 0;
			continue;
		}
		/* test<TAB>method<TAB>args<TAB>expected; only cases expecting a
		 * country code (cc == "XXX") test actor resolution from text */
		const char *f[4];
		size_t fl[4], nf = 0;
		const char *p = l, *end = l + n;
		while (nf < 4) {
			const char *tb = memchr(p, '\t', (size_t)(end - p));
			f[nf] = p;
			fl[nf] = (size_t)((tb ? tb : end) - p);
			nf++;
			if (!tb)
				break;
			p = tb + 1;
		}
		if (nf < 4)
			continue;
		char expect[16] = "";
		const char *cc = NULL;
		for (size_t i = 0; i + 8 < fl[3]; i++)
			if (!memcmp(f[3] + i, "cc == \"\"", 8)) {
				cc = f[3] + i + 8;
				break;
			}
		if (!cc) {
			for (size_t i = 0; i + 22 < fl[3]; i++)
				if (!memcmp(f[3] + i, "code[country] == \"\"", 19)) {
					cc = f[3] + i + 19;
					break;
				}
		}
		if (!cc)
			continue;
		size_t k = 0;
		while (cc + k < f[3] + fl[3] && cc[k] != '"' && k < sizeof expect - 1) {
			expect[k] = cc[k];
			k++;
		}
		expect[k] = 0;
		/* the argument text: strip the CSV quoting */
		ent_buf_clear(&txt);
		for (size_t i = 0; i < fl[2]; i++)
			if (f[2][i] != '"')
				if ((rc = ent_buf_putc(&txt, f[2][i])) < 0)
					break;
		if (rc)
			break;
		char id[96];
		snprintf(id, sizeof id, "%.*s", (int)fl[0], f[0]);
		first_mention fm = { "", 0 };
		rc = ent_coder_mentions(st->coder, id, NULL, txt.ptr ? txt.ptr : "", txt.size, take_first, &fm);
		if (rc)
			break;
		/* NGEC's country field for international bodies is UNO (the UN
		 * system), EUR (the EU) or IGO (any other); entente writes IGO +
		 * tag (IGOUNO, IGOEUR, IGOIMF, ...) */
		char got3[4] = "";
		const char *g = fm.first;
		if (!strncmp(g, "IGO", 3) && strlen(g) >= 6)
			g = !strncmp(g + 3, "UNO", 3) || !strncmp(g + 3, "EUR", 3) ? g + 3 : "IGO";
		memcpy(got3, g, 3);
		got3[3] = 0;
		/* an NGO code names no country: NGEC's field is then empty */
		int country = fm.found && strncmp(fm.first, "NGO", 3) != 0;
		int passed = expect[0] ? !strcmp(got3, expect) : !country;
		st->sum->expected++;
		st->sum->coded += fm.found;
		st->sum->matched += passed;
		st->sum->precision += (double)(passed && fm.found); /* correct codes, divided at the end */
		if (passed)
			st->sum->passed++;
		else
			st->sum->failed++;
		if (st->fn) {
			ent_validate_record r = { id, txt.ptr ? txt.ptr : "", passed, 0, expect[0] ? expect : "(none)",
						  fm.found ? fm.first : "(none)", 1, (size_t)passed, (size_t)fm.found };
			if ((rc = st->fn(&r, st->payload)) != 0)
				break;
		}
	}
	ent_buf_dispose(&txt);
	return rc;
}

int ent_validate_run(ent_suite suite, const char *path, ent_lexicon *lx, ent_validate_fn fn, void *payload,
		     ent_validate_summary *out)
{
	ENT_RETURN_ERROR_IF(!path || !lx || !out, ENT_EINVAL, "ent_validate_run: NULL argument");
	ENT_RETURN_ERROR_IF(suite < ENT_SUITE_TABARI || suite > ENT_SUITE_PLOVER, ENT_EINVAL, "unknown suite %d", (int)suite);
	memset(out, 0, sizeof *out);
	/* PETRARCH's coding ontology beside a PETRARCH or GSR suite composes
	 * negated and chained verbs as PETRARCH 2 does */
	if ((suite == ENT_SUITE_PETRARCH || suite == ENT_SUITE_GSR) && !lx->finished && !lx->pico.len) {
		char onto[4200];
		dir_of(path, onto, sizeof onto - 64);
		strcat(onto, "/PETR.Internal.Coding.Ontology.txt");
		FILE *f = fopen(onto, "rb");
		if (f) {
			fclose(f);
			ENT_FORWARD_IF_ERROR(ent_lexicon_load_file(lx, onto, ENT_DICT_PETRARCH_ONTOLOGY));
		}
	}
	ENT_FORWARD_IF_ERROR(ent_lexicon_finish(lx));
	ent_buf data = ENT_BUF_INIT;
	ENT_FORWARD_IF_ERROR(read_file(path, &data));
	run_state st;
	memset(&st, 0, sizeof st);
	st.suite = suite;
	st.fn = fn;
	st.payload = payload;
	st.sum = out;
	ent_coder_options co = ENT_CODER_OPTIONS_INIT;
	co.relations = 0;
	ent_parse_model *model = NULL;
	int rc = getenv("ENT_NO_TREE") ? 0 : ent_parse_model_load(&model, NULL);
	co.parse_model = model;
	if (rc == 0)
		rc = ent_coder_new(&st.coder, lx, &co);
	if (rc == 0) {
		switch (suite) {
		case ENT_SUITE_TABARI: rc = run_tabari(&st, lx, data.ptr, data.size); break;
		case ENT_SUITE_NGEC: rc = run_ngec(&st, data.ptr, data.size); break;
		case ENT_SUITE_PLOVER: rc = ent_code__run_plover(st.coder, path, data.ptr, data.size, fn, payload, out); break;
		default: rc = run_xml(&st, lx, data.ptr, data.size); break;
		}
	}
	if (rc == 0)
		rc = ent_code__validate_check_scored(suite, path, data.ptr, data.size, out);
	double correct = out->precision;
	out->precision = out->coded ? correct / (double)out->coded : 0;
	out->recall = out->expected ? (double)out->matched / (double)out->expected : 0;
	ent_coder_free(st.coder);
	ent_parse_model_free(model);
	ENT_VEC_FREE(&st.got);
	ent_buf_dispose(&st.exp_s);
	ent_buf_dispose(&st.got_s);
	ent_buf_dispose(&data);
	return rc;
}

/* The directory part of a path ("." when none), into buf. */
static void dir_of(const char *path, char *buf, size_t cap)
{
	const char *s = strrchr(path, '/');
	if (!s)
		snprintf(buf, cap, ".");
	else
		snprintf(buf, cap, "%.*s", (int)(s - path), path);
}

static int load_named(ent_lexicon *lx, const char *dir, const char *name, size_t n, ent_dict_format fmt)
{
	char p[4096];
	snprintf(p, sizeof p, "%s/%.*s", dir, (int)n, name);
	FILE *f = fopen(p, "rb");
	if (!f && n > 4 && !memcmp(name + n - 4, ".txt", 4)) {
		/* UniversalPetrarch names the 2.0 verbs "... .2.0.txt" */
		snprintf(p, sizeof p, "%s/%.*s.2.0.txt", dir, (int)(n - 4), name);
		f = fopen(p, "rb");
	}
	ENT_RETURN_ERROR_IF(!f, ENT_ENOTFOUND, "dictionary '%.*s' named by the suite not found in '%s'", (int)n, name, dir);
	fclose(f);
	return ent_lexicon_load_file(lx, p, fmt);
}

int ent_validate_load_dicts(ent_suite suite, const char *path, ent_lexicon *lx)
{
	ENT_RETURN_ERROR_IF(!path || !lx, ENT_EINVAL, "ent_validate_load_dicts: NULL argument");
	char dir[4096];
	dir_of(path, dir, sizeof dir);
	ent_buf data = ENT_BUF_INIT;
	/* The suite file first: the wrong file is better named as such than
	 * as a missing TABARI .project or a suite that names no dictionary. */
	int rc = suite == ENT_SUITE_TABARI || suite == ENT_SUITE_PETRARCH ? read_file(path, &data) : 0;
	int looks_right = suite == ENT_SUITE_TABARI ? ent_code__validate_tabari_header(data.ptr, data.size)
						    : data.ptr && strstr(data.ptr, "<Sentence ") != NULL;
	if (!rc && (suite == ENT_SUITE_TABARI || suite == ENT_SUITE_PETRARCH) && !looks_right) {
		ent_validate_summary none;
		memset(&none, 0, sizeof none);
		rc = ent_code__validate_check_scored(suite, path, data.ptr, data.size, &none);
	}
	data.size = 0;
	if (rc) {
		ent_buf_dispose(&data);
		return rc;
	}
	if (suite == ENT_SUITE_TABARI) {
		/* the .project file beside the text names the dictionaries */
		char proj[4200];
		const char *b = strrchr(path, '/');
		b = b ? b + 1 : path;
		const char *dot = strrchr(b, '.');
		snprintf(proj, sizeof proj, "%s/%.*s.project", dir, (int)(dot ? (size_t)(dot - b) : strlen(b)), b);
		rc = read_file(proj, &data);
		static const struct { const char *tag; ent_dict_format fmt; } tags[] = {
			{ "<actorsfile>", ENT_DICT_TABARI_ACTORS }, { "<verbsfile>", ENT_DICT_TABARI_VERBS },
			{ "<agentsfile>", ENT_DICT_TABARI_AGENTS }, { "<optionsfile>", ENT_DICT_TABARI_OPTIONS } };
		for (size_t k = 0; k < 4 && rc == 0; k++) {
			const char *t = strstr(data.ptr, tags[k].tag);
			if (!t)
				continue;
			t += strlen(tags[k].tag);
			while (*t == ' ' || *t == '\t')
				t++;
			size_t n = 0;
			while (t[n] && t[n] != '\n' && t[n] != '\r' && t[n] != ' ' && t[n] != '\t')
				n++;
			rc = load_named(lx, dir, t, n, tags[k].fmt);
		}
	} else if (suite == ENT_SUITE_PETRARCH) {
		rc = read_file(path, &data);
		static const struct { const char *tag; ent_dict_format fmt; } tags[] = {
			{ "<Verbfile>", ENT_DICT_PETRARCH_VERBS }, { "<Actorfile>", ENT_DICT_TABARI_ACTORS },
			{ "<Agentfile>", ENT_DICT_TABARI_AGENTS }, { "<Discardfile>", ENT_DICT_PETRARCH_DISCARDS } };
		for (size_t k = 0; k < 4 && rc == 0; k++) {
			const char *t = strstr(data.ptr, tags[k].tag);
			if (!t)
				continue;
			t += strlen(tags[k].tag);
			const char *e = strchr(t, '<');
			if (!e)
				continue;
			rc = load_named(lx, dir, t, (size_t)(e - t), tags[k].fmt);
		}
	} else {
		rc = ent_error_set(ENT_EINVAL, "suite '%s' names no dictionaries: give them with --dict", path);
	}
	ent_buf_dispose(&data);
	return rc;
}
