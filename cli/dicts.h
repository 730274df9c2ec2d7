/* The --dict PATH and --no-default-dict options, which mean the same in
 * every command that takes them (code, actors, ingest, analyze, recode,
 * serve, validate): --dict adds a dictionary file or directory to the
 * defaults, in the order given; --no-default-dict leaves entente's own
 * dictionaries out, so only the --dict ones are used, with the default
 * CAMEO table unless one of them is one (ent_lexicon_load_set). */
#ifndef ENT_CLI_DICTS_H
#define ENT_CLI_DICTS_H

#include <stddef.h> /* size_t */

/* More would only come from a runaway script. */
#define ENT_CLI_MAX_DICTS 32

typedef struct {
	const char *paths[ENT_CLI_MAX_DICTS];
	size_t n;
	int no_default; /* --no-default-dict */
} ent_cli_dicts;

/* The two options' lines of a command's --help, the same in each. */
#define ENT_CLI_DICTS_HELP                                                                         \
	"  --dict PATH        also load this dictionary file or directory, after the defaults\n"     \
	"                     (repeatable; entente, TABARI and PETRARCH formats)\n"                   \
	"  --no-default-dict  load only the --dict dictionaries, not entente's own (data/); the\n"   \
	"                     CAMEO table (data/cameo.tsv: Goldstein weights) is still loaded\n"     \
	"                     unless one of them is a CAMEO table\n"

/* Add one --dict PATH of command `cmd`: ENT_EXIT_OK, or ENT_EXIT_USAGE
 * (message printed) past ENT_CLI_MAX_DICTS. */
int ent_cli_dicts_add(ent_cli_dicts *d, const char *cmd, const char *path);

/* After the options: ENT_EXIT_OK, or ENT_EXIT_USAGE (message printed) for
 * --no-default-dict without any --dict. */
int ent_cli_dicts_check(const ent_cli_dicts *d, const char *cmd);

#endif
