/* Throttled progress reports of a frustration solve (watch.h). */
#include "network/watch.h"

#include <string.h> /* memset */

#include "util/clock.h"

/* At most four reports a second, the first after a quarter second (a
 * quick solve reports nothing): a terminal line that changes faster is
 * unreadable, and a network of many small pieces changes stage thousands
 * of times a second. */
#define WATCH_INTERVAL 0.25

void ent_network__watch_start(ent_network__watch *w, const ent_frustration_options *o, int method,
			      double start)
{
	memset(w, 0, sizeof *w);
	w->fn = o->progress;
	w->payload = o->progress_payload;
	w->start = start;
	w->last = start;
	w->state.method = method;
	w->state.time_limit = o->time_limit;
	w->state.incumbent = -1;
	w->piece_value = -1;
}

void ent_network__watch_tick(ent_network__watch *w, const char *stage, double value, double bound)
{
	if (!w->fn)
		return;
	if (value >= 0 && (w->piece_value < 0 || value < w->piece_value))
		w->piece_value = value;
	if (bound > w->piece_bound)
		w->piece_bound = bound;
	double now = ent_clock_now();
	if (now - w->last < WATCH_INTERVAL)
		return;
	w->last = now;
	w->state.stage = stage;
	w->state.elapsed = now - w->start;
	w->state.incumbent = w->piece_value < 0 ? (w->state.pieces_done ? w->done_index : -1)
						: w->done_index + w->piece_value;
	w->state.lower_bound = w->done_bound + w->piece_bound;
	w->fn(&w->state, w->payload);
}

void ent_network__watch_piece_done(ent_network__watch *w, double value, double bound)
{
	w->done_index += value;
	w->done_bound += bound;
	w->state.pieces_done++;
	w->piece_value = -1;
	w->piece_bound = 0;
}
