/* entente balance: structural-balance analysis of a signed network the user
 * brings as an edge list. Parses options, calls the network API, prints. */
#include <stdio.h>  /* printf, fprintf */
#include <string.h> /* strcmp */

#include "cli.h"
#include "entente/network.h"

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente balance [--json] [--blocs K|auto] [--time-limit S] [--exact|--heuristic]\n"
		"                       [--weighted] [--alpha A] [--top N] [--seed N] EDGES\n\n"
		"Analyse the structural balance of a signed network: the signed triangle\n"
		"census, the unbalanced triads ranked by strength, each actor's cross-pressure,\n"
		"the frustration index (the fewest ties whose removal leaves the network\n"
		"balanced) with its two blocs and the frustrated ties, and k-bloc partitions.\n\n"
		"EDGES has one tie a line, tab-separated  a<TAB>b<TAB>sign[<TAB>weight]  or\n"
		"comma-separated  u,v,w  (used when a line has no tab). With three fields the\n"
		"third is a number: its sign is the tie's sign and its magnitude the weight\n"
		"(+ and - alone mean +1 and -1); a fourth field is a positive weight. A UTF-8\n"
		"byte-order mark, carriage returns, empty lines and lines starting with # are\n"
		"ignored. The first line is skipped as a header when its third field is a\n"
		"word (e.g. source,target,sign); anywhere else a non-numeric sign is an error,\n"
		"as are a wrong number of fields, a zero sign and a self-tie.\n\n"
		"Ties are undirected. Lines for the same pair (in either direction) collapse\n"
		"into one tie whose sign is the sign of the sum of their signs (each line one\n"
		"vote, whatever its weight); a pair whose signs sum to zero is dropped; the\n"
		"tie's weight is the mean weight of the lines with the winning sign.\n\n"
		"A triangle's strength is the geometric mean of its three tie weights; an\n"
		"actor's cross-pressure is the summed strength of the unbalanced triangles it\n"
		"is in. The frustration index counts ties (the published line index of\n"
		"balance) unless --weighted. A network of at most %d ties is solved\n"
		"exactly: it is split at its bridges, each piece gets a local-search\n"
		"partition, a lower bound from odd-cycle cutting planes (COIN-OR CLP) and,\n"
		"if they still differ, COIN-OR CBC's branch and bound. A larger one gets the\n"
		"local search and a cycle-packing lower bound. `optimal` says whether the\n"
		"value is proven minimal, `lower bound` is the proven floor and the gap is\n"
		"their difference (docs/balance.md). On a terminal, standard error shows the\n"
		"best value, the bound and the time as the solver works.\n\n"
		"  --json            print one JSON object instead of text\n"
		"  --blocs K         also partition into K blocs (Doreian-Mrvar criterion);\n"
		"                    `auto` picks the smallest K whose next bloc would lower\n"
		"                    the error by less than 1%% of the total tie weight\n"
		"  --alpha A         weight of negative ties inside blocs against positive\n"
		"                    ties between them, in (0, 1]; default 0.5\n"
		"  --time-limit S    stop the solver after S seconds (default 10; 0: no limit)\n"
		"                    and report the best partition found with its proven\n"
		"                    lower bound\n"
		"  --exact           the exact method whatever the size (mind the time limit:\n"
		"                    CBC's root relaxation cannot be interrupted)\n"
		"  --heuristic       local search only whatever the size: the value and a\n"
		"                    cycle-packing lower bound\n"
		"  --weighted        a frustrated tie costs its weight rather than 1\n"
		"  --top N           list N triads and actors (default 20; 0 lists all)\n"
		"  --seed N          seed of the randomised searches (default 1)\n"
		"  -h, --help        this text\n\n"
		"Exit status: 0 done, 2 usage, 3 the file could not be read or is malformed\n"
		"(the message names the file and line) or the solver failed.\n",
		ENT_FRUSTRATION_EXACT_MAX_TIES);
}

typedef struct {
	int json, method, weighted; /* method: an ent_frustration_method */
	long blocs; /* -1: none, 0: choose */
	double time_limit, alpha;
	long top;
	long seed;
	const char *path;
} balance_prefs;

static void json_string(const char *s)
{
	putchar('"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p < 0x20)
			printf("\\u%04x", *p);
		else
			putchar(*p);
	}
	putchar('"');
}

static const char *name_of(const ent_signed_graph *g, size_t i)
{
	return ent_signed_graph_node_name(g, i);
}

static size_t listed(size_t have, long top)
{
	return top == 0 || (size_t)top > have ? have : (size_t)top;
}

/* The names in bloc `which` as a JSON array; a node's bloc is side[i], or
 * bloc[i] when side is NULL (as in print_members). */
static void json_members(const ent_signed_graph *g, size_t n, const unsigned char *side, const size_t *bloc,
			 size_t which)
{
	putchar('[');
	int first = 1;
	for (size_t i = 0; i < n; i++) {
		if (side ? side[i] != which : bloc[i] != which)
			continue;
		if (!first)
			putchar(',');
		first = 0;
		json_string(name_of(g, i));
	}
	putchar(']');
}

static const char *method_name(int method)
{
	return method == ENT_FRUSTRATION_HEURISTIC ? "heuristic" : "exact";
}

static const char *const kinds[4] = { "+++", "++-", "+--", "---" };

static void print_json(const balance_prefs *pr, const ent_signed_graph *g, const ent_census *c,
		       const ent_frustration *f, const ent_blocs *b, size_t negatives)
{
	size_t n = ent_signed_graph_node_count(g), m = ent_signed_graph_edge_count(g);
	printf("{\"file\":");
	json_string(pr->path);
	printf(",\"nodes\":%zu,\"ties\":%zu,\"negative_ties\":%zu,\"records\":%zu", n, m, negatives,
	       ent_signed_graph_record_count(g));
	printf(",\"census\":{\"triangles\":%llu", (unsigned long long)c->triangles);
	for (int k = 0; k < 4; k++)
		printf(",\"%s\":%llu", kinds[k], (unsigned long long)c->count[k]);
	printf(",\"balance\":%.6g,\"weighted\":{", c->balance);
	for (int k = 0; k < 4; k++)
		printf("%s\"%s\":%.6g", k ? "," : "", kinds[k], c->weight[k]);
	printf("},\"weighted_balance\":%.6g}", c->weighted_balance);
	uint64_t unb = c->count[1] + c->count[3], bal = c->count[0] + c->count[2];
	printf(",\"triads\":{");
	for (int u = 0; u < 2; u++) {
		const ent_triad *t = u ? c->unbalanced : c->balanced;
		size_t nt = listed(u ? c->n_unbalanced : c->n_balanced, pr->top);
		printf("%s\"%s\":[", u ? "," : "", u ? "unbalanced" : "balanced");
		for (size_t i = 0; i < nt; i++) {
			printf("%s[", i ? "," : "");
			json_string(name_of(g, t[i].a));
			putchar(',');
			json_string(name_of(g, t[i].b));
			putchar(',');
			json_string(name_of(g, t[i].c));
			putchar(']');
		}
		printf("],\"%s_count\":%llu", u ? "unbalanced" : "balanced",
		       (unsigned long long)(u ? unb : bal));
	}
	printf(",\"strength\":{\"balanced\":[");
	for (size_t i = 0; i < listed(c->n_balanced, pr->top); i++)
		printf("%s%.6g", i ? "," : "", c->balanced[i].strength);
	printf("],\"unbalanced\":[");
	for (size_t i = 0; i < listed(c->n_unbalanced, pr->top); i++)
		printf("%s%.6g", i ? "," : "", c->unbalanced[i].strength);
	printf("]}}");
	printf(",\"pressure\":[");
	for (size_t i = 0; i < listed(c->n_pressure, pr->top); i++) {
		const ent_pressure *p = &c->pressure[i];
		printf("%s{\"actor\":", i ? "," : "");
		json_string(name_of(g, p->node));
		printf(",\"score\":%.6g,\"pivots\":%llu,\"involvement\":%.6g,\"unbalanced\":%llu,"
		       "\"triangles\":%llu}", p->score, (unsigned long long)p->pivots, p->involvement,
		       (unsigned long long)p->unbalanced, (unsigned long long)p->triangles);
	}
	printf("],\"frustration\":{\"index\":%.10g,\"optimal\":%s,\"lower_bound\":%.10g,"
	       "\"gap\":%.10g,\"time_limit\":%g,\"time_limit_reached\":%s,"
	       "\"method\":\"%s\",\"weighted\":%s,\"seconds\":%.3f,\"pieces\":%zu,\"edges\":[",
	       f->index, f->optimal ? "true" : "false", f->lower_bound, f->index - f->lower_bound,
	       pr->time_limit, f->time_limit_reached ? "true" : "false", method_name(f->method),
	       pr->weighted ? "true" : "false", f->seconds, f->components);
	for (size_t i = 0; i < f->n_edges; i++) {
		size_t u, v;
		ent_signed_graph_edge(g, f->edges[i], &u, &v, NULL, NULL);
		printf("%s[", i ? "," : "");
		json_string(name_of(g, u));
		putchar(',');
		json_string(name_of(g, v));
		putchar(']');
	}
	printf("],\"edge_signs\":[");
	for (size_t i = 0; i < f->n_edges; i++) {
		int s;
		ent_signed_graph_edge(g, f->edges[i], NULL, NULL, &s, NULL);
		printf("%s%d", i ? "," : "", s);
	}
	printf("],\"blocs\":[");
	for (int side = 0; side < 2; side++) {
		if (side)
			putchar(',');
		json_members(g, n, f->side, NULL, (size_t)side);
	}
	printf("]}");
	if (b) {
		printf(",\"kblocs\":{\"k\":%zu,\"chosen\":%s,\"alpha\":%.6g,\"error\":%.6g,"
		       "\"negative_inside\":%.6g,\"positive_between\":%.6g,\"error_by_k\":[",
		       b->k, pr->blocs == 0 ? "true" : "false", pr->alpha, b->error, b->neg_inside,
		       b->pos_between);
		for (size_t i = 0; i < b->n_error_by_k; i++)
			printf("%s%.6g", i ? "," : "", b->error_by_k[i]);
		printf("],\"blocs\":[");
		for (size_t k = 0; k < b->k; k++) {
			if (k)
				putchar(',');
			json_members(g, n, NULL, b->bloc, k);
		}
		printf("]}");
	}
	printf("}\n");
}

static void print_members(const ent_signed_graph *g, size_t n, const unsigned char *side,
			  const size_t *bloc, size_t which)
{
	size_t col = 4;
	printf("   ");
	for (size_t i = 0; i < n; i++) {
		if (side ? side[i] != which : bloc[i] != which)
			continue;
		const char *s = name_of(g, i);
		size_t len = strlen(s) + 1;
		if (col + len > 78) {
			printf("\n   ");
			col = 4;
		}
		printf(" %s", s);
		col += len;
	}
	printf("\n");
}

static void print_text(const balance_prefs *pr, const ent_signed_graph *g, const ent_census *c,
		       const ent_frustration *f, const ent_blocs *b, size_t negatives)
{
	size_t n = ent_signed_graph_node_count(g), m = ent_signed_graph_edge_count(g);
	printf("network %s: %zu nodes, %zu ties (%zu negative) from %zu lines\n\n", pr->path, n, m,
	       negatives, ent_signed_graph_record_count(g));
	printf("triangles: %llu", (unsigned long long)c->triangles);
	for (int k = 0; k < 4; k++)
		printf("   %s %llu", kinds[k], (unsigned long long)c->count[k]);
	printf("\nweighted:  %.4g", c->weight[0] + c->weight[1] + c->weight[2] + c->weight[3]);
	for (int k = 0; k < 4; k++)
		printf("   %s %.4g", kinds[k], c->weight[k]);
	printf("\nbalance ratio %.4f (weighted %.4f)\n", c->balance, c->weighted_balance);
	uint64_t unb = c->count[1] + c->count[3];
	size_t nt = listed(c->n_unbalanced, pr->top);
	printf("\nunbalanced triads (%zu strongest of %llu):\n", nt, (unsigned long long)unb);
	for (size_t i = 0; i < nt; i++) {
		const ent_triad *t = &c->unbalanced[i];
		printf("  %-16s %-16s %-16s %s  strength %.4g\n", name_of(g, t->a), name_of(g, t->b),
		       name_of(g, t->c), kinds[t->negatives], t->strength);
	}
	size_t np = 0;
	while (np < c->n_pressure && c->pressure[np].unbalanced)
		np++;
	np = listed(np, pr->top);
	printf("\ncross-pressure (%zu most pressured actors):\n", np);
	for (size_t i = 0; i < np; i++) {
		const ent_pressure *p = &c->pressure[i];
		printf("  %3zu. %-20s score %-10.4g caught in %llu, involved %-10.4g in %llu unbalanced of %llu "
		       "triangles\n", i + 1, name_of(g, p->node), p->score, (unsigned long long)p->pivots,
		       p->involvement, (unsigned long long)p->unbalanced, (unsigned long long)p->triangles);
	}
	printf("\nfrustration index: %.10g%s (%s, %s), lower bound %.10g, gap %.10g, %.3f s, %zu piece%s "
	       "after reductions\n",
	       f->index, pr->weighted ? " (weighted)" : "", method_name(f->method),
	       f->optimal ? "proven optimal"
	       : f->time_limit_reached ? "time limit reached, not proven"
				       : "not proven",
	       f->lower_bound, f->index - f->lower_bound, f->seconds, f->components,
	       f->components == 1 ? "" : "s");
	if (m)
		printf("normalised line index 1 - index/(m/2) = %.4f\n", 1.0 - f->index / (m / 2.0));
	for (int side = 0; side < 2; side++) {
		size_t k = 0;
		for (size_t i = 0; i < n; i++)
			k += f->side[i] == side;
		printf("bloc %d (%zu):\n", side + 1, k);
		print_members(g, n, f->side, NULL, (size_t)side);
	}
	printf("frustrated ties (%zu):\n", f->n_edges);
	for (size_t i = 0; i < f->n_edges; i++) {
		size_t u, v;
		int s;
		ent_signed_graph_edge(g, f->edges[i], &u, &v, &s, NULL);
		printf("  %-20s %-20s %s (%s)\n", name_of(g, u), name_of(g, v), s > 0 ? "+" : "-",
		       s > 0 ? "positive between blocs" : "negative inside a bloc");
	}
	if (b) {
		printf("\n%zu blocs (%s, alpha %.2f): error %.4g = %.2f x negative inside %.4g + "
		       "%.2f x positive between %.4g\n",
		       b->k, pr->blocs == 0 ? "chosen" : "given", pr->alpha, b->error, pr->alpha,
		       b->neg_inside, 1 - pr->alpha, b->pos_between);
		if (b->n_error_by_k) {
			printf("error by number of blocs:");
			for (size_t i = 0; i < b->n_error_by_k; i++)
				printf(" %zu:%.4g", i + 1, b->error_by_k[i]);
			printf("\n");
		}
		for (size_t k = 0; k < b->k; k++) {
			size_t cnt = 0;
			for (size_t i = 0; i < n; i++)
				cnt += b->bloc[i] == k;
			printf("bloc %zu (%zu):\n", k + 1, cnt);
			print_members(g, n, NULL, b->bloc, k);
		}
	}
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "blocs", required_argument, NULL, 'b' },
		{ "alpha", required_argument, NULL, 'a' },
		{ "time-limit", required_argument, NULL, 't' },
		{ "exact", no_argument, NULL, 'X' },
		{ "heuristic", no_argument, NULL, 'H' },
		{ "weighted", no_argument, NULL, 'w' },
		{ "top", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	balance_prefs pr = { 0, ENT_FRUSTRATION_AUTO, 0, -1, 10.0, 0.5, 20, 1, NULL };
	int c;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case 'j':
			pr.json = 1;
			break;
		case 'b':
			if (!strcmp(optarg, "auto"))
				pr.blocs = 0;
			else if (ent_cli_parse_long(optarg, 1, 1000, &pr.blocs) < 0)
				return ent_cli_usage_error("balance", "--blocs wants 1..1000 or auto, not '%s'", optarg);
			break;
		case 'a':
			if (ent_cli_parse_double(optarg, &pr.alpha) < 0 || !(pr.alpha > 0 && pr.alpha <= 1))
				return ent_cli_usage_error("balance", "--alpha wants a number in (0, 1], not '%s'", optarg);
			break;
		case 't':
			if (ent_cli_parse_double(optarg, &pr.time_limit) < 0 || !(pr.time_limit >= 0))
				return ent_cli_usage_error("balance", "--time-limit wants seconds (0 or more), not '%s'", optarg);
			break;
		case 'X':
			pr.method = ENT_FRUSTRATION_EXACT;
			break;
		case 'H':
			pr.method = ENT_FRUSTRATION_HEURISTIC;
			break;
		case 'w':
			pr.weighted = 1;
			break;
		case 'n':
			if (ent_cli_parse_long(optarg, 0, 1000000000L, &pr.top) < 0)
				return ent_cli_usage_error("balance", "--top wants a count, not '%s'", optarg);
			break;
		case 's':
			if (ent_cli_parse_long(optarg, 0, 2147483647L, &pr.seed) < 0)
				return ent_cli_usage_error("balance", "--seed wants a non-negative integer, not '%s'", optarg);
			break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("balance", c);
		}
	}
	if (argc - optind != 1)
		return ent_cli_usage_error("balance", "expected one edge-list file, got %d", argc - optind);
	pr.path = argv[optind];

	ent_signed_graph *g = NULL;
	ent_census census;
	ent_frustration fr;
	ent_blocs blocs;
	int have_census = 0, have_fr = 0, have_blocs = 0, rc = 0, exit_code = ENT_EXIT_OK;
	if ((rc = ent_signed_graph_read(&g, pr.path)) < 0)
		goto fail;
	ent_census_options co = ENT_CENSUS_OPTIONS_INIT;
	co.max_listed = pr.top ? (size_t)pr.top : (size_t)-1; /* 0: every triangle */
	if ((rc = ent_balance_census(&census, g, &co)) < 0)
		goto fail;
	have_census = 1;
	ent_frustration_options fo = ENT_FRUSTRATION_OPTIONS_INIT;
	fo.method = pr.method;
	fo.progress = ent_cli_print_frustration_progress;
	fo.weighted = pr.weighted;
	fo.time_limit = pr.time_limit;
	fo.seed = (uint64_t)pr.seed;
	rc = ent_balance_frustration(&fr, g, &fo);
	ent_cli_progress_done();
	if (rc < 0)
		goto fail;
	have_fr = 1;
	if (pr.blocs >= 0) {
		ent_blocs_options bo = ENT_BLOCS_OPTIONS_INIT;
		bo.k = (size_t)pr.blocs;
		bo.alpha = pr.alpha;
		bo.seed = (uint64_t)pr.seed;
		if ((rc = ent_balance_blocs(&blocs, g, &bo)) < 0)
			goto fail;
		have_blocs = 1;
	}
	size_t negatives = 0;
	for (size_t e = 0; e < ent_signed_graph_edge_count(g); e++) {
		int s;
		ent_signed_graph_edge(g, e, NULL, NULL, &s, NULL);
		negatives += s < 0;
	}
	if (pr.json)
		print_json(&pr, g, &census, &fr, have_blocs ? &blocs : NULL, negatives);
	else
		print_text(&pr, g, &census, &fr, have_blocs ? &blocs : NULL, negatives);
	goto done;
fail:
	exit_code = ent_cli_fatal("balance", rc);
done:
	if (have_census)
		ent_census_dispose(&census);
	if (have_fr)
		ent_frustration_dispose(&fr);
	if (have_blocs)
		ent_blocs_dispose(&blocs);
	ent_signed_graph_free(g);
	return ent_cli_finish_stdout(exit_code);
}

const ent_cli_command ent_cmd_balance = { "balance", run, "structural balance of a signed network: triads, pressure, frustration, blocs" };
