/* Collecting --dict options: see dicts.h. */
#include "dicts.h"

#include "cli.h" /* ent_cli_usage_error, exit codes */

int ent_cli_dicts_add(ent_cli_dicts *d, const char *cmd, const char *path)
{
	if (d->n == ENT_CLI_MAX_DICTS)
		return ent_cli_usage_error(cmd, "too many --dict options (at most %d)", ENT_CLI_MAX_DICTS);
	d->paths[d->n++] = path;
	return ENT_EXIT_OK;
}

int ent_cli_dicts_check(const ent_cli_dicts *d, const char *cmd)
{
	if (d->no_default && d->n == 0)
		return ent_cli_usage_error(cmd, "--no-default-dict needs at least one --dict PATH");
	return ENT_EXIT_OK;
}
