/* Actor names for people to read (names.c): the name an actor is shown by
 * in reports and the web map, beside its code. */
#ifndef ENT_LEXICON_NAMES_H
#define ENT_LEXICON_NAMES_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

#include "lexicon/dict.h" /* ent_lexicon, lx_actor */

/* Record the name of `actor` as written in a dictionary (`s`, `n` bytes,
 * original capitals): the readers call it for an actor's first `name`
 * item. The first name given is kept, except that a name from our own
 * files replaces one from the iso-codes list ("Iran" over "Islamic
 * Republic of Iran"), whichever was read first. Returns 0 or ENT_ENOMEM.
 * Without it, ent_lexicon_actor_name() composes the name from the
 * actor's first name phrase, whose words the readers keep in lower case. */
int ent_lexicon__set_actor_name(ent_lexicon *lx, uint32_t actor, const char *s, size_t n);

#endif
