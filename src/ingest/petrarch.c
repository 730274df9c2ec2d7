/* PETRARCH's XML input: <Sentences><Sentence date="YYYYMMDD" id="..."
 * ...><Text>...</Text>(<Parse>...</Parse>)</Sentence>...</Sentences>.
 * Each <Sentence> is one document with its id and date, its content the
 * <Text> (XML entities decoded); the supplied <Parse> is not used, as
 * entente parses the text itself. Read without an XML library: the format
 * is flat, and a malformed sentence is reported by line and skipped while
 * the others are read. */
#include <string.h> /* memchr, memcmp */

#include "ingest/reader.h"
#include "util/buf.h"   /* ent_buf_put, ent_buf_clear */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */
#include "util/utf8.h"  /* ent_utf8_encode: numeric character references */

/* Where `needle` next occurs in s[from..len), or len. */
static size_t find(const char *s, size_t len, size_t from, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = from; i + n <= len; i++) {
		const char *p = memchr(s + i, needle[0], len - i);
		if (!p)
			return len;
		i = (size_t)(p - s);
		if (i + n <= len && !memcmp(p, needle, n))
			return i;
	}
	return len;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* The value of attribute `name` in the start tag s[0..n) (spaces around
 * '=' allowed, as PETRARCH's files have them), or NULL. */
static const char *attribute(const char *s, size_t n, const char *name, size_t *len)
{
	size_t k = strlen(name);
	for (size_t i = 0; i + k < n; i++) {
		if (memcmp(s + i, name, k) || (i && !is_space(s[i - 1])))
			continue;
		size_t j = i + k;
		while (j < n && is_space(s[j]))
			j++;
		if (j >= n || s[j] != '=')
			continue;
		j++;
		while (j < n && is_space(s[j]))
			j++;
		if (j >= n || (s[j] != '"' && s[j] != '\''))
			continue;
		const char *e = memchr(s + j + 1, s[j], n - j - 1);
		if (!e)
			return NULL;
		*len = (size_t)(e - (s + j + 1));
		return s + j + 1;
	}
	return NULL;
}

/* Append s[0..n) with XML's entities and character references decoded and
 * runs of white space (the file's line breaks) made single spaces. */
static int put_text(ent_buf *out, const char *s, size_t n)
{
	static const struct {
		const char *name;
		char ch;
	} named[] = { { "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' } };
	int space = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (is_space(c)) {
			space = out->size > 0;
			continue;
		}
		if (space)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ' '));
		space = 0;
		if (c != '&') {
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, c));
			continue;
		}
		size_t k = 0;
		for (; k < sizeof named / sizeof *named; k++) {
			size_t l = strlen(named[k].name);
			if (i + 1 + l <= n && !memcmp(s + i + 1, named[k].name, l)) {
				ENT_FORWARD_IF_ERROR(ent_buf_putc(out, named[k].ch));
				i += l;
				break;
			}
		}
		if (k < sizeof named / sizeof *named)
			continue;
		/* &#NNN; or &#xHHH; */
		unsigned long cp = 0;
		size_t j = i + 1;
		int hex = j + 1 < n && s[j] == '#' && (s[j + 1] == 'x' || s[j + 1] == 'X');
		if (j < n && s[j] == '#') {
			j += hex ? 2 : 1;
			size_t start = j;
			while (j < n && cp <= 0x10ffff &&
			       ((s[j] >= '0' && s[j] <= '9') ||
				(hex && ((s[j] >= 'a' && s[j] <= 'f') || (s[j] >= 'A' && s[j] <= 'F'))))) {
				int d = s[j] <= '9' ? s[j] - '0' : (s[j] | 0x20) - 'a' + 10;
				cp = cp * (hex ? 16 : 10) + (unsigned long)d;
				j++;
			}
			if (j > start && j < n && s[j] == ';' && cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
				char enc[4];
				int len = ent_utf8_encode((uint32_t)cp, enc);
				ENT_FORWARD_IF_ERROR(ent_buf_put(out, enc, (size_t)len));
				i = j;
				continue;
			}
		}
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '&')); /* a bare ampersand, kept */
	}
	return 0;
}

static uint64_t lines_between(const char *s, size_t from, size_t to)
{
	uint64_t n = 0;
	for (size_t i = from; i < to; i++)
		n += s[i] == '\n';
	return n;
}

int ent_ingest__petrarch_next(ent_reader *r)
{
	if (r->record == 0) {
		ent_buf_clear(&r->raw);
		int rc = ent_stream_read_all(&r->stream, &r->raw, r->max_record);
		if (rc == ENT_ENOMEM)
			return rc;
		if (rc < 0) {
			ent_ingest__diag(r, ENT_DIAG_ERROR, rc, 0, r->stream.offset, "%s; file skipped",
					 rc == ENT_ELIMIT ? "PETRARCH file larger than max_record_bytes" : ent_error_last());
			return 0;
		}
		r->xml_pos = 0;
		r->line = 1;
	}
	const char *s = r->raw.ptr ? r->raw.ptr : "";
	size_t len = r->raw.size;
	for (;;) {
		size_t at = find(s, len, r->xml_pos, "<Sentence");
		/* comments may hold sample <Sentence> tags */
		size_t comment = find(s, len, r->xml_pos, "<!--");
		if (comment < at) {
			size_t end = find(s, len, comment + 4, "-->");
			r->line += lines_between(s, r->xml_pos, end < len ? end + 3 : len);
			r->xml_pos = end < len ? end + 3 : len;
			continue;
		}
		if (at >= len)
			return 0;
		r->line += lines_between(s, r->xml_pos, at);
		r->xml_pos = at + 9;
		if (at + 9 >= len || !(is_space(s[at + 9]) || s[at + 9] == '>'))
			continue; /* <Sentences> */
		uint64_t line = r->line;
		size_t gt = find(s, len, at, ">");
		size_t close = find(s, len, at, "</Sentence>");
		r->record++;
		if (gt >= len || close >= len) {
			ent_ingest__diag(r, ENT_DIAG_ERROR, ENT_EFORMAT, line, at, "<Sentence> not closed; the rest of the file skipped");
			r->xml_pos = len;
			return 0;
		}
		r->line += lines_between(s, at + 9, close);
		r->xml_pos = close + 11;
		size_t idn = 0, daten = 0;
		const char *id = attribute(s + at, gt - at, "id", &idn);
		const char *date = attribute(s + at, gt - at, "date", &daten);
		size_t t0 = find(s, close, gt, "<Text>"), t1 = t0 < close ? find(s, close, t0, "</Text>") : close;
		if (t0 >= close || t1 >= close) {
			ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EFORMAT, line, at, "sentence %.*s has no <Text>; skipped",
					 (int)(id ? idn : 1), id ? id : "?");
			continue;
		}
		ent_buf_clear(&r->payload);
		ENT_FORWARD_IF_ERROR(put_text(&r->payload, s + t0 + 6, t1 - t0 - 6));
		if (r->payload.size == 0) {
			ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EFORMAT, line, at, "sentence %.*s has an empty <Text>; skipped",
					 (int)(id ? idn : 1), id ? id : "?");
			continue;
		}
		ent_record_meta meta;
		memset(&meta, 0, sizeof meta);
		if (id && idn) {
			ent_buf_clear(&r->scratch);
			ENT_FORWARD_IF_ERROR(put_text(&r->scratch, id, idn));
			meta.id = r->scratch.ptr;
		}
		meta.date = date;
		meta.date_len = date ? daten : 0;
		int rc = ent_ingest__emit(r, ENT_CONTENT_TEXT, r->payload.ptr, r->payload.size, t0 + 6, line, &meta);
		if (rc != 0)
			return rc;
	}
}
