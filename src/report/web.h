/* The web API's view of a report (docs/api.md): the network the web app
 * draws and one actor's side panel, serialised from the same analysed
 * report `entente analyze` writes, so a tie, sign, weight, bloc, triad or
 * pressure figure is the same number in both. Used by src/serve. */
#ifndef ENT_REPORT_WEB_H
#define ENT_REPORT_WEB_H

#include <stddef.h> /* size_t */

#include "entente/common.h" /* ent_buf */
#include "entente/report.h" /* ent_report */

/* Append a number as every JSON writer of the report does (%.10g, null
 * for NaN or infinity, never -0), so the API and `analyze --json` print the
 * same digits. */
int ent_report__put_num(ent_buf *out, double v);

/* Append `{"nodes", "edges", "unbalanced", "summary"}`: every actor of a
 * dyad, every dyad (signed or not), the `max_triads` strongest unbalanced
 * triads, and the headline figures. */
int ent_report__web_network(const ent_report *r, size_t max_triads, ent_buf *out);

/* Append one actor's object (bloc, pressure and its rank, its ties and
 * unbalanced triads) without the closing brace, so the caller can add
 * fields (its latest events) before closing it. ENT_ENOTFOUND when the
 * actor is in no dyad. */
int ent_report__web_actor_open(const ent_report *r, const char *actor, ent_buf *out);

#endif
