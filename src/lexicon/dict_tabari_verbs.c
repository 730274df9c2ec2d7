/* Readers for TABARI .verbs and PETRARCH/CAMEO.2.0 verb dictionaries:
 * verb blocks, their forms and patterns, synonym sets and PETRARCH's
 * transformations (conventions: dict_tabari.c). */
#include <string.h> /* memchr, memcmp */

#include "lexicon/dict.h"
#include "lexicon/dict_tabari.h" /* lx_reader, ent_lexicon__tabari_next */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

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

/* The verb a PETRARCH pattern's comment names ("# ACCEPT", "# REVISE"):
 * its first word when that is all capital letters, else NULL. Only the
 * coverage report reads it (src/lexicon/coverage.c). */
static int comment_verb(ent_lexicon *lx, const char *c, size_t n, const char **out)
{
	size_t k = 0;
	while (k < n && c[k] >= 'A' && c[k] <= 'Z')
		k++;
	*out = NULL;
	if (k < 2 || (k < n && c[k] != ' ' && c[k] != ',' && c[k] != '\t'))
		return 0;
	*out = ent_lexicon__lower(lx, c, k);
	ENT_RETURN_IF_OOM(*out);
	return 0;
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
	if (petrarch && rd->comment_len)
		ENT_FORWARD_IF_ERROR(comment_verb(lx, rd->comment, rd->comment_len, &p.origin));
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
				b->pats.items[i].origin = p.origin;
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
	int rc = ent_lexicon__tabari_phrase(lx, rd, buf, k, &po, "verb ", s, n, &ph);
	if (rc <= 0)
		return rc;
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
	int rc = ent_lexicon__tabari_phrase(lx, rd, s, n, &po, "synset member ", s, n, &ph);
	if (rc <= 0)
		return rc;
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
	lx_reader rd = { lx, data, len, 0, 0, petrarch, 0, 0, NULL, 0 };
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
	while (rc == 0 && ent_lexicon__tabari_next(&rd, &l, &n)) {
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
