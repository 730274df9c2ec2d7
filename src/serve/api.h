/* The JSON API (docs/api.md), independent of the HTTP library: a route
 * and a parameter lookup in, a status and a JSON body out. */
#ifndef ENT_SERVE_API_H
#define ENT_SERVE_API_H

#include "entente/lexicon.h" /* ent_lexicon */
#include "entente/store.h"   /* ent_store */

/* Returns the value of query parameter `key`, or NULL. */
typedef const char *(*ent_serve_param_fn)(void *ctx, const char *key);

/* Answer GET `path` (starting with "/api/") from `s`, naming actors
 * through `names` (may be NULL). Sets *status (200, 400, 404, 500) and
 * appends the JSON body to `out`. Returns 0, or ENT_ENOMEM when even the
 * error body could not be written. */
int ent_serve__api(ent_store *s, const ent_lexicon *names, const char *path, ent_serve_param_fn get, void *ctx,
		   int *status, ent_buf *out);

#endif
