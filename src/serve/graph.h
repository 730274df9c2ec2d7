/* The signed network the web app draws: dyads read from the store,
 * grouped by actor (or by country, the first three letters of a code),
 * turned into an ent_signed_graph and analysed (triads, cross-pressure,
 * two blocs). Built per request from whatever the store holds then. */
#ifndef ENT_SERVE_GRAPH_H
#define ENT_SERVE_GRAPH_H

#include "entente/lexicon.h" /* ent_lexicon: actor names */
#include "entente/network.h" /* ent_signed_graph, ent_census, ent_frustration */
#include "entente/store.h"   /* ent_store, ent_store_filter */
#include "util/map.h"        /* ent_map */

typedef struct {
	char *a, *b;          /* a < b */
	double coop, conflict;
	uint64_t events, relations, evidence;
	char first[16], last[16];
	long graph_edge;      /* tie number in the graph, -1 when it cancelled out */
} ent_serve_tie;

typedef struct {
	ent_serve_tie *ties;
	size_t nties, cap;
	ent_map *index;       /* "a\tb" -> tie index + 1 */
	ent_signed_graph *g;  /* NULL when no tie has a sign */
	ent_census census;
	ent_frustration fr;
	int have_census, have_fr;
} ent_serve_net;

/* Build the network of the events matching `f` (since/until/code/kind),
 * by country when `by_country`. Fills `net` (ent_serve_net_dispose). */
int ent_serve_net_build(ent_serve_net *net, ent_store *s, const ent_store_filter *f, int by_country,
			size_t max_triads);
void ent_serve_net_dispose(ent_serve_net *net);

/* Append the whole network as JSON (nodes, edges, triads, summary); each
 * node's name through `names` (NULL: null names). */
int ent_serve_net_json(const ent_serve_net *net, const ent_lexicon *names, ent_buf *out);
/* Append one actor's ties, unbalanced triads and pressure as JSON;
 * ENT_ENOTFOUND when the actor has no tie. */
int ent_serve_actor_json(const ent_serve_net *net, const char *actor, const ent_lexicon *names, ent_buf *out);
/* Append the JSON string naming `code` (ent_lexicon_actor_name), or null. */
int ent_serve_put_name(ent_buf *out, const ent_lexicon *names, const char *code);

#endif
