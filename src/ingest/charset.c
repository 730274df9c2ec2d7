/* windows-1252 and every other charset ICU knows to UTF-8, and finding a
 * page's declared charset. */
#include "ingest/charset.h"

#include <string.h>         /* strlen */
#include <unicode/ucnv.h>   /* ucnv_convert: any charset to UTF-8 */

#include "util/buf.h"   /* ent_buf_put, ent_buf_grow */
#include "util/error.h" /* ent_error_set */
#include "util/utf8.h"  /* ent_utf8_encode */

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

/* Whether name[0..len) is one of the n aliases, case aside. */
static int named(const char *name, size_t len, const char *const *aliases, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t an = strlen(aliases[k]), i = 0;
		if (an != len)
			continue;
		while (i < an && lower(name[i]) == aliases[k][i])
			i++;
		if (i == an)
			return 1;
	}
	return 0;
}

int ent_ingest__charset_is_cp1252(const char *name, size_t len)
{
	static const char *const aliases[] = {
		"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
		"windows-1252", "cp1252", "x-cp1252", "us-ascii", "ascii", "iso-8859-15", "latin9",
	};
	return named(name, len, aliases, sizeof aliases / sizeof aliases[0]);
}

int ent_ingest__html_declared_charset(const char *html, size_t len, const char **name, size_t *name_len)
{
	if (len > 2048)
		len = 2048;
	static const char key[] = "charset";
	for (size_t i = 0; i + sizeof key < len; i++) {
		size_t k = 0;
		while (k < sizeof key - 1 && lower(html[i + k]) == key[k])
			k++;
		if (k < sizeof key - 1)
			continue;
		size_t j = i + k;
		while (j < len && html[j] == ' ')
			j++;
		if (j >= len || html[j] != '=')
			continue;
		j++;
		while (j < len && (html[j] == ' ' || html[j] == '"' || html[j] == '\''))
			j++;
		size_t e = j;
		while (e < len && (html[e] == '-' || html[e] == '_' || html[e] == ':' ||
				   (html[e] >= '0' && html[e] <= '9') || (lower(html[e]) >= 'a' && lower(html[e]) <= 'z')))
			e++;
		if (e > j) {
			*name = html + j;
			*name_len = e - j;
			return 1;
		}
	}
	return 0;
}

/* Code points of bytes 0x80..0x9f in windows-1252; 0 where undefined
 * (those bytes map to the C1 control of the same value, as browsers do). */
static const unsigned short cp1252_high[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

int ent_ingest__cp1252_to_utf8(ent_buf *out, const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < len) {
		size_t run = i;
		while (run < len && s[run] < 0x80)
			run++;
		if (run > i && ent_buf_put(out, str + i, run - i) < 0)
			return ENT_ENOMEM;
		i = run;
		if (i >= len)
			break;
		unsigned cp = s[i];
		if (cp >= 0x80 && cp < 0xa0 && cp1252_high[cp - 0x80])
			cp = cp1252_high[cp - 0x80];
		char enc[4];
		int n = ent_utf8_encode(cp, enc);
		if (ent_buf_put(out, enc, (size_t)n) < 0)
			return ENT_ENOMEM;
		i++;
	}
	return 0;
}

int ent_ingest__charset_is_utf8(const char *name, size_t len)
{
	static const char *const aliases[] = { "utf-8", "utf8", "unicode-1-1-utf-8" };
	return named(name, len, aliases, sizeof aliases / sizeof aliases[0]);
}

int ent_ingest__charset_to_utf8(ent_buf *out, const char *name, size_t name_len, const char *s, size_t len)
{
	char cs[64];
	if (name_len == 0 || name_len >= sizeof cs)
		return ent_error_set(ENT_EUNSUPPORTED, "charset name of %zu bytes", name_len);
	memcpy(cs, name, name_len);
	cs[name_len] = '\0';
	/* ucnv_convert reports an unknown name as U_FILE_ACCESS_ERROR (no such
	 * converter data) or U_ILLEGAL_ARGUMENT_ERROR; a too small output as
	 * U_BUFFER_OVERFLOW_ERROR with the length it needs. A byte of a
	 * legacy charset is at most 3 UTF-8 bytes (BMP) and a 4-byte GB18030
	 * sequence at most 4, so 3 bytes an input byte and a margin suffice
	 * nearly always: the retry is for the unexpected. */
	size_t cap = len * 3 + 16;
	for (int attempt = 0; attempt < 2; attempt++) {
		ENT_FORWARD_IF_ERROR(ent_buf_grow(out, cap + 1));
		UErrorCode err = U_ZERO_ERROR;
		int32_t n = ucnv_convert("UTF-8", cs, out->ptr + out->size, (int32_t)cap, s, (int32_t)len, &err);
		if (err == U_BUFFER_OVERFLOW_ERROR && attempt == 0) {
			cap = (size_t)n + 1;
			continue;
		}
		if (U_FAILURE(err)) {
			out->ptr[out->size] = '\0';
			if (err == U_MEMORY_ALLOCATION_ERROR)
				return ent_error_set(ENT_ENOMEM, "converting from %s", cs);
			return ent_error_set(ENT_EUNSUPPORTED, "charset '%s' is not one ICU knows (%s)", cs, u_errorName(err));
		}
		out->size += (size_t)n;
		out->ptr[out->size] = '\0';
		return 0;
	}
	return ent_error_set(ENT_ERROR, "converting from %s: the output kept growing", cs);
}
