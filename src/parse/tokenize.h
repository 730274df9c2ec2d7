/* Words as UD English tokenises them, with byte spans into the caller's
 * text: punctuation apart, clitics split off ("do|n't", "it|'s",
 * "Bush|'s", "can|not", "gon|na"), hyphens between words apart
 * ("Al|-|Zaman"), but URLs, e-mail addresses, numbers ("3,000.50",
 * "10:30"), abbreviations ("U.S.", "Mr.") and emoticons kept whole.
 *
 * Hand-written rather than ICU's word iterator: the parser's speed target
 * leaves no room for a UTF-16 round trip per sentence, and UD's rules
 * (clitics, hyphens) are not ICU's. */
#ifndef ENT_PARSE_TOKENIZE_H
#define ENT_PARSE_TOKENIZE_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

typedef struct {
	size_t start, end;   /* bytes of the word in the text (end > start) */
	uint32_t token;      /* index of the surface token (0-based, in order): the
				words of a multiword token such as "don't" share it */
	unsigned space_after; /* 1 when white space follows the word's surface
				 token in the text (0 inside a multiword token) */
} ent_parse__word;

typedef struct {
	ent_parse__word *words;
	size_t n, cap;
} ent_parse__words;

/* Tokenise text[start..end) into `out` (cleared first; its memory is
 * reused). Offsets are into `text`. Never fails but for ENT_ENOMEM.
 * Linear in end - start. */
int ent_parse__tokenize(ent_parse__words *out, const char *text, size_t start, size_t end);

void ent_parse__words_dispose(ent_parse__words *w);

#endif
