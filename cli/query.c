/* The query commands' shared options and store opening: see query.h. */
#include "query.h"

#include <stdio.h> /* fprintf */

void ent_cli_query_init(ent_cli_query *q, const char *cmd)
{
	*q = (ent_cli_query){ .cmd = cmd, .db = "entente.db", .filter = ENT_STORE_FILTER_INIT,
			      .fmt = ENT_CLI_FORMAT_AUTO };
}

int ent_cli_query_option(ent_cli_query *q, int c, const char *arg)
{
	long n;
	switch (c) {
	case 'd': q->db = arg; break;
	case 'a': q->filter.actor = arg; break;
	case 's': return ent_cli_date_option(q->cmd, "--since", arg, &q->filter.since);
	case 'u': return ent_cli_date_option(q->cmd, "--until", arg, &q->filter.until);
	case 'n':
		if (ent_cli_parse_long(arg, 1, 1000000000L, &n))
			return ent_cli_usage_error(q->cmd, "--limit wants a positive number, not '%s'", arg);
		q->filter.limit = (uint64_t)n;
		break;
	case 'f':
		if ((q->fmt = ent_cli_format_parse(arg)) < 0)
			return ent_cli_usage_error(q->cmd, "--format is table, tsv or jsonl, not '%s'", arg);
		break;
	default: return ent_cli_bad_option(q->cmd, c);
	}
	return ENT_EXIT_OK;
}

void ent_cli_query_say_capped(const ent_cli_query *q)
{
	fprintf(stderr, "entente %s: the first %d shown; use --limit N, or --format tsv for all\n", q->cmd,
		ENT_CLI_QUERY_CAP);
}

int ent_cli_query_open(ent_cli_query *q, ent_store **s)
{
	q->fmt = ent_cli_format_resolve((ent_cli_format)q->fmt);
	/* A terminal table holds its rows in memory and no one reads a million
	 * of them. */
	q->capped = q->fmt == ENT_CLI_FORMAT_TABLE && q->filter.limit == 0;
	if (q->capped)
		q->filter.limit = ENT_CLI_QUERY_CAP + 1;
	ent_store_options so = ENT_STORE_OPTIONS_INIT;
	so.readonly = 1;
	*s = NULL;
	int rc = ent_store_open(s, q->db, &so);
	if (rc)
		return ent_cli_fatal(q->cmd, rc);
	return ENT_EXIT_OK;
}
