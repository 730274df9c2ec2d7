/* entente analyze: the whole pipeline (read, clean, dedup, segment, code
 * into a store), then dyads, the signed network, the balance analysis and
 * the report. Argument parsing and file handling only; the work is in
 * ent_store_ingest() and ent_report_*(). */
#include <errno.h>  /* errno */
#include <stdio.h>  /* fopen, fwrite */
#include <string.h> /* strcmp, strlen */

#include "lexicon.h" /* ent_cli_names_lexicon */
#include "cli.h"
#include "dicts.h" /* --dict options */

/* Graphviz and the fontconfig/pango/cairo stack it loads keep caches for
 * the life of the process that LeakSanitizer reports at exit; they are
 * not ours, so sanitizer builds are told to ignore leaks whose stack runs
 * through those libraries. LeakSanitizer calls this hook if it exists;
 * other builds never do. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libgvc.so\nleak:libcgraph.so\nleak:libgvplugin\nleak:libfontconfig.so\nleak:libpango\n"
	       "leak:libcairo.so\nleak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libharfbuzz.so\n";
}

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente analyze [--db FILE] [--json | --format F] [--output FILE] [--html FILE]\n"
		"                       [--level country|sector] [--since D] [--until D] [--window W]\n"
		"                       [--blocs K] [--time-limit S] [--min-strength X]\n"
		"                       [--dict PATH]... [--no-default-dict] [PATH...]\n\n"
		"Read the articles in PATH... (files, directories, - for standard input), clean, deduplicate,\n"
		"split and code them into a database, then map who cooperates with and who is hostile to whom\n"
		"and analyse the map as a signed network: actors by prominence, dyads with their strongest\n"
		"evidence, unbalanced triads, cross-pressured actors, the two blocs with the frustration index\n"
		"and the ties expected to change, k-blocs, and balance per time window.\n"
		"With --db FILE and no PATH, analyse what the database already holds.\n\n"
		"  --db FILE          database to store into and read from (default: a throwaway in-memory one)\n"
		"  --json             print the report as one JSON object (same as --format json)\n"
		"  --format F         text (default), json, dot, graphml, gexf, svg or html\n"
		"  -o, --output FILE  write the report there instead of standard output\n"
		"  --html FILE        also write the self-contained HTML report (picture, tables, evidence)\n"
		"  --level L          country (default: AZEGOV and AZEMIL fold into AZE) or sector\n"
		"  --since D          leave out evidence dated before D (YYYY[-MM[-DD]])\n"
		"  --until D          leave out evidence dated after D (--until 2023 keeps all of 2023)\n"
		"  --window W         balance over time in windows of W: 1y, 6m, 3m, or N months as Nm (default 1y)\n"
		"  --blocs K          number of k-blocs (default: chosen by the criterion)\n"
		"  --time-limit S     seconds for each frustration solve (default 10; 0: no limit); then the\n"
		"                     best partition found, its proven lower bound and the gap are reported\n"
		"  --min-strength X   a dyad whose |cooperation - conflict| is below X has no sign (default 1)\n"
		"  --weighted         frustration counts tie weights rather than ties\n"
		"  --exact            always solve the frustration index exactly (CBC), however large the network\n"
		"  --heuristic        always use the local-search heuristic (value and proven lower bound)\n"
		"                     (default: exact up to 2000 ties, the heuristic above)\n"
		"  --max-dyads N      dyads listed in the text and HTML reports, strongest first (default 200;\n"
		"                     0 for all); JSON, GraphML and GEXF always hold every one\n"
		"  --layout L         picture layout: neato (default) or fdp\n"
		ENT_CLI_DICTS_HELP
		"                     (they code new documents, and name actors; stored documents keep\n"
		"                     their coding until 'entente recode')\n"
		"  --no-names         show actor codes alone, without the names the dictionaries give them\n"
		"                     (default: \"Azerbaijan (AZE)\" in text and HTML, a name beside each code in\n"
		"                     JSON, GraphML and GEXF, names beside the nodes of the picture)\n"
		"  -q, --quiet        no summary line on standard error\n"
		"  -h, --help         this text\n\n"
		"Exit status: 0 done, 1 some inputs had errors (reported, the rest analysed), 2 usage,\n"
		"3 could not run (database, output file).\n");
}

/* "1y", "6m", "3m", "18m" -> months. */
static int parse_window(const char *s, int *months)
{
	size_t len = strlen(s);
	if (len < 2 || len > 5)
		return -1;
	char num[8];
	memcpy(num, s, len - 1);
	num[len - 1] = '\0';
	long n;
	if (ent_cli_parse_long(num, 1, 1200, &n))
		return -1;
	if (s[len - 1] == 'y')
		n *= 12;
	else if (s[len - 1] != 'm')
		return -1;
	*months = (int)n;
	return 0;
}

static int write_file(const char *path, const ent_buf *b)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	size_t n = b->size ? fwrite(b->ptr, 1, b->size, f) : 0;
	int bad = n != b->size || ferror(f);
	if (fclose(f) != 0)
		bad = 1;
	return bad ? -1 : 0;
}

/* Open the output files before the long run, so a bad path fails at once
 * rather than after every article has been coded. */
static int check_writable(const char *path)
{
	FILE *f = fopen(path, "ab");
	if (!f)
		return -1;
	fclose(f);
	return 0;
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },        { "json", no_argument, NULL, 'j' },
		{ "format", required_argument, NULL, 'f' },    { "output", required_argument, NULL, 'o' },
		{ "html", required_argument, NULL, 'H' },      { "level", required_argument, NULL, 'l' },
		{ "since", required_argument, NULL, 's' },     { "until", required_argument, NULL, 'u' },
		{ "window", required_argument, NULL, 'w' },    { "blocs", required_argument, NULL, 'k' },
		{ "time-limit", required_argument, NULL, 't' }, { "min-strength", required_argument, NULL, 'm' },
		{ "layout", required_argument, NULL, 'L' },    { "dict", required_argument, NULL, 'D' },
		{ "quiet", no_argument, NULL, 'q' },           { "help", no_argument, NULL, 'h' },
		{ "exact", no_argument, NULL, 'X' },           { "heuristic", no_argument, NULL, 'E' },
		{ "max-dyads", required_argument, NULL, 'M' }, { "weighted", no_argument, NULL, 'W' },
		{ "no-names", no_argument, NULL, 'N' },      { "no-default-dict", no_argument, NULL, 'G' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db = NULL, *output = NULL, *html = NULL;
	ent_report_format fmt = ENT_REPORT_TEXT;
	ent_report_options ro = ENT_REPORT_OPTIONS_INIT;
	ro.dyads.window_months = 12;
	ro.max_dyads = 200; /* a person reads the strongest; the data formats keep all */
	int quiet = 0, no_names = 0, c, rc;
	ent_cli_dicts dicts = { .n = 0 };
	long n;
	double x;
	while ((c = ent_cli_getopt(argc, argv, "d:o:qhD:", opts)) != -1) {
		switch (c) {
		case 'd': db = optarg; break;
		case 'j': fmt = ENT_REPORT_JSON; break;
		case 'f':
			if (ent_report_format_parse(&fmt, optarg))
				return ent_cli_usage_error("analyze", "--format is text, json, dot, graphml, gexf, svg or html, not '%s'", optarg);
			break;
		case 'o': output = optarg; break;
		case 'H': html = optarg; break;
		case 'l':
			if (!strcmp(optarg, "country"))
				ro.dyads.level = ENT_LEVEL_COUNTRY;
			else if (!strcmp(optarg, "sector"))
				ro.dyads.level = ENT_LEVEL_SECTOR;
			else
				return ent_cli_usage_error("analyze", "--level is country or sector, not '%s'", optarg);
			break;
		case 's':
			if ((rc = ent_cli_date_option("analyze", "--since", optarg, &ro.dyads.since)) != ENT_EXIT_OK)
				return rc;
			break;
		case 'u':
			if ((rc = ent_cli_date_option("analyze", "--until", optarg, &ro.dyads.until)) != ENT_EXIT_OK)
				return rc;
			break;
		case 'w':
			if (parse_window(optarg, &ro.dyads.window_months))
				return ent_cli_usage_error("analyze", "--window wants 1y, 6m, 3m or Nm, not '%s'", optarg);
			break;
		case 'k':
			if (ent_cli_parse_long(optarg, 1, 100, &n))
				return ent_cli_usage_error("analyze", "--blocs wants a number from 1 to 100, not '%s'", optarg);
			ro.blocs = (size_t)n;
			break;
		case 't':
			if (ent_cli_parse_double(optarg, &x) || !(x >= 0))
				return ent_cli_usage_error("analyze", "--time-limit wants seconds (0 or more), not '%s'", optarg);
			ro.time_limit = x;
			break;
		case 'm':
			if (ent_cli_parse_double(optarg, &x) || !(x >= 0))
				return ent_cli_usage_error("analyze", "--min-strength wants a number (0 or more), not '%s'", optarg);
			ro.dyads.min_strength = x;
			break;
		case 'L':
			if (strcmp(optarg, "neato") && strcmp(optarg, "fdp"))
				return ent_cli_usage_error("analyze", "--layout is neato or fdp, not '%s'", optarg);
			ro.layout = optarg;
			break;
		case 'D':
			if ((rc = ent_cli_dicts_add(&dicts, "analyze", optarg)) != ENT_EXIT_OK)
				return rc;
			break;
		case 'M':
			if (ent_cli_parse_long(optarg, 0, 1000000000L, &n))
				return ent_cli_usage_error("analyze", "--max-dyads wants a number (0 for all), not '%s'", optarg);
			ro.max_dyads = (size_t)n;
			break;
		case 'G': dicts.no_default = 1; break;
		case 'W': ro.weighted = 1; break;
		case 'N': no_names = 1; break;
		case 'X': ro.method = ENT_REPORT_METHOD_EXACT; break;
		case 'E': ro.method = ENT_REPORT_METHOD_HEURISTIC; break;
		case 'q': quiet = 1; break;
		case 'h': usage(stdout); return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("analyze", c);
		}
	}
	if (optind >= argc && !db)
		return ent_cli_usage_error("analyze", "no input: give PATH... or --db FILE");
	if ((rc = ent_cli_dicts_check(&dicts, "analyze")) != ENT_EXIT_OK)
		return rc;
	if ((dicts.n || dicts.no_default) && optind >= argc)
		fprintf(stderr, "entente analyze: --dict without PATH only names the actors: stored documents keep "
				"their coding (use 'entente recode' to re-code them)\n");
	if (html && check_writable(html)) {
		fprintf(stderr, "entente analyze: cannot write the HTML report to %s: %s\n", html, strerror(errno));
		return ENT_EXIT_FATAL;
	}
	if (output && check_writable(output)) {
		fprintf(stderr, "entente analyze: cannot write the report to %s: %s\n", output, strerror(errno));
		return ENT_EXIT_FATAL;
	}

	ent_store *s = NULL;
	rc = ent_store_open(&s, db ? db : ":memory:", NULL);
	if (rc)
		return ent_cli_fatal("analyze", rc);
	ent_cli_diag_state ds = { "analyze", 0, 0 };
	ent_store_stats st = { 0 };
	if (optind < argc) {
		ent_store_ingest_options io = ENT_STORE_INGEST_OPTIONS_INIT;
		io.dictionaries = dicts.paths;
		io.ndictionaries = dicts.n;
		io.no_default_dictionaries = dicts.no_default;
		io.diag = ent_cli_print_diag;
		io.diag_payload = &ds;
		io.progress = ent_cli_print_progress;
		rc = ent_store_ingest(s, (const char *const *)argv + optind, (size_t)(argc - optind), &io, &st);
		ent_cli_progress_done();
		if (rc) {
			int e = ent_cli_fatal("analyze", rc);
			ent_store_close(s);
			return e;
		}
	}
	ent_lexicon *names = no_names ? NULL : ent_cli_names_lexicon("analyze", &dicts);
	ro.names = names;
	if (!quiet)
		ro.progress = ent_cli_print_frustration_progress;
	ent_report *r = NULL;
	rc = ent_report_from_store(&r, s, &ro);
	ent_cli_progress_done();
	ent_store_close(s);
	ent_lexicon_free(names); /* the report keeps copies of the names */
	if (rc)
		return ent_cli_fatal("analyze", rc);

	int exit_rc = ENT_EXIT_OK;
	ent_buf b = ENT_BUF_INIT;
	rc = ent_report_write(r, fmt, &b);
	if (rc) {
		exit_rc = ent_cli_fatal("analyze", rc);
	} else if (output) {
		if (write_file(output, &b)) {
			fprintf(stderr, "entente analyze: cannot write %s: %s\n", output, strerror(errno));
			exit_rc = ENT_EXIT_FATAL;
		}
	} else if (b.size) {
		fwrite(b.ptr, 1, b.size, stdout);
	}
	if (exit_rc == ENT_EXIT_OK && html) {
		b.size = 0;
		rc = ent_report_write(r, ENT_REPORT_HTML, &b);
		if (rc) {
			exit_rc = ent_cli_fatal("analyze", rc);
		} else if (write_file(html, &b)) {
			fprintf(stderr, "entente analyze: cannot write the HTML report to %s: %s\n", html, strerror(errno));
			exit_rc = ENT_EXIT_FATAL;
		}
	}
	if (!quiet) {
		ent_report_summary sum;
		ent_report_get_summary(r, &sum);
		fprintf(stderr, "entente analyze: %llu documents (%llu new), %llu events and relations, %zu actors, "
				"%zu signed ties, %llu unbalanced of %llu triangles%s\n",
			(unsigned long long)sum.documents, (unsigned long long)st.docs_added,
			(unsigned long long)sum.events, sum.actors, sum.ties, (unsigned long long)sum.unbalanced,
			(unsigned long long)sum.triangles, ds.errors ? " (some inputs had errors)" : "");
	}
	ent_buf_dispose(&b);
	ent_report_free(r);
	if (exit_rc == ENT_EXIT_OK && ds.errors)
		exit_rc = ENT_EXIT_INPUT;
	return ent_cli_finish_stdout(exit_rc);
}

const ent_cli_command ent_cmd_analyze = { "analyze", run,
					  "map and analyse the relations in articles: the signed network and its balance" };
