/* Loading a coding command's dictionaries: see lexicon.h. */
#include <stdio.h> /* fprintf */

#include "lexicon.h"

int ent_cli_lexicon_load(ent_lexicon **out, const char *const *dicts, size_t ndicts, int no_default,
			 int strict, ent_cli_diag_state *ds)
{
	ent_lexicon_options lo = ENT_LEXICON_OPTIONS_INIT;
	lo.strict = strict;
	lo.diag = ent_cli_print_diag;
	lo.diag_payload = ds;
	ent_lexicon *lx = NULL;
	int rc = ent_lexicon_new(&lx, &lo);
	if (rc == 0 && !no_default)
		rc = ent_lexicon_load_default(lx);
	for (size_t i = 0; rc == 0 && i < ndicts; i++)
		rc = ent_lexicon_load(lx, dicts[i]);
	if (rc == 0)
		rc = ent_lexicon_finish(lx);
	if (rc < 0) {
		ent_lexicon_free(lx);
		lx = NULL;
	}
	*out = lx;
	return rc < 0 ? rc : 0;
}

ent_lexicon *ent_cli_names_lexicon(const char *cmd, const ent_cli_dicts *dicts)
{
	ent_lexicon *lx = NULL;
	int rc = ent_lexicon_new(&lx, NULL);
	if (rc == 0)
		rc = ent_lexicon_load_default(lx);
	if (rc) {
		fprintf(stderr, "entente %s: actors are shown by code only: %s\n", cmd, ent_error_last());
		ent_lexicon_free(lx);
		return NULL;
	}
	for (size_t i = 0; i < dicts->n; i++)
		if (ent_lexicon_load(lx, dicts->paths[i]))
			fprintf(stderr, "entente %s: no actor names from %s: %s\n", cmd, dicts->paths[i], ent_error_last());
	return lx;
}
