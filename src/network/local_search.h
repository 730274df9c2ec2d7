/* The frustration heuristic: multi-start iterated local search on a piece. */
#ifndef ENT_NETWORK_LOCAL_SEARCH_H
#define ENT_NETWORK_LOCAL_SEARCH_H

#include <stdint.h> /* uint64_t */

#include "network/piece.h"
#include "network/watch.h"

/* Find a low-cost two-bloc partition of `p`: `starts` starts (0: automatic)
 * from random spanning-tree partitions, each improved by single-node flips
 * of positive gain and then by perturbation (flip a small connected cluster,
 * descend again, keep the result unless worse). Stops early at `deadline`
 * (ent_clock_now() seconds; 0 for none) or when `target` is reached (a
 * known lower bound; negative for none). Writes the best sides to `side` and
 * its cost to `*value`. Reports the best so far to `w` as it goes, with
 * `bound` as the piece's proven floor. Returns 0 or ENT_ENOMEM. */
int ent_network__local_search(const ent_network__piece *p, uint64_t seed, unsigned int starts,
			      double deadline, double target, ent_network__watch *w, double bound,
			      unsigned char *side, double *value);

#endif
