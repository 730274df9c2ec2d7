#include "parse/conllu.h"

#include <errno.h>  /* errno */
#include <stdlib.h> /* strtol */
#include <string.h> /* strlen, strchr, strerror */

#include "util/alloc.h" /* ent__calloc, ent__free */
#include "util/buf.h"   /* the sentence's lines */
#include "util/error.h" /* ENT_RETURN_ERROR_IF */
#include "util/vec.h"   /* line offsets, words, extras */

typedef struct {
	size_t off;  /* start of the line in `lines` */
	size_t line; /* its line number */
} line_ref;

struct ent_conllu_reader {
	FILE *f;
	char *name;
	size_t line;  /* lines read so far */
	int eof;
	ent_buf lines; /* the current sentence's lines, each NUL-terminated */
	ENT_VEC(line_ref) refs;
	ENT_VEC(ent_conllu_word) words;
	ENT_VEC(ent_conllu_extra) extra;
};

int ent_conllu_reader_new(ent_conllu_reader **out, FILE *f, const char *name)
{
	ent_conllu_reader *r = ent__calloc(1, sizeof *r);
	ENT_RETURN_IF_OOM(r);
	r->f = f;
	r->name = ent__strdup(name ? name : "-");
	if (!r->name) {
		ent__free(r);
		return ent_error_oom();
	}
	*out = r;
	return 0;
}

void ent_conllu_reader_free(ent_conllu_reader *r)
{
	if (!r)
		return;
	ent_buf_dispose(&r->lines);
	ENT_VEC_FREE(&r->refs);
	ENT_VEC_FREE(&r->words);
	ENT_VEC_FREE(&r->extra);
	ent__free(r->name);
	ent__free(r);
}

/* Append the next line (without its newline) to r->lines. Returns 1 when
 * a line was read, 0 at the end of the file, or a negative error. */
static int read_line(ent_conllu_reader *r)
{
	char chunk[4096];
	int got = 0;
	while (fgets(chunk, sizeof chunk, r->f)) {
		size_t n = strlen(chunk);
		got = 1;
		int end = n > 0 && chunk[n - 1] == '\n';
		ENT_FORWARD_IF_ERROR(ent_buf_put(&r->lines, chunk, n - (size_t)end));
		if (end)
			break;
	}
	if (ferror(r->f))
		return ent_error_set(ENT_EIO, "%s: read error after line %zu: %s", r->name, r->line,
				     strerror(errno));
	if (!got)
		return 0;
	r->line++;
	/* A CR before the newline (files written on Windows) is not data. */
	if (r->lines.size > 0 && r->lines.ptr[r->lines.size - 1] == '\r')
		r->lines.size--;
	return 1;
}

/* Whether s is a plain decimal integer of at most 6 digits. */
static int parse_index(const char *s, long *out)
{
	if (*s < '0' || *s > '9')
		return 0;
	errno = 0;
	char *end;
	long v = strtol(s, &end, 10);
	if (errno || *end || v > 999999)
		return 0;
	*out = v;
	return 1;
}

/* Split a word line into its ten columns. */
static int split_word(ent_conllu_reader *r, char *s, size_t line, ent_conllu_word *w, long *id)
{
	char *col[10];
	int n = 0;
	col[n++] = s;
	for (char *p = s; *p; p++)
		if (*p == '\t') {
			*p = '\0';
			ENT_RETURN_ERROR_IF(n == 10, ENT_EFORMAT,
					    "%s:%zu: more than 10 tab-separated columns", r->name, line);
			col[n++] = p + 1;
		}
	ENT_RETURN_ERROR_IF(n != 10, ENT_EFORMAT, "%s:%zu: %d tab-separated columns, CoNLL-U has 10",
			    r->name, line, n);
	ENT_RETURN_ERROR_IF(!parse_index(col[0], id), ENT_EFORMAT, "%s:%zu: bad word id '%s'", r->name,
			    line, col[0]);
	ENT_RETURN_ERROR_IF(!*col[1], ENT_EFORMAT, "%s:%zu: empty FORM column", r->name, line);
	w->form = col[1];
	w->lemma = col[2];
	w->upos = col[3];
	w->xpos = col[4];
	w->feats = col[5];
	w->deprel = col[7];
	w->deps = col[8];
	w->misc = col[9];
	w->line = line;
	long head;
	if (strcmp(col[6], "_") == 0)
		w->head = -1;
	else if (parse_index(col[6], &head))
		w->head = (int)head;
	else
		return ent_error_set(ENT_EFORMAT, "%s:%zu: bad HEAD '%s'", r->name, line, col[6]);
	return 0;
}

/* Turn the collected lines into words and extra lines. */
static int build_sentence(ent_conllu_reader *r, ent_conllu_sentence *out, int need_tree)
{
	r->words.len = r->extra.len = 0;
	out->text = NULL;
	for (size_t i = 0; i < r->refs.len; i++) {
		char *s = r->lines.ptr + r->refs.items[i].off;
		size_t line = r->refs.items[i].line;
		const char *tab = strchr(s, '\t');
		size_t idlen = tab ? (size_t)(tab - s) : strlen(s);
		int plain = s[0] >= '0' && s[0] <= '9' && idlen > 0;
		for (size_t k = 0; plain && k < idlen; k++)
			if (s[k] < '0' || s[k] > '9')
				plain = 0;
		if (!plain) {
			/* Comments, multiword tokens ("3-4") and empty nodes ("8.1"). */
			ENT_RETURN_ERROR_IF(s[0] != '#' && !(s[0] >= '0' && s[0] <= '9'), ENT_EFORMAT,
					    "%s:%zu: neither a comment nor a word line", r->name, line);
			if (strncmp(s, "# text = ", 9) == 0)
				out->text = s + 9;
			ent_conllu_extra e = { r->words.len, s };
			ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&r->extra, e));
			continue;
		}
		ent_conllu_word w;
		long id;
		ENT_FORWARD_IF_ERROR(split_word(r, s, line, &w, &id));
		ENT_RETURN_ERROR_IF((size_t)id != r->words.len + 1, ENT_EFORMAT,
				    "%s:%zu: word id %ld, expected %zu", r->name, line, id,
				    r->words.len + 1);
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&r->words, w));
	}
	size_t n = r->words.len;
	ENT_RETURN_ERROR_IF(n == 0, ENT_EFORMAT, "%s:%zu: a sentence without words", r->name,
			    r->refs.items[0].line);
	for (size_t i = 0; i < n; i++) {
		const ent_conllu_word *w = &r->words.items[i];
		ENT_RETURN_ERROR_IF(need_tree && w->head < 0, ENT_EFORMAT, "%s:%zu: HEAD is '_'",
				    r->name, w->line);
		ENT_RETURN_ERROR_IF(w->head > (int)n, ENT_EFORMAT,
				    "%s:%zu: HEAD %d outside the sentence of %zu words", r->name,
				    w->line, w->head, n);
		ENT_RETURN_ERROR_IF(w->head == (int)i + 1, ENT_EFORMAT, "%s:%zu: a word is its own head",
				    r->name, w->line);
	}
	if (need_tree) {
		/* Every word must reach the root: a cycle would hang the oracle. */
		size_t roots = 0;
		for (size_t i = 0; i < n; i++) {
			roots += r->words.items[i].head == 0;
			size_t steps = 0;
			for (int h = r->words.items[i].head; h != 0; h = r->words.items[h - 1].head)
				ENT_RETURN_ERROR_IF(++steps > n, ENT_EFORMAT,
						    "%s:%zu: the heads form a cycle", r->name,
						    r->words.items[i].line);
		}
		ENT_RETURN_ERROR_IF(roots != 1, ENT_EFORMAT, "%s:%zu: %zu words with HEAD 0, expected 1",
				    r->name, out->line, roots);
	}
	out->words = r->words.items;
	out->count = n;
	out->extra = r->extra.items;
	out->nextra = r->extra.len;
	return 0;
}

int ent_conllu_next(ent_conllu_reader *r, ent_conllu_sentence *out, int need_tree)
{
	ent_buf_clear(&r->lines);
	r->refs.len = 0;
	out->line = 0;
	while (!r->eof) {
		size_t off = r->lines.size;
		int got = read_line(r);
		if (got < 0)
			return got;
		if (got == 0) {
			r->eof = 1;
			break;
		}
		if (r->lines.size == off) { /* a blank line ends the sentence */
			if (r->refs.len > 0)
				break;
			continue;
		}
		ENT_FORWARD_IF_ERROR(ent_buf_putc(&r->lines, '\0'));
		line_ref ref = { off, r->line };
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&r->refs, ref));
		if (out->line == 0)
			out->line = r->line;
	}
	if (r->refs.len == 0)
		return ENT_ITEROVER;
	return build_sentence(r, out, need_tree);
}
