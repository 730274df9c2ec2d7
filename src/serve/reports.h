/* The analysed reports behind the API's network routes, shared by the
 * worker threads: one per filter (since, until, level, code, kind), so the
 * network, every actor panel and every tie of one time range are read off
 * the one report `entente analyze` would build for it, built once. An
 * entry is used while the store is unchanged, or for up to `max_age`
 * seconds after it was built while an ingest adds to it (the same rule as
 * the response cache, cache.h). A report is read-only once built, so
 * threads share it; each holds a reference while it writes from it. */
#ifndef ENT_SERVE_REPORTS_H
#define ENT_SERVE_REPORTS_H

#include <pthread.h> /* pthread_mutex_t */
#include <stdint.h>  /* uint64_t */

#include "entente/report.h" /* ent_report */

#define ENT_SERVE_REPORT_SLOTS 8

typedef struct ent_serve_report_ref ent_serve_report_ref; /* a report and its reference count */

typedef struct {
	char *key;
	uint64_t version;
	double made, used;
	ent_serve_report_ref *ref;
} ent_serve_report_entry;

typedef struct {
	pthread_mutex_t mu;
	double max_age; /* seconds; 0: nothing is kept */
	ent_serve_report_entry slot[ENT_SERVE_REPORT_SLOTS];
	uint64_t hits, builds;
} ent_serve_reports;

void ent_serve_reports_init(ent_serve_reports *c, double max_age);
void ent_serve_reports_dispose(ent_serve_reports *c);

/*
 * The report for `opts` on store `s` (whose version is `version`), from the
 * cache under `key` or built now (ent_report_from_store) and kept. *report
 * is valid until ent_serve_reports_release(*ref). `c` may be NULL: built
 * for this request only.
 */
int ent_serve_reports_get(ent_serve_reports *c, const char *key, uint64_t version, ent_store *s,
			  const ent_report_options *opts, const ent_report **report, ent_serve_report_ref **ref);
void ent_serve_reports_release(ent_serve_reports *c, ent_serve_report_ref *ref);

#endif
