/* The reader: a queue of inputs (files, directories expanded lazily in
 * name order, standard input, a memory block), the format of each, and
 * the assembly of every record into an ent_doc. Per-input problems become
 * diagnostics and the queue moves on; only running out of memory stops it. */
#include "ingest/reader.h"

#include <dirent.h>   /* opendir, readdir */
#include <errno.h>    /* errno */
#include <fcntl.h>    /* open, fcntl, O_RDONLY, O_NONBLOCK */
#include <stdio.h>    /* snprintf */
#include <stdlib.h>   /* qsort */
#include <string.h>   /* strcmp, strlen, strerror, memcmp */
#include <strings.h>  /* strncasecmp */
#include <sys/stat.h> /* stat, fstat, S_ISDIR, S_ISREG, S_ISFIFO */
#include <unistd.h>   /* close */

#include "ingest/charset.h"   /* ent_ingest__cp1252_to_utf8, ent_ingest__charset_to_utf8 */
#include "ingest/date.h"      /* ent_ingest__date_normalize, ent_ingest__dateline_find */
#include "ingest/html_meta.h" /* ent_ingest__html_meta */
#include "util/alloc.h"       /* ent__calloc, ent__free, ent__strdup */
#include "util/buf.h"         /* ent_buf_vprintf, ent_buf_clear */
#include "util/error.h"       /* ent_error_set, ENT_RETURN_ERROR_IF */
#include "util/map.h"         /* ent_hash_bytes, ent_map */
#include "util/utf8.h"        /* ent_utf8_valid_prefix, ent_utf8_repair */
#include "util/vec.h"         /* ENT_VEC */

#define DEFAULT_MAX_RECORD ((size_t)256 << 20)
/* Directories deeper than this are reported rather than followed: a
 * symbolic link loop would otherwise never end. */
#define MAX_DIR_DEPTH 64

int ent_reader_options_init(ent_reader_options *opts, unsigned int version)
{
	ENT_RETURN_ERROR_IF(!opts, ENT_EINVAL, "ent_reader_options_init: opts is NULL");
	ENT_RETURN_ERROR_IF(version != ENT_READER_OPTIONS_VERSION, ENT_EINVAL,
			    "ent_reader_options version %u is not supported (expected %u)", version,
			    ENT_READER_OPTIONS_VERSION);
	*opts = (ent_reader_options)ENT_READER_OPTIONS_INIT;
	return 0;
}

void ent_ingest__diag(ent_reader *r, ent_diag_level level, int code, uint64_t line, uint64_t offset,
		      const char *fmt, ...)
{
	if (level == ENT_DIAG_ERROR)
		r->errors++;
	if (!r->opts.diag)
		return;
	ent_buf_clear(&r->msg);
	va_list ap;
	va_start(ap, fmt);
	int rc = ent_buf_vprintf(&r->msg, fmt, ap);
	va_end(ap);
	ent_diag d = {
		.level = level,
		.code = code,
		.file = r->path,
		.line = line,
		.offset = offset,
		.message = rc == 0 && r->msg.ptr ? r->msg.ptr : "out of memory formatting a diagnostic",
	};
	r->opts.diag(&d, r->opts.diag_payload);
}

/* Pending inputs: a stack whose top is the next input; `walked` says it
 * was found in a directory rather than named by the caller. */
static int push_path(ent_reader *r, const char *path, size_t len, int walked)
{
	if (r->npending == r->cap_pending) {
		size_t cap = r->cap_pending ? r->cap_pending * 2 : 16;
		char **p = ent__realloc(r->pending, cap * sizeof *p);
		ENT_RETURN_IF_OOM(p);
		r->pending = p;
		unsigned char *w = ent__realloc(r->pending_walked, cap);
		ENT_RETURN_IF_OOM(w);
		r->pending_walked = w;
		r->cap_pending = cap;
	}
	char *copy = ent__strndup(path, len);
	ENT_RETURN_IF_OOM(copy);
	r->pending_walked[r->npending] = (unsigned char)walked;
	r->pending[r->npending++] = copy;
	return 0;
}

/* What a special file is, for the warning that skips it. */
static const char *special_kind(mode_t mode)
{
	if (S_ISFIFO(mode))
		return "a FIFO";
	if (S_ISSOCK(mode))
		return "a socket";
	if (S_ISCHR(mode))
		return "a character device";
	if (S_ISBLK(mode))
		return "a block device";
	return "not a regular file";
}

/* Whether a directory walk passes over `name`: hidden entries, and the
 * notes a corpus keeps about itself (README, LICENSE, COPYING, SOURCE,
 * CHANGELOG, with or without an extension), which are not articles. A file
 * named on the command line is always read. */
static int skipped_in_walk(const char *name)
{
	static const char *const notes[] = { "readme", "license", "licence", "copying",
					     "source", "changelog", NULL };
	if (name[0] == '.')
		return 1;
	for (size_t i = 0; notes[i]; i++) {
		size_t n = strlen(notes[i]);
		if (!strncasecmp(name, notes[i], n) && (name[n] == '\0' || name[n] == '.'))
			return 1;
	}
	return 0;
}

/* Bytes under `path`, for the progress total; errors are ignored here and
 * reported when the input's turn comes. */
static uint64_t tree_size(const char *path, int depth)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return 0;
	if (!S_ISDIR(st.st_mode))
		return S_ISREG(st.st_mode) ? (uint64_t)st.st_size : 0;
	if (depth >= MAX_DIR_DEPTH)
		return 0;
	DIR *d = opendir(path);
	if (!d)
		return 0;
	uint64_t total = 0;
	ent_buf child = ENT_BUF_INIT;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (skipped_in_walk(e->d_name))
			continue;
		ent_buf_clear(&child);
		if (ent_buf_printf(&child, "%s/%s", path, e->d_name) == 0)
			total += tree_size(child.ptr, depth + 1);
	}
	closedir(d);
	ent_buf_dispose(&child);
	return total;
}

static int reader_create(ent_reader **out, const ent_reader_options *opts)
{
	ENT_RETURN_ERROR_IF(!out, ENT_EINVAL, "ent_reader_new: out is NULL");
	*out = NULL;
	if (opts)
		ENT_RETURN_ERROR_IF(opts->version != ENT_READER_OPTIONS_VERSION, ENT_EINVAL,
				    "ent_reader_options version %u is not supported (expected %u)",
				    opts->version, ENT_READER_OPTIONS_VERSION);
	ent_reader *r = ent__calloc(1, sizeof *r);
	ENT_RETURN_IF_OOM(r);
	if (opts)
		r->opts = *opts;
	else
		r->opts = (ent_reader_options)ENT_READER_OPTIONS_INIT;
	r->max_record = r->opts.max_record_bytes ? r->opts.max_record_bytes : DEFAULT_MAX_RECORD;
	r->fd = -1;
	r->arena = ent_arena_new(16 * 1024);
	if (!r->arena) {
		ent__free(r);
		return ENT_ENOMEM;
	}
	ent_progress_start(&r->progress, r->opts.progress, r->opts.progress_payload, "reading");
	*out = r;
	return 0;
}

int ent_reader_new(ent_reader **out, const char *const *paths, size_t npaths, const ent_reader_options *opts)
{
	ENT_RETURN_ERROR_IF(npaths && !paths, ENT_EINVAL, "ent_reader_new: paths is NULL");
	for (size_t i = 0; i < npaths; i++)
		ENT_RETURN_ERROR_IF(!paths[i] || !paths[i][0], ENT_EINVAL, "ent_reader_new: path %zu is %s",
				    i, paths[i] ? "empty" : "NULL");
	ent_reader *r;
	ENT_FORWARD_IF_ERROR(reader_create(&r, opts));
	uint64_t total = 0;
	for (size_t i = npaths; i-- > 0;) {
		int rc = push_path(r, paths[i], strlen(paths[i]), 0);
		if (rc < 0) {
			ent_reader_free(r);
			return rc;
		}
		if (strcmp(paths[i], "-") != 0 && r->opts.progress)
			total += tree_size(paths[i], 0);
	}
	r->progress.state.total_bytes = total;
	*out = r;
	return 0;
}

int ent_reader_new_memory(ent_reader **out, const void *data, size_t len, const char *name,
			  const ent_reader_options *opts)
{
	ENT_RETURN_ERROR_IF(len && !data, ENT_EINVAL, "ent_reader_new_memory: data is NULL");
	ent_reader *r;
	ENT_FORWARD_IF_ERROR(reader_create(&r, opts));
	r->mem = data ? data : "";
	r->mem_len = len;
	r->mem_name = ent__strdup(name && *name ? name : "(memory)");
	if (!r->mem_name) {
		ent_reader_free(r);
		return ENT_ENOMEM;
	}
	r->progress.state.total_bytes = len;
	*out = r;
	return 0;
}

size_t ent_reader_error_count(const ent_reader *r)
{
	return r ? r->errors : 0;
}

static void close_input(ent_reader *r)
{
	if (!r->open)
		return;
	if (r->stream.trailing_garbage)
		ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EFORMAT, 0, r->stream.offset,
				 "data after the end of the gzip stream (compressed byte %llu) ignored",
				 (unsigned long long)r->stream.trailing_garbage);
	r->done_bytes += r->stream.raw_bytes;
	ent_stream_close(&r->stream);
	if (r->own_fd && r->fd >= 0)
		close(r->fd);
	r->fd = -1;
	r->own_fd = 0;
	r->open = 0;
}

static void drop_path(ent_reader *r)
{
	ent__free(r->path);
	r->path = NULL;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replace directory r->path by its entries, in name order, hidden ones and
 * a corpus's own notes left out (skipped_in_walk). */
static int expand_dir(ent_reader *r, const struct stat *st)
{
	char key[64];
	int klen = snprintf(key, sizeof key, "%llu:%llu", (unsigned long long)st->st_dev,
			    (unsigned long long)st->st_ino);
	if (!r->seen_dirs) {
		r->seen_dirs = ent_map_new();
		ENT_RETURN_IF_OOM(r->seen_dirs);
	}
	if (ent_map_has(r->seen_dirs, key, (size_t)klen)) {
		ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EINVAL, 0, 0,
				 "directory already read under another name (a symbolic link?); skipped");
		return 0;
	}
	ENT_FORWARD_IF_ERROR(ent_map_put(r->seen_dirs, key, (size_t)klen, NULL));
	size_t depth = 0;
	for (const char *p = r->path; *p; p++)
		depth += *p == '/';
	if (depth > MAX_DIR_DEPTH) {
		ent_ingest__diag(r, ENT_DIAG_ERROR, ENT_ELIMIT, 0, 0,
				 "directory nested more than %d levels deep (a symbolic link loop?); skipped",
				 MAX_DIR_DEPTH);
		return 0;
	}
	DIR *d = opendir(r->path);
	if (!d) {
		ent_ingest__diag(r, ENT_DIAG_ERROR, ENT_EIO, 0, 0, "cannot read directory: %s", strerror(errno));
		return 0;
	}
	ENT_VEC(char *) names = { 0 };
	int rc = 0;
	struct dirent *e;
	while (rc == 0 && (e = readdir(d)) != NULL) {
		if (skipped_in_walk(e->d_name))
			continue;
		char *n = ent__strdup(e->d_name);
		rc = n ? ENT_VEC_PUSH(&names, n) : ENT_ENOMEM;
		if (rc < 0)
			ent__free(n);
	}
	closedir(d);
	if (names.len)
		qsort(names.items, names.len, sizeof *names.items, cmp_names);
	size_t plen = strlen(r->path);
	while (plen > 1 && r->path[plen - 1] == '/')
		plen--;
	ent_buf child = ENT_BUF_INIT;
	for (size_t i = names.len; rc == 0 && i-- > 0;) {
		ent_buf_clear(&child);
		rc = ent_buf_put(&child, r->path, plen);
		if (rc == 0 && !(plen == 1 && r->path[0] == '/'))
			rc = ent_buf_putc(&child, '/');
		if (rc == 0)
			rc = ent_buf_puts(&child, names.items[i]);
		if (rc == 0)
			rc = push_path(r, child.ptr, child.size, 1);
	}
	ent_buf_dispose(&child);
	for (size_t i = 0; i < names.len; i++)
		ent__free(names.items[i]);
	ENT_VEC_FREE(&names);
	return rc;
}

static int ends_with_nocase(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);
	if (len < n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[len - n + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != suffix[i])
			return 0;
	}
	return 1;
}

/* The format a file name promises, after any compression suffix. */
static ent_format format_from_name(const char *path)
{
	size_t len = strlen(path);
	static const char *const zips[] = { ".gz", ".gzip", ".zst", ".zstd" };
	for (size_t k = 0; k < 4; k++)
		if (ends_with_nocase(path, len, zips[k])) {
			len -= strlen(zips[k]);
			break;
		}
	static const struct {
		const char *ext;
		ent_format format;
	} exts[] = {
		{ ".jsonl", ENT_FORMAT_JSONL }, { ".ndjson", ENT_FORMAT_JSONL }, { ".jsonlines", ENT_FORMAT_JSONL },
		{ ".warc", ENT_FORMAT_WARC },   { ".html", ENT_FORMAT_HTML },    { ".htm", ENT_FORMAT_HTML },
		{ ".xhtml", ENT_FORMAT_HTML },  { ".shtml", ENT_FORMAT_HTML },   { ".txt", ENT_FORMAT_TEXT },
		{ ".text", ENT_FORMAT_TEXT },
	};
	for (size_t k = 0; k < sizeof exts / sizeof exts[0]; k++)
		if (ends_with_nocase(path, len, exts[k].ext))
			return exts[k].format;
	return ENT_FORMAT_UNKNOWN;
}

static int starts_nocase(const unsigned char *p, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	if (n < k)
		return 0;
	for (size_t i = 0; i < k; i++) {
		unsigned char c = p[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (c != (unsigned char)prefix[i])
			return 0;
	}
	return 1;
}

static int json_extension(const char *path)
{
	size_t len = strlen(path);
	static const char *const zips[] = { ".gz", ".gzip", ".zst", ".zstd" };
	for (size_t k = 0; k < 4; k++)
		if (ends_with_nocase(path, len, zips[k])) {
			len -= strlen(zips[k]);
			break;
		}
	return ends_with_nocase(path, len, ".json");
}

/* The format the first bytes show. */
static ent_format format_from_content(const unsigned char *p, size_t n)
{
	size_t i = 0;
	if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
		i = 3;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	if (starts_nocase(p + i, n - i, "warc/"))
		return ENT_FORMAT_WARC;
	/* PETRARCH's input: XML (after a declaration and comments) whose
	 * root is <Sentences>; an XHTML page has <html> first. */
	for (size_t k = i; k + 11 <= n && p[i] == '<'; k++) {
		if (!memcmp(p + k, "<Sentences", 10) && (p[k + 10] == '>' || p[k + 10] == ' ' || p[k + 10] == '\n' ||
							  p[k + 10] == '\r' || p[k + 10] == '\t'))
			return ENT_FORMAT_PETRARCH;
		if (starts_nocase(p + k, n - k, "<html") || starts_nocase(p + k, n - k, "<!doctype"))
			break;
	}
	static const char *const html[] = { "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<?xml" };
	for (size_t k = 0; k < sizeof html / sizeof html[0]; k++)
		if (starts_nocase(p + i, n - i, html[k]))
			return ENT_FORMAT_HTML;
	if (i < n && p[i] == '{')
		return ENT_FORMAT_JSONL;
	return ENT_FORMAT_TEXT;
}

/* Whether the first bytes look binary: a NUL, or more than one byte in ten
 * a control character that text does not use. */
static int looks_binary(const unsigned char *p, size_t n)
{
	size_t odd = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == 0)
			return 1;
		if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' && p[i] != '\f' &&
		    p[i] != '\v' && p[i] != 0x1b)
			odd++;
	}
	return odd * 10 > n;
}

/* Open the next input. Returns 1 with r->open set, 0 when the input was
 * skipped or expanded (call again), ENT_ITEROVER when none is left, or
 * ENT_ENOMEM. */
static int open_next(ent_reader *r)
{
	drop_path(r);
	int rc;
	if (r->mem_name) {
		r->path = r->mem_name;
		r->mem_name = NULL;
		r->fd = -1;
		rc = ent_stream_open(&r->stream, -1, r->mem, r->mem_len);
	} else {
		if (r->npending == 0)
			return ENT_ITEROVER;
		r->path = r->pending[--r->npending];
		r->path_walked = r->pending_walked[r->npending];
		if (strcmp(r->path, "-") == 0 && !r->path_walked) {
			r->fd = 0;
			r->own_fd = 0;
		} else {
			struct stat st;
			if (stat(r->path, &st) != 0) {
				ent_ingest__diag(r, ENT_DIAG_ERROR, errno == ENOENT ? ENT_ENOTFOUND : ENT_EIO, 0, 0,
						 "cannot open: %s", strerror(errno));
				return 0;
			}
			if (S_ISDIR(st.st_mode)) {
				rc = expand_dir(r, &st);
				return rc < 0 ? rc : 0;
			}
			/* FIFOs, sockets and devices found in a directory are not
			 * articles, and opening one may wait for a writer forever;
			 * named by the caller they are read like files. */
			if (r->path_walked && !S_ISREG(st.st_mode)) {
				ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EUNSUPPORTED, 0, 0,
						 "%s, not a regular file; skipped (name it to read it)",
						 special_kind(st.st_mode));
				return 0;
			}
			/* O_NONBLOCK so that a file swapped for a FIFO after the
			 * stat cannot block the walk; fstat then says what it is. */
			r->fd = open(r->path, O_RDONLY | O_CLOEXEC | (r->path_walked ? O_NONBLOCK : 0));
			if (r->fd < 0) {
				ent_ingest__diag(r, ENT_DIAG_ERROR, ENT_EIO, 0, 0, "cannot open: %s", strerror(errno));
				return 0;
			}
			r->own_fd = 1;
			if (r->path_walked) {
				if (fstat(r->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
					ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EUNSUPPORTED, 0, 0,
							 "%s, not a regular file; skipped (name it to read it)",
							 special_kind(st.st_mode));
					close(r->fd);
					r->fd = -1;
					r->own_fd = 0;
					return 0;
				}
				fcntl(r->fd, F_SETFL, fcntl(r->fd, F_GETFL) & ~O_NONBLOCK);
			}
		}
		rc = ent_stream_open(&r->stream, r->fd, NULL, 0);
	}
	if (rc < 0) {
		if (r->own_fd)
			close(r->fd);
		r->fd = -1;
		r->own_fd = 0;
		if (rc == ENT_ENOMEM)
			return rc;
		ent_ingest__diag(r, ENT_DIAG_ERROR, rc, 0, 0, "%s", ent_error_last());
		return 0;
	}
	r->open = 1;
	r->record = 0;
	r->line = 0;
	/* 4 KiB: PETRARCH files open with a comment before <Sentences>. */
	long n = ent_stream_peek(&r->stream, 4096);
	if (n < 0) {
		if (n == ENT_ENOMEM)
			return (int)n;
		ent_ingest__diag(r, ENT_DIAG_ERROR, (int)n, 0, 0, "%s", ent_error_last());
		close_input(r);
		return 0;
	}
	const unsigned char *head = r->stream.out + r->stream.out_pos;
	r->format = format_from_name(r->path);
	r->format_from_name = r->format != ENT_FORMAT_UNKNOWN;
	if (r->format == ENT_FORMAT_UNKNOWN) {
		r->format = format_from_content(head, (size_t)n);
		/* A .json file holding an array of articles: pretty-printed JSON
		 * is read whole (see jsonl.c), not as JSON Lines. */
		if (r->format == ENT_FORMAT_TEXT && n > 0 && json_extension(r->path)) {
			size_t i = 0;
			while (i < (size_t)n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
				i++;
			if (i < (size_t)n && head[i] == '[')
				r->format = ENT_FORMAT_JSONL;
		}
	}
	/* WARC records may carry binary payloads, checked per record. */
	if (n >= 2 && ((head[0] == 0xff && head[1] == 0xfe) || (head[0] == 0xfe && head[1] == 0xff))) {
		ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EUNSUPPORTED, 0, 0,
				 "UTF-16 text is not supported (convert it to UTF-8); skipped");
		close_input(r);
		return 0;
	}
	if (r->format != ENT_FORMAT_WARC && looks_binary(head, (size_t)n)) {
		ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EBINARY, 0, 0, "binary file (not text); skipped");
		close_input(r);
		return 0;
	}
	return 1;
}

/* A metadata string in the arena, UTF-8 repaired silently (it is not
 * content: a replaced byte in a title does not deserve a warning) and
 * control characters turned into spaces so a title stays one line. */
static const char *meta_string(ent_reader *r, const char *s, size_t len)
{
	if (!s)
		return NULL;
	const char *src = s;
	size_t n = len;
	if (ent_utf8_valid_prefix(s, len) != len) {
		ent_buf_clear(&r->scratch);
		if (ent_utf8_repair(&r->scratch, s, len, NULL) < 0)
			return NULL;
		src = r->scratch.ptr;
		n = r->scratch.size;
	}
	char *out = ent_arena_strndup(r->arena, src, n);
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)out[i] < 0x20)
			out[i] = ' ';
	return out;
}

/* Like meta_string, but NULL for an empty or all-space value. */
static int set_meta(ent_reader *r, const char **field, const char *s, size_t len)
{
	if (!s)
		return 0;
	while (len && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
		s++;
		len--;
	}
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' || s[len - 1] == '\n'))
		len--;
	if (!len)
		return 0;
	*field = meta_string(r, s, len);
	ENT_RETURN_IF_OOM(*field);
	return 0;
}

int ent_ingest__emit(ent_reader *r, ent_content_type type, const char *content, size_t len,
		     uint64_t offset, uint64_t line, const ent_record_meta *meta)
{
	ent_doc *d = &r->doc;
	memset(d, 0, sizeof *d);
	if (len >= 3 && !memcmp(content, "\xEF\xBB\xBF", 3)) {
		content += 3;
		len -= 3;
		offset += 3;
	}
	size_t ok = ent_utf8_valid_prefix(content, len);
	if (ok < len) {
		const char *cs = meta ? meta->charset : NULL;
		size_t cs_len = meta ? meta->charset_len : 0;
		if (!cs && type == ENT_CONTENT_HTML)
			ent_ingest__html_declared_charset(content, len, &cs, &cs_len);
		ent_buf_clear(&r->fixed);
		int converted = 0;
		if (cs && ent_ingest__charset_is_cp1252(cs, cs_len)) {
			ENT_FORWARD_IF_ERROR(ent_ingest__cp1252_to_utf8(&r->fixed, content, len));
			converted = 1;
		} else if (cs && !ent_ingest__charset_is_utf8(cs, cs_len)) {
			int rc = ent_ingest__charset_to_utf8(&r->fixed, cs, cs_len, content, len);
			if (rc == ENT_ENOMEM)
				return rc;
			converted = rc == 0;
			if (!converted)
				/* A name ICU does not know: read as UTF-8 and repair,
				 * as a page that declares nothing. */
				ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EENCODING, line, offset, "%s; read as UTF-8",
						 ent_error_last());
		}
		if (converted) {
			/* decoded from the declared charset */
		} else if (r->opts.strict) {
			ent_ingest__diag(r, ENT_DIAG_ERROR, ENT_EENCODING, line, offset + ok,
					 "invalid UTF-8 (byte 0x%02X); record skipped (strict mode)",
					 (unsigned char)content[ok]);
			return 0;
		} else {
			size_t first = 0;
			long bad = ent_utf8_repair(&r->fixed, content, len, &first);
			ENT_FORWARD_IF_ERROR((int)(bad < 0 ? bad : 0));
			ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EENCODING, line, offset + first,
					 "invalid UTF-8: %ld sequence%s replaced with U+FFFD", bad, bad == 1 ? "" : "s");
		}
		content = r->fixed.ptr ? r->fixed.ptr : "";
		len = r->fixed.size;
	}
	d->path = r->path;
	d->record = r->record ? r->record - 1 : 0;
	d->line = line;
	d->type = type;
	d->content = content;
	d->content_len = len;
	d->hash = ent_hash_bytes(content, len);
	if (meta) {
		ENT_FORWARD_IF_ERROR(set_meta(r, &d->url, meta->url, meta->url_len));
		ENT_FORWARD_IF_ERROR(set_meta(r, &d->title, meta->title, meta->title_len));
		if (meta->id)
			ENT_FORWARD_IF_ERROR(set_meta(r, &d->id, meta->id, strlen(meta->id)));
		if (meta->date) {
			char iso[ENT_DATE_MAX];
			if (ent_ingest__date_normalize(meta->date, meta->date_len, iso) == 0) {
				d->date = ent_arena_strdup(r->arena, iso);
				ENT_RETURN_IF_OOM(d->date);
			} else {
				ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EFORMAT, line, offset,
						 "date \"%.*s\" not understood; ignored",
						 (int)(meta->date_len > 60 ? 60 : meta->date_len), meta->date);
			}
		}
	}
	if (type == ENT_CONTENT_HTML && (!d->title || !d->url || !d->date)) {
		ent_html_meta hm;
		ENT_FORWARD_IF_ERROR(ent_ingest__html_meta(content, len, r->arena, &hm));
		if (!d->title)
			d->title = hm.title;
		if (!d->url)
			d->url = hm.url;
		if (!d->date)
			d->date = hm.date;
	} else if (type == ENT_CONTENT_TEXT && !d->date) {
		char iso[ENT_DATE_MAX];
		if (ent_ingest__dateline_find(content, len, iso) == 0) {
			d->date = ent_arena_strdup(r->arena, iso);
			ENT_RETURN_IF_OOM(d->date);
		}
	}
	if (!d->date && meta && meta->fallback_date) {
		char iso[ENT_DATE_MAX];
		if (ent_ingest__date_normalize(meta->fallback_date, meta->fallback_date_len, iso) == 0) {
			d->date = ent_arena_strdup(r->arena, iso);
			ENT_RETURN_IF_OOM(d->date);
		}
	}
	if (!d->id) {
		if (r->format == ENT_FORMAT_JSONL || r->format == ENT_FORMAT_WARC || r->format == ENT_FORMAT_PETRARCH) {
			ent_buf_clear(&r->scratch);
			ENT_FORWARD_IF_ERROR(ent_buf_printf(&r->scratch, "%s#%llu", r->path,
							    (unsigned long long)(d->record + 1)));
			d->id = ent_arena_strdup(r->arena, r->scratch.ptr);
		} else {
			d->id = r->path;
		}
		ENT_RETURN_IF_OOM(d->id);
	}
	return 1;
}

/* A text or HTML file: one document, read whole (bounded). */
static int single_next(ent_reader *r)
{
	if (r->record > 0)
		return 0;
	r->record = 1;
	ent_buf_clear(&r->raw);
	int rc = ent_stream_read_all(&r->stream, &r->raw, r->max_record);
	if (rc == ENT_ENOMEM)
		return rc;
	if (rc == ENT_ELIMIT) {
		ent_ingest__diag(r, ENT_DIAG_ERROR, rc, 0, 0, "document larger than max_record_bytes (%zu); skipped",
				 r->max_record);
		return 0;
	}
	if (rc < 0) {
		ent_ingest__diag(r, ENT_DIAG_ERROR, rc, 0, r->stream.offset, "%s; document skipped",
				 ent_error_last());
		return 0;
	}
	if (r->raw.size == 0) {
		ent_ingest__diag(r, ENT_DIAG_WARNING, ENT_EFORMAT, 0, 0, "empty file; skipped");
		return 0;
	}
	return ent_ingest__emit(r, r->format == ENT_FORMAT_HTML ? ENT_CONTENT_HTML : ENT_CONTENT_TEXT,
				r->raw.ptr, r->raw.size, 0, 0, NULL);
}

int ent_reader_next(ent_reader *r, const ent_doc **out)
{
	ENT_RETURN_ERROR_IF(!r || !out, ENT_EINVAL, "ent_reader_next: %s is NULL", r ? "out" : "reader");
	*out = NULL;
	if (r->json) {
		json_decref(r->json);
		r->json = NULL;
	}
	for (;;) {
		ent_arena_reset(r->arena);
		if (!r->open) {
			int rc = open_next(r);
			if (rc == ENT_ITEROVER) {
				r->progress.state.bytes = r->done_bytes;
				ent_progress_tick(&r->progress, 1);
				return rc;
			}
			if (rc <= 0) {
				if (rc < 0)
					return rc;
				continue;
			}
		}
		int rc;
		switch (r->format) {
		case ENT_FORMAT_JSONL:
			rc = ent_ingest__jsonl_next(r);
			break;
		case ENT_FORMAT_WARC:
			rc = ent_ingest__warc_next(r);
			break;
		case ENT_FORMAT_PETRARCH:
			rc = ent_ingest__petrarch_next(r);
			break;
		default:
			rc = single_next(r);
			break;
		}
		if (rc < 0)
			return rc;
		if (rc == 0) {
			close_input(r);
			continue;
		}
		r->progress.state.docs++;
		r->progress.state.bytes = r->done_bytes + r->stream.raw_bytes;
		ent_progress_tick(&r->progress, 0);
		*out = &r->doc;
		return 0;
	}
}

void ent_reader_free(ent_reader *r)
{
	if (!r)
		return;
	/* No diagnostics from here: the caller's payload may be gone. */
	r->opts.diag = NULL;
	close_input(r);
	if (r->json)
		json_decref(r->json);
	if (r->json_array)
		json_decref(r->json_array);
	for (size_t i = 0; i < r->npending; i++)
		ent__free(r->pending[i]);
	ent__free(r->pending);
	ent__free(r->pending_walked);
	ent__free(r->path);
	ent__free(r->mem_name);
	ent_map_free(r->seen_dirs);
	ent_arena_free(r->arena);
	ent_buf_dispose(&r->raw);
	ent_buf_dispose(&r->fixed);
	ent_buf_dispose(&r->scratch);
	ent_buf_dispose(&r->payload);
	ent_buf_dispose(&r->msg);
	ent__free(r);
}
