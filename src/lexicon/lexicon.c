/* The lexicon's public API: creation, loading files and directories with
 * format detection, diagnostics, finishing, statistics and options. */
#include <dirent.h>   /* opendir, readdir */
#include <stdarg.h>   /* va_list */
#include <stdio.h>    /* FILE, fopen, fread, vsnprintf */
#include <stdlib.h>   /* getenv, qsort */
#include <string.h>   /* strcmp, strrchr, strstr */
#include <sys/stat.h> /* stat */

#include "lexicon/dict.h"
#include "util/alloc.h" /* ent__malloc, ent__free */
#include "util/buf.h"   /* ent_buf_put */
#include "util/error.h" /* ent_error_set */

#ifndef ENT_DEFAULT_DATA_DIR
#define ENT_DEFAULT_DATA_DIR "data"
#endif

int ent_lexicon_options_init(ent_lexicon_options *opts, unsigned int version)
{
	ENT_RETURN_ERROR_IF(!opts || version != ENT_LEXICON_OPTIONS_VERSION, ENT_EINVAL,
			    "lexicon options version %u not supported", version);
	ent_lexicon_options d = ENT_LEXICON_OPTIONS_INIT;
	*opts = d;
	return 0;
}

int ent_lexicon_new(ent_lexicon **out, const ent_lexicon_options *opts)
{
	ENT_RETURN_ERROR_IF(!out, ENT_EINVAL, "ent_lexicon_new: out is NULL");
	*out = NULL;
	if (opts)
		ENT_RETURN_ERROR_IF(opts->version != ENT_LEXICON_OPTIONS_VERSION, ENT_EINVAL,
				    "lexicon options version %u not supported", opts->version);
	ent_lexicon *lx = ent__calloc(1, sizeof *lx);
	ENT_RETURN_IF_OOM(lx);
	ent_lexicon_options d = ENT_LEXICON_OPTIONS_INIT;
	lx->opts = opts ? *opts : d;
	lx->agent_alone = "---";
	lx->arena = ent_arena_new(1 << 20);
	lx->synsets = ent_map_new();
	lx->actor_by_code = ent_map_new();
	lx->cameo_by_code = ent_map_new();
	lx->options = ent_map_new();
	lx->exact = ent_map_new();
	lx->stem = ent_map_new();
	lx->names = ent_map_new();
	if (!lx->names ||!lx->arena || !lx->synsets || !lx->actor_by_code || !lx->cameo_by_code || !lx->options || !lx->exact ||
	    !lx->stem) {
		ent_lexicon_free(lx);
		return ent_error_oom();
	}
	*out = lx;
	return 0;
}

void ent_lexicon_free(ent_lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->actors.len; i++) {
		ENT_VEC_FREE(&lx->actors.items[i].roles);
		ENT_VEC_FREE(&lx->actors.items[i].neighbours);
	}
	for (size_t i = 0; i < lx->blocks.len; i++)
		ENT_VEC_FREE(&lx->blocks.items[i].pats);
	for (size_t i = 0; i < lx->altsets.len; i++)
		ENT_VEC_FREE(&lx->altsets.items[i].alts);
	for (size_t i = 0; i < lx->buckets.len; i++) {
		ENT_VEC_FREE(&lx->buckets.items[i]->v);
		ent__free(lx->buckets.items[i]);
	}
	ENT_VEC_FREE(&lx->buckets);
	ENT_VEC_FREE(&lx->actors);
	ENT_VEC_FREE(&lx->actor_phrases);
	ENT_VEC_FREE(&lx->agents);
	ENT_VEC_FREE(&lx->blocks);
	ENT_VEC_FREE(&lx->verbs);
	ENT_VEC_FREE(&lx->cues);
	ENT_VEC_FREE(&lx->discards);
	ENT_VEC_FREE(&lx->altsets);
	ENT_VEC_FREE(&lx->cameo);
	ENT_VEC_FREE(&lx->pico);
	ENT_VEC_FREE(&lx->transforms);
	ENT_VEC_FREE(&lx->altmembers);
	ent_map_free(lx->synsets);
	ent_map_free(lx->actor_by_code);
	ent_map_free(lx->cameo_by_code);
	ent_map_free(lx->options);
	ent_map_free(lx->exact);
	ent_map_free(lx->stem);
	ent_map_free(lx->names);
	ent_arena_free(lx->arena);
	ent__free(lx);
}

int ent_lexicon__diag(ent_lexicon *lx, int error, uint32_t line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (error)
		lx->errors++;
	else
		lx->warnings++;
	if (lx->opts.diag) {
		ent_diag d = { error ? ENT_DIAG_ERROR : ENT_DIAG_WARNING, ENT_EFORMAT, lx->cur_file, line, 0, msg };
		lx->opts.diag(&d, lx->opts.diag_payload);
	}
	if (error && lx->opts.strict)
		return ent_error_set(ENT_EFORMAT, "%s:%u: %s", lx->cur_file ? lx->cur_file : "-", line, msg);
	return 0;
}

int ent_lexicon__add_actor(ent_lexicon *lx, const char *code, uint8_t kind, uint32_t line, uint32_t *out)
{
	lx_actor a = { 0 };
	a.code = code;
	a.kind = kind;
	a.file = lx->cur_file;
	a.line = line;
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->actors, a));
	*out = (uint32_t)(lx->actors.len - 1);
	if (code && *code && !ent_map_has(lx->actor_by_code, code, strlen(code)))
		ENT_FORWARD_IF_ERROR(ent_map_put(lx->actor_by_code, code, strlen(code), (void *)(uintptr_t)(*out + 1)));
	return 0;
}

/* The words of a name phrase joined by spaces: the key of lx->names. */
static size_t name_key(const lx_phrase *ph, char *key, size_t cap)
{
	size_t k = 0;
	for (uint32_t i = 0; i < ph->n && k + 2 < cap; i++) {
		const lx_elem *e = &ph->e[i];
		if (e->kind != LX_E_WORD)
			break;
		size_t l = e->len < cap - k - 2 ? e->len : cap - k - 2;
		if (k)
			key[k++] = ' ';
		memcpy(key + k, e->w, l);
		k += l;
	}
	return k;
}

int ent_lexicon__names_anything(const ent_lexicon *lx, const lx_phrase *ph)
{
	char key[256];
	size_t k = name_key(ph, key, sizeof key);
	return k && ent_map_get(lx->names, key, k) != NULL;
}

int ent_lexicon__add_actor_phrase(ent_lexicon *lx, const lx_phrase *ph, uint32_t actor, uint8_t how,
				  const char *sector)
{
	if (ph->n == 0)
		return 0;
	/* conflicting entries: the same words already name another code */
	char key[256];
	size_t k = name_key(ph, key, sizeof key);
	void *prev = ent_map_get(lx->names, key, k);
	if (prev) {
		uint32_t pa = (uint32_t)((uintptr_t)prev - 1);
		const char *pc = ent_lexicon__actor_code(lx, pa, 0), *nc = ent_lexicon__actor_code(lx, actor, 0);
		const lx_actor *pac = &lx->actors.items[pa];
		int iso = pac->file && strstr(pac->file, "3166");
		if (pa != actor && strcmp(pc, nc) != 0 && !iso && how == LX_HOW_NAME) {
			lx->file_conflicts++;
			if (lx->file_conflicts <= 20)
				ENT_FORWARD_IF_ERROR(ent_lexicon__diag(lx, 0, lx->cur_line,
								       "conflicting entries: '%.*s' is %s here and %s at %s:%u; both kept, the longer or earlier match wins",
								       (int)k, key, nc, pc, pac->file ? pac->file : "-", pac->line));
		}
	} else if (k) {
		ENT_FORWARD_IF_ERROR(ent_map_put(lx->names, key, k, (void *)(uintptr_t)(actor + 1)));
	}
	lx_actor_phrase ap = { *ph, actor, how, sector };
	return ENT_VEC_PUSH(&lx->actor_phrases, ap);
}

/* --- reading files --- */

static int read_whole(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	ENT_RETURN_ERROR_IF(!f, ENT_ENOTFOUND, "cannot open dictionary '%s'", path);
	ent_buf b = ENT_BUF_INIT;
	char chunk[65536];
	size_t n;
	int rc = 0;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if ((rc = ent_buf_put(&b, chunk, n)) < 0)
			break;
	if (rc == 0 && ferror(f))
		rc = ent_error_set(ENT_EIO, "cannot read dictionary '%s'", path);
	fclose(f);
	if (rc < 0) {
		ent_buf_dispose(&b);
		return rc;
	}
	if (!b.ptr) {
		b.ptr = ent__malloc(1);
		ENT_RETURN_IF_OOM(b.ptr);
		b.ptr[0] = 0;
	}
	*out = b.ptr;
	*len = b.size;
	return 0;
}

static int ends_with(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && strcmp(s + a - b, suf) == 0;
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* The first line that is not blank or a comment. */
static void first_content_line(const char *data, size_t len, const char **line, size_t *n)
{
	size_t pos = 0;
	const char *l;
	size_t ln;
	*line = "";
	*n = 0;
	int in_xml_comment = 0;
	while (ent_lexicon__next_line(data, len, &pos, &l, &ln)) {
		ent_lexicon__trim(&l, &ln);
		if (in_xml_comment) {
			if (ln >= 3 && strstr(l, "-->") && (size_t)(strstr(l, "-->") - l) < ln)
				in_xml_comment = 0;
			continue;
		}
		if (ln >= 4 && memcmp(l, "<!--", 4) == 0) {
			const char *e = strstr(l, "-->");
			if (!e || (size_t)(e - l) >= ln)
				in_xml_comment = 1;
			continue;
		}
		if (ln == 0 || l[0] == '#' || l[0] == ';' || (ln > 1 && l[0] == '/' && l[1] == '/'))
			continue;
		*line = l;
		*n = ln;
		return;
	}
}

static int starts(const char *l, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && memcmp(l, w, k) == 0;
}

static ent_dict_format detect(const char *path, const char *data, size_t len)
{
	const char *b = base_name(path);
	if (ends_with(b, ".actors"))
		return ENT_DICT_TABARI_ACTORS;
	if (ends_with(b, ".verbs"))
		return ENT_DICT_TABARI_VERBS;
	if (ends_with(b, ".agents"))
		return ENT_DICT_TABARI_AGENTS;
	if (ends_with(b, ".options"))
		return ENT_DICT_TABARI_OPTIONS;
	if (ends_with(b, ".tsv") && strstr(b, "cameo"))
		return ENT_DICT_CAMEO;
	if (ends_with(b, ".json") && strstr(b, "3166"))
		return ENT_DICT_ISO_CODES;
	if (strstr(b, "discards") || strstr(b, "Discards"))
		return ENT_DICT_PETRARCH_DISCARDS;
	if (strstr(b, "Ontology") || strstr(b, "ontology"))
		return ENT_DICT_PETRARCH_ONTOLOGY;
	const char *l;
	size_t n;
	first_content_line(data, len, &l, &n);
	if (starts(l, n, "actor ") || starts(l, n, "person "))
		return ENT_DICT_ACTORS;
	if (starts(l, n, "agent "))
		return ENT_DICT_AGENTS;
	if (starts(l, n, "code ") || starts(l, n, "class @"))
		return ENT_DICT_VERBS;
	if (starts(l, n, "relation "))
		return ENT_DICT_RELATIONS;
	/* PETRARCH verbs have "--- VERB [code] ---" block headers */
	size_t pos = 0;
	const char *x;
	size_t xn;
	int agentish = 0, lines = 0;
	while (ent_lexicon__next_line(data, len, &pos, &x, &xn) && lines < 20000) {
		ent_lexicon__trim(&x, &xn);
		if (xn > 4 && memcmp(x, "---", 3) == 0 && x[xn - 1] == '-' && memchr(x, '[', xn))
			return ENT_DICT_PETRARCH_VERBS;
		if (memchr(x, '~', xn) && memchr(x, '[', xn))
			agentish++;
		if (xn && x[0] != '#')
			lines++;
	}
	if (strstr(b, "agents") || strstr(b, "Agents") || agentish > 3)
		return ENT_DICT_TABARI_AGENTS;
	if (strstr(b, "verbs") || strstr(b, "Verbs"))
		return ENT_DICT_TABARI_VERBS;
	if (strstr(b, "IssueCoding"))
		return ENT_DICT_AUTO; /* issues are not coded: skip */
	return ENT_DICT_TABARI_ACTORS;
}

int ent_lexicon_load_buffer(ent_lexicon *lx, const char *name, const char *data, size_t len, ent_dict_format fmt)
{
	ENT_RETURN_ERROR_IF(!lx || !data, ENT_EINVAL, "ent_lexicon_load_buffer: NULL argument");
	ENT_RETURN_ERROR_IF(lx->finished, ENT_EINVAL, "lexicon already finished; cannot load '%s'", name ? name : "-");
	const char *prev = lx->cur_file;
	lx->cur_file = ent_arena_strdup(lx->arena, name ? name : "-");
	ENT_RETURN_IF_OOM(lx->cur_file);
	if (fmt == ENT_DICT_AUTO)
		fmt = detect(name ? name : "", data, len);
	int petr = name && (strstr(name, "PETR") || strstr(name, "Phoenix") || ends_with(name, ".txt"));
	int rc = 0;
	switch (fmt) {
	case ENT_DICT_AUTO: rc = 0; break;
	case ENT_DICT_ACTORS: rc = ent_lexicon__read_entente_actors(lx, data, len); break;
	case ENT_DICT_AGENTS: rc = ent_lexicon__read_entente_agents(lx, data, len); break;
	case ENT_DICT_VERBS: rc = ent_lexicon__read_entente_verbs(lx, data, len); break;
	case ENT_DICT_RELATIONS: rc = ent_lexicon__read_entente_relations(lx, data, len); break;
	case ENT_DICT_CAMEO: rc = ent_lexicon__read_cameo(lx, data, len); break;
	case ENT_DICT_ISO_CODES: rc = ent_lexicon__read_iso_codes(lx, data, len); break;
	case ENT_DICT_TABARI_ACTORS: rc = ent_lexicon__read_tabari_actors(lx, data, len, petr); break;
	case ENT_DICT_TABARI_AGENTS: rc = ent_lexicon__read_tabari_agents(lx, data, len, petr); break;
	case ENT_DICT_TABARI_VERBS: rc = ent_lexicon__read_tabari_verbs(lx, data, len); break;
	case ENT_DICT_TABARI_OPTIONS: rc = ent_lexicon__read_tabari_options(lx, data, len); break;
	case ENT_DICT_PETRARCH_VERBS: rc = ent_lexicon__read_petrarch_verbs(lx, data, len); break;
	case ENT_DICT_PETRARCH_DISCARDS: rc = ent_lexicon__read_discards(lx, data, len); break;
	case ENT_DICT_PETRARCH_ONTOLOGY: rc = ent_lexicon__read_ontology(lx, data, len); break;
	default: rc = ent_error_set(ENT_EINVAL, "unknown dictionary format %d for '%s'", (int)fmt, name); break;
	}
	if (rc == 0 && lx->file_conflicts > 20)
		rc = ent_lexicon__diag(lx, 0, 0, "%zu more conflicting entries not listed", lx->file_conflicts - 20);
	lx->file_conflicts = 0;
	lx->files++;
	lx->cur_file = prev;
	return rc;
}

int ent_lexicon_load_file(ent_lexicon *lx, const char *path, ent_dict_format fmt)
{
	ENT_RETURN_ERROR_IF(!lx || !path, ENT_EINVAL, "ent_lexicon_load_file: NULL argument");
	char *data;
	size_t len;
	ENT_FORWARD_IF_ERROR(read_whole(path, &data, &len));
	int rc = ent_lexicon_load_buffer(lx, path, data, len, fmt);
	ent__free(data);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files that are documentation, not dictionaries. */
static int skip_name(const char *n)
{
	return n[0] == '.' || ends_with(n, ".md") || !strcmp(n, "LICENSE") || !strcmp(n, "SOURCE.md") ||
	       ends_with(n, ".py") || ends_with(n, ".sh") || ends_with(n, ".in") || ends_with(n, ".cmake") ||
	       ends_with(n, "CMakeLists.txt") || ends_with(n, ".project") || ends_with(n, ".text") ||
	       ends_with(n, ".xml") || ends_with(n, ".gz") ||
	       /* the parser's model (data/model/), not a dictionary */
	       ends_with(n, ".model") ||
	       /* the web app installed beside the dictionaries (share/entente/web) */
	       ends_with(n, ".js") || ends_with(n, ".css") || ends_with(n, ".html") || ends_with(n, ".map") ||
	       ends_with(n, ".svg") || ends_with(n, ".png") || ends_with(n, ".ico") || ends_with(n, ".woff2");
}

static int load_dir(ent_lexicon *lx, const char *path, int depth)
{
	ENT_RETURN_ERROR_IF(depth > 8, ENT_ELIMIT, "dictionary directories nested too deeply at '%s'", path);
	DIR *d = opendir(path);
	ENT_RETURN_ERROR_IF(!d, ENT_ENOTFOUND, "cannot open dictionary directory '%s'", path);
	ENT_VEC(char *) names = { 0 };
	struct dirent *de;
	int rc = 0;
	while ((de = readdir(d)) != NULL) {
		if (skip_name(de->d_name))
			continue;
		char *s = ent__strdup(de->d_name);
		if (!s || ENT_VEC_PUSH(&names, s) < 0) {
			ent__free(s);
			rc = ent_error_oom();
			break;
		}
	}
	closedir(d);
	if (names.len)
		qsort(names.items, names.len, sizeof *names.items, cmp_str);
	for (size_t i = 0; i < names.len && rc == 0; i++) {
		ent_buf p = ENT_BUF_INIT;
		if ((rc = ent_buf_printf(&p, "%s/%s", path, names.items[i])) < 0)
			break;
		struct stat st;
		if (stat(p.ptr, &st) == 0 && S_ISDIR(st.st_mode))
			rc = load_dir(lx, p.ptr, depth + 1);
		else
			rc = ent_lexicon_load_file(lx, p.ptr, ENT_DICT_AUTO);
		ent_buf_dispose(&p);
	}
	for (size_t i = 0; i < names.len; i++)
		ent__free(names.items[i]);
	ENT_VEC_FREE(&names);
	return rc;
}

int ent_lexicon_load(ent_lexicon *lx, const char *path)
{
	ENT_RETURN_ERROR_IF(!lx || !path, ENT_EINVAL, "ent_lexicon_load: NULL argument");
	ENT_RETURN_ERROR_IF(lx->finished, ENT_EINVAL, "lexicon already finished; cannot load '%s'", path);
	struct stat st;
	ENT_RETURN_ERROR_IF(stat(path, &st) != 0, ENT_ENOTFOUND, "no dictionary at '%s'", path);
	if (S_ISDIR(st.st_mode))
		return load_dir(lx, path, 0);
	return ent_lexicon_load_file(lx, path, ENT_DICT_AUTO);
}

int ent_lexicon_load_default(ent_lexicon *lx)
{
	const char *dir = getenv("ENT_DATA_DIR");
	if (!dir || !*dir)
		dir = ENT_DEFAULT_DATA_DIR;
	struct stat st;
	ENT_RETURN_ERROR_IF(stat(dir, &st) != 0 || !S_ISDIR(st.st_mode), ENT_ENOTFOUND,
			    "default dictionaries not found at '%s' (set ENT_DATA_DIR)", dir);
	/* The country base list from Debian's iso-codes, when installed and
	 * when data/ does not ship its own generated copy. */
	static const char iso[] = "/usr/share/iso-codes/json/iso_3166-1.json";
	if (stat(iso, &st) == 0)
		ENT_FORWARD_IF_ERROR(ent_lexicon_load_file(lx, iso, ENT_DICT_ISO_CODES));
	return load_dir(lx, dir, 0);
}

int ent_lexicon_finish(ent_lexicon *lx)
{
	ENT_RETURN_ERROR_IF(!lx, ENT_EINVAL, "ent_lexicon_finish: NULL lexicon");
	if (lx->finished)
		return 0;
	ENT_FORWARD_IF_ERROR(ent_lexicon__build_index(lx));
	lx->finished = 1;
	return 0;
}

void ent_lexicon_get_stats(const ent_lexicon *lx, ent_lexicon_stats *out)
{
	memset(out, 0, sizeof *out);
	if (!lx)
		return;
	out->actor_phrases = lx->actor_phrases.len;
	out->actors = lx->actors.len;
	out->agent_phrases = lx->agents.len;
	out->verb_forms = lx->verbs.len;
	for (size_t i = 0; i < lx->blocks.len; i++)
		out->verb_patterns += lx->blocks.items[i].pats.len;
	out->relation_cues = lx->cues.len;
	out->cameo_codes = lx->cameo.len;
	out->discards = lx->discards.len;
	out->files = lx->files;
	out->errors = lx->errors;
	out->warnings = lx->warnings;
}

const char *ent_lexicon_option(const ent_lexicon *lx, const char *name)
{
	if (!lx || !name)
		return NULL;
	return ent_map_get(lx->options, name, strlen(name));
}

int ent_lexicon_set_option(ent_lexicon *lx, const char *name, const char *value)
{
	ENT_RETURN_ERROR_IF(!lx || !name || !value, ENT_EINVAL, "ent_lexicon_set_option: NULL argument");
	char *v = ent_arena_strdup(lx->arena, value);
	ENT_RETURN_IF_OOM(v);
	/* TABARI "SET: CODE BY CLAUSE | BY SENTENCE | ALL": the last one set
	 * rules, kept as "CODE" -> "BY CLAUSE" ... for the coder */
	if (!strncmp(name, "SET: CODE ", 10) && name[10] && !(value[0] == 'F' || value[0] == 'f' || value[0] == '0')) {
		char *mode = ent_arena_strdup(lx->arena, name + 10);
		ENT_RETURN_IF_OOM(mode);
		ENT_FORWARD_IF_ERROR(ent_map_put(lx->options, "CODE", 4, mode));
	}
	return ent_map_put(lx->options, name, strlen(name), v);
}

int ent_lexicon__actor_dated(const ent_lexicon *lx, uint32_t actor, int32_t date)
{
	const lx_actor *a = &lx->actors.items[actor];
	for (size_t i = 0; date && i < a->roles.len; i++) {
		const lx_role *r = &a->roles.items[i];
		if ((r->from || r->to) && (!r->from || date >= r->from) && (!r->to || date <= r->to))
			return 1;
	}
	return 0;
}

const char *ent_lexicon__actor_code(const ent_lexicon *lx, uint32_t actor, int32_t date)
{
	const lx_actor *a = &lx->actors.items[actor];
	if (a->roles.len == 0)
		return a->code ? a->code : "";
	const lx_role *best = NULL;
	/* a dated role that holds on the date wins over an undated default */
	if (date)
		for (size_t i = 0; i < a->roles.len; i++) {
			const lx_role *r = &a->roles.items[i];
			if ((r->from || r->to) && (!r->from || date >= r->from) && (!r->to || date <= r->to))
				return r->code;
		}
	for (size_t i = 0; i < a->roles.len; i++) {
		const lx_role *r = &a->roles.items[i];
		if (date && (r->from && date < r->from))
			continue;
		if (date && (r->to && date > r->to))
			continue;
		if (date)
			return r->code;
		/* no date: prefer the open-ended (current) role */
		if (!best || (r->to == 0 && best->to != 0) || (r->to > best->to && best->to != 0))
			best = r;
	}
	if (best)
		return best->code;
	return a->code && *a->code ? a->code : a->roles.items[a->roles.len - 1].code;
}

const lx_cameo *ent_lexicon__cameo(const ent_lexicon *lx, const char *code)
{
	if (!code)
		return NULL;
	void *v = ent_map_get(lx->cameo_by_code, code, strlen(code));
	return v ? &lx->cameo.items[(uintptr_t)v - 1] : NULL;
}

long ent_lexicon__actor_by_code(const ent_lexicon *lx, const char *code)
{
	void *v = ent_map_get(lx->actor_by_code, code, strlen(code));
	return v ? (long)((uintptr_t)v - 1) : -1;
}
