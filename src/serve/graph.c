/* Building and describing the signed network for the web app. */
#include "serve/graph.h"

#include <math.h>   /* fabs */
#include <stdio.h>  /* snprintf */
#include <string.h> /* strcmp, strlen, memcpy */

#include "util/alloc.h" /* ent__realloc, ent__free, ent__strndup */
#include "util/buf.h"   /* ent_buf_printf, ent_buf_put_json_string */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

static int tie_for(ent_serve_net *net, const char *a, size_t alen, const char *b, size_t blen, ent_serve_tie **out)
{
	/* Order the pair so (a, b) and (b, a) are one tie. */
	int cmp = strncmp(a, b, alen < blen ? alen : blen);
	if (cmp > 0 || (cmp == 0 && alen > blen)) {
		const char *t = a; a = b; b = t;
		size_t tl = alen; alen = blen; blen = tl;
	}
	char key[160];
	ENT_RETURN_ERROR_IF(alen + blen + 2 > sizeof key, ENT_EINVAL, "actor code too long");
	memcpy(key, a, alen);
	key[alen] = '\t';
	memcpy(key + alen + 1, b, blen);
	size_t klen = alen + blen + 1;
	size_t idx = (size_t)ent_map_get(net->index, key, klen);
	if (idx) {
		*out = &net->ties[idx - 1];
		return 0;
	}
	if (net->nties == net->cap) {
		size_t cap = net->cap ? net->cap * 2 : 64;
		ent_serve_tie *t = ent__realloc(net->ties, cap * sizeof *t);
		ENT_RETURN_IF_OOM(t);
		net->ties = t;
		net->cap = cap;
	}
	ent_serve_tie *t = &net->ties[net->nties];
	memset(t, 0, sizeof *t);
	t->a = ent__strndup(a, alen);
	t->b = ent__strndup(b, blen);
	if (!t->a || !t->b) {
		ent__free(t->a);
		ent__free(t->b);
		return ent_error_oom();
	}
	t->graph_edge = -1;
	net->nties++;
	ENT_FORWARD_IF_ERROR(ent_map_put(net->index, key, klen, (void *)(size_t)net->nties));
	*out = t;
	return 0;
}

/* How much of a code names the actor at country level: three letters for
 * a state (TURGOV -> TUR), six for an organisation or group whose code is
 * a type and a name (IGOUNO, NGOAMN). */
static size_t country_len(const char *code, size_t len)
{
	static const char *const orgs[] = { "IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "INT" };
	for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++)
		if (len >= 6 && !strncmp(code, orgs[i], 3))
			return 6;
	return len > 3 ? 3 : len;
}

/* Codes the network can show: letters, digits and '_' (not "---", which
 * coders use for an unknown actor). */
static int is_code(const char *s, size_t len)
{
	if (!len)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

static void merge_date(char *dst, const char *d, int later)
{
	if (!d || !*d)
		return;
	if (!*dst || (later ? strcmp(d, dst) > 0 : strcmp(d, dst) < 0))
		snprintf(dst, 16, "%s", d);
}

int ent_serve_net_build(ent_serve_net *net, ent_store *s, const ent_store_filter *f, int by_country,
			size_t max_triads)
{
	memset(net, 0, sizeof *net);
	net->index = ent_map_new();
	ENT_RETURN_IF_OOM(net->index);
	ent_store_iter *it = NULL;
	ENT_FORWARD_IF_ERROR(ent_store_dyads(&it, s, f));
	const ent_store_dyad *d;
	int r;
	while ((r = ent_store_dyads_next(it, &d)) == 0) {
		size_t al = strlen(d->a), bl = strlen(d->b);
		if (by_country) {
			al = country_len(d->a, al);
			bl = country_len(d->b, bl);
		}
		if (!is_code(d->a, al) || !is_code(d->b, bl))
			continue;
		if (al == bl && !strncmp(d->a, d->b, al))
			continue; /* a government and its own army: not a tie between actors */
		ent_serve_tie *t = NULL;
		if ((r = tie_for(net, d->a, al, d->b, bl, &t)) != 0)
			break;
		t->coop += d->cooperation;
		t->conflict += d->conflict;
		t->events += d->events;
		t->relations += d->relations;
		t->evidence += d->evidence;
		merge_date(t->first, d->first, 0);
		merge_date(t->last, d->last, 1);
	}
	ent_store_iter_free(it);
	if (r != ENT_ITEROVER)
		return r;
	/* One record per tie: its net weight, so the graph's sign is the
	 * balance of cooperation and conflict; a tie that nets to zero is
	 * ambivalent and stays out of the balance analysis. */
	size_t signed_ties = 0;
	for (size_t i = 0; i < net->nties; i++)
		signed_ties += fabs(net->ties[i].coop - net->ties[i].conflict) >= 1e-9;
	if (!signed_ties)
		return 0; /* nothing to analyse: no graph */
	ENT_FORWARD_IF_ERROR(ent_signed_graph_new(&net->g));
	for (size_t i = 0; i < net->nties; i++) {
		double v = net->ties[i].coop - net->ties[i].conflict;
		if (fabs(v) >= 1e-9)
			ENT_FORWARD_IF_ERROR(ent_signed_graph_add(net->g, net->ties[i].a, net->ties[i].b, v));
	}
	ENT_FORWARD_IF_ERROR(ent_signed_graph_finish(net->g));
	/* Ties are numbered in order of first record, which is our order. */
	for (size_t i = 0, e = 0; i < net->nties; i++)
		if (fabs(net->ties[i].coop - net->ties[i].conflict) >= 1e-9)
			net->ties[i].graph_edge = (long)e++;
	ent_census_options co = ENT_CENSUS_OPTIONS_INIT;
	co.max_listed = max_triads;
	ENT_FORWARD_IF_ERROR(ent_balance_census(&net->census, net->g, &co));
	net->have_census = 1;
	ent_frustration_options fo = ENT_FRUSTRATION_OPTIONS_INIT;
	fo.method = ENT_FRUSTRATION_HEURISTIC; /* a page load must not wait for a proof */
	fo.time_limit = 0.5;
	ENT_FORWARD_IF_ERROR(ent_balance_frustration(&net->fr, net->g, &fo));
	net->have_fr = 1;
	return 0;
}

void ent_serve_net_dispose(ent_serve_net *net)
{
	for (size_t i = 0; i < net->nties; i++) {
		ent__free(net->ties[i].a);
		ent__free(net->ties[i].b);
	}
	ent__free(net->ties);
	ent_map_free(net->index);
	if (net->have_census)
		ent_census_dispose(&net->census);
	if (net->have_fr)
		ent_frustration_dispose(&net->fr);
	ent_signed_graph_free(net->g);
	memset(net, 0, sizeof *net);
}

static int put_str(ent_buf *b, const char *s)
{
	ENT_FORWARD_IF_ERROR(ent_buf_putc(b, '"'));
	ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(b, s ? s : "", s ? strlen(s) : 0));
	return ent_buf_putc(b, '"');
}

int ent_serve_put_name(ent_buf *out, const ent_lexicon *names, const char *code)
{
	char name[256];
	size_t n = ent_lexicon_actor_name(names, code, name, sizeof name);
	if (!n)
		return ent_buf_puts(out, "null");
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '"'));
	ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(out, name, n));
	return ent_buf_putc(out, '"');
}

static int is_frustrated(const ent_serve_net *net, long e)
{
	if (!net->have_fr || e < 0)
		return 0;
	for (size_t i = 0; i < net->fr.n_edges; i++)
		if (net->fr.edges[i] == (size_t)e)
			return 1;
	return 0;
}

static int tie_json(const ent_serve_net *net, const ent_serve_tie *t, ent_buf *b)
{
	double v = t->coop - t->conflict;
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "{\"source\":"));
	ENT_FORWARD_IF_ERROR(put_str(b, t->a));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, ",\"target\":"));
	ENT_FORWARD_IF_ERROR(put_str(b, t->b));
	return ent_buf_printf(b, ",\"sign\":%d,\"weight\":%.4g,\"cooperation\":%.4g,\"conflict\":%.4g,"
			      "\"events\":%llu,\"relations\":%llu,\"evidence\":%llu,\"first\":\"%s\",\"last\":\"%s\","
			      "\"frustrated\":%s}",
			      v > 1e-9 ? 1 : v < -1e-9 ? -1 : 0, fabs(v), t->coop, t->conflict,
			      (unsigned long long)t->events, (unsigned long long)t->relations,
			      (unsigned long long)t->evidence, t->first, t->last,
			      is_frustrated(net, t->graph_edge) ? "true" : "false");
}

static int triad_json(const ent_serve_net *net, const ent_triad *t, ent_buf *b)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "{\"actors\":["));
	size_t n[3] = { t->a, t->b, t->c };
	for (int i = 0; i < 3; i++) {
		if (i)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ','));
		ENT_FORWARD_IF_ERROR(put_str(b, ent_signed_graph_node_name(net->g, n[i])));
	}
	/* The three ties' signs, in the order ab, ac, bc. */
	int signs[3] = { 0, 0, 0 };
	size_t pairs[3][2] = { { t->a, t->b }, { t->a, t->c }, { t->b, t->c } };
	for (size_t e = 0, m = ent_signed_graph_edge_count(net->g); e < m; e++) {
		size_t u, v;
		int sg;
		ent_signed_graph_edge(net->g, e, &u, &v, &sg, NULL);
		for (int k = 0; k < 3; k++)
			if ((u == pairs[k][0] && v == pairs[k][1]) || (u == pairs[k][1] && v == pairs[k][0]))
				signs[k] = sg;
	}
	return ent_buf_printf(b, "],\"signs\":[%d,%d,%d],\"negatives\":%d,\"strength\":%.4g}", signs[0], signs[1],
			      signs[2], t->negatives, t->strength);
}

/* Per node: its pressure record, or NULL. */
static const ent_pressure *pressure_of(const ent_serve_net *net, size_t node)
{
	if (!net->have_census)
		return NULL;
	for (size_t i = 0; i < net->census.n_pressure; i++)
		if (net->census.pressure[i].node == node)
			return &net->census.pressure[i];
	return NULL;
}

int ent_serve_net_json(const ent_serve_net *net, const ent_lexicon *names, ent_buf *b)
{
	/* Nodes: every actor of a tie, including ambivalent-only ones. */
	ent_map *seen = ent_map_new();
	ENT_RETURN_IF_OOM(seen);
	int r = ent_buf_puts(b, "{\"nodes\":[");
	int first = 1;
	for (size_t i = 0; !r && i < net->nties; i++) {
		const char *ends[2] = { net->ties[i].a, net->ties[i].b };
		for (int k = 0; !r && k < 2; k++) {
			const char *name = ends[k];
			if (ent_map_has(seen, name, strlen(name)))
				continue;
			r = ent_map_put(seen, name, strlen(name), NULL);
			size_t node = 0;
			int in_graph = net->g && ent_signed_graph_node_find(&node, net->g, name) == 0;
			const ent_pressure *p = in_graph ? pressure_of(net, node) : NULL;
			/* Degree and events over all ties, signed or not. */
			uint64_t deg = 0, evs = 0;
			for (size_t j = 0; j < net->nties; j++)
				if (!strcmp(net->ties[j].a, name) || !strcmp(net->ties[j].b, name)) {
					deg++;
					evs += net->ties[j].events + net->ties[j].relations;
				}
			if (!r)
				r = ent_buf_puts(b, first ? "{\"id\":" : ",{\"id\":");
			first = 0;
			if (!r)
				r = put_str(b, name);
			if (!r)
				r = ent_buf_puts(b, ",\"name\":");
			if (!r)
				r = ent_serve_put_name(b, names, name);
			if (!r)
				r = ent_buf_printf(b, ",\"bloc\":%d,\"pressure\":%.4g,\"unbalanced\":%llu,\"triangles\":%llu,"
						   "\"degree\":%llu,\"events\":%llu}",
						   in_graph && net->have_fr && node < net->fr.n_nodes ? net->fr.side[node] : -1,
						   p ? p->score : 0.0, p ? (unsigned long long)p->unbalanced : 0ULL,
						   p ? (unsigned long long)p->triangles : 0ULL, (unsigned long long)deg,
						   (unsigned long long)evs);
		}
	}
	ent_map_free(seen);
	ENT_FORWARD_IF_ERROR(r);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "],\"edges\":["));
	for (size_t i = 0; i < net->nties; i++) {
		if (i)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ','));
		ENT_FORWARD_IF_ERROR(tie_json(net, &net->ties[i], b));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "],\"unbalanced\":["));
	if (net->have_census)
		for (size_t i = 0; i < net->census.n_unbalanced; i++) {
			if (i)
				ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ','));
			ENT_FORWARD_IF_ERROR(triad_json(net, &net->census.unbalanced[i], b));
		}
	const ent_census *c = &net->census;
	return ent_buf_printf(b, "],\"summary\":{\"actors\":%zu,\"ties\":%zu,\"signed_ties\":%zu,\"triangles\":%llu,"
			      "\"unbalanced_triangles\":%llu,\"balance\":%.4g,\"frustration\":%.4g,"
			      "\"frustration_optimal\":%s}}",
			      net->nties ? (net->g ? ent_signed_graph_node_count(net->g) : 0) : 0, net->nties,
			      net->g ? ent_signed_graph_edge_count(net->g) : 0,
			      net->have_census ? (unsigned long long)c->triangles : 0ULL,
			      net->have_census ? (unsigned long long)(c->count[1] + c->count[3]) : 0ULL,
			      net->have_census ? c->balance : 1.0, net->have_fr ? net->fr.index : 0.0,
			      net->have_fr && net->fr.optimal ? "true" : "false");
}

int ent_serve_actor_json(const ent_serve_net *net, const char *actor, const ent_lexicon *names, ent_buf *b)
{
	size_t node = 0;
	int in_graph = net->g && ent_signed_graph_node_find(&node, net->g, actor) == 0;
	size_t nt = 0;
	for (size_t i = 0; i < net->nties; i++)
		if (!strcmp(net->ties[i].a, actor) || !strcmp(net->ties[i].b, actor))
			nt++;
	ENT_RETURN_ERROR_IF(!nt, ENT_ENOTFOUND, "actor %s has no tie in this range", actor);
	const ent_pressure *p = in_graph ? pressure_of(net, node) : NULL;
	size_t rank = 0;
	if (p)
		rank = (size_t)(p - net->census.pressure) + 1;
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "{\"id\":"));
	ENT_FORWARD_IF_ERROR(put_str(b, actor));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, ",\"name\":"));
	ENT_FORWARD_IF_ERROR(ent_serve_put_name(b, names, actor));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, ",\"bloc\":%d,\"pressure\":%.4g,\"pressure_rank\":%zu,\"actors\":%zu,"
					    "\"unbalanced\":%llu,\"triangles\":%llu,\"ties\":[",
					    in_graph && net->have_fr && node < net->fr.n_nodes ? net->fr.side[node] : -1,
					    p ? p->score : 0.0, rank, net->g ? ent_signed_graph_node_count(net->g) : 0,
					    p ? (unsigned long long)p->unbalanced : 0ULL,
					    p ? (unsigned long long)p->triangles : 0ULL));
	int first = 1;
	for (size_t i = 0; i < net->nties; i++) {
		const ent_serve_tie *t = &net->ties[i];
		if (strcmp(t->a, actor) && strcmp(t->b, actor))
			continue;
		if (!first)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ','));
		first = 0;
		ENT_FORWARD_IF_ERROR(tie_json(net, t, b));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(b, "],\"unbalanced_triads\":["));
	first = 1;
	if (in_graph && net->have_census)
		for (size_t i = 0; i < net->census.n_unbalanced; i++) {
			const ent_triad *t = &net->census.unbalanced[i];
			if (t->a != node && t->b != node && t->c != node)
				continue;
			if (!first)
				ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ','));
			first = 0;
			ENT_FORWARD_IF_ERROR(triad_json(net, t, b));
		}
	return ent_buf_puts(b, "]}");
}
