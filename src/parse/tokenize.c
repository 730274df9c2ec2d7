/* Words as UD English EWT 2.15 splits them. The text is cut at white
 * space into chunks, and each chunk is read left to right a piece at a
 * time: a URL, an e-mail address, a run of word characters with the
 * joiners that stay inside a word (". , : ' - / &" in the right company),
 * or punctuation. Every look-ahead that can fail reads a bounded number of
 * bytes, and what a look-ahead that succeeds reads is consumed, so the
 * whole is linear in the length of the text. The pieces cover every byte
 * of a chunk: no byte is lost and no word is empty. */
#include "parse/tokenize.h"

#include <assert.h> /* assert */
#include <stddef.h> /* ptrdiff_t */
#include <string.h> /* strchr, memchr, memcmp */

#include "entente/common.h" /* ENT_ENOMEM */
#include "util/alloc.h"     /* ent__realloc, ent__free */

enum { C_SPACE = 1, C_ALPHA, C_DIGIT, C_PUNCT }; /* word characters: C_ALPHA, C_DIGIT */

typedef struct {
	const unsigned char *s;
	size_t end;
	size_t tail; /* from here on only closing quotes, brackets and space */
	ent_parse__words *out;
	uint32_t tok;   /* the next token's index */
	int quote_open; /* a single quote was opened and not yet closed */
	int err;
} tk;

/* The code point at p and its length; a byte that is not valid UTF-8 is
 * one character, 0x110000, which counts as a letter. */
static size_t decode(const unsigned char *s, size_t p, size_t e, uint32_t *cp)
{
	static const uint32_t min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	unsigned c = s[p];
	size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 1;
	uint32_t v = c & (0x7F >> n);
	*cp = c < 0x80 ? c : 0x110000;
	for (size_t k = 1; k < n; k++) {
		if (p + k >= e || (s[p + k] & 0xC0) != 0x80)
			return 1;
		v = (v << 6) | (s[p + k] & 0x3F);
	}
	if (n == 1 || v < min[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 1;
	*cp = v;
	return n;
}

/* Non-ASCII: white space; punctuation split off like ASCII's (quotes,
 * dashes, the ellipsis, currency and other symbols, emoji); the rest
 * (letters, marks, the soft hyphen, superscripts) belongs to words. */
static int uclass(uint32_t c)
{
	if (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF)
		return C_SPACE;
	if (c < 0x100)
		return (c >= 0xA1 && c <= 0xBB && !strchr("\xAA\xAD\xB2\xB3\xB5\xB9\xBA", (int)c)) ||
		       c == 0xBF || c == 0xD7 || c == 0xF7 ? C_PUNCT : C_ALPHA;
	return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
	       (c >= 0x20A0 && c <= 0x20CF) || c == 0x2122 || (c >= 0x2190 && c <= 0x27BF) ||
	       (c >= 0x3001 && c <= 0x3011) || (c >= 0xFF01 && c <= 0xFF0F) ||
	       (c >= 0x1F000 && c <= 0x1FAFF) ? C_PUNCT : C_ALPHA;
}

static int ascii_class(unsigned c)
{
	/* Control bytes (NUL among them) separate words like white space: a
	 * word's form is a C string, and no text means anything by them. */
	if (c == ' ' || c < 0x20 || c == 0x7F)
		return C_SPACE;
	if (c >= '0' && c <= '9')
		return C_DIGIT;
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
		return C_ALPHA;
	return C_PUNCT;
}

/* The class of the character at p, and its length (0 at or past e). */
static int cls_at(const unsigned char *s, size_t p, size_t e, size_t *len)
{
	uint32_t c;
	if (p >= e)
		return (int)(*len = 0);
	if (s[p] < 0x80)
		return *len = 1, ascii_class(s[p]);
	*len = decode(s, p, e, &c);
	return uclass(c);
}

static int cls(const unsigned char *s, size_t p, size_t e)
{
	size_t n;
	return cls_at(s, p, e, &n);
}

static int is_word_at(const unsigned char *s, size_t p, size_t e)
{
	return (unsigned)(cls(s, p, e) - C_ALPHA) <= C_DIGIT - C_ALPHA;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_letter(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int in_set(const char *set, unsigned c) { return c && strchr(set, (int)c); }
static int at_digit(const unsigned char *s, size_t p, size_t e) { return p < e && is_digit(s[p]); }

/* Whether s[a..b) (non-empty) is a word of the space-separated `list`,
 * ignoring case but for a capitalised entry, which matches only a
 * capitalised word ("No." is an abbreviation, "no." is not). A '|' in an
 * entry marks a cut, stored in cut[0..1] when it matches. An entry is left
 * at its first unequal letter: every word of the text is looked up in some
 * list, so the cost is about the number of entries, whatever b - a is. */
static int in_list(const char *list, const unsigned char *s, size_t a, size_t b, size_t *cut)
{
	for (const char *w = list; *w; w += *w == ' ') {
		size_t i = a, nc = 0, c[2] = { 0, 0 };
		int ok = !is_upper(*w) || s[a] == (unsigned char)*w;
		for (; ok && *w && *w != ' '; w++) {
			if (*w == '|' && nc < 2)
				c[nc++] = i - a;
			else if (i < b && lower(s[i]) == lower(*w))
				i++;
			else
				ok = 0;
		}
		while (*w && *w != ' ') /* the rest of a word that cannot match */
			w++;
		if (ok && i == b) {
			if (cut)
				cut[0] = c[0], cut[1] = c[1];
			return 1;
		}
	}
	return 0;
}

/* Our own list of abbreviations that keep their period. */
static const char abbrevs[] =
	"Mr Mrs Ms Messrs Dr Drs Prof Sr Jr St Sts Mt Ft Gen Col Lt Sgt Capt Maj Adm "
	"Cmdr Gov Sen Rep Reps Pres Rev Hon Inc Ltd Co Corp Bros Assn Univ Pvt Jan Feb "
	"Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri "
	"Sat Sun No Nos Ave Blvd Rd Hwy Ph Sec Vol Fig Para Calif Fla Ga La Va Mass Wash "
	"Tex Ariz Colo Conn Que etc ect vs viz approx dept est ext attn esp misc cf eg "
	"et al pp eds vols figs mins hrs yrs lb lbs oz sq arrv info rep co conf ps fax "
	"tel spec";

/* Bound prefixes that keep their hyphen ("e-mail", "non-stop", "re-run");
 * EWT splits other hyphenated words ("well - known", "Al - Zaman"). */
static const char prefixes[] =
	"e non mid anti pre re post over co pro multi ex semi sub cross neo counter "
	"psycho socio intra micro mis un arch bi tri quasi pseudo ultra hyper mega mini "
	"macro cyber trans super";

/* Words EWT splits though written as one, and where. */
static const char fused[] =
	"can|not gon|na wan|na got|ta out|ta sort|a du|n|no a|lot at|least in|fact "
	"do|nt did|nt does|nt ca|nt wo|nt is|nt was|nt are|nt ar|nt were|nt could|nt "
	"would|nt should|nt have|nt has|nt had|nt ai|nt i|m i|ve you|re they|re that|s "
	"what|s there|s here|s he|s it|ll you|ll else|s";

/* Words after "its" that show it stands for "it's" ("its a shame"):
 * none can start the noun phrase of the possessive ("its own", "its very
 * existence", "its first"). */
static const char its_next[] =
	"a an the my your his her this that what not in on at for about from between "
	"been going gonna getting called really simply still just always never "
	"probably definitely also actually nothing ok okay because";

static int its_is_it_s(const tk *t, size_t a, size_t b)
{
	const unsigned char *s = t->s;
	size_t q = b, r;
	if (!in_list("its", s, a, b, NULL))
		return 0;
	while (q < t->end && q - b < 3 && s[q] == ' ')
		q++;
	for (r = q; r < t->end && r - q < 12 && is_letter(s[r]);)
		r++;
	return q > b && r > q && cls(s, r, t->end) != C_ALPHA && in_list(its_next, s, q, r, NULL);
}

/* Append the word s[a..b), in the previous word's token when `join`. */
static void emit(tk *t, size_t a, size_t b, int join)
{
	ent_parse__words *w = t->out;
	size_t cap = w->cap ? w->cap * 2 : 64;
	void *p = NULL;
	assert(b > a);
	if (!t->err && w->n == w->cap) {
		if (cap <= (size_t)-1 / 2 / sizeof *w->words)
			p = ent__realloc(w->words, cap * sizeof *w->words);
		if (!p)
			t->err = ENT_ENOMEM;
		else
			w->words = p, w->cap = cap;
	}
	if (t->err)
		return;
	w->words[w->n] = (ent_parse__word){ a, b, join && w->n ? w->words[w->n - 1].token : t->tok++, 0 };
	w->n++;
}

/* Emit s[a..b) as one surface token, of several words if it is fused. */
static void emit_run(tk *t, size_t a, size_t b)
{
	size_t cut[2] = { 2, 0 };
	if (b - a > 8 || !(in_list(fused, t->s, a, b, cut) || its_is_it_s(t, a, b)))
		cut[0] = b - a;
	emit(t, a, a + cut[0], 0);
	if (cut[1])
		emit(t, a + cut[0], a + cut[1], 1);
	if (a + cut[0] < b)
		emit(t, a + (cut[1] ? cut[1] : cut[0]), b, 1);
}

/* The length of an apostrophe at p: ' ` or U+2019 (0 if none). */
static size_t apostrophe(const unsigned char *s, size_t p, size_t e)
{
	if (p >= e)
		return 0;
	return s[p] == '\'' || s[p] == '`' ? 1 : e - p >= 3 && !memcmp(s + p, "\xE2\x80\x99", 3) ? 3 : 0;
}

/* How many letters (up to 3) start at p, 0 unless the word ends there. */
static size_t short_letters(const unsigned char *s, size_t p, size_t e)
{
	size_t n = 0;
	while (n < 3 && p + n < e && is_letter(s[p + n]))
		n++;
	return is_word_at(s, p + n, e) ? 0 : n;
}

/* The length of the clitic whose apostrophe (al bytes) is at p: "'s",
 * "'re", "'ve", "'ll", "'d", "'m", or the "'t" of n't (*nt set); or 0. */
static size_t clitic(const unsigned char *s, size_t p, size_t al, size_t e, int *nt)
{
	size_t n = short_letters(s, p + al, e);
	*nt = n == 1 && lower(s[p + al]) == 't';
	return n && (*nt || in_list("s re ve ll d m", s, p + al, p + al + n, NULL)) ? al + n : 0;
}

/* The next group of digits at p: its length and value (at most 6 digits
 * are read, so a failed look-ahead stays cheap). */
static size_t digits(const unsigned char *s, size_t p, size_t e, unsigned *val)
{
	size_t n = 0;
	*val = 0;
	while (p + n < e && is_digit(s[p + n]) && n < 6)
		*val = *val * 10 + (unsigned)(s[p + n++] - '0');
	return n;
}

/* Whether the hyphen at i joins digit groups: phone numbers, dates, zip
 * codes and extensions stay whole ("713-853-3989", "11-20-2000",
 * "94720-1900", "3-1663"); ranges are split ("1969 - 1970", "10 - 12"). */
static int hyphen_joins_digits(const unsigned char *s, size_t seg, size_t i, size_t e)
{
	unsigned v;
	size_t g2 = digits(s, i + 1, e, &v), j = i + 1 + g2;
	if (j + 1 < e && s[j] == '-' && is_digit(s[j + 1]))
		return i - seg + g2 >= 3;
	return g2 == 4 && i - seg != 4 && !is_word_at(s, j, e);
}

/* Whether the slash at i joins: dates ("16/11/2004", "9/11", not the
 * fraction "3/4"), area codes ("713/853-3989"), letter pairs ("w/o"). */
static int slash_joins(const unsigned char *s, size_t seg, size_t i, size_t e, int num)
{
	unsigned m, d;
	if (!num)
		return i - seg == 1 && is_letter(s[seg]) && i + 1 < e && is_letter(s[i + 1]) &&
		       !is_word_at(s, i + 2, e);
	size_t g1 = digits(s, seg, i, &m), g2 = digits(s, i + 1, e, &d), j = i + 1 + g2;
	if (g1 != i - seg || g2 == 0)
		return 0;
	if (j + 1 < e && (s[j] == '/' || (s[j] == '-' && g1 == 3 && g2 == 3)) && is_digit(s[j + 1]))
		return 1;
	if (g1 > 2 || g2 > 2 || is_word_at(s, j, e))
		return 0;
	return m >= 1 && m <= 12 && d >= 1 && d <= 31 && !(g1 == 1 && g2 == 1 && m < d);
}

/* Letters that stay after digits: ordinals and decades ("9th", "1980s"),
 * a capital ("83N", "4G"); units are split off ("5 kg", "11:30 am"). */
static size_t stays_after_digits(const unsigned char *s, size_t i, size_t e)
{
	size_t n = short_letters(s, i, e);
	if (n && in_list("st nd rd th s", s, i, i + n, NULL))
		return n;
	return n == 1 && ((is_upper(s[i]) && !in_set("KMBCF", s[i])) || in_set("dg", s[i]));
}

/* The end of a domain name at p (less a final '.' or '-'); *dot is set
 * when it has a dot inside. */
static size_t domain_end(const unsigned char *s, size_t p, size_t b, int *dot)
{
	size_t i = p;
	while (i < b && (is_letter(s[i]) || is_digit(s[i]) || in_set(".-_", s[i])))
		i++;
	while (i > p && in_set(".-", s[i - 1]))
		i--;
	*dot = i > p && memchr(s + p, '.', i - p) != NULL;
	return i;
}

/* An e-mail address at p: its end, or 0. The local part is read for at
 * most 64 bytes (its limit in RFC 5321), so a failure costs little. */
static size_t email_end(const unsigned char *s, size_t p, size_t b)
{
	size_t i = p, q;
	int dot;
	while (i < b && i - p <= 64 && (is_letter(s[i]) || is_digit(s[i]) || in_set("_.%+-", s[i])))
		i++;
	if (i == p || i >= b || s[i] != '@')
		return 0;
	q = domain_end(s, i + 1, b, &dot);
	return q > i + 1 ? q : 0;
}

/* A URL at p: its end, or 0. It runs to the end of the chunk less the
 * punctuation after it (but a ')' that closes a '(' in it stays). */
static size_t url_end(const unsigned char *s, size_t p, size_t b)
{
	size_t n = 4, q = b;
	ptrdiff_t depth = 0; /* '(' less ')' in the URL */
	while (n <= 8 && !(b - p > n && in_list("http:// https:// ftp:// www. mailto:", s, p, p + n, NULL)))
		n++;
	if (n > 8 || !is_word_at(s, p + n, b))
		return 0;
	for (size_t j = p + n; j < b; j++)
		depth += (s[j] == '(') - (s[j] == ')');
	while (q > p + n) {
		if (in_set(".,;:!?\"')]}>*", s[q - 1]) && (s[q - 1] != ')' || depth < 0))
			depth += s[q - 1] == ')', q--;
		else if (s[q - 3] == 0xE2 && s[q - 2] == 0x80 && (s[q - 1] == 0x9D || s[q - 1] == 0x99))
			q -= 3; /* ” ’ (q - 3 is at least p: the scheme is longer) */
		else
			break;
	}
	return q;
}

/* The clitics after the apostrophe at i, split from the stem s[rs..):
 * "do|n't", "it|'s", "I|'m", "should|n't|'ve". Returns the end, or 0 when
 * the apostrophe starts no clitic. */
static size_t split_clitics(tk *t, size_t rs, size_t i, size_t b)
{
	const unsigned char *s = t->s;
	size_t al = apostrophe(s, i, b), cl, stem;
	int nt;
	if (!(cl = clitic(s, i, al, b, &nt)) || !(is_letter(s[i - 1]) || s[i - 1] >= 0x80))
		return 0;
	stem = nt ? i - 1 : i;
	if (nt && (stem <= rs || lower(s[stem]) != 'n'))
		return 0;
	emit(t, rs, stem, 0);
	emit(t, stem, i + cl, 1);
	for (i += cl; (al = apostrophe(s, i, b)) && (cl = clitic(s, i, al, b, &nt)) && !nt; i += cl)
		emit(t, i, i + cl, 1);
	return i;
}

/* Whether the joiner at i, inside a word after the segment s[seg..i),
 * keeps the word going. *num_join is the joiner a number has taken
 * ("-" in a phone number, "/" in a date), which then always joins. */
static int joins(const unsigned char *s, size_t seg, size_t i, size_t b, int numeric, int *num_join)
{
	unsigned c = s[i];
	int nw = is_word_at(s, i + 1, b), dig = is_digit(s[i - 1]) && at_digit(s, i + 1, b), j = 0;
	switch (c) {
	case ',': /* "3,000", "7,5" */
	case ':': /* "10:30" */
		return dig;
	case '_':
		return nw;
	case '&': /* "P&L", "AT&T" */
		return is_upper(s[i - 1]) && i + 1 < b && is_upper(s[i + 1]);
	case '$': /* "US$", "co$t" */
		return (is_letter(s[i - 1]) || s[i - 1] == '$') && !at_digit(s, i + 1, b);
	case '*': /* "f*ck", "F**k" */
		for (j = 1; j < 4 && i + j < b && s[i + j] == '*';)
			j++;
		return (is_letter(s[i - 1]) || s[i - 1] == '*') && i + j < b && is_letter(s[i + j]);
	case '-':
		if (nw && *num_join == '-')
			return dig;
		if (nw && numeric && dig)
			j = hyphen_joins_digits(s, seg, i, b);
		else if (nw && !numeric && in_list(prefixes, s, seg, i, NULL)) {
			/* "e-mail", but "Jamaat-e - Islami", "over - the - counter" */
			for (j = 1; i + j < b && is_letter(s[i + j]);)
				j++;
			j = (i - seg > 1 || !is_upper(s[i + 1])) && !(i + j < b && s[i + j] == '-');
		}
		break;
	case '/':
		if (nw && *num_join == '/')
			return dig;
		j = nw && slash_joins(s, seg, i, b, numeric && is_digit(s[i - 1]));
		break;
	}
	if (j && numeric)
		*num_join = (int)c;
	return j;
}

/* A run of word characters from p with the joiners that stay inside it
 * (numbers, abbreviations, "e-mail", "Shi'ite", "P&L", "w/o"), emitted
 * with its clitics. `skip` bytes of a leading ".", "+" or "#" come with it
 * (".doc", "+44", "#tag"). Returns the end. */
static size_t word(tk *t, size_t p, size_t b, size_t skip)
{
	const unsigned char *s = t->s;
	size_t rs = p, seg = p, i = p + skip, n, q, al, maxseg = 0;
	int numeric = 1, letters = 1, dotted = 0, num_join = 0, k;
	if ((q = email_end(s, p, b)))
		return emit(t, p, q, 0), q;
	while ((k = cls_at(s, i, b, &n)) == C_ALPHA || k == C_DIGIT || k == C_PUNCT) {
		if (k == C_DIGIT) {
			letters = 0;
			i++;
		} else if (k == C_ALPHA) {
			if (numeric && i > rs && is_digit(s[i - 1])) {
				if ((q = stays_after_digits(s, i, b))) {
					numeric = 0;
					i += q;
					continue;
				}
				emit(t, rs, i, 0); /* "5|kg" */
				rs = seg = i;
				letters = 1;
				dotted = num_join = 0;
			}
			numeric = 0;
			i += n;
		} else if (s[i] == '.') {
			/* An abbreviation: an initial, a listed word, or short
			 * letter groups with periods ("U.S", "p.m"). */
			size_t last = i - seg > maxseg ? i - seg : maxseg;
			int ab = letters && (dotted ? last <= 3 : i - rs == 1 ? is_letter(s[rs])
						       : i - rs <= 8 && in_list(abbrevs, s, rs, i, NULL));
			if (!is_word_at(s, i + 1, b)) {
				/* EWT splits an abbreviation's period off at the end of
				 * a sentence ("etc .", "p.m ."), and before an ellipsis
				 * ("etc ..." but "etc. ."). */
				if (ab && i + 1 != t->tail &&
				    !(!dotted && i + 2 < b && s[i + 1] == '.' && s[i + 2] == '.'))
					i++;
				break;
			}
			/* "Dr.Michael", "S.Korea", "Nov.28" are two words. */
			if (ab && ((is_upper(s[i + 1]) && i + 3 < b && is_letter(s[i + 2]) &&
				    is_letter(s[i + 3])) || (at_digit(s, i + 1, b) && !dotted && i - rs > 1))) {
				i++;
				break;
			}
			maxseg = last;
			dotted = 1;
			seg = ++i;
		} else if ((al = apostrophe(s, i, b))) {
			if ((q = split_clitics(t, rs, i, b)))
				return q;
			/* After a word in s, the possessive ("dogs|'", one token)
			 * unless a quote is open; otherwise a closing quote. */
			if (cls(s, i + al, b) != C_ALPHA && in_set("sSxXzZ", s[i - 1]) && !t->quote_open)
				return emit(t, rs, i, 0), emit(t, i, i + al, 1), i + al;
			if (cls(s, i + al, b) != C_ALPHA)
				break;
			seg = i += al; /* "Shi'ite", "50's" */
			letters = 0;
		} else if ((s[i] == '!' && in_list("yahoo", s, rs, i, NULL)) ||
			   (s[i] == '/' && in_list("w", s, rs, i, NULL) && !is_word_at(s, i + 1, b))) {
			i++;
			break;
		} else if (joins(s, seg, i, b, numeric, &num_join)) {
			letters = 0;
			seg = ++i;
		} else {
			break;
		}
	}
	emit_run(t, rs, i);
	return i;
}

static size_t emoticon(const unsigned char *s, size_t p, size_t b)
{
	static const char emoticons[] = ":) :( :D :P :O :] :[ ;) ;( ;D ;P :-) :-( :-D :-P ;-) "
					":'( :') =) =( (: >:( ^_^ ^^ -_- <3";
	for (size_t m = 3; m >= 2; m--)
		if (b - p >= m && in_list(emoticons, s, p, p + m, NULL) && !is_word_at(s, p + m, b))
			return p + m;
	return 0;
}

static int is_stop(uint32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

/* The end of the punctuation word at p: a run of stops ("...", "?!",
 * but "... ?"), of symbols ("--", "<<", "==>", but "< >"), of one repeated
 * character ("''", "’’", "$$$"), a "‘’" pair, or one character. */
static size_t punct_end(const unsigned char *s, size_t p, size_t b)
{
	static const char symbols[] = "-=_*~^<>+|#";
	uint32_t c, d;
	size_t n = decode(s, p, b, &c), q = p + n, m;
	if (is_stop(c)) {
		for (; q < b && (m = decode(s, q, b, &d), is_stop(d)); q += m) {
			if (d != '.' && c == '.' && q - p >= 3)
				break;
			c = d == '.' ? c : d;
		}
	} else if (in_set(symbols, c)) {
		while (q < b && in_set(symbols, s[q]) &&
		       !(in_set("<>", s[q - 1]) && in_set("<>", s[q]) && s[q] != s[q - 1]))
			q++;
	} else if (c >= 0x80 || in_set("'`\\/$", c)) {
		while (b - q >= n && memcmp(s + q, s + p, n) == 0)
			q += n;
	}
	if (c == 0x2018 && b - q >= 3 && memcmp(s + q, "\xE2\x80\x99", 3) == 0)
		q += 3;
	return q;
}

/* Punctuation at p: a clitic written apart ("'s"), a year ("'72"), an
 * emoticon, "@domain.com", a word with a leading ".", "+" or "#", or
 * punctuation. `*after` says whether a word ends right before p, and is
 * set for what follows. */
static size_t punct(tk *t, size_t p, size_t b, int *after)
{
	const unsigned char *s = t->s;
	size_t al = apostrophe(s, p, b), q = 0;
	int nt, prev = *after, dot = 0;
	uint32_t c;
	unsigned v;
	*after = 0;
	if (al && (q = clitic(s, p, al, b, &nt)) && !nt)
		return emit(t, p, p + q, prev), p + q;
	if (al && (digits(s, p + al, b, &v) == 2 ||
		   (!prev && b - p >= al + 2 && in_list("em", s, p + al, p + al + 2, NULL)))) {
		q = p + al + 2 + (p + al + 2 < b && s[p + al + 2] == 's'); /* "'72", "'60s", "'em" */
		q = is_word_at(s, q, b) ? 0 : q;
	} else if (s[p] == '@' && p + 1 < b && is_letter(s[p + 1])) {
		q = domain_end(s, p + 1, b, &dot);
		q = dot ? q : 0;
	} else {
		q = emoticon(s, p, b);
	}
	if (!q && !prev && ((s[p] == '.' && is_word_at(s, p + 1, b) &&
			     (is_digit(s[p + 1]) || !is_word_at(s, p + 5, b))) ||
			    (s[p] == '+' && at_digit(s, p + 1, b)) ||
			    (s[p] == '#' && p + 1 < b && is_letter(s[p + 1])))) {
		*after = 1;
		return word(t, p, b, 1);
	}
	if (!q) {
		decode(s, p, b, &c);
		if ((c == '\'' || c == '`' || c == 0x2018) && !prev &&
		    is_word_at(s, p + (c > 0x80 ? 3 : 1), b))
			t->quote_open = 1;
		else if ((c == '\'' || c == 0x2019) && prev)
			t->quote_open = 0;
		q = punct_end(s, p, b);
	}
	emit(t, p, q, 0);
	return q;
}

/* The words of the chunk s[p..b), which has no white space. */
static void chunk(tk *t, size_t p, size_t b)
{
	for (int after_word = 0; p < b && !t->err;) {
		size_t q = in_set("hHfFwWmM", t->s[p]) ? url_end(t->s, p, b) : 0;
		if (q)
			emit(t, p, q, 0), p = q, after_word = 1;
		else if (is_word_at(t->s, p, b))
			p = word(t, p, b, 0), after_word = 1;
		else
			p = punct(t, p, b, &after_word);
	}
}

/* Where the closing quotes, brackets and space at the end begin. */
static size_t tail_of(const unsigned char *s, size_t start, size_t end)
{
	size_t q = end;
	for (;;) {
		if (q > start && (ascii_class(s[q - 1]) == C_SPACE || in_set("\"')]}", s[q - 1])))
			q--;
		else if (q - start >= 3 && s[q - 3] == 0xE2 && s[q - 2] == 0x80 && in_set("\x9D\x99", s[q - 1]))
			q -= 3; /* ” ’ */
		else if (q - start >= 2 && s[q - 2] == 0xC2 && in_set("\xBB\xA0", s[q - 1]))
			q -= 2; /* » and no-break space */
		else
			return q;
	}
}

int ent_parse__tokenize(ent_parse__words *out, const char *text, size_t start, size_t end)
{
	tk t = { (const unsigned char *)text, end, 0, out, 0, 0, 0 };
	size_t p = start, n;
	assert(out && (text || start >= end));
	out->n = 0;
	if (start >= end)
		return 0;
	t.tail = tail_of(t.s, start, end);
	while (p < end && !t.err) {
		if (cls_at(t.s, p, end, &n) == C_SPACE) {
			p += n;
			continue;
		}
		size_t b = p + n, before = out->n;
		while (b < end && cls_at(t.s, b, end, &n) != C_SPACE)
			b += n;
		chunk(&t, p, b);
		/* The end of the text counts as space, as the last token of a
		 * CoNLL-U sentence has no SpaceAfter=No. */
		if (!t.err && out->n > before)
			out->words[out->n - 1].space_after = 1;
		p = b;
	}
	if (t.err)
		out->n = 0;
	return t.err;
}

void ent_parse__words_dispose(ent_parse__words *w)
{
	if (!w)
		return;
	ent__free(w->words);
	w->words = NULL;
	w->n = w->cap = 0;
}
