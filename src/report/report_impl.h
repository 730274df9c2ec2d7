/* The report model shared by the writers: the dyads, the signed network
 * built from them, and every analysis result, computed once in report.c
 * and only read by text.c, json.c, graph_text.c, svg.c and html.c. */
#ifndef ENT_REPORT_IMPL_H
#define ENT_REPORT_IMPL_H

#include "entente/dyads.h"   /* ent_dyads */
#include "entente/network.h" /* ent_signed_graph, ent_census, ent_frustration, ent_blocs */
#include "entente/report.h"  /* ent_report, ent_report_options */
#include "util/buf.h"        /* ent_buf_* */
#include "report/web.h"      /* ent_report__put_num */
#include "util/map.h"        /* ent_map */

/* Balance in one time window. */
typedef struct {
	const char *start, *end; /* owned by the dyads */
	size_t actors, ties, negative;
	uint64_t triangles, unbalanced;
	double frustration, lower_bound;
	int optimal;
	char top[3][3][16];      /* the strongest unbalanced triads, by actor code */
	size_t ntop;
} ent_report_window;

struct ent_report {
	ent_report_options opts;
	ent_dyads *owned;        /* set when built from a store */
	const ent_dyads *d;
	uint64_t documents, events;
	int from_store;
	ent_signed_graph *g;     /* NULL when no dyad has a sign */
	ent_map *edge_of;        /* "u v" (node numbers) -> tie number + 1 */
	ent_census census;
	ent_frustration fr;
	ent_blocs blocs;
	int have_census, have_fr, have_blocs;
	int heuristic;           /* the frustration index came from the heuristic */
	unsigned char *frustrated; /* per tie: 1 when in the frustrated set */
	size_t *pressure_at;     /* per node: its index in census.pressure */
	size_t *actor_at;        /* per node: its index in the dyads' actor list (prominence rank) */
	ent_report_window *windows;
	size_t nwindows;
	ent_map *names;          /* actor code -> its name (owned string), from opts.names; NULL without */
	ent_map *captions;       /* evidence CAMEO code -> code, label and PLOVER type (owned string),
				  * from opts.names (ent_lexicon_code_caption); NULL without */
	char *since, *until;     /* copies of opts.dyads.since/until, which point at them */
};

/* The name of actor `code` (ent_lexicon_actor_name), or NULL when the
 * report has no names or the code none. */
const char *ent_report__name(const ent_report *r, const char *code);

/* Append a CAMEO code with its label and PLOVER type when the report was
 * built with dictionaries, else the code alone. */
int ent_report__put_code(const ent_report *r, ent_buf *out, const char *code);
/* Append "Azerbaijan (AZE)", or the code alone when it has no name. */
int ent_report__put_label(const ent_report *r, ent_buf *out, const char *code);

/* The graph's tie between nodes u and v: its number, or -1. */
long ent_report__edge(const ent_report *r, size_t u, size_t v);
/* Sign of the tie between two actor codes in the network (0: none). */
int ent_report__sign_of(const ent_report *r, const char *a, const char *b);
/* A node's cross-pressure record, or NULL. */
const ent_pressure *ent_report__pressure(const ent_report *r, size_t node);
/* The cross-pressured nodes to mark in pictures: 1 for the top one, 2 for
 * the next (up to 5th) with at least a quarter of its score, 0 otherwise. */
int ent_report__pressure_mark(const ent_report *r, size_t node);
/* Tie `e` like ent_signed_graph_edge(), with *u and *v swapped if need be
 * so that the two actors read in code order (AUS-CHN, not CHN-AUS). */
int ent_report__tie(const ent_report *r, size_t e, size_t *u, size_t *v, int *sign, double *weight);
/* A triad's nodes ordered by actor code, so "AZE ISR TUR" reads the same
 * whatever order the actors entered the graph. */
void ent_report__triad_nodes(const ent_report *r, const ent_triad *t, size_t out[3]);
/* A dyad's sign in window w, by the same threshold as the whole network
 * (0: below it), and whether it is positive in one window and negative in
 * another: a rivalry opening or closing. */
int ent_report__window_sign(const ent_report *r, const ent_dyad *d, size_t w);
int ent_report__sign_changed(const ent_report *r, const ent_dyad *d);
/* Is the report empty, and the sentence that says why. */
const char *ent_report__empty_reason(const ent_report *r);

/* Writers. */
int ent_report__text(const ent_report *r, ent_buf *out);
int ent_report__json(const ent_report *r, ent_buf *out);
int ent_report__dot(const ent_report *r, ent_buf *out);
/* The DOT / SVG with or without the legend under the picture (the HTML
 * page has its own legend). */
int ent_report__dot_graph(const ent_report *r, ent_buf *out, int legend);
int ent_report__svg_graph(const ent_report *r, ent_buf *out, int legend);
/* Nodes a picture shows: the most prominent, so a large network still
 * reads at a glance; the data formats (JSON, GraphML, GEXF) keep all. */
#define ENT_REPORT_PICTURE_NODES 60
#define ENT_REPORT_PICTURE_TIES 150
/* "In short": the main findings, plain text, one a line. */
int ent_report__findings(const ent_report *r, ent_buf *out);
int ent_report__graphml(const ent_report *r, ent_buf *out);
int ent_report__gexf(const ent_report *r, ent_buf *out);
int ent_report__svg(const ent_report *r, ent_buf *out);
int ent_report__html(const ent_report *r, ent_buf *out);

/* A node's bloc of the two-bloc split, numbered as people read it
 * everywhere (text, JSON, pictures, the web app): 1 or 2; 0 when the node
 * is not in the analysis. */
int ent_report__bloc(const ent_report *r, size_t node);

/* Append `s` with XML/HTML special characters escaped. */
int ent_report__put_xml(ent_buf *out, const char *s);

#endif
