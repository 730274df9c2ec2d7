/* The reader's state, shared by the per-format files (jsonl.c, warc.c) so
 * each format is its own file while the queue of inputs, diagnostics and
 * document assembly stay in reader.c. */
#ifndef ENT_INGEST_READER_H
#define ENT_INGEST_READER_H

#include <stdarg.h> /* va_list */
#include <stddef.h> /* size_t */
#include <stdint.h> /* uint64_t */

#include <jansson.h> /* json_t */

#include "entente/ingest.h" /* ent_reader, ent_doc, ent_reader_options */
#include "ingest/stream.h"  /* ent_stream */
#include "util/arena.h"     /* ent_arena */
#include "util/clock.h"     /* ent_progress_reporter */

/* Input formats. */
typedef enum {
	ENT_FORMAT_UNKNOWN = 0,
	ENT_FORMAT_TEXT,
	ENT_FORMAT_HTML,
	ENT_FORMAT_JSONL,
	ENT_FORMAT_WARC,
	ENT_FORMAT_PETRARCH, /* PETRARCH's <Sentences> XML (petrarch.c) */
} ent_format;

/* Metadata for a record as the format found it; NULL when unknown. */
typedef struct {
	const char *id, *url, *title, *date;
	size_t url_len, title_len, date_len; /* lengths, since format fields are not NUL-terminated */
	const char *fallback_date;           /* used when the content has none (WARC-Date) */
	size_t fallback_date_len;
	const char *charset;                 /* declared charset (HTTP header), or NULL */
	size_t charset_len;
} ent_record_meta;

struct ent_reader {
	ent_reader_options opts;
	size_t max_record;

	/* Inputs still to read, as a stack: the next one is last. */
	char **pending;
	unsigned char *pending_walked; /* 1: found in a directory, 0: named by the caller */
	size_t npending, cap_pending;

	/* Directories already expanded, by "device:inode", so a symbolic
	 * link loop or two links to one tree are read once. */
	struct ent_map *seen_dirs;

	/* A memory input (ent_reader_new_memory), read once. */
	const void *mem;
	size_t mem_len;
	char *mem_name;

	/* The input being read. */
	int open;
	char *path;      /* as given or as found under a directory */
	int path_walked; /* path was found in a directory walk */
	int fd, own_fd;
	ent_stream stream;
	ent_format format;
	uint64_t record; /* records started in this input */
	uint64_t line;   /* lines read in this input (JSONL) */
	uint64_t done_bytes; /* raw bytes of inputs already finished */

	/* Per-document memory. */
	ent_arena *arena;
	ent_buf raw;     /* the record's bytes as read */
	ent_buf fixed;   /* the content after UTF-8 repair or transcoding */
	ent_buf scratch; /* small temporaries */
	ent_buf payload; /* a WARC payload after undoing its HTTP Content-Encoding */
	ent_buf msg;     /* the message of the diagnostic being reported */
	json_t *json;    /* the JSONL object the current document points into */
	json_t *json_array; /* a whole-file JSON array being handed out, or NULL */
	size_t json_index;  /* its next element */
	uint64_t json_start; /* where the JSON document starts, for diagnostics */
	int format_from_name; /* the format came from the file name, not the content */
	size_t xml_pos;       /* PETRARCH XML: where the next <Sentence> is looked for */
	ent_doc doc;

	size_t errors;
	ent_progress_reporter progress;
};

/* Report a diagnostic about the current input. `line` 0 when not line
 * based. Counts errors. */
void ent_ingest__diag(ent_reader *r, ent_diag_level level, int code, uint64_t line,
		      uint64_t offset, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 6, 7)))
#endif
	;

/*
 * Turn the bytes content[0..len) (which may be r->raw) into r->doc: UTF-8
 * checked and repaired (or refused under strict), metadata completed from
 * the HTML or a dateline, the hash computed. `offset` is where the content
 * starts in the decompressed input, for diagnostics.
 * Returns 1 when r->doc is ready, 0 when the record was skipped (a
 * diagnostic was reported), or ENT_ENOMEM.
 */
int ent_ingest__emit(ent_reader *r, ent_content_type type, const char *content, size_t len,
		     uint64_t offset, uint64_t line, const ent_record_meta *meta);

/* The next document of the current JSONL or WARC input: 1 with r->doc
 * ready, 0 at the end of the input, or a fatal negative code. */
int ent_ingest__jsonl_next(ent_reader *r);
int ent_ingest__warc_next(ent_reader *r);
int ent_ingest__petrarch_next(ent_reader *r);

#endif
