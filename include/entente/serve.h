/**
 * @file entente/serve.h
 * @brief The local web app: an HTTP server (libmicrohttpd) with a JSON API
 * over a store, and the web front end's static files.
 *
 * Introduction
 * ------------
 * ent_server_start() opens the database read-only (one handle per worker
 * thread, so requests run in parallel while an ingest writes to the same
 * file in WAL mode) and starts listening; it returns at once, the server
 * runs on its own threads until ent_server_stop(). The API is described in
 * docs/api.md: the signed network with its blocs and cross-pressured
 * actors, an actor's ties and unbalanced triads, a dyad's events over time
 * with the evidence sentences, full-text search and the document list,
 * each with a time range.
 *
 * Safety: the server binds 127.0.0.1 unless told otherwise; only GET and
 * HEAD are answered; every parameter is checked against a strict pattern
 * and reaches SQL only as a bound value; static files are served only from
 * the one assets directory, by plain file name (no '/', no "..").
 */
#ifndef ENTENTE_SERVE_H
#define ENTENTE_SERVE_H

#include "entente/common.h"
#include "entente/lexicon.h" /* ent_lexicon: actor names */

#ifdef __cplusplus
extern "C" {
#endif

/** Options for ent_server_start(). */
typedef struct {
	unsigned int version;   /**< ENT_SERVER_OPTIONS_VERSION */
	const char *db;         /**< the database file; must exist */
	const char *host;       /**< address to bind, an IPv4 or IPv6 literal; NULL means 127.0.0.1 */
	unsigned int port;      /**< TCP port; 0 picks a free one (see ent_server_port) */
	const char *assets;     /**< the built web app (index.html, app.js...); NULL: look next to the program */
	unsigned int threads;   /**< worker threads; 0 means 4 */
	unsigned int max_connections; /**< open connections at once; 0 means 1024 */
	ent_diag_fn diag;       /**< receives one line per failed request (5xx); may be NULL */
	void *diag_payload;
	/** API answers are reused while the data is unchanged, or for up to
	 *  this many seconds while an ingest adds to it; 0 means 1 s, a
	 *  negative value turns the cache off. */
	double cache_seconds;
	/** Dictionaries that name the actors: the API's nodes, actors and
	 *  dyads then carry a `name` beside their code
	 *  (ent_lexicon_actor_name()). NULL: codes alone (`name` is null).
	 *  Borrowed: it must stay alive, unchanged, until ent_server_stop(). */
	const ent_lexicon *names;
} ent_server_options;

#define ENT_SERVER_OPTIONS_VERSION 1
#define ENT_SERVER_OPTIONS_INIT \
	{ ENT_SERVER_OPTIONS_VERSION, "entente.db", NULL, 8080, NULL, 0, 0, NULL, NULL, 0.0, NULL }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_server_options_init(ent_server_options *opts, unsigned int version);

typedef struct ent_server ent_server;

/**
 * Open the database and start serving.
 * @param out the running server, owned by the caller (ent_server_stop)
 * @return 0; ENT_EINVAL (bad host, or an assets directory without
 *         index.html); ENT_EDB (the database cannot be opened); ENT_EIO
 *         (the address cannot be bound: the message says which and why)
 */
ENT_EXTERN(int) ent_server_start(ent_server **out, const ent_server_options *opts);

/** The port the server listens on (useful after asking for port 0). */
ENT_EXTERN(unsigned int) ent_server_port(const ent_server *s);

/** The assets directory in use, or NULL when none was found (API only). */
ENT_EXTERN(const char *) ent_server_assets(const ent_server *s);

/** Stop serving, wait for requests in flight, and free everything. Accepts NULL. */
ENT_EXTERN(void) ent_server_stop(ent_server *s);

#ifdef __cplusplus
}
#endif
#endif
