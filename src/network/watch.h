/* Progress of one frustration solve: the totals over the pieces finished,
 * the piece in hand, and the throttle that keeps reports to a few a second
 * however often the solvers' inner loops call in. */
#ifndef ENT_NETWORK_WATCH_H
#define ENT_NETWORK_WATCH_H

#include "entente/network.h" /* ent_frustration_progress, ent_frustration_progress_fn */

typedef struct {
	ent_frustration_progress_fn fn; /* NULL: every call is a no-op */
	void *payload;
	double start, last;
	double done_index, done_bound; /* summed over the pieces finished */
	double piece_value, piece_bound; /* the best of each seen in the piece in hand (value -1: none) */
	ent_frustration_progress state;
} ent_network__watch;

/* Begin watching a call that started at `start` (ent_clock_now()). */
void ent_network__watch_start(ent_network__watch *w, const ent_frustration_options *o, int method,
			      double start);

/* The piece in hand is at `stage` with best value `value` (negative: none
 * yet) and proven bound `bound`; the best value and bound seen in the piece
 * are reported, since each stage knows only its own. Reports when 0.25 s
 * passed since the last report (or the start). */
void ent_network__watch_tick(ent_network__watch *w, const char *stage, double value, double bound);

/* The piece in hand is finished with `value` and `bound`. */
void ent_network__watch_piece_done(ent_network__watch *w, double value, double bound);

#endif
