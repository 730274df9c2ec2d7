#include "serve/reports.h"

#include <string.h> /* strcmp, memset */

#include "util/alloc.h" /* ent__calloc, ent__free, ent__strdup */
#include "util/clock.h" /* ent_clock_now */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

struct ent_serve_report_ref {
	ent_report *report;
	unsigned refs; /* the cache's and each request's; under the cache's lock */
};

void ent_serve_reports_init(ent_serve_reports *c, double max_age)
{
	memset(c, 0, sizeof *c);
	pthread_mutex_init(&c->mu, NULL);
	c->max_age = max_age;
}

static void unref(ent_serve_report_ref *ref) /* with the lock held, or alone */
{
	if (ref && --ref->refs == 0) {
		ent_report_free(ref->report);
		ent__free(ref);
	}
}

void ent_serve_reports_dispose(ent_serve_reports *c)
{
	for (size_t i = 0; i < ENT_SERVE_REPORT_SLOTS; i++) {
		ent__free(c->slot[i].key);
		unref(c->slot[i].ref);
	}
	pthread_mutex_destroy(&c->mu);
}

void ent_serve_reports_release(ent_serve_reports *c, ent_serve_report_ref *ref)
{
	if (!ref)
		return;
	if (!c) {
		unref(ref);
		return;
	}
	/* Freeing a large report is slow: do it outside the lock. */
	pthread_mutex_lock(&c->mu);
	int last = --ref->refs == 0;
	pthread_mutex_unlock(&c->mu);
	if (last) {
		ent_report_free(ref->report);
		ent__free(ref);
	}
}

static int fresh(const ent_serve_reports *c, const ent_serve_report_entry *e, const char *key, uint64_t version,
		 double now)
{
	return e->key && !strcmp(e->key, key) && (e->version == version || now - e->made < c->max_age);
}

int ent_serve_reports_get(ent_serve_reports *c, const char *key, uint64_t version, ent_store *s,
			  const ent_report_options *opts, const ent_report **report, ent_serve_report_ref **ref)
{
	*report = NULL;
	*ref = NULL;
	int keep = c && c->max_age > 0;
	if (keep) {
		double now = ent_clock_now();
		pthread_mutex_lock(&c->mu);
		for (size_t i = 0; i < ENT_SERVE_REPORT_SLOTS; i++) {
			ent_serve_report_entry *e = &c->slot[i];
			if (fresh(c, e, key, version, now)) {
				e->used = now;
				e->ref->refs++;
				*ref = e->ref;
				c->hits++;
				break;
			}
		}
		pthread_mutex_unlock(&c->mu);
		if (*ref) {
			*report = (*ref)->report;
			return 0;
		}
	}
	/* Built outside the lock: other filters are served meanwhile. Two
	 * threads missing the same filter at once both build it; the later
	 * one's copy replaces the earlier in the cache, both are correct. */
	ent_serve_report_ref *made = ent__calloc(1, sizeof *made);
	ENT_RETURN_IF_OOM(made);
	int rc = ent_report_from_store(&made->report, s, opts);
	if (rc < 0) {
		ent__free(made);
		return rc;
	}
	made->refs = 1;
	*ref = made;
	*report = made->report;
	if (!keep)
		return 0;
	char *k = ent__strdup(key);
	if (!k)
		return 0; /* served, just not kept */
	double now = ent_clock_now();
	ent_serve_report_ref *old = NULL;
	char *old_key = NULL;
	pthread_mutex_lock(&c->mu);
	/* The same key's slot, else an empty one, else the least recently used. */
	size_t victim = 0;
	for (size_t i = 0; i < ENT_SERVE_REPORT_SLOTS; i++) {
		ent_serve_report_entry *e = &c->slot[i];
		if (e->key && !strcmp(e->key, key)) {
			victim = i;
			break;
		}
		if (!c->slot[victim].key)
			continue;
		if (!e->key || e->used < c->slot[victim].used)
			victim = i;
	}
	ent_serve_report_entry *e = &c->slot[victim];
	old = e->ref;
	old_key = e->key;
	e->key = k;
	e->version = version;
	e->made = e->used = now;
	e->ref = made;
	made->refs++;
	c->builds++;
	int last = old && --old->refs == 0;
	pthread_mutex_unlock(&c->mu);
	ent__free(old_key);
	if (last) {
		ent_report_free(old->report);
		ent__free(old);
	}
	return 0;
}
