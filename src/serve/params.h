/* Checking request parameters before they go anywhere: each has a strict
 * pattern and a length limit, so a bad value is a 400 with a message and
 * never reaches SQL (where it would be a bound value anyway). */
#ifndef ENT_SERVE_PARAMS_H
#define ENT_SERVE_PARAMS_H

#include <stddef.h> /* size_t */

/* An actor code: A-Z, 0-9, '_' , 1..32 characters. */
int ent_serve_valid_actor(const char *s);
/* A CAMEO code prefix: 1..4 digits. */
int ent_serve_valid_code(const char *s);
/* A whole number in [min, max]; 0 with *out set, -1 otherwise. */
int ent_serve_parse_uint(const char *s, unsigned long min, unsigned long max, unsigned long *out);
/* A static asset's name: [A-Za-z0-9._-], no leading '.', at most 128 bytes. */
int ent_serve_valid_asset(const char *s);

#endif
