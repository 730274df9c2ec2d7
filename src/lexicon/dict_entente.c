/* Readers for entente's own dictionary format (data/README.md): actors,
 * agents, verbs, relations, the CAMEO table, and the iso-codes country
 * list used as the base of the actors. */
#include <jansson.h> /* json_loadb: the iso-codes list is JSON */
#include <stdio.h>   /* snprintf */
#include <stdlib.h>  /* strtod */
#include <string.h>  /* memchr, memcmp */

#include "lexicon/names.h" /* ent_lexicon__set_actor_name */
#include "lexicon/dict.h"
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

/* Next line without its '#' comment, trimmed; skips blank lines. */
static int next(ent_lexicon *lx, const char *data, size_t len, size_t *pos, uint32_t *lineno, const char **l,
		size_t *n)
{
	while (ent_lexicon__next_line(data, len, pos, l, n)) {
		(*lineno)++;
		lx->cur_line = *lineno;
		const char *h = memchr(*l, '#', *n);
		if (h)
			*n = (size_t)(h - *l);
		ent_lexicon__trim(l, n);
		if (*n)
			return 1;
	}
	return 0;
}

static int word_is(const char *l, size_t n, const char *kw, const char **rest, size_t *rn)
{
	size_t k = strlen(kw);
	if (n < k || memcmp(l, kw, k) != 0 || (n > k && l[k] != ' ' && l[k] != '\t'))
		return 0;
	*rest = l + k;
	*rn = n - k;
	ent_lexicon__trim(rest, rn);
	return 1;
}

static const lx_parse_opts ours_names = { LX_INFL, 0, 1, 0, 0, 1 };

/* Call fn for each ';'-separated item of s. */
typedef int (*item_fn)(ent_lexicon *lx, uint32_t line, const char *s, size_t n, void *ctx);

static int each_item(ent_lexicon *lx, uint32_t line, const char *s, size_t n, item_fn fn, void *ctx)
{
	const char *p = s, *end = s + n;
	while (p <= end) {
		const char *q = memchr(p, ';', (size_t)(end - p));
		if (!q)
			q = end;
		const char *w = p;
		size_t wn = (size_t)(q - p);
		ent_lexicon__trim(&w, &wn);
		if (wn)
			ENT_FORWARD_IF_ERROR(fn(lx, line, w, wn, ctx));
		p = q + 1;
	}
	return 0;
}

/* Parse one list item as a phrase of our format. Returns 1 with *ph set,
 * 0 when the item was reported as malformed and is skipped, or a negative
 * error (also a malformed item under --strict). `what` names the kind of
 * item in the message ("" or " cue"). */
static int parse_item_as(ent_lexicon *lx, uint32_t line, const char *s, size_t n, const lx_parse_opts *po,
			 const char *what, lx_phrase *ph)
{
	const char *err;
	int rc = ent_lexicon__parse_phrase(lx, s, n, po, ph, &err);
	if (rc == ENT_EFORMAT) {
		rc = ent_lexicon__diag(lx, 1, line, "%s in%s '%.*s'", err ? err : "syntax error", what, (int)n, s);
		return rc < 0 ? rc : 0;
	}
	ENT_FORWARD_IF_ERROR(rc);
	return 1;
}

static int parse_item(ent_lexicon *lx, uint32_t line, const char *s, size_t n, const char *what, lx_phrase *ph)
{
	return parse_item_as(lx, line, s, n, &ours_names, what, ph);
}

typedef struct {
	uint32_t actor;
	uint8_t how;
	const char *sector;
} name_ctx;

/* A letter of any script: ASCII letters and the bytes of UTF-8 sequences. */
static int is_letter_byte(char ch)
{
	unsigned char u = (unsigned char)ch;
	return ((u | 32) >= 'a' && (u | 32) <= 'z') || u >= 0x80;
}

/* "Guinea-Bissau" is also written "Guinea Bissau", "Timor-Leste" "Timor
 * Leste": a name with a hyphen between letters gets its spaced spelling
 * too, unless those words already name something. */
static int add_unhyphenated(ent_lexicon *lx, uint32_t line, const char *s, size_t n, const name_ctx *c)
{
	char buf[256];
	if (n >= sizeof buf)
		return 0;
	int changed = 0;
	for (size_t i = 0; i < n; i++) {
		int inner = s[i] == '-' && i > 0 && i + 1 < n && is_letter_byte(s[i - 1]) &&
			    is_letter_byte(s[i + 1]);
		buf[i] = inner ? ' ' : s[i];
		changed |= inner;
	}
	if (!changed)
		return 0;
	lx_phrase ph;
	int rc = parse_item(lx, line, buf, n, "", &ph);
	if (rc <= 0 || ent_lexicon__names_anything(lx, &ph))
		return rc;
	return ent_lexicon__add_actor_phrase(lx, &ph, c->actor, c->how, c->sector);
}

static int add_name_item(ent_lexicon *lx, uint32_t line, const char *s, size_t n, void *vctx)
{
	name_ctx *c = vctx;
	lx_phrase ph;
	int rc = parse_item(lx, line, s, n, "", &ph);
	if (rc <= 0)
		return rc;
	/* the name as the file writes it ("UNICEF"), for reports */
	if (c->how == LX_HOW_NAME || c->how == LX_HOW_PERSON)
		ENT_FORWARD_IF_ERROR(ent_lexicon__set_actor_name(lx, c->actor, s, n));
	ENT_FORWARD_IF_ERROR(ent_lexicon__add_actor_phrase(lx, &ph, c->actor, c->how, c->sector));
	return add_unhyphenated(lx, line, s, n, c);
}

static int add_neighbour(ent_lexicon *lx, uint32_t line, const char *s, size_t n, void *vctx)
{
	name_ctx *c = vctx;
	(void)line;
	char *code = ent_lexicon__strndup(lx, s, n);
	ENT_RETURN_IF_OOM(code);
	return ENT_VEC_PUSH(&lx->actors.items[c->actor].neighbours, (const char *)code);
}

static int parse_iso_date(const char *s, size_t n, int32_t *out)
{
	if (n == 1 && s[0] == '-') {
		*out = 0;
		return 0;
	}
	int y, m = 1, d = 1;
	char buf[16];
	if (n >= sizeof buf)
		return -1;
	memcpy(buf, s, n);
	buf[n] = 0;
	int k = sscanf(buf, "%4d-%2d-%2d", &y, &m, &d);
	if (k < 1 || y < 1000 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	*out = y * 10000 + m * 100 + d;
	return 0;
}

static uint8_t actor_kind(const char *s, size_t n)
{
	if (n == 7 && !memcmp(s, "country", 7))
		return LX_ACTOR_COUNTRY;
	if (n == 3 && !memcmp(s, "igo", 3))
		return LX_ACTOR_IGO;
	if (n == 3 && !memcmp(s, "ngo", 3))
		return LX_ACTOR_NGO;
	if (n == 5 && !memcmp(s, "group", 5))
		return LX_ACTOR_GROUP;
	return 0;
}

static int valid_code(const char *s, size_t n)
{
	if (n < 3 || n > 15)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

int ent_lexicon__read_entente_actors(ent_lexicon *lx, const char *data, size_t len)
{
	size_t pos = 0;
	uint32_t line = 0;
	const char *l, *r;
	size_t n, rn;
	long cur = -1;
	int rc = 0;
	while (rc == 0 && next(lx, data, len, &pos, &line, &l, &n)) {
		if (word_is(l, n, "actor", &r, &rn)) {
			const char *sp = r;
			while (sp < r + rn && *sp != ' ' && *sp != '\t')
				sp++;
			size_t cn = (size_t)(sp - r);
			const char *k = sp;
			size_t kn = rn - cn;
			ent_lexicon__trim(&k, &kn);
			uint8_t kind = actor_kind(k, kn);
			if (!valid_code(r, cn) || !kind) {
				rc = ent_lexicon__diag(lx, 1, line, "expected 'actor CODE KIND' (KIND: country igo ngo group), got '%.*s'",
						       (int)n, l);
				cur = -1;
				continue;
			}
			char *code = ent_lexicon__strndup(lx, r, cn);
			if (!code)
				return ent_error_oom();
			long ex = ent_lexicon__actor_by_code(lx, code);
			if (ex >= 0 && lx->actors.items[ex].file && lx->actors.items[ex].kind != LX_ACTOR_COUNTRY + 100 &&
			    strstr(lx->actors.items[ex].file, "3166") == NULL) {
				rc = ent_lexicon__diag(lx, 0, line, "actor %s defined again (first at %s:%u); entries merged", code,
						       lx->actors.items[ex].file, lx->actors.items[ex].line);
			}
			if (ex >= 0) {
				cur = ex;
				lx->actors.items[ex].kind = kind;
			} else {
				uint32_t a;
				rc = ent_lexicon__add_actor(lx, code, kind, line, &a);
				cur = (long)a;
			}
			continue;
		}
		if (word_is(l, n, "person", &r, &rn)) {
			uint32_t a;
			rc = ent_lexicon__add_actor(lx, "", LX_ACTOR_PERSON, line, &a);
			if (rc)
				break;
			cur = (long)a;
			name_ctx c = { a, LX_HOW_PERSON, NULL };
			rc = each_item(lx, line, r, rn, add_name_item, &c);
			continue;
		}
		if (cur < 0) {
			rc = ent_lexicon__diag(lx, 1, line, "'%.*s' outside an actor or person block", (int)(n > 60 ? 60 : n), l);
			continue;
		}
		lx_actor *a = &lx->actors.items[cur];
		if (word_is(l, n, "name", &r, &rn)) {
			name_ctx c = { (uint32_t)cur, a->kind == LX_ACTOR_PERSON ? LX_HOW_PERSON : LX_HOW_NAME, NULL };
			rc = each_item(lx, line, r, rn, add_name_item, &c);
		} else if (word_is(l, n, "adj", &r, &rn)) {
			name_ctx c = { (uint32_t)cur, LX_HOW_ADJ, NULL };
			rc = each_item(lx, line, r, rn, add_name_item, &c);
		} else if (word_is(l, n, "capital", &r, &rn)) {
			name_ctx c = { (uint32_t)cur, LX_HOW_CAPITAL, "GOV" };
			rc = each_item(lx, line, r, rn, add_name_item, &c);
		} else if (word_is(l, n, "desc", &r, &rn)) {
			name_ctx c = { (uint32_t)cur, LX_HOW_DESC, NULL };
			rc = each_item(lx, line, r, rn, add_name_item, &c);
		} else if (word_is(l, n, "neighbour", &r, &rn) || word_is(l, n, "neighbor", &r, &rn)) {
			name_ctx c = { (uint32_t)cur, 0, NULL };
			rc = each_item(lx, line, r, rn, add_neighbour, &c);
		} else if (word_is(l, n, "alias", &r, &rn)) {
			/* "alias Kremlin -> GOV; White House -> GOV" */
			const char *p = r, *end = r + rn;
			while (p < end && rc == 0) {
				const char *q = memchr(p, ';', (size_t)(end - p));
				if (!q)
					q = end;
				const char *arrow = NULL;
				for (const char *x = p; x + 1 < q; x++)
					if (x[0] == '-' && x[1] == '>') {
						arrow = x;
						break;
					}
				const char *nm = p, *sec = arrow ? arrow + 2 : NULL;
				size_t nn = (size_t)((arrow ? arrow : q) - p), sn = sec ? (size_t)(q - sec) : 0;
				ent_lexicon__trim(&nm, &nn);
				if (sec)
					ent_lexicon__trim(&sec, &sn);
				if (nn) {
					char *sector = sn ? ent_lexicon__strndup(lx, sec, sn) : NULL;
					name_ctx c = { (uint32_t)cur, LX_HOW_ALIAS, sector };
					rc = add_name_item(lx, line, nm, nn, &c);
				}
				p = q + 1;
			}
		} else if (word_is(l, n, "role", &r, &rn)) {
			/* role CODE FROM TO */
			char code[32], from[16], to[16];
			char buf[128];
			size_t bn = rn < sizeof buf - 1 ? rn : sizeof buf - 1;
			memcpy(buf, r, bn);
			buf[bn] = 0;
			int k = sscanf(buf, "%31s %15s %15s", code, from, to);
			lx_role role = { 0 };
			if (k < 1 || !valid_code(code, strlen(code))) {
				rc = ent_lexicon__diag(lx, 1, line, "expected 'role CODE FROM TO', got '%.*s'", (int)n, l);
				continue;
			}
			if ((k >= 2 && parse_iso_date(from, strlen(from), &role.from) < 0) ||
			    (k >= 3 && parse_iso_date(to, strlen(to), &role.to) < 0)) {
				rc = ent_lexicon__diag(lx, 1, line, "bad date in '%.*s' (expected YYYY-MM-DD or -)", (int)n, l);
				continue;
			}
			role.code = ent_lexicon__strndup(lx, code, strlen(code));
			if (!role.code)
				return ent_error_oom();
			rc = ENT_VEC_PUSH(&a->roles, role);
		} else {
			rc = ent_lexicon__diag(lx, 1, line, "unknown keyword in '%.*s'", (int)(n > 60 ? 60 : n), l);
		}
	}
	return rc;
}

typedef struct {
	const char *code;
} agent_ctx;

static int add_agent_item(ent_lexicon *lx, uint32_t line, const char *s, size_t n, void *vctx)
{
	agent_ctx *c = vctx;
	lx_phrase ph;
	int rc = parse_item(lx, line, s, n, "", &ph);
	if (rc <= 0)
		return rc;
	if (!ph.n)
		return 0;
	lx_agent_phrase ag = { ph, c->code, 0 };
	return ENT_VEC_PUSH(&lx->agents, ag);
}

int ent_lexicon__read_entente_agents(ent_lexicon *lx, const char *data, size_t len)
{
	size_t pos = 0;
	uint32_t line = 0;
	const char *l, *r;
	size_t n, rn;
	int rc = 0;
	while (rc == 0 && next(lx, data, len, &pos, &line, &l, &n)) {
		const char *colon = memchr(l, ':', n);
		if (!word_is(l, n, "agent", &r, &rn) || !colon) {
			rc = ent_lexicon__diag(lx, 1, line, "expected 'agent SECTOR: word; ...', got '%.*s'", (int)(n > 60 ? 60 : n), l);
			continue;
		}
		const char *sec = r;
		size_t sn = (size_t)(colon - r);
		ent_lexicon__trim(&sec, &sn);
		if (!valid_code(sec, sn)) {
			rc = ent_lexicon__diag(lx, 1, line, "bad sector code '%.*s'", (int)sn, sec);
			continue;
		}
		agent_ctx c = { ent_lexicon__strndup(lx, sec, sn) };
		if (!c.code)
			return ent_error_oom();
		rc = each_item(lx, line, colon + 1, n - (size_t)(colon + 1 - l), add_agent_item, &c);
	}
	return rc;
}

typedef struct {
	uint32_t block;
} verb_ctx;

static const lx_parse_opts ours_patterns = { LX_INFL, 0, 1, 0, 1, 0 };

/* A member of a noun class: a word or a few, written as in a pattern
 * but without slots. */
static int add_class_item(ent_lexicon *lx, uint32_t line, const char *s, size_t n, void *vctx)
{
	uint32_t set = *(uint32_t *)vctx;
	static const lx_parse_opts po = { LX_INFL, 0, 0, 0, 1, 0 };
	lx_phrase ph;
	int rc = parse_item_as(lx, line, s, n, &po, " class member", &ph);
	if (rc <= 0 || !ph.n)
		return rc;
	ph.e[0].gap = 0;
	return ENT_VEC_PUSH(&lx->altsets.items[set].alts, ph);
}

/* "class @name: word; word; ...": the nouns a pattern's "@name" stands
 * for. One list serves every pattern that names it, so adding "grain" to
 * the aid goods adds it to every way of giving aid. */
static int read_class(ent_lexicon *lx, uint32_t line, const char *r, size_t rn)
{
	const char *colon = memchr(r, ':', rn);
	const char *nm = r;
	size_t nn = colon ? (size_t)(colon - r) : 0;
	ent_lexicon__trim(&nm, &nn);
	int ok = colon && nn >= 2 && nm[0] == '@';
	for (size_t i = 1; ok && i < nn; i++)
		ok = (nm[i] >= 'a' && nm[i] <= 'z') || (nm[i] >= '0' && nm[i] <= '9') || nm[i] == '-';
	if (!ok)
		return ent_lexicon__diag(lx, 1, line, "expected 'class @name: word; ...' (a lower-case name), got '%.*s'",
					 (int)(rn > 60 ? 60 : rn), r);
	uint32_t set;
	ENT_FORWARD_IF_ERROR(ent_lexicon__add_synset(lx, nm, nn, &set));
	return each_item(lx, line, colon + 1, rn - (size_t)(colon + 1 - r), add_class_item, &set);
}

/* A class a pattern names must have members by the end of the file: a
 * misspelt name would otherwise make its patterns silently dead. */
static int check_classes(ent_lexicon *lx, size_t first_set)
{
	int rc = 0;
	for (size_t i = first_set; i < lx->altsets.len && rc == 0; i++) {
		const lx_altset *a = &lx->altsets.items[i];
		if (a->name && a->name[0] == '@' && !a->alts.len)
			rc = ent_lexicon__diag(lx, 1, a->line, "class %s is used but never defined", a->name);
	}
	return rc;
}

static int add_verb_item(ent_lexicon *lx, uint32_t line, const char *s, size_t n, void *vctx)
{
	verb_ctx *c = vctx;
	lx_phrase ph;
	int rc = parse_item_as(lx, line, s, n, &ours_patterns, " pattern", &ph);
	if (rc <= 0)
		return rc;
	/* the verb is the first word; slots before it are the lower part */
	uint32_t h = 0;
	while (h < ph.n && ph.e[h].kind != LX_E_WORD)
		h++;
	if (h >= ph.n)
		return ent_lexicon__diag(lx, 1, line, "pattern without a word: '%.*s'", (int)n, s);
	/* the verb form indexes the head word; the pattern holds the rest */
	lx_phrase head = { ph.e + h, 1 };
	lx_verbform vf = { head, 0, c->block };
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->verbs, vf));
	lx_pattern p = { 0 };
	p.lower = ph.e;
	p.nlower = h;
	p.upper = ph.e + h + 1;
	p.nupper = ph.n - h - 1;
	p.code = lx->blocks.items[c->block].code;
	p.specificity = ph.n;
	p.line = line;
	/* a pattern belongs to its own head: a block per pattern keeps
	 * "pay a visit to T" from matching under another verb */
	lx_verbblock *b = &lx->blocks.items[c->block];
	return ENT_VEC_PUSH(&b->pats, p);
}

int ent_lexicon__read_entente_verbs(ent_lexicon *lx, const char *data, size_t len)
{
	size_t pos = 0;
	uint32_t line = 0;
	const char *l, *r;
	size_t n, rn;
	int rc = 0;
	const char *code = NULL;
	size_t first_set = lx->altsets.len;
	while (rc == 0 && next(lx, data, len, &pos, &line, &l, &n)) {
		if (word_is(l, n, "class", &r, &rn)) {
			rc = read_class(lx, line, r, rn);
			continue;
		}
		if (word_is(l, n, "code", &r, &rn)) {
			int ok = rn >= 2 && rn <= 4;
			for (size_t i = 0; i < rn; i++)
				ok = ok && r[i] >= '0' && r[i] <= '9';
			if (!ok) {
				rc = ent_lexicon__diag(lx, 1, line, "bad CAMEO code '%.*s'", (int)rn, r);
				code = NULL;
				continue;
			}
			code = ent_lexicon__strndup(lx, r, rn);
			if (!code)
				return ent_error_oom();
			if (lx->cameo.len && !ent_lexicon__cameo(lx, code))
				rc = ent_lexicon__diag(lx, 0, line, "code %s is not in cameo.tsv", code);
			continue;
		}
		if (!code) {
			rc = ent_lexicon__diag(lx, 1, line, "pattern before any 'code' line: '%.*s'", (int)(n > 60 ? 60 : n), l);
			continue;
		}
		/* each ';' item gets its own block so its patterns stay with its verb */
		const char *p = l, *end = l + n;
		while (p <= end && rc == 0) {
			const char *q = memchr(p, ';', (size_t)(end - p));
			if (!q)
				q = end;
			const char *w = p;
			size_t wn = (size_t)(q - p);
			ent_lexicon__trim(&w, &wn);
			if (wn) {
				lx_verbblock b = { 0 };
				b.pats_of = -1;
				b.name = ent_lexicon__strndup(lx, w, wn);
				b.from_ours = 1;
				b.code = NULL; /* only the pattern codes */
				if (!b.name)
					return ent_error_oom();
				rc = ENT_VEC_PUSH(&lx->blocks, b);
				if (rc == 0) {
					lx->blocks.items[lx->blocks.len - 1].code = NULL;
					verb_ctx c = { (uint32_t)(lx->blocks.len - 1) };
					rc = add_verb_item(lx, line, w, wn, &c);
					if (rc == 0 && lx->blocks.items[c.block].pats.len)
						lx->blocks.items[c.block].pats.items[0].code = code;
				}
			}
			p = q + 1;
		}
	}
	if (rc == 0)
		rc = check_classes(lx, first_set);
	return rc;
}

typedef struct {
	const char *type;
	int sign;
	double weight;
} cue_ctx;

static int add_cue_item(ent_lexicon *lx, uint32_t line, const char *s, size_t n, void *vctx)
{
	cue_ctx *c = vctx;
	lx_phrase ph;
	int rc = parse_item(lx, line, s, n, " cue", &ph);
	if (rc <= 0)
		return rc;
	if (!ph.n)
		return 0;
	lx_cue cue = { ph, c->type, c->sign, c->weight };
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->cues, cue));
	/* a tie "with" or "against" someone is also stated of both sides at
	 * once: "conflict with Israel" -> "conflict between Israel and
	 * Hamas" (the coder pairs the compound after "between") */
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	size_t cut = 0;
	if (n > 5 && !memcmp(s + n - 5, " with", 5))
		cut = 5;
	else if (n > 8 && !memcmp(s + n - 8, " against", 8))
		cut = 8;
	if (!cut || n - cut + 8 >= 256)
		return 0;
	char alt[256];
	memcpy(alt, s, n - cut);
	memcpy(alt + n - cut, " between", 8);
	const char *err;
	rc = ent_lexicon__parse_phrase(lx, alt, n - cut + 8, &ours_names, &ph, &err);
	if (rc == ENT_EFORMAT)
		return 0; /* the original parsed; a variant that does not is skipped */
	ENT_FORWARD_IF_ERROR(rc);
	lx_cue between = { ph, c->type, c->sign, c->weight };
	return ph.n ? ENT_VEC_PUSH(&lx->cues, between) : 0;
}

int ent_lexicon__read_entente_relations(ent_lexicon *lx, const char *data, size_t len)
{
	size_t pos = 0;
	uint32_t line = 0;
	const char *l, *r;
	size_t n, rn;
	int rc = 0;
	while (rc == 0 && next(lx, data, len, &pos, &line, &l, &n)) {
		const char *colon = memchr(l, ':', n);
		char type[64], sign[8];
		double w = 0;
		char head[128];
		size_t hn = colon ? (size_t)(colon - l) : 0;
		if (!word_is(l, n, "relation", &r, &rn) || !colon || hn >= sizeof head) {
			rc = ent_lexicon__diag(lx, 1, line, "expected 'relation TYPE SIGN WEIGHT: cue; ...', got '%.*s'",
					       (int)(n > 60 ? 60 : n), l);
			continue;
		}
		memcpy(head, l, hn);
		head[hn] = 0;
		if (sscanf(head, "relation %63s %7s %lf", type, sign, &w) != 3 || (strcmp(sign, "+") && strcmp(sign, "-")) ||
		    !(w > 0 && w <= 1)) {
			rc = ent_lexicon__diag(lx, 1, line, "bad relation header '%s' (TYPE +|- WEIGHT in (0,1])", head);
			continue;
		}
		cue_ctx c = { ent_lexicon__strndup(lx, type, strlen(type)), sign[0] == '+' ? 1 : -1, w };
		if (!c.type)
			return ent_error_oom();
		rc = each_item(lx, line, colon + 1, n - hn - 1, add_cue_item, &c);
	}
	return rc;
}

int ent_lexicon__read_cameo(ent_lexicon *lx, const char *data, size_t len)
{
	size_t pos = 0;
	uint32_t line = 0;
	const char *l;
	size_t n;
	int rc = 0;
	while (rc == 0 && next(lx, data, len, &pos, &line, &l, &n)) {
		const char *f[8] = { 0 }; /* zeroed: -O3 cannot see nf bounds the reads */
		size_t fl[8] = { 0 };
		size_t nf = 0;
		const char *p = l, *end = l + n;
		while (nf < 8) {
			const char *t = memchr(p, '\t', (size_t)(end - p));
			f[nf] = p;
			fl[nf] = (size_t)((t ? t : end) - p);
			nf++;
			if (!t)
				break;
			p = t + 1;
		}
		if (nf == 3 && fl[0] == 4 && !memcmp(f[0], "code", 4))
			continue; /* header */
		if (nf < 4 || fl[0] < 2 || fl[0] > 4) {
			rc = ent_lexicon__diag(lx, 1, line, "expected code<TAB>label<TAB>goldstein<TAB>quad..., got '%.*s'",
					       (int)(n > 60 ? 60 : n), l);
			continue;
		}
		lx_cameo c = { { 0 }, NULL, "", "", 0, 0 };
		memcpy(c.code, f[0], fl[0]);
		char num[32];
		size_t k = fl[2] < sizeof num - 1 ? fl[2] : sizeof num - 1;
		memcpy(num, f[2], k);
		num[k] = 0;
		char *e;
		c.goldstein = strtod(num, &e);
		if (e == num || c.goldstein < -10 || c.goldstein > 10) {
			rc = ent_lexicon__diag(lx, 1, line, "bad Goldstein weight '%s'", num);
			continue;
		}
		c.quad = (fl[3] == 1 && f[3][0] >= '0' && f[3][0] <= '4') ? f[3][0] - '0' : 0;
		c.label = ent_lexicon__strndup(lx, f[1], fl[1]);
		if (nf > 4 && !(fl[4] == 1 && f[4][0] == '-'))
			c.plover = ent_lexicon__strndup(lx, f[4], fl[4]);
		if (nf > 5 && !(fl[5] == 1 && f[5][0] == '-'))
			c.mode = ent_lexicon__strndup(lx, f[5], fl[5]);
		if (!c.label || !c.plover || !c.mode)
			return ent_error_oom();
		if (ent_lexicon__cameo(lx, c.code)) {
			rc = ent_lexicon__diag(lx, 0, line, "CAMEO code %s listed twice; the first is kept", c.code);
			continue;
		}
		rc = ENT_VEC_PUSH(&lx->cameo, c);
		if (rc == 0)
			rc = ent_map_put(lx->cameo_by_code, c.code, strlen(c.code), (void *)(uintptr_t)lx->cameo.len);
	}
	return rc;
}

int ent_lexicon__read_iso_codes(ent_lexicon *lx, const char *data, size_t len)
{
	json_error_t jerr;
	json_t *root = json_loadb(data, len, 0, &jerr);
	if (!root)
		return ent_lexicon__diag(lx, 1, (uint32_t)jerr.line, "bad JSON: %s", jerr.text);
	json_t *arr = json_object_get(root, "3166-1");
	int rc = 0;
	if (!json_is_array(arr)) {
		rc = ent_lexicon__diag(lx, 1, 0, "no \"3166-1\" array");
		json_decref(root);
		return rc;
	}
	size_t i;
	json_t *c;
	json_array_foreach(arr, i, c)
	{
		const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
		if (!a3 || strlen(a3) != 3)
			continue;
		uint32_t a;
		long ex = ent_lexicon__actor_by_code(lx, a3);
		if (ex >= 0) {
			a = (uint32_t)ex;
		} else {
			char *code = ent_lexicon__strndup(lx, a3, 3);
			if (!code) {
				rc = ent_error_oom();
				break;
			}
			if ((rc = ent_lexicon__add_actor(lx, code, LX_ACTOR_COUNTRY, 0, &a)) < 0)
				break;
		}
		static const char *const keys[] = { "name", "official_name", "common_name" };
		for (size_t k = 0; k < 3 && rc == 0; k++) {
			const char *nm = json_string_value(json_object_get(c, keys[k]));
			if (!nm || !*nm)
				continue;
			/* "Iran, Islamic Republic of": only names without commas */
			if (strchr(nm, ',') || strchr(nm, '('))
				continue;
			name_ctx nc = { a, LX_HOW_NAME, NULL };
			rc = add_name_item(lx, 0, nm, strlen(nm), &nc);
		}
		if (rc)
			break;
	}
	json_decref(root);
	return rc;
}
