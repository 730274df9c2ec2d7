/* Cutting planes for the frustration index: odd-cycle inequalities
 * separated from the LP relaxation, solved with COIN-OR CLP. */
#ifndef ENT_NETWORK_CYCLE_CUTS_H
#define ENT_NETWORK_CYCLE_CUTS_H

#include "network/piece.h"
#include "network/watch.h"
#include "network/xor_model.h"

/* Solve the LP relaxation of the XOR model of `p` with the rows in `cuts`,
 * then repeatedly add violated odd-cycle inequalities (appended to `cuts`)
 * and re-solve, until none is found, the bound stops moving, it reaches
 * `upper` (the cost of a known partition) or `deadline` (ent_clock_now()
 * seconds; 0 for none). `*bound` gets the last LP value (a lower bound on
 * the frustration index of p) and `*lp_seconds` the longest single LP
 * solve (wall clock), a guide to what CBC's root will cost. Each round's
 * bound is reported to `w` with `upper` as the incumbent. Returns 0,
 * ENT_ENOMEM, ENT_ELIMIT or ENT_ESOLVER. */
int ent_network__cycle_cuts(const ent_network__piece *p, ent_network__cuts *cuts, double upper,
			    double deadline, ent_network__watch *w, double *bound, double *lp_seconds);

#endif
