/* The dictionaries a coding command (code, actors) loads: the defaults
 * unless --no-default-dict, then each --dict PATH in the order given. */
#ifndef ENT_CLI_LEXICON_H
#define ENT_CLI_LEXICON_H

#include <stddef.h> /* size_t */

#include "cli.h"   /* the public API, ent_cli_diag_state */
#include "dicts.h" /* ent_cli_dicts */

/* Load and finish the lexicon; its diagnostics go to the printer counting
 * in `ds`. 0, or a library error code (nothing to free: *out is NULL). */
int ent_cli_lexicon_load(ent_lexicon **out, const char *const *dicts, size_t ndicts, int no_default,
			 int strict, ent_cli_diag_state *ds);

/* The dictionaries that name actors in reports and the web map: the
 * defaults, then each --dict (a TABARI or Phoenix dictionary names its own
 * codes), quiet about their entries. A --dict that cannot be read names
 * nothing and is reported; NULL, with a warning naming `cmd`, when the
 * defaults cannot be read: actors are then shown by code alone. */
ent_lexicon *ent_cli_names_lexicon(const char *cmd, const ent_cli_dicts *dicts);

/* The run of `entente code` and `entente actors` once their options are
 * read: check the inputs argv[first..argc), load the dictionaries, stream
 * the documents through ent_code_run to standard output (after `header`,
 * when not NULL) and return the exit status. */
int ent_cli_code_stream(const char *cmd, int argc, char **argv, int first, const ent_cli_dicts *dicts, int no_default,
			int strict, const ent_code_run_options *ro, const char *header);

#endif
