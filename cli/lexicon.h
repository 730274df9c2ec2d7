/* The dictionaries a coding command (code, actors) loads, and those that
 * name actors in reports and the web map: as --dict and --no-default-dict
 * say (dicts.h, ent_lexicon_load_set). */
#ifndef ENT_CLI_LEXICON_H
#define ENT_CLI_LEXICON_H

#include <stddef.h> /* size_t */

#include "cli.h"   /* the public API, ent_cli_diag_state */
#include "dicts.h" /* ent_cli_dicts */

/* Load and finish the lexicon; its diagnostics go to the printer counting
 * in `ds`. 0, or a library error code (nothing to free: *out is NULL). */
int ent_cli_lexicon_load(ent_lexicon **out, const ent_cli_dicts *dicts, int strict, ent_cli_diag_state *ds);

/* The dictionaries that name actors (and label CAMEO codes) in reports
 * and the web map, loaded as the coding ones are (a TABARI or Phoenix
 * dictionary names its own codes), quiet about their entries. When one
 * cannot be read a warning naming `cmd` says so and the lexicon holds what
 * loaded before it; NULL, with a warning, when not even that. */
ent_lexicon *ent_cli_names_lexicon(const char *cmd, const ent_cli_dicts *dicts);

/* The run of `entente code` and `entente actors` once their options are
 * read: check the inputs argv[first..argc), load the dictionaries, stream
 * the documents through ent_code_run to standard output (after `header`,
 * when not NULL) and return the exit status. */
int ent_cli_code_stream(const char *cmd, int argc, char **argv, int first, const ent_cli_dicts *dicts, int strict, const ent_code_run_options *ro, const char *header);

#endif
