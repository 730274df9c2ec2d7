/* The JSON API (docs/api.md), independent of the HTTP library: a route
 * and a parameter lookup in, a status and a JSON body out. */
#ifndef ENT_SERVE_API_H
#define ENT_SERVE_API_H

#include "entente/lexicon.h" /* ent_lexicon */
#include "entente/store.h"   /* ent_store */
#include "serve/reports.h"   /* ent_serve_reports */

/* Returns the value of query parameter `key`, or NULL. */
typedef const char *(*ent_serve_param_fn)(void *ctx, const char *key);

/* What a request is answered from. */
typedef struct {
	ent_store *store;           /* this thread's handle */
	uint64_t version;           /* the store's data version now (ent_store_get_version) */
	const ent_lexicon *names;   /* names the actors; may be NULL */
	ent_serve_reports *reports; /* the analysed reports, shared; NULL: built per request */
} ent_serve_api;

/* Answer GET `path` (starting with "/api/"). Sets *status (200, 400, 404,
 * 500) and appends the JSON body to `out`. Returns 0, or ENT_ENOMEM when
 * even the error body could not be written. */
int ent_serve__api(const ent_serve_api *api, const char *path, ent_serve_param_fn get, void *ctx, int *status,
		   ent_buf *out);

#endif
