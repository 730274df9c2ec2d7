/* Loading a coding command's dictionaries: see lexicon.h. */
#include <stdio.h> /* fprintf, fputs */

#include "lexicon.h"
#include "entente/parse.h" /* ent_parse_model_load: trees for the coder */

int ent_cli_lexicon_load(ent_lexicon **out, const ent_cli_dicts *dicts, int strict, ent_cli_diag_state *ds)
{
	ent_lexicon_options lo = ENT_LEXICON_OPTIONS_INIT;
	lo.strict = strict;
	lo.diag = ent_cli_print_diag;
	lo.diag_payload = ds;
	ent_lexicon *lx = NULL;
	int rc = ent_lexicon_new(&lx, &lo);
	if (rc == 0)
		rc = ent_lexicon_load_set(lx, dicts->paths, dicts->n, dicts->no_default);
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
	if (ent_lexicon_new(&lx, NULL)) {
		fprintf(stderr, "entente %s: actors are shown by code only: %s\n", cmd, ent_error_last());
		return NULL;
	}
	if (ent_lexicon_load_set(lx, dicts->paths, dicts->n, dicts->no_default))
		fprintf(stderr, "entente %s: some actors will be shown by code only: %s\n", cmd, ent_error_last());
	return lx;
}

int ent_cli_code_stream(const char *cmd, int argc, char **argv, int first, const ent_cli_dicts *dicts, int strict, const ent_code_run_options *ro, const char *header)
{
	if (first >= argc)
		return ent_cli_usage_error(cmd, "no input: give at least one PATH (or - for standard input)");
	int rc = ent_cli_dicts_check(dicts, cmd);
	if (rc != ENT_EXIT_OK)
		return rc;
	ent_cli_diag_state ds = { cmd, 0, 0 };
	ent_lexicon *lx;
	rc = ent_cli_lexicon_load(&lx, dicts, strict, &ds);
	if (rc < 0)
		return ent_cli_fatal(cmd, rc);
	ent_reader_options ropts = ENT_READER_OPTIONS_INIT;
	ropts.diag = ent_cli_print_diag;
	ropts.diag_payload = &ds;
	ropts.progress = ent_cli_print_progress;
	ent_reader *r = NULL;
	ent_code_run_options o = *ro;
	/* events are coded with the parser's trees; mentions need none */
	ent_parse_model *model = NULL;
	if (o.format != ENT_CODE_MENTIONS && !o.coder.parse_model && (rc = ent_parse_model_load(&model, NULL)) < 0) {
		ent_lexicon_free(lx);
		return ent_cli_fatal(cmd, rc);
	}
	o.coder.parse_model = model;
	rc = ent_reader_new(&r, (const char *const *)argv + first, (size_t)(argc - first), &ropts);
	if (rc == 0) {
		if (header)
			fputs(header, stdout);
		rc = ent_code_run(r, lx, &o, ent_cli_write_stdout, NULL);
	}
	ent_cli_progress_done();
	int ex = ENT_EXIT_OK;
	if (rc < 0)
		ex = ent_cli_fatal(cmd, rc);
	else if (ds.errors || (r && ent_reader_error_count(r)))
		ex = ENT_EXIT_INPUT;
	ent_reader_free(r);
	ent_lexicon_free(lx);
	ent_parse_model_free(model);
	return ent_cli_finish_stdout(ex);
}
