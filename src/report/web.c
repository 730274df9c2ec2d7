/* The web API's JSON of a report (docs/api.md): only a serialisation of
 * the model report.c computed; numbers are written as the JSON report
 * writes them (ent_report__put_num), so the two agree to the last digit. */
#include "report/web.h"

#include <math.h>   /* fabs */
#include <string.h> /* strcmp, strlen */

#include "report/report_impl.h" /* struct ent_report */
#include "util/error.h"         /* ENT_FORWARD_IF_ERROR, ENT_RETURN_ERROR_IF */

static int str(ent_buf *out, const char *s)
{
	if (!s)
		return ent_buf_puts(out, "null");
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '"'));
	ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(out, s, strlen(s)));
	return ent_buf_putc(out, '"');
}

/* ,"key":number */
static int knum(ent_buf *out, const char *key, double v)
{
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"%s\":", key));
	return ent_report__put_num(out, v);
}

/* A node number of `code`, or -1 when it is not in the signed network. */
static long node_of(const ent_report *r, const char *code)
{
	size_t n;
	if (!r->g || ent_signed_graph_node_find(&n, r->g, code) != 0)
		return -1;
	return (long)n;
}

/* "bloc", "kbloc" (1-based, null outside the analysis), "pressure",
 * "unbalanced", "triangles" of one actor. */
static int analysis_fields(const ent_report *r, long node, ent_buf *out)
{
	int bloc = node >= 0 ? ent_report__bloc(r, (size_t)node) : 0;
	if (bloc)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"bloc\":%d", bloc));
	else
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"bloc\":null"));
	if (node >= 0 && r->have_blocs)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"kbloc\":%zu", r->blocs.bloc[node] + 1));
	else
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"kbloc\":null"));
	const ent_pressure *p = node >= 0 ? ent_report__pressure(r, (size_t)node) : NULL;
	ENT_FORWARD_IF_ERROR(knum(out, "pressure", p ? p->score : 0));
	ENT_FORWARD_IF_ERROR(knum(out, "involvement", p ? p->involvement : 0));
	return ent_buf_printf(out, ",\"unbalanced\":%llu,\"triangles\":%llu",
			      p ? (unsigned long long)p->unbalanced : 0ULL, p ? (unsigned long long)p->triangles : 0ULL);
}

/* The dyads' record of an actor, or NULL (an actor whose only evidence
 * was not counted has none). */
static const ent_dyad_actor *actor_rec(const ent_report *r, const char *code, long node)
{
	if (node >= 0 && r->actor_at && r->actor_at[node] != (size_t)-1)
		return ent_dyads_actor(r->d, r->actor_at[node]);
	for (size_t i = 0; i < ent_dyads_actor_count(r->d); i++)
		if (!strcmp(ent_dyads_actor(r->d, i)->code, code))
			return ent_dyads_actor(r->d, i);
	return NULL;
}

static int node_json(const ent_report *r, const char *code, ent_buf *out)
{
	long node = node_of(r, code);
	const ent_dyad_actor *a = actor_rec(r, code, node);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "{\"id\":"));
	ENT_FORWARD_IF_ERROR(str(out, code));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"name\":"));
	ENT_FORWARD_IF_ERROR(str(out, ent_report__name(r, code)));
	ENT_FORWARD_IF_ERROR(analysis_fields(r, node, out));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"degree\":%zu,\"events\":%llu", a ? a->degree : 0,
					    a ? (unsigned long long)a->evidence : 0ULL));
	ENT_FORWARD_IF_ERROR(knum(out, "weight", a ? a->weight : 0));
	return ent_buf_putc(out, '}');
}

static int is_frustrated(const ent_report *r, const ent_dyad *d)
{
	long u = node_of(r, d->a), v = node_of(r, d->b);
	if (!d->sign || u < 0 || v < 0 || !r->frustrated)
		return 0;
	long e = ent_report__edge(r, (size_t)u, (size_t)v);
	return e >= 0 && r->frustrated[e];
}

/* A tie: one dyad with its sign and weight as the network has them. */
static int edge_json(const ent_report *r, const ent_dyad *d, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "{\"source\":"));
	ENT_FORWARD_IF_ERROR(str(out, d->a));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"target\":"));
	ENT_FORWARD_IF_ERROR(str(out, d->b));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"sign\":%d", d->sign));
	ENT_FORWARD_IF_ERROR(knum(out, "weight", fabs(d->net)));
	ENT_FORWARD_IF_ERROR(knum(out, "net", d->net));
	ENT_FORWARD_IF_ERROR(knum(out, "cooperation", d->cooperation));
	ENT_FORWARD_IF_ERROR(knum(out, "conflict", d->conflict));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"events\":%llu,\"relations\":%llu,\"uncounted\":%llu,"
					    "\"duplicates\":%llu,\"evidence\":%llu,\"first\":",
					    (unsigned long long)d->events, (unsigned long long)d->relations,
					    (unsigned long long)d->uncounted, (unsigned long long)d->duplicates,
					    (unsigned long long)(d->events + d->relations + d->uncounted + d->duplicates)));
	ENT_FORWARD_IF_ERROR(str(out, d->first && *d->first ? d->first : NULL));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"last\":"));
	ENT_FORWARD_IF_ERROR(str(out, d->last && *d->last ? d->last : NULL));
	return ent_buf_printf(out, ",\"frustrated\":%s}", is_frustrated(r, d) ? "true" : "false");
}

/* A triad: its actors in code order (as the JSON report lists them) and
 * the signs of the ties between the first and second, first and third,
 * second and third. */
static int triad_json(const ent_report *r, const ent_triad *t, ent_buf *out)
{
	size_t n[3];
	ent_report__triad_nodes(r, t, n);
	const char *c[3];
	for (int i = 0; i < 3; i++)
		c[i] = ent_signed_graph_node_name(r->g, n[i]);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "{\"actors\":["));
	for (int i = 0; i < 3; i++) {
		if (i)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
		ENT_FORWARD_IF_ERROR(str(out, c[i]));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "],\"signs\":[%d,%d,%d],\"negatives\":%d",
					    ent_report__sign_of(r, c[0], c[1]), ent_report__sign_of(r, c[0], c[2]),
					    ent_report__sign_of(r, c[1], c[2]), t->negatives));
	ENT_FORWARD_IF_ERROR(knum(out, "strength", t->strength));
	return ent_buf_putc(out, '}');
}

int ent_report__web_network(const ent_report *r, size_t max_triads, ent_buf *out)
{
	/* Nodes: the actors, most prominent first, then any end of a dyad
	 * whose evidence was all uncounted (it has no actor record). */
	ent_map *seen = ent_map_new();
	ENT_RETURN_IF_OOM(seen);
	int rc = ent_buf_puts(out, "{\"nodes\":[");
	size_t k = 0;
	for (size_t i = 0; !rc && i < ent_dyads_actor_count(r->d); i++) {
		const char *code = ent_dyads_actor(r->d, i)->code;
		rc = ent_map_put(seen, code, strlen(code), NULL);
		if (!rc && k++)
			rc = ent_buf_putc(out, ',');
		if (!rc)
			rc = node_json(r, code, out);
	}
	for (size_t i = 0; !rc && i < ent_dyads_count(r->d); i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		const char *ends[2] = { d->a, d->b };
		for (int e = 0; !rc && e < 2; e++) {
			if (ent_map_has(seen, ends[e], strlen(ends[e])))
				continue;
			rc = ent_map_put(seen, ends[e], strlen(ends[e]), NULL);
			if (!rc && k++)
				rc = ent_buf_putc(out, ',');
			if (!rc)
				rc = node_json(r, ends[e], out);
		}
	}
	ent_map_free(seen);
	ENT_FORWARD_IF_ERROR(rc);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "],\"edges\":["));
	for (size_t i = 0; i < ent_dyads_count(r->d); i++) {
		if (i)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
		ENT_FORWARD_IF_ERROR(edge_json(r, ent_dyads_get(r->d, i), out));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "],\"unbalanced\":["));
	for (size_t i = 0; r->have_census && i < r->census.n_unbalanced && i < max_triads; i++) {
		if (i)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
		ENT_FORWARD_IF_ERROR(triad_json(r, &r->census.unbalanced[i], out));
	}
	ent_report_summary s;
	ent_report_get_summary(r, &s);
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "],\"summary\":{\"documents\":%llu,\"records\":%llu,\"actors\":%zu,"
					    "\"ties\":%zu,\"signed_ties\":%zu,\"triangles\":%llu,"
					    "\"unbalanced_triangles\":%llu",
					    (unsigned long long)s.documents, (unsigned long long)s.events, s.actors,
					    s.dyads, s.ties, (unsigned long long)s.triangles,
					    (unsigned long long)s.unbalanced));
	ENT_FORWARD_IF_ERROR(knum(out, "balance", r->have_census ? r->census.balance : 1.0));
	ENT_FORWARD_IF_ERROR(knum(out, "frustration", s.frustration));
	ENT_FORWARD_IF_ERROR(knum(out, "lower_bound", r->have_fr ? r->fr.lower_bound : 0));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"frustration_optimal\":%s,\"method\":\"%s\",\"min_strength\":",
					    !r->have_fr || r->fr.optimal ? "true" : "false",
					    r->heuristic ? "heuristic" : "exact"));
	ENT_FORWARD_IF_ERROR(ent_report__put_num(out, r->opts.dyads.min_strength));
	return ent_buf_puts(out, "}}");
}

int ent_report__web_actor_open(const ent_report *r, const char *actor, ent_buf *out)
{
	size_t nt = 0;
	for (size_t i = 0; i < ent_dyads_count(r->d); i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		nt += !strcmp(d->a, actor) || !strcmp(d->b, actor);
	}
	ENT_RETURN_ERROR_IF(!nt, ENT_ENOTFOUND, "actor %s has no tie in this range", actor);
	long node = node_of(r, actor);
	const ent_pressure *p = node >= 0 ? ent_report__pressure(r, (size_t)node) : NULL;
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "{\"id\":"));
	ENT_FORWARD_IF_ERROR(str(out, actor));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ",\"name\":"));
	ENT_FORWARD_IF_ERROR(str(out, ent_report__name(r, actor)));
	ENT_FORWARD_IF_ERROR(analysis_fields(r, node, out));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"pressure_rank\":%zu,\"actors\":%zu,\"ties\":[",
					    p ? (size_t)(p - r->census.pressure) + 1 : 0,
					    r->g ? ent_signed_graph_node_count(r->g) : 0));
	size_t k = 0;
	for (size_t i = 0; i < ent_dyads_count(r->d); i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		if (strcmp(d->a, actor) && strcmp(d->b, actor))
			continue;
		if (k++)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
		ENT_FORWARD_IF_ERROR(edge_json(r, d, out));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "],\"unbalanced_triads\":["));
	k = 0;
	for (size_t i = 0; node >= 0 && r->have_census && i < r->census.n_unbalanced; i++) {
		const ent_triad *t = &r->census.unbalanced[i];
		if (t->a != (size_t)node && t->b != (size_t)node && t->c != (size_t)node)
			continue;
		if (k++)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
		ENT_FORWARD_IF_ERROR(triad_json(r, t, out));
	}
	return ent_buf_putc(out, ']');
}
