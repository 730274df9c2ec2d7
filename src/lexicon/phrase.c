/* Parsing dictionary phrases into element sequences, for every format
 * (see dict.h for the representation). */
#include <string.h> /* memchr, memcpy */

#include "lexicon/dict.h"
#include "util/error.h" /* ENT_RETURN_IF_OOM */

static int is_sp(char c) { return c == ' ' || c == '\t' || c == '\r'; }

char *ent_lexicon__strndup(ent_lexicon *lx, const char *s, size_t n)
{
	return ent_arena_strndup(lx->arena, s, n);
}

char *ent_lexicon__lower(ent_lexicon *lx, const char *s, size_t n)
{
	char *d = ent_arena_strndup(lx->arena, s, n);
	if (d)
		for (size_t i = 0; i < n; i++)
			if (d[i] >= 'A' && d[i] <= 'Z')
				d[i] = (char)(d[i] + 32);
	return d;
}

int ent_lexicon__add_synset(ent_lexicon *lx, const char *name, size_t n, uint32_t *out)
{
	char buf[128];
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
	/* "&TIETYPES_" and "&TIETYPES" are the same set */
	while (n > 0 && buf[n - 1] == '_')
		n--;
	void *v = ent_map_get(lx->synsets, buf, n);
	if (v) {
		*out = (uint32_t)((uintptr_t)v - 1);
		return 0;
	}
	lx_altset a = { 0 };
	a.line = lx->cur_line;
	a.name = ent_lexicon__strndup(lx, buf, n);
	ENT_RETURN_IF_OOM(a.name);
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->altsets, a));
	*out = (uint32_t)(lx->altsets.len - 1);
	ENT_FORWARD_IF_ERROR(ent_map_put(lx->synsets, buf, n, (void *)(uintptr_t)(*out + 1)));
	return 0;
}

typedef ENT_VEC(lx_elem) elem_vec;

static int push_word(ent_lexicon *lx, elem_vec *v, const char *w, size_t n, int match, int gap, int optional,
		     int caps)
{
	lx_elem e = { 0 };
	e.kind = LX_E_WORD;
	e.match = (uint8_t)match;
	e.gap = (uint8_t)gap;
	e.optional = (uint8_t)optional;
	e.caps = (uint8_t)caps;
	if (n > 0xFFFF)
		n = 0xFFFF;
	e.len = (uint16_t)n;
	e.w = ent_lexicon__lower(lx, w, n);
	ENT_RETURN_IF_OOM(e.w);
	return ENT_VEC_PUSH(v, e);
}

/* A word of a phrase: letters, digits and punctuation other than the
 * separators. */
static int is_word_end(char c, const lx_parse_opts *po)
{
	if (is_sp(c) || c == '_' || c == '|' || c == '{' || c == '}')
		return 1;
	if ((po->ours || po->petrarch) && (c == '(' || c == ')'))
		return 1;
	return 0;
}

static int parse_into(ent_lexicon *lx, const char *s, size_t n, const lx_parse_opts *po, elem_vec *v,
		      const char **err, int depth);

/* "{ a | b c }": an alternative set; returns the index past '}'. */
static int parse_alt(ent_lexicon *lx, const char *s, size_t n, size_t *i, const lx_parse_opts *po, elem_vec *v,
		     int gap, const char **err, int depth)
{
	size_t b = *i + 1, k = b;
	int level = 1;
	while (k < n && level) {
		if (s[k] == '{')
			level++;
		else if (s[k] == '}')
			level--;
		if (level)
			k++;
	}
	if (k >= n) {
		*err = "'{' without '}'";
		return ENT_EFORMAT;
	}
	uint32_t ai;
	lx_altset a = { 0 };
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->altsets, a));
	ai = (uint32_t)(lx->altsets.len - 1);
	size_t p = b;
	while (p <= k) {
		size_t q = p;
		int lv = 0;
		while (q < k && !(s[q] == '|' && lv == 0)) {
			if (s[q] == '{')
				lv++;
			else if (s[q] == '}')
				lv--;
			q++;
		}
		elem_vec sub = { 0 };
		int rc = parse_into(lx, s + p, q - p, po, &sub, err, depth + 1);
		if (rc < 0) {
			ENT_VEC_FREE(&sub);
			return rc;
		}
		if (sub.len) {
			lx_phrase ph;
			ph.n = (uint32_t)sub.len;
			ph.e = ent_arena_alloc(lx->arena, sub.len * sizeof *ph.e);
			if (!ph.e) {
				ENT_VEC_FREE(&sub);
				return ent_error_oom();
			}
			memcpy(ph.e, sub.items, sub.len * sizeof *ph.e);
			ph.e[0].gap = 0;
			rc = ENT_VEC_PUSH(&lx->altsets.items[ai].alts, ph);
		}
		ENT_VEC_FREE(&sub);
		ENT_FORWARD_IF_ERROR(rc);
		p = q + 1;
	}
	lx_elem e = { 0 };
	e.kind = LX_E_ALT;
	e.alt = ai;
	e.gap = (uint8_t)gap;
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(v, e));
	*i = k + 1;
	return 0;
}

static int parse_into(ent_lexicon *lx, const char *s, size_t n, const lx_parse_opts *po, elem_vec *v,
		      const char **err, int depth)
{
	if (depth > 8) {
		*err = "alternatives nested too deeply";
		return ENT_EFORMAT;
	}
	size_t i = 0;
	int gap = 0;        /* gap before the next element */
	int first = 1;
	int optional = 0;
	while (i < n) {
		char c = s[i];
		if (is_sp(c)) {
			if (!first)
				gap = gap > po->gap_space ? gap : po->gap_space;
			i++;
			continue;
		}
		if (c == '_') {
			i++;
			continue;
		}
		if (po->petrarch && (c == '{' || c == '}' || c == '(' || c == ')')) {
			i++; /* PETRARCH noun and prepositional phrase groups: just words here */
			continue;
		}
		if (c == '{') {
			ENT_FORWARD_IF_ERROR(parse_alt(lx, s, n, &i, po, v, first ? 0 : gap, err, depth));
			gap = 0;
			first = 0;
			continue;
		}
		if (c == '}' || c == '|') {
			*err = c == '}' ? "'}' without '{'" : "'|' outside '{...}'";
			return ENT_EFORMAT;
		}
		if (po->ours && c == '(') {
			optional = 1;
			i++;
			continue;
		}
		if (po->ours && c == ')') {
			optional = 0;
			i++;
			continue;
		}
		if (po->ours && c == '*') {
			gap = 3;
			i++;
			continue;
		}
		/* "&NAME": a TABARI/PETRARCH synset; "@name": a noun class of
		 * entente's verbs.txt, named with its '@' so that it never
		 * merges with a synset of another dictionary */
		if ((c == '&' || (po->ours && c == '@')) && i + 1 < n && s[i + 1] != ' ') {
			size_t b = c == '@' ? i++ : ++i;
			/* "&TIETYPES_MEMOS": the name ends at '_', which then joins */
			while (i < n && !is_sp(s[i]) && s[i] != '}' && s[i] != '|' && s[i] != '_' &&
			       !(po->ours && (s[i] == '(' || s[i] == ')')))
				i++;
			size_t e = i;
			uint32_t ai;
			ENT_FORWARD_IF_ERROR(ent_lexicon__add_synset(lx, s + b, e - b, &ai));
			lx_elem el = { 0 };
			el.kind = LX_E_ALT;
			el.alt = ai;
			el.gap = (uint8_t)(first ? 0 : gap);
			el.optional = (uint8_t)optional;
			ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(v, el));
			gap = 0;
			first = 0;
			continue;
		}
		/* TABARI "^": any one word */
		if (c == '^' && po->slots && (i + 1 >= n || is_word_end(s[i + 1], po))) {
			ENT_FORWARD_IF_ERROR(push_word(lx, v, "^", 1, LX_ANY, first ? 0 : gap, optional, 0));
			i++;
			gap = 0;
			first = 0;
			continue;
		}
		if (po->slots && (c == '+' || c == '$' || c == '%') && (i + 1 >= n || is_word_end(s[i + 1], po))) {
			lx_elem el = { 0 };
			el.kind = c == '+' ? LX_E_TARGET : c == '$' ? LX_E_SOURCE : LX_E_COMPOUND;
			el.gap = (uint8_t)(first ? 0 : gap);
			ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(v, el));
			i++;
			gap = 0;
			first = 0;
			continue;
		}
		if (po->ours && po->slots && (c == 'T' || c == 'S') && (i + 1 >= n || is_word_end(s[i + 1], po))) {
			lx_elem el = { 0 };
			el.kind = c == 'T' ? LX_E_TARGET : LX_E_SOURCE;
			/* an actor slot may be preceded by an article or a word or
			 * two of description ("visit the Caspian republic") */
			el.gap = (uint8_t)(first ? 0 : (gap > 2 ? gap : 2));
			ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(v, el));
			i++;
			gap = 0;
			first = 0;
			continue;
		}
		/* a word */
		size_t b = i;
		while (i < n && !is_word_end(s[i], po))
			i++;
		size_t e = i;
		int match = po->default_match;
		if (i < n && s[i] == '_') {
			/* a trailing underscore: an exact word, not a stem */
			if (po->default_match == LX_STEM || i + 1 >= n || is_sp(s[i + 1]))
				match = (po->default_match == LX_STEM) ? LX_EXACT : match;
			if (po->default_match != LX_STEM && (i + 1 >= n || is_sp(s[i + 1])))
				match = LX_EXACT;
		}
		/* TABARI '~': "REAL~_PLEASANT" joins the words but keeps REAL a
		 * stem (*really pleasant*), where "REAL_PLEASANT" would not */
		if (e > b && s[e - 1] == '~' && po->default_match == LX_STEM)
			match = LX_STEM;
		while (e > b && s[e - 1] == '~')
			e--;
		/* TABARI "MOUSE=", "BAN=": this word only, no endings ("Mouses",
		 * "baning" are other words) */
		if (e - b >= 2 && s[e - 1] == '=') {
			e--;
			match = LX_EXACT;
		}
		if (e == b)
			continue;
		int caps = 0;
		if (po->caps_rule && e - b >= 2 && e - b <= 5) {
			caps = 1;
			for (size_t k = b; k < e; k++)
				if (!(s[k] >= 'A' && s[k] <= 'Z'))
					caps = 0;
			/* "LeT", "JeM": a capital inside; "let" is not it */
			for (size_t k = b + 1; k < e && !caps; k++)
				if (s[k] >= 'A' && s[k] <= 'Z')
					caps = 2;
		}
		/* "People's Republic": the tokenizer splits the possessive off */
		size_t poss = 0;
		if (e - b > 2 && (s[e - 1] == 's' || s[e - 1] == 'S') && s[e - 2] == '\'')
			poss = 2;
		else if (e - b > 4 && (s[e - 1] == 's' || s[e - 1] == 'S') && (unsigned char)s[e - 2] == 0x99 &&
			 (unsigned char)s[e - 3] == 0x80 && (unsigned char)s[e - 4] == 0xE2)
			poss = 4;
		/* "DIDN'T", "WON'T": the tokenizer splits off n't as well */
		size_t nt = 0;
		if (!poss && e - b > 3 && (s[e - 1] == 't' || s[e - 1] == 'T') && s[e - 2] == '\'' &&
		    (s[e - 3] == 'n' || s[e - 3] == 'N'))
			nt = 3;
		/* TABARI "ANTI-": a prefix cut off by a hyphen ("anti- Gondor");
		 * the tokenizer makes the hyphen a token of its own */
		size_t hy = !poss && !nt && e - b >= 3 && s[e - 1] == '-' && s[e - 2] != '-';
		ENT_FORWARD_IF_ERROR(push_word(lx, v, s + b, e - b - poss - nt - hy, nt || hy ? LX_EXACT : match,
					       first ? 0 : gap, optional, caps));
		if (hy)
			ENT_FORWARD_IF_ERROR(push_word(lx, v, "-", 1, LX_EXACT, 0, optional, 0));
		if (poss)
			ENT_FORWARD_IF_ERROR(push_word(lx, v, "'s", 2, LX_EXACT, 0, optional, 0));
		if (nt)
			ENT_FORWARD_IF_ERROR(push_word(lx, v, "n't", 3, LX_EXACT, 0, optional, 0));
		gap = 0;
		first = 0;
	}
	return 0;
}

int ent_lexicon__parse_phrase(ent_lexicon *lx, const char *s, size_t n, const lx_parse_opts *po, lx_phrase *out,
			      const char **err_msg)
{
	elem_vec v = { 0 };
	*err_msg = NULL;
	int rc = parse_into(lx, s, n, po, &v, err_msg, 0);
	if (rc < 0) {
		ENT_VEC_FREE(&v);
		return rc;
	}
	out->n = (uint32_t)v.len;
	out->e = NULL;
	if (v.len) {
		out->e = ent_arena_alloc(lx->arena, v.len * sizeof *out->e);
		if (!out->e) {
			ENT_VEC_FREE(&v);
			return ent_error_oom();
		}
		memcpy(out->e, v.items, v.len * sizeof *out->e);
	}
	ENT_VEC_FREE(&v);
	return 0;
}

int ent_lexicon__next_line(const char *data, size_t len, size_t *pos, const char **line, size_t *n)
{
	if (*pos >= len)
		return 0;
	const char *b = data + *pos;
	const char *nl = memchr(b, '\n', len - *pos);
	size_t l = nl ? (size_t)(nl - b) : len - *pos;
	*pos += l + (nl ? 1 : 0);
	if (l && b[l - 1] == '\r')
		l--;
	*line = b;
	*n = l;
	return 1;
}

void ent_lexicon__trim(const char **s, size_t *n)
{
	while (*n && (is_sp(**s) || **s == '\n')) {
		(*s)++;
		(*n)--;
	}
	while (*n && (is_sp((*s)[*n - 1]) || (*s)[*n - 1] == '\n'))
		(*n)--;
}
