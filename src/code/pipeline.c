/* ent_code_run: read -> clean -> code on N threads -> write in order.
 *
 * The reader is not thread-safe, so the calling thread reads a batch of
 * documents (copying each one out of the reader), the workers clean and
 * code them into per-document output buffers, and the calling thread
 * writes the buffers in input order before reading the next batch.
 * Batches are large (64 documents a thread) so the barrier between them
 * costs little next to the coding. */
#include <pthread.h> /* pthread_create: one coder per worker thread */
#include <string.h>  /* memcpy */

#include "entente/clean.h" /* ent_cleaner: main-content extraction */
#include "entente/code.h"
#include "util/alloc.h" /* ent__calloc */
#include "util/buf.h"   /* ent_buf */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

typedef struct {
	ent_doc doc;      /* copied strings */
	char *strings;    /* one allocation holding id, path, date, content */
	ent_buf out;
	size_t sentences, events;
	int rc;
} job;

typedef struct {
	const ent_lexicon *lx;
	ent_code_run_options *opts;
	job *jobs;
	size_t njobs;
	size_t next; /* guarded by mu */
	pthread_mutex_t mu;
} shared;

typedef struct {
	shared *sh;
	ent_coder *coder;
	ent_cleaner *cleaner;
	job *cur;
	int rc;
} worker;

static int on_event(const ent_event *ev, void *payload)
{
	worker *w = payload;
	w->cur->events++;
	if (w->sh->opts->format == ENT_CODE_TSV)
		return ent_event_format_tsv(&w->cur->out, ev);
	if (w->sh->opts->format == ENT_CODE_TEXT)
		return ent_event_format_text(&w->cur->out, ev, w->sh->lx);
	return ent_event_format_jsonl(&w->cur->out, ev);
}

static int on_mention(const ent_mention *m, void *payload)
{
	worker *w = payload;
	ent_buf *b = &w->cur->out;
	w->cur->events++;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s\t%zu\t%s\t%s\t%zu\t%zu\t", m->doc, m->sentence + 1, m->code, m->how,
					    m->span_start, m->span_end));
	for (size_t i = 0; i < m->span_end - m->span_start; i++) {
		char ch = m->text[i];
		ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch));
	}
	return ent_buf_putc(b, '\n');
}

static int code_job(worker *w, job *j)
{
	const char *text = j->doc.content;
	size_t len = j->doc.content_len;
	const char *date = j->doc.date;
	w->cur = j;
	if (w->cleaner) {
		const ent_clean_result *cr;
		int rc = ent_clean_doc(&cr, w->cleaner, &j->doc);
		if (rc < 0)
			return rc;
		text = cr->text;
		len = cr->len;
		if (!date && cr->date)
			date = cr->date;
	}
	if (w->sh->opts->format == ENT_CODE_MENTIONS)
		return ent_coder_mentions(w->coder, j->doc.id, date, text, len, on_mention, w);
	return ent_coder_code_doc(w->coder, j->doc.id, date, text, len, on_event, w);
}

static void *work(void *arg)
{
	worker *w = arg;
	shared *sh = w->sh;
	for (;;) {
		pthread_mutex_lock(&sh->mu);
		size_t k = sh->next++;
		pthread_mutex_unlock(&sh->mu);
		if (k >= sh->njobs)
			break;
		job *j = &sh->jobs[k];
		j->rc = code_job(w, j);
	}
	return NULL;
}

static int copy_doc(job *j, const ent_doc *d)
{
	const char *src[4] = { d->id, d->path, d->date, d->content };
	size_t len[4], total = 0;
	for (int i = 0; i < 4; i++) {
		len[i] = src[i] ? (i == 3 ? d->content_len : strlen(src[i])) : 0;
		total += len[i] + 1;
	}
	j->strings = ent__malloc(total);
	ENT_RETURN_IF_OOM(j->strings);
	char *p = j->strings;
	const char *dst[4];
	for (int i = 0; i < 4; i++) {
		if (src[i]) {
			memcpy(p, src[i], len[i]);
			p[len[i]] = 0;
			dst[i] = p;
			p += len[i] + 1;
		} else {
			dst[i] = NULL;
		}
	}
	j->doc = *d;
	j->doc.id = dst[0] ? dst[0] : "";
	j->doc.path = dst[1];
	j->doc.date = dst[2];
	j->doc.content = dst[3] ? dst[3] : "";
	j->doc.url = NULL;
	j->doc.title = NULL;
	return 0;
}

static void free_workers(worker *ws, int n)
{
	for (int i = 0; i < n; i++) {
		ent_coder_free(ws[i].coder);
		ent_cleaner_free(ws[i].cleaner);
	}
	ent__free(ws);
}

int ent_code_run(ent_reader *reader, const ent_lexicon *lx, ent_code_run_options *opts, ent_write_fn write,
		 void *payload)
{
	ENT_RETURN_ERROR_IF(!reader || !lx || !opts || !write, ENT_EINVAL, "ent_code_run: NULL argument");
	ENT_RETURN_ERROR_IF(opts->version != ENT_CODE_RUN_OPTIONS_VERSION, ENT_EINVAL,
			    "code run options version %u not supported", opts->version);
	int nt = opts->threads < 1 ? 1 : opts->threads > 256 ? 256 : opts->threads;
	worker *ws = ent__calloc((size_t)nt, sizeof *ws);
	ENT_RETURN_IF_OOM(ws);
	shared sh = { lx, opts, NULL, 0, 0, PTHREAD_MUTEX_INITIALIZER };
	int rc = 0;
	for (int i = 0; i < nt && rc == 0; i++) {
		ws[i].sh = &sh;
		rc = ent_coder_new(&ws[i].coder, lx, &opts->coder);
		if (rc == 0 && opts->clean)
			rc = ent_cleaner_new(&ws[i].cleaner, NULL);
	}
	size_t batch = (size_t)nt * 64;
	job *jobs = rc == 0 ? ent__calloc(batch, sizeof *jobs) : NULL;
	if (rc == 0 && !jobs)
		rc = ent_error_oom();
	opts->docs = opts->sentences = opts->events = 0;
	int done = 0;
	while (rc == 0 && !done) {
		size_t nj = 0;
		while (nj < batch) {
			const ent_doc *d;
			int r = ent_reader_next(reader, &d);
			if (r == ENT_ITEROVER) {
				done = 1;
				break;
			}
			if (r < 0) {
				rc = r;
				break;
			}
			if ((rc = copy_doc(&jobs[nj], d)) < 0)
				break;
			nj++;
		}
		sh.jobs = jobs;
		sh.njobs = nj;
		sh.next = 0;
		if (rc == 0 && nj) {
			if (nt == 1 || nj == 1) {
				work(&ws[0]);
			} else {
				pthread_t th[256];
				int started = 0;
				for (int i = 1; i < nt; i++) {
					if (pthread_create(&th[i], NULL, work, &ws[i]) != 0)
						break;
					started = i;
				}
				work(&ws[0]);
				for (int i = 1; i <= started; i++)
					pthread_join(th[i], NULL);
			}
		}
		for (size_t k = 0; k < nj; k++) {
			job *j = &jobs[k];
			if (rc == 0 && j->rc < 0)
				rc = j->rc;
			if (rc == 0 && j->out.size && write(j->out.ptr, j->out.size, payload) != 0)
				rc = ent_error_set(ENT_EIO, "writing the output failed");
			opts->docs++;
			opts->events += j->events;
			ent_buf_dispose(&j->out);
			ent__free(j->strings);
			memset(j, 0, sizeof *j);
		}
	}
	ent__free(jobs);
	free_workers(ws, nt);
	pthread_mutex_destroy(&sh.mu);
	return rc;
}
