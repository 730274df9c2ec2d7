/* Readers for TABARI dictionaries (.actors, .agents, .verbs, .options) and
 * the PETRARCH formats derived from them (PETRARCH/Phoenix actors and
 * agents, CAMEO.2.0 verbs, discards).
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
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

typedef struct {
	ent_lexicon *lx;
	const char *data;
	size_t len, pos;
	uint32_t line;
	int petrarch;
	int in_xml_comment;
	int listed_forms; /* the entry lists its plural forms ("POLICE {}"): no regular plural */
} lx_reader;

/* Next line with comments removed and spaces trimmed. Returns 0 at end. */
static int next(lx_reader *r, const char **l, size_t *n)
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
		for (size_t i = 0; i < k; i++) {
			if (s[i] == ';' || (s[i] == '#' && (r->petrarch || i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t'))) {
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
	int rc = ent_lexicon__parse_phrase(lx, s, n, &po, &ph, &err);
	if (rc == ENT_EFORMAT)
		return ent_lexicon__diag(lx, 1, rd->line, "%s in '%.*s'", err ? err : "bad phrase", (int)n, s);
	ENT_FORWARD_IF_ERROR(rc);
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
		/* names without a code yet: keep them for the next code lines */
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
	lx_reader rd = { lx, data, len, 0, 0, petrarch, 0, 0 };
	phrase_vec names = { 0 };
	role_vec roles = { 0 };
	subst_vec subs = { 0 };
	const char *l;
	size_t n;
	int rc = 0;
	int skip_section = 0;
	uint32_t entry_line = 0;
	int match = petrarch ? LX_INFL : LX_STEM;
	while (rc == 0 && next(&rd, &l, &n)) {
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
			/* a line whose code block was bad is dropped, not merged into the next */
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

/* "[043]" "[013:012]" "[031!]" "[---]": returns codes in *c1, *c2. */
static int parse_verb_code(ent_lexicon *lx, const char *s, size_t n, const char **c1, const char **c2)
{
	*c1 = *c2 = NULL;
	ent_lexicon__trim(&s, &n);
	while (n && (s[n - 1] == '!' || s[n - 1] == ' '))
		n--;
	if (n == 0 || (n == 3 && !memcmp(s, "---", 3)) || (n == 5 && !memcmp(s, "- - -", 5)))
		return 0;
	const char *colon = memchr(s, ':', n);
	size_t an = colon ? (size_t)(colon - s) : n;
	const char *a = s;
	ent_lexicon__trim(&a, &an);
	if (an && !(an == 3 && !memcmp(a, "---", 3))) {
		*c1 = ent_lexicon__strndup(lx, a, an);
		ENT_RETURN_IF_OOM(*c1);
	}
	if (colon) {
		const char *b = colon + 1;
		size_t bn = n - an - 1;
		ent_lexicon__trim(&b, &bn);
		if (bn && !(bn == 3 && !memcmp(b, "---", 3))) {
			*c2 = ent_lexicon__strndup(lx, b, bn);
			ENT_RETURN_IF_OOM(*c2);
		}
	}
	return 0;
}

/* Split a pattern "- LOWER * UPPER [code]" at the '*' and parse both sides. */
/* Whether two element lists say the same. */
static int same_elems(const lx_elem *a, uint32_t na, const lx_elem *b, uint32_t nb)
{
	if (na != nb)
		return 0;
	for (uint32_t i = 0; i < na; i++)
		if (a[i].kind != b[i].kind || a[i].match != b[i].match || a[i].gap != b[i].gap || a[i].optional != b[i].optional ||
		    a[i].len != b[i].len || a[i].alt != b[i].alt || (a[i].len && memcmp(a[i].w, b[i].w, a[i].len)))
			return 0;
	return 1;
}

static int add_pattern(ent_lexicon *lx, lx_reader *rd, uint32_t block, const char *s, size_t n, int petrarch)
{
	const char *br = NULL;
	for (size_t i = n; i > 0; i--)
		if (s[i - 1] == '[') {
			br = s + i - 1;
			break;
		}
	if (!br)
		return ent_lexicon__diag(lx, 1, rd->line, "pattern without a [code]: '%.*s'", (int)n, s);
	const char *cb = memchr(br, ']', n - (size_t)(br - s));
	if (!cb)
		return ent_lexicon__diag(lx, 1, rd->line, "'[' without ']' in '%.*s'", (int)n, s);
	lx_pattern p = { 0 };
	ENT_FORWARD_IF_ERROR(parse_verb_code(lx, br + 1, (size_t)(cb - br - 1), &p.code, &p.code2));
	/* "[+++]": too complex for the coder; the pattern is not used */
	if (p.code && !strcmp(p.code, "+++"))
		return 0;
	size_t pn = (size_t)(br - s);
	const char *star = NULL;
	for (size_t i = 0; i < pn; i++)
		if (s[i] == '*') {
			star = s + i;
			break;
		}
	if (!star)
		return ent_lexicon__diag(lx, 1, rd->line, "pattern without the verb's place '*': '%.*s'", (int)n, s);
	lx_parse_opts po = { petrarch ? LX_INFL : LX_STEM, 6, 0, petrarch, 1, 0 };
	lx_phrase lo, up;
	const char *err;
	int rc = ent_lexicon__parse_phrase(lx, s, (size_t)(star - s), &po, &lo, &err);
	if (rc == 0)
		rc = ent_lexicon__parse_phrase(lx, star + 1, (size_t)(br - star - 1), &po, &up, &err);
	if (rc == ENT_EFORMAT)
		return ent_lexicon__diag(lx, 1, rd->line, "%s in pattern '%.*s'", err ? err : "syntax error", (int)n, s);
	ENT_FORWARD_IF_ERROR(rc);
	/* "IN_*": the lower word is adjacent to the verb; "* _OUT" likewise */
	if (star > s && star[-1] == '_' && lo.n)
		lo.e[lo.n - 1].gap = 0;
	if (up.n)
		up.e[0].gap = (uint8_t)((star + 1 < br && star[1] == '_') ? 0 : 6);
	if (lo.n) {
		/* the gap of lower[i] as parsed is before it; for backward
		 * matching the coder uses lower[i+1].gap (distance to the right) */
		for (uint32_t i = 0; i + 1 < lo.n; i++)
			lo.e[i].gap = lo.e[i + 1].gap;
		lo.e[lo.n - 1].gap = (uint8_t)((star > s && star[-1] == '_') ? 0 : 6);
	}
	p.lower = lo.e;
	p.nlower = lo.n;
	p.upper = up.e;
	p.nupper = up.n;
	p.specificity = lo.n + up.n;
	p.line = rd->line;
	if (petrarch) {
		/* PETRARCH keeps the last of identical patterns in a block:
		 * "- * &TREATY [031]" (APPROVE) then "[057]" (RATIFY) is 057 */
		lx_verbblock *b = &lx->blocks.items[block];
		for (size_t i = 0; i < b->pats.len; i++)
			if (same_elems(b->pats.items[i].lower, b->pats.items[i].nlower, lo.e, lo.n) &&
			    same_elems(b->pats.items[i].upper, b->pats.items[i].nupper, up.e, up.n)) {
				b->pats.items[i].code = p.code;
				b->pats.items[i].code2 = p.code2;
				b->pats.items[i].line = p.line;
				return 0;
			}
	}
	return ENT_VEC_PUSH(&lx->blocks.items[block].pats, p);
}

static int new_block(ent_lexicon *lx, const char *name, size_t nn, const char *c1, const char *c2, uint32_t *out)
{
	lx_verbblock b = { 0 };
	b.pats_of = -1;
	b.name = ent_lexicon__lower(lx, name, nn);
	ENT_RETURN_IF_OOM(b.name);
	b.code = c1;
	b.code2 = c2;
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->blocks, b));
	*out = (uint32_t)(lx->blocks.len - 1);
	return 0;
}

static int add_verb_form(ent_lexicon *lx, lx_reader *rd, uint32_t block, const char *s, size_t n, int match,
			 int petrarch)
{
	/* "KLM_NOP_+RST": a multi-word form whose verb is the word after '+' */
	lx_parse_opts po = { match, petrarch ? 0 : 0, 0, petrarch, 0, 0 };
	char buf[256];
	size_t head = 0, k = 0;
	int words = 0;
	for (size_t i = 0; i < n && k + 1 < sizeof buf; i++) {
		if (s[i] == '+') {
			head = (size_t)words;
			continue;
		}
		if ((s[i] == '_' || s[i] == ' ') && k && buf[k - 1] != '_' && buf[k - 1] != ' ')
			words++;
		buf[k++] = s[i];
	}
	lx_phrase ph;
	const char *err;
	int rc = ent_lexicon__parse_phrase(lx, buf, k, &po, &ph, &err);
	if (rc == ENT_EFORMAT)
		return ent_lexicon__diag(lx, 1, rd->line, "%s in verb '%.*s'", err ? err : "syntax error", (int)n, s);
	ENT_FORWARD_IF_ERROR(rc);
	if (ph.n == 0)
		return ent_lexicon__diag(lx, 1, rd->line, "empty verb");
	if (head >= ph.n)
		head = 0;
	/* TABARI gives exact verbs ("DEPART_") their regular endings: departs,
	 * departed, departing */
	if (!petrarch && match != LX_EXACT && ph.e[head].kind == LX_E_WORD && ph.e[head].match == LX_EXACT)
		ph.e[head].match = LX_INFL;
	lx_verbform vf = { ph, (uint32_t)head, block };
	return ENT_VEC_PUSH(&lx->verbs, vf);
}

/* Synset lines: "&NAME" then "+WORD" lines. */
static int add_synset_member(ent_lexicon *lx, lx_reader *rd, uint32_t set, const char *s, size_t n, int match,
			     int petrarch)
{
	lx_parse_opts po = { match, 0, 0, petrarch, 0, 0 };
	lx_phrase ph;
	const char *err;
	int rc = ent_lexicon__parse_phrase(lx, s, n, &po, &ph, &err);
	if (rc == ENT_EFORMAT)
		return ent_lexicon__diag(lx, 1, rd->line, "%s in synset member '%.*s'", err ? err : "syntax error", (int)n, s);
	ENT_FORWARD_IF_ERROR(rc);
	if (ph.n == 0)
		return 0;
	return ENT_VEC_PUSH(&lx->altsets.items[set].alts, ph);
}

/* The code of the verb spelt `w` (one word, any case): its block's code;
 * NULL when no verb of the dictionary is that word or its block has none. */
static const char *verb_code(const ent_lexicon *lx, const char *w, size_t n)
{
	for (size_t i = 0; i < lx->verbs.len; i++) {
		const lx_verbform *vf = &lx->verbs.items[i];
		if (vf->ph.n != 1 || vf->ph.e[0].kind != LX_E_WORD || vf->ph.e[0].len != n)
			continue;
		size_t k = 0;
		while (k < n && vf->ph.e[0].w[k] == (w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]))
			k++;
		if (k == n)
			return lx->blocks.items[vf->block].code;
	}
	return NULL;
}

/* "~ a (a b ATTACK) SAY = a b 015" (see lx_transform); verbs are named by
 * a form the dictionary lists above the line. */
static int add_transform(ent_lexicon *lx, lx_reader *rd, const char *l, size_t n)
{
	const char *tok[16];
	size_t len[16], nt = 0;
	for (size_t i = 1; i < n && nt < 16;) {
		if (l[i] == ' ' || l[i] == '\t') {
			i++;
			continue;
		}
		size_t j = i;
		if (l[i] == '(' || l[i] == ')' || l[i] == '=')
			j++;
		else
			while (j < n && l[j] != ' ' && l[j] != '\t' && l[j] != '(' && l[j] != ')' && l[j] != '=')
				j++;
		tok[nt] = l + i;
		len[nt++] = j - i;
		i = j;
	}
	/* a ( X Y INNER ) OUTER = P Q CODE */
	static const char shape[] = "s(xyv)v=ppc";
	int ok = nt == 11;
	for (size_t i = 0; ok && i < 11; i++) {
		char k = shape[i];
		if (k == '(' || k == ')' || k == '=')
			ok = len[i] == 1 && tok[i][0] == k;
		else if (k == 's' || k == 'x' || k == 'y' || k == 'p')
			ok = len[i] == 1 && strchr(k == 'x' ? "ab_" : k == 'y' ? "b." : "ab", tok[i][0]) != NULL;
	}
	if (!ok)
		return ent_lexicon__diag(lx, 1, rd->line, "transformation not of the form '~ a (X Y VERB) VERB = P Q CODE': '%.*s'",
					 (int)n, l);
	lx_transform t = { tok[2][0], tok[3][0], tok[8][0], tok[9][0], "", NULL, NULL, rd->line };
	int inner_any = len[4] == 1 && tok[4][0] == 'Q', out_any = len[10] == 1 && tok[10][0] == 'Q';
	const char *inner = inner_any ? "" : verb_code(lx, tok[4], len[4]);
	t.outer = verb_code(lx, tok[6], len[6]);
	if (!inner || !t.outer)
		return ent_lexicon__diag(lx, 0, rd->line, "transformation names verb '%.*s', which has no code here; skipped",
					 (int)(inner ? len[6] : len[4]), inner ? tok[6] : tok[4]);
	if (!inner_any)
		memcpy(t.inner_root, inner, 2);
	if (out_any != inner_any)
		return ent_lexicon__diag(lx, 1, rd->line, "transformation: Q must stand for both events' codes or neither");
	if (!out_any) {
		for (size_t i = 0; i < len[10]; i++)
			if (tok[10][i] < '0' || tok[10][i] > '9' || len[10] > 4)
				return ent_lexicon__diag(lx, 1, rd->line, "transformation: bad code '%.*s'", (int)len[10], tok[10]);
		t.code = ent_lexicon__strndup(lx, tok[10], len[10]);
		ENT_RETURN_IF_OOM(t.code);
	}
	return ENT_VEC_PUSH(&lx->transforms, t);
}

static int read_verbs(ent_lexicon *lx, const char *data, size_t len, int petrarch)
{
	lx_reader rd = { lx, data, len, 0, 0, petrarch, 0, 0 };
	const char *l;
	size_t n;
	int rc = 0;
	long block = -1;
	long synset = -1;
	int skip = 0;
	int match = petrarch ? LX_INFL : LX_STEM;
	/* PETRARCH "--- VERB [code] ---" headers give the block's code; the
	 * verb lines under it share it. */
	const char *hdr_c1 = NULL, *hdr_c2 = NULL;
	int in_header_block = 0;
	long hdr_block = -1; /* PETRARCH: the block of the header's first verb, which owns the patterns */
	long hdr_plain = -1; /* PETRARCH: the block of the header's verbs without a code of their own */
	while (rc == 0 && next(&rd, &l, &n)) {
		if (l[0] == '<') {
			/* <TIME> ... </TIME> and other sections we do not code */
			if (n > 2 && l[1] == '/')
				skip = 0;
			else if (!(n >= 9 && !memcmp(l, "<SYNSETS>", 9)))
				skip = 1;
			synset = -1;
			continue;
		}
		if (skip)
			continue;
		if (l[0] == '~' && petrarch) {
			rc = add_transform(lx, &rd, l, n);
			continue;
		}
		if (n > 4 && !memcmp(l, "---", 3) && l[n - 1] == '-') {
			const char *br = memchr(l, '[', n), *cb = br ? memchr(br, ']', n - (size_t)(br - l)) : NULL;
			hdr_c1 = hdr_c2 = NULL;
			if (br && cb)
				rc = parse_verb_code(lx, br + 1, (size_t)(cb - br - 1), &hdr_c1, &hdr_c2);
			in_header_block = 1;
			block = -1;
			hdr_block = -1;
			hdr_plain = -1;
			synset = -1;
			continue;
		}
		if (l[0] == '&') {
			size_t e = 1;
			while (e < n && l[e] != ' ' && l[e] != '\t')
				e++;
			uint32_t ai;
			rc = ent_lexicon__add_synset(lx, l + 1, e - 1, &ai);
			synset = (long)ai;
			continue;
		}
		if (l[0] == '+' && synset >= 0) {
			const char *s = l + 1;
			size_t sn = n - 1;
			ent_lexicon__trim(&s, &sn);
			rc = add_synset_member(lx, &rd, (uint32_t)synset, s, sn, match, petrarch);
			continue;
		}
		if (l[0] == '-') {
			synset = -1;
			if (block < 0) {
				rc = ent_lexicon__diag(lx, 1, rd.line, "pattern before any verb: '%.*s'", (int)n, l);
				continue;
			}
			rc = add_pattern(lx, &rd, (uint32_t)(petrarch && hdr_block >= 0 ? hdr_block : block), l + 1, n - 1, petrarch);
			continue;
		}
		if (l[0] == '{') {
			/* TABARI irregular forms of the last verb: "{ BROKE_ BROKEN_ }" */
			if (block < 0) {
				rc = ent_lexicon__diag(lx, 1, rd.line, "verb forms before any verb");
				continue;
			}
			const char *p = l + 1, *end = l + n;
			while (p < end && rc == 0) {
				while (p < end && (*p == ' ' || *p == '\t'))
					p++;
				const char *q = p;
				while (q < end && *q != ' ' && *q != '\t' && *q != '}')
					q++;
				if (q > p)
					rc = add_verb_form(lx, &rd, (uint32_t)block, p, (size_t)(q - p), match, petrarch);
				p = q + 1;
			}
			continue;
		}
		if (l[0] == '+' && petrarch && block >= 0) {
			/* a multi-word form of the block's verb */
			rc = add_verb_form(lx, &rd, (uint32_t)block, l + 1, n - 1, match, petrarch);
			continue;
		}
		synset = -1;
		/* a verb line: "VERB [code]" (TABARI), "VERB {FORMS}" or "VERB" (PETRARCH) */
		const char *br = memchr(l, '[', n);
		const char *cb = br ? memchr(br, ']', n - (size_t)(br - l)) : NULL;
		const char *c1 = NULL, *c2 = NULL;
		if (br && cb) {
			rc = parse_verb_code(lx, br + 1, (size_t)(cb - br - 1), &c1, &c2);
			if (c1 && (!strcmp(c1, "+++") || !strcmp(c1, "###")))
				c1 = NULL;
		} else if (br)
			rc = ent_lexicon__diag(lx, 1, rd.line, "'[' without ']' in '%.*s'", (int)n, l);
		if (rc)
			break;
		size_t vn = br ? (size_t)(br - l) : n;
		const char *brace = memchr(l, '{', vn);
		const char *forms = NULL;
		size_t fn = 0;
		if (brace) {
			const char *cbr = memchr(brace, '}', n - (size_t)(brace - l));
			forms = brace + 1;
			fn = cbr ? (size_t)(cbr - brace - 1) : 0;
			vn = (size_t)(brace - l);
		}
		const char *v = l;
		ent_lexicon__trim(&v, &vn);
		/* "BAN=": this form only ("baning", "baned" are other words) */
		int vmatch = match;
		while (vn && v[vn - 1] == '=') {
			vn--;
			vmatch = LX_EXACT;
		}
		if (vn == 0) {
			rc = ent_lexicon__diag(lx, 1, rd.line, "verb line without a verb: '%.*s'", (int)n, l);
			continue;
		}
		if (in_header_block && hdr_plain >= 0 && !br) {
			/* another verb of the same PETRARCH block (a synonym), with
			 * the header's code even after a verb with its own
			 * ("REPORT [---]" then "SAY": SAY says 010) */
			block = hdr_plain;
		} else {
			uint32_t b = 0;
			rc = new_block(lx, v, vn, br ? c1 : hdr_c1, br ? c2 : hdr_c2, &b);
			block = (long)b;
			if (in_header_block && hdr_block < 0)
				hdr_block = block;
			else if (rc == 0 && petrarch && in_header_block && hdr_block >= 0)
				lx->blocks.items[b].pats_of = (int32_t)hdr_block;
			if (in_header_block && !br)
				hdr_plain = block;
		}
		if (rc == 0)
			rc = add_verb_form(lx, &rd, (uint32_t)block, v, vn, vmatch, petrarch);
		if (rc == 0 && forms) {
			const char *p = forms, *end = forms + fn;
			while (p < end && rc == 0) {
				while (p < end && *p == ' ')
					p++;
				const char *q = p;
				while (q < end && *q != ' ')
					q++;
				if (q > p)
					rc = add_verb_form(lx, &rd, (uint32_t)block, p, (size_t)(q - p), LX_EXACT, petrarch);
				p = q;
			}
		}
	}
	return rc;
}

int ent_lexicon__read_tabari_verbs(ent_lexicon *lx, const char *data, size_t len)
{
	/* TABARI codes the first verb that codes in each clause unless its
	 * options say otherwise (SET: CODE ALL / CODE BY SENTENCE) */
	if (!ent_lexicon_option(lx, "CODE"))
		ENT_FORWARD_IF_ERROR(ent_lexicon_set_option(lx, "CODE", "BY CLAUSE"));
	return read_verbs(lx, data, len, 0);
}

int ent_lexicon__read_petrarch_verbs(ent_lexicon *lx, const char *data, size_t len)
{
	return read_verbs(lx, data, len, 1);
}

int ent_lexicon__read_tabari_options(ent_lexicon *lx, const char *data, size_t len)
{
	lx_reader rd = { lx, data, len, 0, 0, 0, 0, 0 };
	const char *l;
	size_t n;
	while (next(&rd, &l, &n)) {
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
	lx_reader rd = { lx, data, len, 0, 0, 1, 0, 0 };
	const char *l;
	size_t n;
	while (next(&rd, &l, &n)) {
		int story = l[0] == '+';
		const char *s = l + story;
		size_t sn = n - (size_t)story;
		ent_lexicon__trim(&s, &sn);
		if (!sn)
			continue;
		lx_parse_opts po = { LX_INFL, 0, 0, 1, 0, 0 };
		lx_phrase ph;
		const char *err;
		int rc = ent_lexicon__parse_phrase(lx, s, sn, &po, &ph, &err);
		if (rc == ENT_EFORMAT) {
			ENT_FORWARD_IF_ERROR(ent_lexicon__diag(lx, 1, rd.line, "%s in discard '%.*s'", err ? err : "syntax error", (int)sn, s));
			continue;
		}
		ENT_FORWARD_IF_ERROR(rc);
		if (!ph.n)
			continue;
		lx_discard d = { ph, (uint8_t)story };
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->discards, d));
	}
	return 0;
}
