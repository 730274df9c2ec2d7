/* Legacy encodings. Many news pages are windows-1252, ISO-8859-1,
 * windows-1251, KOI8-R, Shift_JIS or GB18030 and say so; decoding them
 * keeps their quotes and names instead of turning each byte into U+FFFD.
 * windows-1252 is decoded by hand (the common case, and browsers' mapping
 * of its undefined bytes); every other charset goes through ICU's ucnv. */
#ifndef ENT_INGEST_CHARSET_H
#define ENT_INGEST_CHARSET_H

#include <stddef.h> /* size_t */

#include "entente/common.h" /* ent_buf */

/* Whether `name` (len bytes, any case) is ISO-8859-1, windows-1252 or an
 * alias of them, all of which windows-1252 decoding covers. */
int ent_ingest__charset_is_cp1252(const char *name, size_t len);

/* The charset an HTML page declares in a <meta> within its first 2 KiB
 * (charset=... in either meta form); sets *name and *len, or returns 0. */
int ent_ingest__html_declared_charset(const char *html, size_t len, const char **name, size_t *name_len);

/* Append s[0..len) decoded as windows-1252 to out as UTF-8. Returns 0 or
 * ENT_ENOMEM. */
int ent_ingest__cp1252_to_utf8(ent_buf *out, const char *s, size_t len);

/* Whether `name` (len bytes, any case) is UTF-8: such a page's bad bytes
 * are repaired, not decoded as another charset. */
int ent_ingest__charset_is_utf8(const char *name, size_t len);

/* Append s[0..len) decoded from charset `name` (len bytes; any name or
 * alias ICU knows) to out as UTF-8; bytes invalid in that charset become
 * U+FFFD. Returns 0, ENT_EUNSUPPORTED when ICU does not know the name
 * (out unchanged), or ENT_ENOMEM. */
int ent_ingest__charset_to_utf8(ent_buf *out, const char *name, size_t name_len, const char *s, size_t len);

#endif
