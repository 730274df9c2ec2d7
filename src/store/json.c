/* Stored records as JSON objects, shared by the CLI's --format jsonl and
 * the web API so both speak the same field names (docs/api.md). */
#include "store/store_impl.h"

#include <math.h>   /* isfinite */
#include <string.h> /* strlen */

#include "util/buf.h"   /* ent_buf_printf, ent_buf_put_json_string */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

static int put_str(ent_buf *b, const char *key, const char *v, int comma)
{
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "%s\"%s\":", comma ? "," : "", key));
	if (!v)
		return ent_buf_puts(b, "null");
	ENT_FORWARD_IF_ERROR(ent_buf_putc(b, '"'));
	ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(b, v, strlen(v)));
	return ent_buf_putc(b, '"');
}

static int put_num(ent_buf *b, const char *key, double v)
{
	if (!isfinite(v))
		v = 0;
	return ent_buf_printf(b, ",\"%s\":%.10g", key, v);
}

static int put_int(ent_buf *b, const char *key, long long v)
{
	return ent_buf_printf(b, ",\"%s\":%lld", key, v);
}

int ent_store_event_json(const ent_store_event *e, ent_buf *b)
{
	ENT_RETURN_ERROR_IF(!e || !b, ENT_EINVAL, "ent_store_event_json: NULL argument");
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "{\"id\":%lld", (long long)e->id));
	ENT_FORWARD_IF_ERROR(put_str(b, "kind", e->kind == ENT_STORE_RELATION ? "relation" : "event", 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "date", e->date, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "source", e->source, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "target", e->target, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "code", e->code, 1));
	ENT_FORWARD_IF_ERROR(put_num(b, "goldstein", e->goldstein));
	ENT_FORWARD_IF_ERROR(put_int(b, "quad", e->quad));
	ENT_FORWARD_IF_ERROR(put_str(b, "plover", e->plover, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "mode", e->mode, 1));
	if (e->kind == ENT_STORE_RELATION) {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(b, ",\"relation\":{"));
		ENT_FORWARD_IF_ERROR(put_str(b, "type", e->relation_type, 0));
		ENT_FORWARD_IF_ERROR(put_int(b, "sign", e->relation_sign));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(b, '}'));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, ",\"negated\":%s", e->negated ? "true" : "false"));
	ENT_FORWARD_IF_ERROR(put_str(b, "modality", e->modality, 1));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, ",\"span\":[%u,%u]", e->span_start, e->span_end));
	ENT_FORWARD_IF_ERROR(put_str(b, "trigger", e->text, 1));
	ENT_FORWARD_IF_ERROR(put_int(b, "sentence", (int64_t)e->sentence + 1)); /* from 1, docs/schema.md */
	ENT_FORWARD_IF_ERROR(put_str(b, "evidence", e->sentence_text, 1));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, ",\"doc\":{\"rowid\":%lld", (long long)e->doc_rowid));
	ENT_FORWARD_IF_ERROR(put_str(b, "id", e->doc_id, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "title", e->doc_title, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "url", e->doc_url, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "date", e->doc_date, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "source", e->doc_source, 1));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, ",\"duplicate\":%s", e->doc_duplicate ? "true" : "false"));
	return ent_buf_puts(b, "}}");
}

int ent_store_hit_json(const ent_store_hit *h, ent_buf *b)
{
	ENT_RETURN_ERROR_IF(!h || !b, ENT_EINVAL, "ent_store_hit_json: NULL argument");
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "{\"sentence_rowid\":%lld", (long long)h->sentence_rowid));
	ENT_FORWARD_IF_ERROR(put_int(b, "sentence", (int64_t)h->sentence + 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "text", h->text, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "snippet", h->snippet, 1));
	ENT_FORWARD_IF_ERROR(put_num(b, "rank", h->rank));
	/* Lists as arrays: split the comma-joined strings. */
	const char *lists[2] = { h->actors, h->events };
	const char *names[2] = { "actors", "events" };
	for (int k = 0; k < 2; k++) {
		ENT_FORWARD_IF_ERROR(ent_buf_printf(b, ",\"%s\":[", names[k]));
		const char *p = lists[k] ? lists[k] : "";
		int first = 1;
		while (*p) {
			const char *q = strchr(p, ',');
			size_t n = q ? (size_t)(q - p) : strlen(p);
			if (n) {
				ENT_FORWARD_IF_ERROR(ent_buf_puts(b, first ? "\"" : ",\""));
				ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(b, p, n));
				ENT_FORWARD_IF_ERROR(ent_buf_putc(b, '"'));
				first = 0;
			}
			p += n + (q ? 1 : 0);
		}
		ENT_FORWARD_IF_ERROR(ent_buf_putc(b, ']'));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, ",\"doc\":{\"rowid\":%lld", (long long)h->doc_rowid));
	ENT_FORWARD_IF_ERROR(put_str(b, "id", h->doc_id, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "title", h->doc_title, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "date", h->doc_date, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "url", h->doc_url, 1));
	return ent_buf_puts(b, "}}");
}

int ent_store_docinfo_json(const ent_store_docinfo *d, ent_buf *b)
{
	ENT_RETURN_ERROR_IF(!d || !b, ENT_EINVAL, "ent_store_docinfo_json: NULL argument");
	ENT_FORWARD_IF_ERROR(ent_buf_printf(b, "{\"rowid\":%lld", (long long)d->rowid));
	ENT_FORWARD_IF_ERROR(put_str(b, "hash", d->hash, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "id", d->id, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "path", d->path, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "url", d->url, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "title", d->title, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "date", d->date, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "source", d->source, 1));
	ENT_FORWARD_IF_ERROR(put_str(b, "added", d->added, 1));
	ENT_FORWARD_IF_ERROR(put_int(b, "sentences", (long long)d->sentences));
	ENT_FORWARD_IF_ERROR(put_int(b, "events", (long long)d->events));
	ENT_FORWARD_IF_ERROR(put_int(b, "relations", (long long)d->relations));
	ENT_FORWARD_IF_ERROR(put_int(b, "dropped", (long long)d->dropped));
	ENT_FORWARD_IF_ERROR(put_str(b, "duplicate_of", d->duplicate_of, 1));
	return ent_buf_putc(b, '}');
}
