/* English word forms (see word.h). */
#include "lexicon/word.h"

#include <string.h> /* memcmp, strlen */

/* Irregular forms: "form base", sorted by form (binary search). Common
 * English irregular verbs (and a few nouns) written out by us; regular
 * forms are handled by the suffix rules. Keep it sorted. */
static const char *const irregular[][2] = {
	{ "allies", "ally" }, { "am", "be" }, { "are", "be" }, { "beat", "beat" }, { "beaten", "beat" },
	{ "been", "be" }, { "began", "begin" }, { "begun", "begin" }, { "bore", "bear" }, { "born", "bear" },
	{ "borne", "bear" }, { "bought", "buy" }, { "bound", "bind" }, { "broke", "break" }, { "broken", "break" },
	{ "brought", "bring" }, { "built", "build" }, { "came", "come" }, { "cast", "cast" }, { "caught", "catch" },
	{ "children", "child" }, { "chose", "choose" }, { "chosen", "choose" }, { "countries", "country" },
	{ "cut", "cut" }, { "dealt", "deal" }, { "did", "do" }, { "died", "die" }, { "dies", "die" },
	{ "does", "do" }, { "done", "do" }, { "drawn", "draw" }, { "drew", "draw" }, { "driven", "drive" },
	{ "drove", "drive" }, { "enemies", "enemy" }, { "fallen", "fall" }, { "fed", "feed" }, { "fell", "fall" },
	{ "felt", "feel" }, { "fled", "flee" }, { "flew", "fly" }, { "flown", "fly" }, { "forbade", "forbid" },
	{ "forbidden", "forbid" }, { "foresaw", "foresee" }, { "foreseen", "foresee" }, { "forgave", "forgive" },
	{ "forgiven", "forgive" }, { "forgot", "forget" }, { "forgotten", "forget" }, { "fought", "fight" },
	{ "found", "find" }, { "froze", "freeze" }, { "frozen", "freeze" }, { "gave", "give" }, { "given", "give" },
	{ "goes", "go" }, { "gone", "go" }, { "got", "get" }, { "gotten", "get" }, { "grew", "grow" },
	{ "grown", "grow" }, { "had", "have" }, { "has", "have" }, { "heard", "hear" }, { "held", "hold" },
	{ "hid", "hide" }, { "hidden", "hide" }, { "hit", "hit" }, { "hung", "hang" }, { "hurt", "hurt" },
	{ "is", "be" }, { "kept", "keep" }, { "knew", "know" }, { "known", "know" }, { "laid", "lay" },
	{ "lain", "lie" }, { "lay", "lie" }, { "led", "lead" }, { "left", "leave" }, { "let", "let" },
	{ "lied", "lie" }, { "lies", "lie" }, { "lit", "light" }, { "lost", "lose" }, { "made", "make" },
	{ "meant", "mean" }, { "men", "man" }, { "met", "meet" }, { "mistaken", "mistake" },
	{ "mistook", "mistake" }, { "outlawed", "outlaw" }, { "overcame", "overcome" }, { "oversaw", "oversee" },
	{ "overseen", "oversee" }, { "overthrew", "overthrow" }, { "overthrown", "overthrow" }, { "paid", "pay" },
	{ "parties", "party" }, { "people", "person" }, { "put", "put" }, { "quit", "quit" }, { "ran", "run" },
	{ "rang", "ring" }, { "read", "read" }, { "rebuilt", "rebuild" }, { "reread", "reread" },
	{ "resent", "resend" }, { "ridden", "ride" }, { "risen", "rise" }, { "rode", "ride" }, { "rose", "rise" },
	{ "rung", "ring" }, { "said", "say" }, { "saw", "see" }, { "says", "say" }, { "seen", "see" },
	{ "sent", "send" }, { "set", "set" }, { "shaken", "shake" }, { "shed", "shed" }, { "shone", "shine" },
	{ "shook", "shake" }, { "shot", "shoot" }, { "shut", "shut" }, { "slain", "slay" }, { "slew", "slay" },
	{ "slid", "slide" }, { "sold", "sell" }, { "sought", "seek" }, { "sped", "speed" }, { "spent", "spend" },
	{ "split", "split" }, { "spoke", "speak" }, { "spoken", "speak" }, { "spread", "spread" },
	{ "spun", "spin" }, { "states", "state" }, { "stole", "steal" }, { "stolen", "steal" },
	{ "stood", "stand" }, { "stricken", "strike" }, { "struck", "strike" }, { "stuck", "stick" },
	{ "stung", "sting" }, { "swept", "sweep" }, { "swore", "swear" }, { "sworn", "swear" },
	{ "swung", "swing" }, { "taken", "take" }, { "taught", "teach" }, { "thought", "think" },
	{ "threw", "throw" }, { "thrown", "throw" }, { "tied", "tie" }, { "ties", "tie" }, { "told", "tell" },
	{ "took", "take" }, { "tore", "tear" }, { "torn", "tear" }, { "undergone", "undergo" },
	{ "understood", "understand" }, { "undertaken", "undertake" }, { "undertook", "undertake" },
	{ "underwent", "undergo" }, { "upheld", "uphold" }, { "was", "be" }, { "went", "go" }, { "wept", "weep" },
	{ "were", "be" }, { "withdrawn", "withdraw" }, { "withdrew", "withdraw" }, { "withheld", "withhold" },
	{ "withstood", "withstand" }, { "woke", "wake" }, { "woken", "wake" }, { "women", "woman" },
	{ "won", "win" }, { "wore", "wear" }, { "worn", "wear" }, { "wound", "wind" }, { "written", "write" },
	{ "wrote", "write" },
};

static int eq(const char *a, size_t an, const char *b, size_t bn)
{
	return an == bn && memcmp(a, b, an) == 0;
}

#define NIRR (sizeof irregular / sizeof *irregular)

/* Compare a length-delimited word with a NUL-terminated one, as strcmp. */
static int cmpw(const char *t, size_t tn, const char *z)
{
	size_t i = 0;
	for (; i < tn && z[i]; i++)
		if (t[i] != z[i])
			return (unsigned char)t[i] < (unsigned char)z[i] ? -1 : 1;
	if (i < tn)
		return 1;
	return z[i] ? -1 : 0;
}

/* The first index of form `t` in the table, or NIRR. */
static size_t irr_find(const char *t, size_t tn)
{
	size_t lo = 0, hi = NIRR;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cmpw(t, tn, irregular[mid][0]) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < NIRR && cmpw(t, tn, irregular[lo][0]) == 0 ? lo : NIRR;
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

int ent_word_inflects(const char *t, size_t tn, const char *w, size_t wn)
{
	if (ent_word_inflects_regular(t, tn, w, wn))
		return 1;
	return ent_word_irregular_of(ent_word_irregular(t, tn), t, tn, w, wn);
}

int ent_word_inflects_regular(const char *t, size_t tn, const char *w, size_t wn)
{
	if (eq(t, tn, w, wn))
		return 1;
	if (tn > wn && memcmp(t, w, wn) == 0) {
		const char *r = t + wn;
		size_t rn = tn - wn;
		if (eq(r, rn, "s", 1) || eq(r, rn, "es", 2) || eq(r, rn, "ed", 2) || eq(r, rn, "ing", 3) ||
		    eq(r, rn, "'s", 2))
			return 1;
		if (w[wn - 1] == 'e' && (eq(r, rn, "d", 1) || eq(r, rn, "s", 1)))
			return 1;
		/* doubled consonant: "ban" -> "banned", "banning" */
		if (rn >= 3 && r[0] == w[wn - 1] && !is_vowel(r[0]) && (eq(r + 1, rn - 1, "ed", 2) || eq(r + 1, rn - 1, "ing", 3)))
			return 1;
	}
	if (wn >= 2 && w[wn - 1] == 'e' && tn == wn + 2 && memcmp(t, w, wn - 1) == 0 && eq(t + wn - 1, 3, "ing", 3))
		return 1;
	if (wn >= 2 && w[wn - 1] == 'y' && !is_vowel(w[wn - 2]) && tn == wn + 2 && memcmp(t, w, wn - 1) == 0 &&
	    (eq(t + wn - 1, 3, "ies", 3) || eq(t + wn - 1, 3, "ied", 3)))
		return 1;
	return 0;
}

unsigned ent_word_irregular(const char *t, size_t tn)
{
	if (tn < 2 || tn > 10 || t[0] < 'a' || t[0] > 'z')
		return 0; /* every form in the table is 2-10 lower-case letters */
	size_t i = irr_find(t, tn);
	return i < NIRR ? (unsigned)i + 1 : 0;
}

int ent_word_irregular_of(unsigned irr, const char *t, size_t tn, const char *w, size_t wn)
{
	if (!irr)
		return 0;
	for (size_t i = irr - 1; i < NIRR && cmpw(t, tn, irregular[i][0]) == 0; i++)
		if (cmpw(w, wn, irregular[i][1]) == 0)
			return 1;
	return 0;
}

size_t ent_word_bases(const char *t, size_t tn, const char **out, size_t *outlen, size_t max)
{
	return ent_word_bases_irr(t, tn, ent_word_irregular(t, tn), out, outlen, max);
}

size_t ent_word_bases_irr(const char *t, size_t tn, unsigned irr, const char **out, size_t *outlen, size_t max)
{
	size_t n = 0;
#define ADD(p, l)                                         \
	do {                                              \
		if (n < max && (l) > 0) {                 \
			out[n] = (p);                     \
			outlen[n] = (l);                  \
			n++;                              \
		}                                         \
	} while (0)
	ADD(t, tn);
	if (tn > 3 && t[tn - 1] == 's' && t[tn - 2] == '\'')
		ADD(t, tn - 2);
	if (tn > 2 && t[tn - 1] == 's' && t[tn - 2] != 's')
		ADD(t, tn - 1);
	if (tn > 3 && t[tn - 1] == 's' && t[tn - 2] == 'e')
		ADD(t, tn - 2);
	if (tn > 3 && t[tn - 1] == 'd' && t[tn - 2] == 'e') {
		ADD(t, tn - 2);
		ADD(t, tn - 1);
		if (tn > 4 && t[tn - 3] == t[tn - 4] && !is_vowel(t[tn - 3]))
			ADD(t, tn - 3);
	}
	if (tn > 4 && t[tn - 1] == 'g' && t[tn - 2] == 'n' && t[tn - 3] == 'i') {
		ADD(t, tn - 3);
		if (tn > 5 && t[tn - 4] == t[tn - 5] && !is_vowel(t[tn - 4]))
			ADD(t, tn - 4);
	}
	/* -ies/-ied -> y and -ing -> e need a written base: use the static
	 * irregular table's entries or skip (the stem lookups cover them). */
	for (size_t i = irr ? irr - 1 : NIRR; i < NIRR && n < max && cmpw(t, tn, irregular[i][0]) == 0; i++)
		ADD(irregular[i][1], strlen(irregular[i][1]));
#undef ADD
	return n;
}

size_t ent_word_lemma(const char *t, size_t tn, char *buf, size_t cap)
{
	if (cap == 0)
		return 0;
	for (size_t i = irr_find(t, tn); i < NIRR && cmpw(t, tn, irregular[i][0]) == 0; i++) {
			size_t l = strlen(irregular[i][1]);
			if (l >= cap)
				l = cap - 1;
			memcpy(buf, irregular[i][1], l);
			buf[l] = 0;
			return l;
		}
	size_t l = tn;
	if (tn > 4 && memcmp(t + tn - 3, "ies", 3) == 0)
		l = tn - 3;
	else if (tn > 4 && memcmp(t + tn - 3, "ied", 3) == 0)
		l = tn - 3;
	else if (tn > 4 && memcmp(t + tn - 3, "ing", 3) == 0)
		l = tn - 3;
	else if (tn > 3 && memcmp(t + tn - 2, "ed", 2) == 0)
		l = tn - 2;
	else if (tn > 3 && t[tn - 1] == 's' && t[tn - 2] != 's' && t[tn - 2] != 'u' && t[tn - 2] != 'i')
		l = tn - 1;
	if (l >= cap)
		l = cap - 1;
	memcpy(buf, t, l);
	if (l < tn && tn > 4 && (memcmp(t + tn - 3, "ies", 3) == 0 || memcmp(t + tn - 3, "ied", 3) == 0) && l + 1 < cap)
		buf[l++] = 'y';
	else if (l >= 2 && l < tn && buf[l - 1] == buf[l - 2] && !is_vowel(buf[l - 1]) && buf[l - 1] != 's' &&
		 buf[l - 1] != 'l')
		l--;
	buf[l] = 0;
	return l;
}

static int in_list(const char *w, size_t n, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (eq(w, n, list[i], strlen(list[i])))
			return 1;
	return 0;
}

int ent_word_is_determiner(const char *w, size_t n)
{
	static const char *const l[] = { "the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
		"this", "that", "these", "those", "every", "each", "some", "any", NULL };
	return in_list(w, n, l);
}

int ent_word_is_be(const char *w, size_t n)
{
	static const char *const l[] = { "be", "is", "are", "was", "were", "been", "being", "am", NULL };
	return in_list(w, n, l);
}

int ent_word_is_aux(const char *w, size_t n)
{
	static const char *const l[] = { "be", "is", "are", "was", "were", "been", "being", "am", "has", "have",
		"had", "having", "do", "does", "did", "will", "would", "shall", "should", "may", "might", "can",
		"could", "must", "also", "not", "n't", "never", "already", "reportedly", "allegedly", "again",
		"just", "still", "recently", "formally", "officially", "repeatedly", "strongly", "jointly", NULL };
	return in_list(w, n, l);
}

int ent_word_is_pronoun(const char *w, size_t n)
{
	static const char *const l[] = { "he", "she", "it", "they", "him", "them", "its", "their", "his", "her",
		NULL };
	return in_list(w, n, l);
}

int ent_word_is_preposition(const char *w, size_t n)
{
	static const char *const l[] = { "of", "in", "on", "at", "by", "for", "with", "from", "to", "into",
		"against", "over", "under", "about", "between", "among", "during", "after", "before", "through",
		"toward", "towards", "across", "near", "within", "without", "since", "amid", "than", "unlike", "like",
		"including", "besides", "except", "via", "beyond", "upon", "despite", "versus", "vs", NULL };
	return in_list(w, n, l);
}

int ent_word_month(const char *w, size_t n)
{
	static const char *const months[] = { "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december", NULL };
	for (int m = 0; months[m]; m++)
		if (strlen(months[m]) == n && !memcmp(w, months[m], n))
			return m + 1;
	return 0;
}

int ent_word_is_time(const char *w, size_t n)
{
	static const char *const l[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night",
		"weekend", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL };
	return ent_word_month(w, n) || in_list(w, n, l);
}
