/* What the TABARI/PETRARCH dictionary readers share: dict_tabari.c
 * (actors, agents, options, discards) and dict_tabari_verbs.c (verbs). */
#ifndef ENT_LEXICON_DICT_TABARI_H
#define ENT_LEXICON_DICT_TABARI_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

#include "lexicon/dict.h"

typedef struct {
	ent_lexicon *lx;
	const char *data;
	size_t len, pos;
	uint32_t line;
	int petrarch;
	int in_xml_comment;
	int listed_forms; /* the entry lists its plural forms ("POLICE {}"): no regular plural */
	const char *comment; /* the last line's comment after '#' or ';', trimmed (len 0: none) */
	size_t comment_len;
} lx_reader;

/* Parse phrase s[0..n) into *ph; a phrase that does not parse is reported
 * at the reader's line as "<why> in <what>'<text>'" and skipped. 1: parsed;
 * 0: skipped; <0: out of memory, or the report stopped a strict load. */
int ent_lexicon__tabari_phrase(ent_lexicon *lx, const lx_reader *rd, const char *s, size_t n,
			       const lx_parse_opts *po, const char *what, const char *text, size_t tn, lx_phrase *ph);

/* Next line with comments removed and spaces trimmed. Returns 0 at end. */
int ent_lexicon__tabari_next(lx_reader *r, const char **l, size_t *n);

#endif
