/* entente serve: the local web app over a database. */
#include <pthread.h> /* pthread_sigmask */
#include <signal.h>  /* sigwait: run until Ctrl-C or SIGTERM */
#include <stdio.h>  /* fprintf */
#include <string.h> /* strchr */

#include "lexicon.h" /* ent_cli_names_lexicon */
#include "cli.h"
#include "dicts.h" /* --dict options */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente serve [--db FILE] [--host ADDR] [--port N] [--assets DIR] [--threads N]\n"
		"                     [--dict PATH]... [--no-default-dict] [--no-names]\n\n"
		"Serve the web app and its JSON API (docs/api.md) over a database until interrupted:\n"
		"the signed network of actors, each tie's events over time with their evidence\n"
		"sentences, each actor's ties, unbalanced triads and cross-pressure, and search.\n"
		"An ingest may write to the same database while it runs.\n\n"
		"  --db FILE          the database (default: entente.db)\n"
		"  --host ADDR        address to listen on (default 127.0.0.1: this machine only)\n"
		"  --port N           TCP port (default 8080; 0 picks a free one)\n"
		"  --assets DIR       the built web app (default: found next to the program)\n"
		"  --threads N        worker threads (default 4)\n"
		"  --cache S          reuse API answers for up to S seconds while the data changes\n"
		"                     (default 1; 0 turns the cache off)\n"
		ENT_CLI_DICTS_HELP
		"                     (here they name the actors: for a database coded with TABARI\n"
		"                     or Phoenix dictionaries)\n"
		"  --no-names         actors by code alone: the API's names are null\n"
		"  -h, --help         this text\n\n"
		"The address is printed on standard error once the server is listening.\n");
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },      { "host", required_argument, NULL, 'H' },
		{ "port", required_argument, NULL, 'p' },    { "assets", required_argument, NULL, 'a' },
		{ "threads", required_argument, NULL, 't' }, { "help", no_argument, NULL, 'h' },
		{ "cache", required_argument, NULL, 'c' },   { "dict", required_argument, NULL, 'D' },
		{ "no-names", no_argument, NULL, 'N' },      { "no-default-dict", no_argument, NULL, 'G' },
		{ NULL, 0, NULL, 0 },
	};
	ent_server_options o = ENT_SERVER_OPTIONS_INIT;
	int c, rc, no_names = 0;
	long n;
	ent_cli_dicts dicts = { .n = 0 };
	while ((c = ent_cli_getopt(argc, argv, "d:p:h", opts)) != -1) {
		switch (c) {
		case 'd': o.db = optarg; break;
		case 'H': o.host = optarg; break;
		case 'p':
			if (ent_cli_parse_long(optarg, 0, 65535, &n))
				return ent_cli_usage_error("serve", "--port wants 0 to 65535, not '%s'", optarg);
			o.port = (unsigned int)n;
			break;
		case 'a': o.assets = optarg; break;
		case 't':
			if (ent_cli_parse_long(optarg, 1, 256, &n))
				return ent_cli_usage_error("serve", "--threads wants 1 to 256, not '%s'", optarg);
			o.threads = (unsigned int)n;
			break;
		case 'c': {
			double secs = 0;
			if (ent_cli_parse_double(optarg, &secs) || secs < 0 || secs > 3600)
				return ent_cli_usage_error("serve", "--cache wants seconds from 0 to 3600, not '%s'", optarg);
			o.cache_seconds = secs == 0 ? -1 : secs;
			break;
		}
		case 'D':
			if ((rc = ent_cli_dicts_add(&dicts, "serve", optarg)) != ENT_EXIT_OK)
				return rc;
			break;
		case 'N': no_names = 1; break;
		case 'G': dicts.no_default = 1; break;
		case 'h': usage(stdout); return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("serve", c);
		}
	}
	if (optind < argc)
		return ent_cli_usage_error("serve", "unexpected argument '%s'", argv[optind]);
	if ((rc = ent_cli_dicts_check(&dicts, "serve")) != ENT_EXIT_OK)
		return rc;
	/* Block the stop signals before the server's threads start, so they
	 * inherit the mask and only sigwait() below receives them. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	ent_cli_diag_state ds = { "serve", 0, 0 };
	o.diag = ent_cli_print_diag;
	o.diag_payload = &ds;
	ent_lexicon *names = no_names ? NULL : ent_cli_names_lexicon("serve", &dicts);
	o.names = names;
	ent_server *srv = NULL;
	rc = ent_server_start(&srv, &o);
	if (rc) {
		ent_lexicon_free(names);
		return ent_cli_fatal("serve", rc);
	}
	const char *host = o.host ? o.host : "127.0.0.1";
	int v6 = strchr(host, ':') != NULL;
	const char *assets = ent_server_assets(srv);
	fprintf(stderr, "entente serve: listening on http://%s%s%s:%u/ (%s%s)\n", v6 ? "[" : "", host, v6 ? "]" : "",
		ent_server_port(srv), assets ? "web app from " : "API only: the web app is not built",
		assets ? assets : "");
	fflush(stderr);
	int sig = 0;
	sigwait(&set, &sig);
	ent_server_stop(srv);
	ent_lexicon_free(names); /* after the server: its threads read it */
	fprintf(stderr, "entente serve: stopped\n");
	return ent_cli_finish_stdout(ENT_EXIT_OK);
}

const ent_cli_command ent_cmd_serve = { "serve", run, "serve the web app and its JSON API over a database" };
