/* Actor names for people to read: "AZE" -> "Azerbaijan", "ISRGOV" ->
 * "Israel (government)". Reports and the web map show them beside codes,
 * which alone mean little to a reader ("IGOEUREEC"). See
 * ent_lexicon_actor_name() in entente/lexicon.h for the rules. */
#include "lexicon/names.h"

#include <string.h>         /* strlen, strstr, memcpy */
#include <unicode/uchar.h>  /* u_toupper: capitals beyond ASCII ("Ögedei") */

#include "util/arena.h" /* ent_arena_strndup */
#include "util/error.h" /* ENT_RETURN_IF_OOM */
#include "util/utf8.h"  /* ent_utf8_next, ent_utf8_encode */

int ent_lexicon__set_actor_name(ent_lexicon *lx, uint32_t actor, const char *s, size_t n)
{
	if (!lx || actor >= lx->actors.len || !s)
		return 0;
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (!n)
		return 0;
	lx_actor *a = &lx->actors.items[actor];
	/* The iso-codes list names states formally ("Russian Federation");
	 * our files put the name a reader expects first. */
	int ours = !(lx->cur_file && strstr(lx->cur_file, "3166"));
	if (a->name && (a->name_ours || !ours))
		return 0;
	char *copy = ent_arena_strndup(lx->arena, s, n);
	ENT_RETURN_IF_OOM(copy);
	a->name = copy;
	a->name_ours = (uint8_t)ours;
	return 0;
}

/* A bounded writer into the caller's buffer that cuts only between
 * characters. */
typedef struct {
	char *buf;
	size_t cap, len;
	int full;
} name_out;

static void put(name_out *o, const char *s, size_t n)
{
	if (o->full || !n)
		return;
	size_t room = o->cap ? o->cap - 1 - o->len : 0;
	if (n > room) {
		/* back to the start of the character that does not fit */
		while (room > 0 && ((unsigned char)s[room] & 0xC0) == 0x80)
			room--;
		n = room;
		o->full = 1;
	}
	if (n) {
		memcpy(o->buf + o->len, s, n);
		o->len += n;
		o->buf[o->len] = '\0';
	}
}

static void puts_(name_out *o, const char *s)
{
	put(o, s, strlen(s));
}

/* Short words that stay in lower case inside a name: "Bosnia and
 * Herzegovina", "Democratic Republic of the Congo", "Bashar al-Assad". */
static int is_small_word(const char *w, size_t n)
{
	static const char *const small[] = { "of", "the", "and", "de", "del", "della", "di", "du", "des", "da",
					     "do", "dos", "das", "la", "le", "les", "von", "van", "der",
					     "al", "el", "bin", "ibn", "for", "in", "on", "at", "to", "y", "et" };
	for (size_t i = 0; i < sizeof small / sizeof *small; i++)
		if (strlen(small[i]) == n && !memcmp(small[i], w, n))
			return 1;
	/* "al-Assad", "d'Ivoire": a particle joined to the next word */
	if ((n > 3 && !memcmp(w, "al-", 3)) || (n > 3 && !memcmp(w, "el-", 3)) || (n > 2 && !memcmp(w, "d'", 2)))
		return 2;
	return 0;
}

/* Whether the part after a hyphen is capitalised: "Guinea-Bissau",
 * "Al-Qaeda", but "Tehrik-i-Taliban" (a one-letter joiner) and
 * "Co-operation". */
static int capital_after_hyphen(const char *before, size_t bn, const char *after, size_t an)
{
	size_t k = 0;
	while (k < an && after[k] != '-' && after[k] != '/')
		k++;
	if (k <= 1)
		return 0;
	return !(bn == 2 && !memcmp(before, "co", 2)) && !(bn == 3 && !memcmp(before, "non", 3));
}

/* One word of a phrase (kept in lower case by the readers), capitalised
 * the way names are: each part of "guinea-bissau", and after "o'". */
static void put_word(name_out *o, const lx_elem *e, int first)
{
	const char *w = e->w;
	size_t n = e->len;
	int small = first ? 0 : is_small_word(w, n);
	if (small == 1) {
		put(o, w, n);
		return;
	}
	size_t i = 0, part = 0; /* byte where the current hyphen-separated part starts */
	int upper_next = !small;
	while (i < n) {
		size_t at = i;
		uint32_t cp = ent_utf8_next(w, n, &i);
		char enc[4];
		if (e->caps || upper_next) {
			uint32_t up = cp < 0x80 ? (cp >= 'a' && cp <= 'z' ? cp - 32 : cp) : (uint32_t)u_toupper((UChar32)cp);
			put(o, enc, (size_t)ent_utf8_encode(up, enc));
		} else {
			put(o, w + at, i - at);
		}
		/* "d'ivoire" (a particle) or "o'brien": the part after the
		 * apostrophe is a name; so is most often each part of a
		 * hyphenated word */
		int hyphen = cp == '-' || cp == '/';
		upper_next = (cp == '\'' && at - part == 1) ||
			     (hyphen && capital_after_hyphen(w + part, at - part, w + i, n - i));
		if (hyphen)
			part = i;
	}
}

/* A sequence of words only: no slots, alternatives, gaps or optional words. */
static int plain_phrase(const lx_phrase *ph)
{
	int plain = ph->n > 0;
	for (uint32_t k = 0; plain && k < ph->n; k++)
		plain = ph->e[k].kind == LX_E_WORD && !ph->e[k].optional && ph->e[k].match != LX_ANY && ph->e[k].len;
	return plain;
}

/* Write phrase `ph` as a name; 0 when it is not a plain sequence of words
 * (slots, alternatives, gaps) and nothing was written. */
static int put_phrase(name_out *o, const lx_phrase *ph, int capitalise)
{
	if (!ph || !plain_phrase(ph))
		return 0;
	uint32_t from = 0;
	/* TABARI's "THE_EUROPEAN_UNION": the article is not part of the name */
	if (capitalise && ph->n > 1 && ph->e[0].len == 3 && !memcmp(ph->e[0].w, "the", 3))
		from = 1;
	for (uint32_t i = from; i < ph->n; i++) {
		/* the tokeniser splits "people's" into "people" "'s" */
		if (i > from && ph->e[i].w[0] != '\'')
			put(o, " ", 1);
		if (capitalise || ph->e[i].caps)
			put_word(o, &ph->e[i], i == from);
		else
			put(o, ph->e[i].w, ph->e[i].len);
	}
	return 1;
}

static int is_name_of(const lx_actor_phrase *ap, uint32_t actor)
{
	return ap->actor == actor && (ap->how == LX_HOW_NAME || ap->how == LX_HOW_PERSON) && plain_phrase(&ap->ph);
}

/* The actor's first name phrase, or NULL. An actor first defined by the
 * iso-codes list has that list's formal names first ("Islamic Republic
 * of Iran"); the readers add each block's phrases one after the other,
 * so the name our own files give first opens the actor's next run of
 * phrases, when there is one. */
static const lx_phrase *first_name_phrase(const ent_lexicon *lx, uint32_t actor)
{
	const lx_actor_phrase *ps = lx->actor_phrases.items;
	size_t n = lx->actor_phrases.len, i = 0;
	while (i < n && !is_name_of(&ps[i], actor))
		i++;
	if (i == n)
		return NULL;
	const char *file = lx->actors.items[actor].file;
	if (file && strstr(file, "3166")) {
		size_t j = i;
		while (j < n && ps[j].actor == actor)
			j++;
		while (j < n && !is_name_of(&ps[j], actor))
			j++;
		if (j < n)
			return &ps[j].ph;
	}
	return &ps[i].ph;
}

/* The actor numbered by the first `n` bytes of code that has a name, or
 * -1. */
static long named_actor(const ent_lexicon *lx, const char *code, size_t n)
{
	void *v = ent_map_get(lx->actor_by_code, code, n);
	if (v) {
		uint32_t a = (uint32_t)((uintptr_t)v - 1);
		if (a < lx->actors.len && !lx->actors.items[a].null &&
		    (lx->actors.items[a].name || first_name_phrase(lx, a)))
			return (long)a;
	}
	/* TABARI and Phoenix give a state through dated codes
	 * ("AZERBAIJAN_ [USRAZE <911018] [AZE >911221]"), which the code map
	 * does not hold. Only a bare three-letter state code is looked for
	 * there: people hold dated sector codes too ("[AZEGOV >031031]"),
	 * and "AZEGOV" is the government, not its leader. */
	if (n != 3)
		return -1;
	for (size_t a = 0; a < lx->actors.len; a++) {
		const lx_actor *ac = &lx->actors.items[a];
		if (ac->kind == LX_ACTOR_PERSON || ac->null)
			continue;
		for (size_t r = 0; r < ac->roles.len; r++) {
			const char *rc = ac->roles.items[r].code;
			if (rc && strlen(rc) == 3 && !memcmp(rc, code, 3) && (ac->name || first_name_phrase(lx, (uint32_t)a)))
				return (long)a;
		}
	}
	return -1;
}

/* A sector by the first phrase of its agent entry ("GOV" -> "government"),
 * else its code as it is. */
static void put_sector(name_out *o, const ent_lexicon *lx, const char *s, size_t n)
{
	for (size_t i = 0; i < lx->agents.len; i++) {
		const lx_agent_phrase *ag = &lx->agents.items[i];
		if (ag->prefix || !ag->code || strlen(ag->code) != n || memcmp(ag->code, s, n))
			continue;
		size_t before = o->len;
		if (put_phrase(o, &ag->ph, 0))
			return;
		o->len = before;
	}
	put(o, s, n);
}

size_t ent_lexicon_actor_name(const ent_lexicon *lx, const char *code, char *buf, size_t cap)
{
	char scratch[1];
	name_out o = { buf ? buf : scratch, buf ? cap : 0, 0, 0 };
	if (buf && cap)
		buf[0] = '\0';
	if (!lx || !code || !*code || !o.cap)
		return 0;
	size_t n = strlen(code);
	long a = -1;
	size_t plen = n;
	for (; plen >= 3 && a < 0; plen--)
		a = named_actor(lx, code, plen);
	if (a < 0)
		return 0;
	plen++; /* the loop stepped past the length that matched */
	const lx_actor *ac = &lx->actors.items[a];
	if (ac->name)
		puts_(&o, ac->name);
	else
		put_phrase(&o, first_name_phrase(lx, (uint32_t)a), 1);
	if (plen < n) {
		puts_(&o, " (");
		for (size_t i = plen; i < n; i += 3) {
			if (i > plen)
				puts_(&o, ", ");
			put_sector(&o, lx, code + i, n - i < 3 ? n - i : 3);
		}
		puts_(&o, ")");
	}
	return o.len;
}
