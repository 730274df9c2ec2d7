/* The dictionaries a command codes with, loaded the same way by every
 * command (code, actors, ingest, analyze, recode, serve, validate), and
 * the CAMEO table's labels for the people who read the codes. */
#include <stdlib.h>   /* getenv */
#include <sys/stat.h> /* stat: is there a cameo.tsv */

#include "lexicon/dict.h" /* ent_lexicon internals: the CAMEO table */
#include "util/buf.h"     /* ent_buf_printf: the table's path */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

int ent_lexicon_load_set(ent_lexicon *lx, const char *const *paths, size_t npaths, int no_default)
{
	ENT_RETURN_ERROR_IF(!lx || (npaths && !paths), ENT_EINVAL, "ent_lexicon_load_set: NULL argument");
	if (!no_default)
		ENT_FORWARD_IF_ERROR(ent_lexicon_load_default(lx));
	for (size_t i = 0; i < npaths; i++)
		ENT_FORWARD_IF_ERROR(ent_lexicon_load(lx, paths[i]));
	if (lx->cameo.len)
		return 0;
	/* A set of another coder's dictionaries (TABARI, Phoenix) names codes
	 * but carries no weights: without the table every event would weigh 0
	 * and the network would have no signed tie. */
	const char *dir = getenv("ENT_DATA_DIR");
	if (!dir || !*dir)
		dir = ENT_DEFAULT_DATA_DIR;
	ent_buf p = ENT_BUF_INIT;
	int rc = ent_buf_printf(&p, "%s/cameo.tsv", dir);
	struct stat st;
	if (!rc && stat(p.ptr, &st) != 0)
		rc = ent_error_set(ENT_ENOTFOUND, "the CAMEO table (Goldstein weights) is not at '%s' (set ENT_DATA_DIR, "
				   "or give a cameo.tsv with --dict)", p.ptr);
	if (!rc)
		rc = ent_lexicon_load_file(lx, p.ptr, ENT_DICT_CAMEO);
	ent_buf_dispose(&p);
	return rc;
}

const char *ent_lexicon_cameo_label(const ent_lexicon *lx, const char *code)
{
	if (!lx || !code || !*code)
		return NULL;
	const lx_cameo *c = ent_lexicon__cameo(lx, code);
	return c && c->label && *c->label ? c->label : NULL;
}

const char *ent_lexicon_cameo_plover(const ent_lexicon *lx, const char *code)
{
	if (!lx || !code || !*code)
		return NULL;
	const lx_cameo *c = ent_lexicon__cameo(lx, code);
	return c && c->plover && *c->plover ? c->plover : NULL;
}

int ent_lexicon_code_caption(ent_buf *out, const ent_lexicon *lx, const char *code)
{
	ENT_RETURN_ERROR_IF(!out, ENT_EINVAL, "ent_lexicon_code_caption: NULL argument");
	if (!code || !*code)
		return 0;
	const char *label = ent_lexicon_cameo_label(lx, code), *plover = ent_lexicon_cameo_plover(lx, code);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, code));
	if (label && plover)
		return ent_buf_printf(out, " (%s; PLOVER %s)", label, plover);
	if (label || plover)
		return ent_buf_printf(out, label ? " (%s)" : " (PLOVER %s)", label ? label : plover);
	return 0;
}
