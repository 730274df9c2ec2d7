/* Readers for TABARI dictionaries (.actors, .agents, .options) and the
 * PETRARCH formats derived from them (PETRARCH/Phoenix actors and agents,
 * discards); the verb dictionaries are read by dict_tabari_verbs.c.
 *
 * TABARI conventions: a word without a trailing underscore is a stem (it
 * matches any word beginning with it); "_" joins words and, at the end,
 * makes the word exact. `;` starts a comment. In PETRARCH files `#` does,
 * words are exact-or-inflected rather than stems, and "<!-- -->" comments
 * may appear. Actor entries are "NAME [CODE]" lines or blocks of NAME,
 * "+SYNONYM" lines and indented "[CODE FROM-TO]" lines; codes carrying a
 * "~" are agents. */
#include <stdio.h>  /* snprintf */
#include <stdlib.h> /* strtol */
#include <string.h> /* memchr, memcmp */

#include "lexicon/dict.h"
#include "lexicon/dict_tabari.h" /* lx_reader */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

/* Next line with comments removed and spaces trimmed. Returns 0 at end. */
int ent_lexicon__tabari_next(lx_reader *r, const char **l, size_t *n)
{
	while (ent_lexicon__next_line(r->data, r->len, &r->pos, l, n)) {
		r->line++;
		r->lx->cur_line = r->line;
		const char *s = *l;
		size_t k = *n;
		if (r->in_xml_comment) {
			const char *e = NULL;
			for (size_t i = 0; i + 2 < k; i++)
				if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>') {
					e = s + i;
					break;
				}
			if (!e)
				continue;
			r->in_xml_comment = 0;
			k -= (size_t)(e + 3 - s);
			s = e + 3;
		}
		ent_lexicon__trim(&s, &k);
		if (k >= 4 && memcmp(s, "<!--", 4) == 0) {
			int closed = 0;
			for (size_t i = 4; i + 2 < k; i++)
				if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
					closed = 1;
			if (!closed)
				r->in_xml_comment = 1;
			continue;
		}
		/* comments: ';' (TABARI), '#' (PETRARCH; and TABARI commented-out lines) */
		r->comment = NULL;
		r->comment_len = 0;
		for (size_t i = 0; i < k; i++) {
			if (s[i] == ';' || (s[i] == '#' && (r->petrarch || i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t'))) {
				r->comment = s + i + 1;
				r->comment_len = k - i - 1;
				ent_lexicon__trim(&r->comment, &r->comment_len);
				k = i;
				break;
			}
		}
		if (k >= 2 && s[0] == '/' && s[1] == '/')
			k = 0;
		ent_lexicon__trim(&s, &k);
		if (k == 0)
			continue;
		*l = s;
		*n = k;
		return 1;
	}
	return 0;
}

/* YYMMDD (two-digit year: 00-29 -> 20xx) or YYYYMMDD -> YYYYMMDD. */
static int32_t parse_date(const char *s, size_t n)
{
	int32_t v = 0;
	if (n != 6 && n != 8)
		return -1; /* checked first: a long digit run would overflow v */
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	if (n == 6) {
		int32_t yy = v / 10000;
		return (yy < 30 ? 20000000 : 19000000) + v;
	}
	if (n == 8)
		return v;
	return -1;
}

typedef ENT_VEC(lx_role) role_vec;

/* Parse the inside of one "[...]" code block. code "---" means a null
 * actor, "###" a discard. Returns 0 or a message in *err. */
static int parse_code_block(ent_lexicon *lx, const char *s, size_t n, role_vec *roles, const char **err)
{
	ent_lexicon__trim(&s, &n);
	*err = NULL;
	size_t i = 0;
	while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '<' && s[i] != '>')
		i++;
	lx_role r = { NULL, 0, 0 };
	const char *code = s;
	size_t cn = i;
	if (cn == 0) {
		*err = "code block without a code";
		return 0;
	}
	/* a block of only a date ("950601-990815") lacks its code */
	if (cn >= 6 && code[0] >= '0' && code[0] <= '9') {
		*err = "code block with a date but no code";
		return 0;
	}
	r.code = ent_lexicon__strndup(lx, code, cn);
	ENT_RETURN_IF_OOM(r.code);
	const char *d = s + i;
	size_t dn = n - i;
	ent_lexicon__trim(&d, &dn);
	if (dn) {
		char op = 0;
		if (d[0] == '<' || d[0] == '>') {
			op = d[0];
			d++;
			dn--;
			ent_lexicon__trim(&d, &dn);
		}
		const char *dash = memchr(d, '-', dn);
		if (op) {
			int32_t v = parse_date(d, dn);
			if (v < 0) {
				*err = "bad date in code block";
				return 0;
			}
			if (op == '<')
				r.to = v;
			else
				r.from = v;
		} else if (dash) {
			const char *a = d, *b = dash + 1;
			size_t an = (size_t)(dash - d), bn = dn - an - 1;
			ent_lexicon__trim(&a, &an);
			ent_lexicon__trim(&b, &bn);
			int32_t va = an ? parse_date(a, an) : 0, vb = bn ? parse_date(b, bn) : 0;
			if (va < 0 || vb < 0) {
				*err = "bad date range in code block";
				return 0;
			}
			r.from = va;
			r.to = vb;
		} else {
			*err = "bad date in code block";
			return 0;
		}
	}
	return ENT_VEC_PUSH(roles, r);
}

/* Parse all "[...]" blocks of s[0..n). */
static int parse_codes(ent_lexicon *lx, lx_reader *rd, const char *s, size_t n, role_vec *roles)
{
	size_t i = 0;
	while (i < n) {
		const char *b = memchr(s + i, '[', n - i);
		if (!b)
			break;
		const char *e = memchr(b, ']', n - (size_t)(b - s));
		if (!e)
			return ent_lexicon__diag(lx, 1, rd->line, "'[' without ']' in '%.*s'", (int)n, s);
		const char *err;
		ENT_FORWARD_IF_ERROR(parse_code_block(lx, b + 1, (size_t)(e - b - 1), roles, &err));
		if (err)
			ENT_FORWARD_IF_ERROR(ent_lexicon__diag(lx, 1, rd->line, "%s: '[%.*s]'", err, (int)(e - b - 1), b + 1));
		i = (size_t)(e - s) + 1;
	}
	return 0;
}

typedef ENT_VEC(lx_phrase) phrase_vec;

/* PETRARCH substitution sets: "!PERSON! = MAN, MEN, WOMAN". */
typedef struct {
	char name[32];
	ENT_VEC(const char *) words;
} subst_set;
typedef ENT_VEC(subst_set) subst_vec;

static void subst_free(subst_vec *sv)
{
	for (size_t i = 0; i < sv->len; i++)
		ENT_VEC_FREE(&sv->items[i].words);
	ENT_VEC_FREE(sv);
}

static int add_name(ent_lexicon *lx, lx_reader *rd, phrase_vec *pv, const char *s, size_t n, int match,
		    subst_vec *subs, int depth)
{
	/* expand !SET! substitutions */
	const char *x = memchr(s, '!', n);
	if (x && subs && depth < 3) {
		const char *y = memchr(x + 1, '!', n - (size_t)(x + 1 - s));
		if (y) {
			size_t nl = (size_t)(y - x + 1);
			for (size_t k = 0; k < subs->len; k++) {
				subst_set *ss = &subs->items[k];
				if (strlen(ss->name) != nl || memcmp(ss->name, x, nl) != 0)
					continue;
				for (size_t w = 0; w < ss->words.len; w++) {
					char buf[512];
					int m = snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)(x - s), s, ss->words.items[w],
							 (int)(n - (size_t)(y + 1 - s)), y + 1);
					if (m > 0 && (size_t)m < sizeof buf)
						ENT_FORWARD_IF_ERROR(add_name(lx, rd, pv, buf, (size_t)m, match, subs, depth + 1));
				}
				return 0;
			}
			return ent_lexicon__diag(lx, 1, rd->line, "unknown substitution set '%.*s'", (int)nl, x);
		}
	}
	/* TABARI: words of an actor separated by a space may have one word between
	 * ("PRINCE DOL_AMROTH" is "Prince of Dol Amroth"); "_" joins them */
	lx_parse_opts po = { match, rd->petrarch ? 0 : 1, 0, rd->petrarch, 0, 0 };
	lx_phrase ph;
	const char *err;
	int rc = ent_lexicon__tabari_phrase(lx, rd, s, n, &po, "", s, n, &ph);
	if (rc <= 0)
		return rc;
	if (ph.n == 0)
		return ent_lexicon__diag(lx, 1, rd->line, "empty name");
	/* TABARI's regular noun endings: a name ending in '_' also takes a
	 * plural ("LIBYA_" is "Libyas", "ITHILEN_GOVERNMENT_RADIO_" is "...
	 * radios"); "MOUSE=" stays the word alone */
	size_t tn = n;
	while (tn > 0 && (s[tn - 1] == ' ' || s[tn - 1] == '\t'))
		tn--;
	int noun_end = !rd->petrarch && tn > 1 && s[tn - 1] == '_' && ph.e[ph.n - 1].kind == LX_E_WORD &&
		       ph.e[ph.n - 1].match == LX_EXACT;
	if (noun_end)
		ph.e[ph.n - 1].match = LX_PLURAL;
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(pv, ph));
	/* TABARI: words joined by '_' also match as one hyphenated word
	 * ("AL_GORE" is "Al-Gore", which the tokenizer keeps whole) */
	if (!rd->petrarch && depth == 0 && n < 256) {
		size_t inner = 0;
		for (size_t k = 1; k + 1 < n; k++)
			inner += s[k] == '_' && s[k - 1] != ' ' && s[k - 1] != '_' && s[k + 1] != ' ' && s[k + 1] != '_';
		if (inner && !memchr(s, ' ', n) && !memchr(s, '{', n) && !memchr(s, '&', n)) {
			char buf[256];
			memcpy(buf, s, n);
			for (size_t k = 1; k + 1 < n; k++)
				if (buf[k] == '_' && buf[k - 1] != '_' && buf[k + 1] != '_')
					buf[k] = '-';
			rc = ent_lexicon__parse_phrase(lx, buf, n, &po, &ph, &err);
			if (rc == 0 && ph.n == 1) {
				if (noun_end && ph.e[0].kind == LX_E_WORD && ph.e[0].match == LX_EXACT)
					ph.e[0].match = LX_PLURAL;
				return ENT_VEC_PUSH(pv, ph);
			}
			ENT_FORWARD_IF_ERROR(rc == ENT_EFORMAT ? 0 : rc);
		}
	}
	return 0;
}

/* Store pending names with their codes as actors (or agents, for ~codes). */
static int flush_actor(ent_lexicon *lx, lx_reader *rd, phrase_vec *names, role_vec *roles, uint32_t line)
{
	int rc = 0;
	if (names->len == 0) {
		roles->len = 0;
		return 0;
	}
	if (roles->len == 0) {
		/* names without a code yet: keep them for the ent_lexicon__tabari_next code lines */
		return 0;
	}
	const char *first = roles->items[0].code;
	if (strchr(first, '~')) {
		/* agents: "[~GOV]" (suffix) or "[NGM~]" (prefix) */
		if (!rd->petrarch)
			lx->agent_alone = "~";
		const char *t = strchr(first, '~');
		int prefix = t != first;
		char *code = prefix ? ent_lexicon__strndup(lx, first, (size_t)(t - first)) : ent_lexicon__strndup(lx, t + 1, strlen(t + 1));
		if (!code)
			return ent_error_oom();
		for (size_t i = 0; i < names->len && rc == 0; i++) {
			/* agents take regular plurals: "AMBASSADOR_" matches "ambassadors" */
			lx_phrase *ph = &names->items[i];
			if (ph->n && ph->e[ph->n - 1].kind == LX_E_WORD && ph->e[ph->n - 1].match == LX_EXACT && !rd->listed_forms)
				ph->e[ph->n - 1].match = LX_PLURAL;
			lx_agent_phrase ag = { names->items[i], code, (uint8_t)prefix };
			rc = ENT_VEC_PUSH(&lx->agents, ag);
		}
	} else if (!strcmp(first, "###") && roles->len == 1 && !roles->items[0].from && !roles->items[0].to) {
		for (size_t i = 0; i < names->len && rc == 0; i++) {
			lx_discard d = { names->items[i], 0 };
			rc = ENT_VEC_PUSH(&lx->discards, d);
		}
	} else {
		uint32_t a;
		int null = !strcmp(first, "---");
		int dated = roles->len > 1 || roles->items[0].from || roles->items[0].to;
		rc = ent_lexicon__add_actor(lx, dated ? "" : first, LX_ACTOR_OTHER, line, &a);
		if (rc == 0) {
			lx_actor *ac = &lx->actors.items[a];
			ac->null = (uint8_t)(null && !dated); /* dated: "---" only in its period */
			if (dated)
				for (size_t i = 0; i < roles->len && rc == 0; i++)
					rc = ENT_VEC_PUSH(&ac->roles, roles->items[i]);
		}
		for (size_t i = 0; i < names->len && rc == 0; i++)
			rc = ent_lexicon__add_actor_phrase(lx, &names->items[i], a, LX_HOW_NAME, NULL);
	}
	names->len = 0;
	roles->len = 0;
	rd->listed_forms = 0;
	return rc;
}

static int read_actors_or_agents(ent_lexicon *lx, const char *data, size_t len, int petrarch, int agents_file)
{
	lx_reader rd = { lx, data, len, 0, 0, petrarch, 0, 0, NULL, 0 };
	phrase_vec names = { 0 };
	role_vec roles = { 0 };
	subst_vec subs = { 0 };
	const char *l;
	size_t n;
	int rc = 0;
	int skip_section = 0;
	uint32_t entry_line = 0;
	int match = petrarch ? LX_INFL : LX_STEM;
	while (rc == 0 && ent_lexicon__tabari_next(&rd, &l, &n)) {
		if (l[0] == '<') {
			/* <NOUN> <ADJECTIVE> sections list parts of speech, not actors;
			 * other tags (and malformed "<! --" comments) are one line */
			if (n >= 2 && l[1] == '/')
				skip_section = 0;
			else if ((n >= 6 && !memcmp(l, "<NOUN>", 6)) || (n >= 11 && !memcmp(l, "<ADJECTIVE>", 11)))
				skip_section = 1;
			continue;
		}
		if (skip_section)
			continue;
		if (l[0] == '!' && memchr(l, '=', n)) {
			const char *eq = memchr(l, '=', n);
			subst_set ss = { { 0 }, { 0 } };
			const char *nm = l;
			size_t nn = (size_t)(eq - l);
			ent_lexicon__trim(&nm, &nn);
			if (nn >= sizeof ss.name)
				nn = sizeof ss.name - 1;
			memcpy(ss.name, nm, nn);
			const char *p = eq + 1, *end = l + n;
			while (p < end && rc == 0) {
				const char *c = memchr(p, ',', (size_t)(end - p));
				const char *we = c ? c : end;
				const char *w = p;
				size_t wn = (size_t)(we - p);
				ent_lexicon__trim(&w, &wn);
				if (wn) {
					char *ws = ent_lexicon__strndup(lx, w, wn);
					rc = ws ? ENT_VEC_PUSH(&ss.words, (const char *)ws) : ent_error_oom();
				}
				p = we + 1;
			}
			if (rc == 0)
				rc = ENT_VEC_PUSH(&subs, ss);
			else
				ENT_VEC_FREE(&ss.words);
			continue;
		}
		if (l[0] == '[') {
			/* code lines of a block */
			rc = parse_codes(lx, &rd, l, n, &roles);
			continue;
		}
		const char *br = memchr(l, '[', n);
		if (l[0] == '+') {
			if (names.len == 0 && roles.len) {
				rc = ent_lexicon__diag(lx, 1, rd.line, "synonym '%.*s' without an entry", (int)n, l);
				continue;
			}
			size_t nn = br ? (size_t)(br - l) - 1 : n - 1;
			const char *nm = l + 1;
			ent_lexicon__trim(&nm, &nn);
			if (nn)
				rc = add_name(lx, &rd, &names, nm, nn, match, &subs, 0);
			if (rc == 0 && br) {
				rc = parse_codes(lx, &rd, br, n - (size_t)(br - l), &roles);
				if (rc == 0)
					rc = flush_actor(lx, &rd, &names, &roles, entry_line);
			}
			continue;
		}
		/* a new entry: finish the previous one if it has codes */
		if (roles.len)
			rc = flush_actor(lx, &rd, &names, &roles, entry_line);
		if (rc)
			break;
		if (names.len == 0)
			entry_line = rd.line;
		size_t nn = br ? (size_t)(br - l) : n;
		const char *nm = l;
		ent_lexicon__trim(&nm, &nn);
		/* PETRARCH agents: "NAME {PLURAL FORMS} [~CODE]" */
		const char *brace = memchr(nm, '{', nn);
		const char *plural = NULL;
		size_t pn = 0;
		if (brace) {
			const char *cb = memchr(brace, '}', nn - (size_t)(brace - nm));
			rd.listed_forms = 1;
			plural = brace + 1;
			pn = cb ? (size_t)(cb - brace - 1) : 0;
			nn = (size_t)(brace - nm);
			ent_lexicon__trim(&nm, &nn);
		}
		if (nn == 0) {
			rc = ent_lexicon__diag(lx, 1, rd.line, "entry without a name: '%.*s'", (int)n, l);
			continue;
		}
		/* with its forms listed, the name itself takes no endings */
		rc = add_name(lx, &rd, &names, nm, nn, brace ? LX_EXACT : match, &subs, 0);
		if (rc == 0 && plural && pn) {
			const char *p = plural, *end = plural + pn;
			while (p < end && rc == 0) {
				while (p < end && *p == ' ')
					p++;
				const char *q = p;
				while (q < end && *q != ' ')
					q++;
				if (q > p)
					rc = add_name(lx, &rd, &names, p, (size_t)(q - p), match, &subs, 0);
				p = q;
			}
		}
		if (rc == 0 && br) {
			rc = parse_codes(lx, &rd, br, n - (size_t)(br - l), &roles);
			if (rc == 0 && roles.len == 0 && agents_file)
				rc = ent_lexicon__diag(lx, 1, rd.line, "agent without a code");
			/* a line whose code block was bad is dropped, not merged into the ent_lexicon__tabari_next */
			if (roles.len == 0)
				names.len = 0;
		}
	}
	if (rc == 0 && names.len && roles.len)
		rc = flush_actor(lx, &rd, &names, &roles, entry_line);
	else if (rc == 0 && names.len)
		rc = ent_lexicon__diag(lx, 0, entry_line, "entry without a code at the end of the file");
	ENT_VEC_FREE(&names);
	ENT_VEC_FREE(&roles);
	subst_free(&subs);
	return rc;
}

int ent_lexicon__read_tabari_actors(ent_lexicon *lx, const char *data, size_t len, int petrarch)
{
	return read_actors_or_agents(lx, data, len, petrarch, 0);
}

int ent_lexicon__read_tabari_agents(ent_lexicon *lx, const char *data, size_t len, int petrarch)
{
	if (petrarch)
		lx->agents_distribute = 1;
	else
		lx->agent_alone = "~"; /* TABARI writes a sector alone as "~MIL" */
	return read_actors_or_agents(lx, data, len, petrarch, 1);
}

/* --- verbs --- */

int ent_lexicon__read_tabari_options(ent_lexicon *lx, const char *data, size_t len)
{
	lx_reader rd = { lx, data, len, 0, 0, 0, 0, 0, NULL, 0 };
	const char *l;
	size_t n;
	while (ent_lexicon__tabari_next(&rd, &l, &n)) {
		const char *c = memchr(l, ':', n);
		if (!c) {
			ENT_FORWARD_IF_ERROR(ent_lexicon__diag(lx, 0, rd.line, "option without ':': '%.*s'", (int)n, l));
			continue;
		}
		char key[128], val[512];
		const char *k = l, *v = c + 1;
		size_t kn = (size_t)(c - l), vn = n - kn - 1;
		ent_lexicon__trim(&k, &kn);
		ent_lexicon__trim(&v, &vn);
		/* "SET: X = Y" is stored as "SET: X" -> "Y" */
		if (kn == 3 && !memcmp(k, "SET", 3)) {
			const char *eq = memchr(v, '=', vn);
			const char *a = v;
			size_t an = eq ? (size_t)(eq - v) : vn;
			ent_lexicon__trim(&a, &an);
			snprintf(key, sizeof key, "SET: %.*s", (int)an, a);
			const char *b = eq ? eq + 1 : "TRUE";
			size_t bn = eq ? vn - an - 1 : 4;
			if (eq)
				ent_lexicon__trim(&b, &bn);
			snprintf(val, sizeof val, "%.*s", (int)bn, b);
		} else if (kn == 5 && !memcmp(k, "LABEL", 5)) {
			continue;
		} else {
			snprintf(key, sizeof key, "%.*s", (int)kn, k);
			snprintf(val, sizeof val, "%.*s", (int)vn, v);
		}
		ENT_FORWARD_IF_ERROR(ent_lexicon_set_option(lx, key, val));
	}
	return 0;
}

int ent_lexicon__read_discards(ent_lexicon *lx, const char *data, size_t len)
{
	lx_reader rd = { lx, data, len, 0, 0, 1, 0, 0, NULL, 0 };
	const char *l;
	size_t n;
	while (ent_lexicon__tabari_next(&rd, &l, &n)) {
		int story = l[0] == '+';
		const char *s = l + story;
		size_t sn = n - (size_t)story;
		ent_lexicon__trim(&s, &sn);
		if (!sn)
			continue;
		lx_parse_opts po = { LX_INFL, 0, 0, 1, 0, 0 };
		lx_phrase ph;
		int rc = ent_lexicon__tabari_phrase(lx, &rd, s, sn, &po, "discard ", s, sn, &ph);
		ENT_FORWARD_IF_ERROR(rc);
		if (rc == 0 || !ph.n)
			continue;
		lx_discard d = { ph, (uint8_t)story };
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->discards, d));
	}
	return 0;
}

int ent_lexicon__tabari_phrase(ent_lexicon *lx, const lx_reader *rd, const char *s, size_t n,
			       const lx_parse_opts *po, const char *what, const char *text, size_t tn, lx_phrase *ph)
{
	const char *err = NULL;
	int rc = ent_lexicon__parse_phrase(lx, s, n, po, ph, &err);
	if (rc == ENT_EFORMAT) {
		rc = ent_lexicon__diag(lx, 1, rd->line, "%s in %s'%.*s'", err ? err : "syntax error", what, (int)tn, text);
		return rc < 0 ? rc : 0;
	}
	return rc < 0 ? rc : 1;
}
