/* The store: writing documents in one transaction, reading events back with
 * filters, search, documents, dyads, JSONL loading, re-coding, and the
 * upgrade of a version-1 database the test builds itself. */
#include <sqlite3.h> /* building the old-version database by hand */
#include <stdio.h>   /* fopen, fputs, remove */
#include <string.h>  /* strstr */
#include <sys/stat.h> /* chmod */
#include <unistd.h>  /* getpid, getuid */

#include "entente/store.h"
#include "harness.h"
#include "util/alloc.h" /* ent__alloc_fail_after: the torture loop */

static char tmp_path[256];

static const char *tmp_db(const char *tag)
{
	snprintf(tmp_path, sizeof tmp_path, "/tmp/ent_test_store_%d_%s.db", (int)getpid(), tag);
	remove(tmp_path);
	char side[300];
	snprintf(side, sizeof side, "%s-wal", tmp_path);
	remove(side);
	snprintf(side, sizeof side, "%s-shm", tmp_path);
	remove(side);
	return tmp_path;
}

static const char text1[] = "Turkey and Azerbaijan signed a defence pact. Armenia condemned the pact.";

/* The rows a sample document points into. */
typedef struct {
	ent_store_sentence se[2];
	ent_store_event ev[2];
	ent_store_mention ms[2];
} sample_rows;

static ent_store_doc sample_doc(const char *hash, const char *date, sample_rows *rows)
{
	ent_store_sentence *sents = rows->se;
	ent_store_event *evs = rows->ev;
	ent_store_mention *ms = rows->ms;
	sents[0] = (ent_store_sentence){ 0, 44, NULL };
	sents[1] = (ent_store_sentence){ 45, 72, NULL };
	memset(evs, 0, 2 * sizeof *evs);
	evs[0].kind = ENT_STORE_EVENT;
	evs[0].sentence = 0;
	evs[0].source = "TURGOV";
	evs[0].target = "AZEGOV";
	evs[0].code = "057";
	evs[0].goldstein = 8.0;
	evs[0].quad = 2;
	evs[0].modality = "asserted";
	evs[0].span_start = 23;
	evs[0].span_end = 29;
	evs[0].text = "signed";
	evs[1].kind = ENT_STORE_EVENT;
	evs[1].sentence = 1;
	evs[1].source = "ARM";
	evs[1].target = "TURGOV";
	evs[1].code = "122";
	evs[1].goldstein = -2.0;
	evs[1].quad = 3;
	ms[0] = (ent_store_mention){ 0, "TURGOV", 0, 6, "Turkey" };
	ms[1] = (ent_store_mention){ 1, "ARM", 45, 52, "Armenia" };
	ent_store_doc d = { 0 };
	d.hash = hash;
	d.id = "doc-1";
	d.path = "in/doc1.txt";
	d.title = "A pact";
	d.date = date;
	d.source = "example.org";
	d.text = text1;
	d.text_len = sizeof text1 - 1;
	d.sentences = sents;
	d.nsentences = 2;
	d.events = evs;
	d.nevents = 2;
	d.mentions = ms;
	d.nmentions = 2;
	return d;
}

static size_t count_events(ent_store *s, const ent_store_filter *f)
{
	ent_store_iter *it = NULL;
	if (ent_store_events(&it, s, f) != 0)
		return (size_t)-1;
	const ent_store_event *e;
	size_t n = 0;
	while (ent_store_events_next(it, &e) == 0)
		n++;
	ent_store_iter_free(it);
	return n;
}

/* The database is at the library's current schema version. */
static void check_schema_current(ent_store *s)
{
	int v = 0;
	CHECK_INT_EQ(ent_store_schema_version(s, &v), 0);
	CHECK_INT_EQ(v, ENT_STORE_SCHEMA_VERSION);
}

static ent_store_options readonly_options(void)
{
	ent_store_options ro = ENT_STORE_OPTIONS_INIT;
	ro.readonly = 1;
	return ro;
}

static void test_store_store__put_and_filter(void)
{
	ent_store *s = NULL;
	CHECK_INT_EQ(ent_store_open(&s, tmp_db("put"), NULL), 0);
	check_schema_current(s);
	sample_rows rows;
	ent_store_doc d = sample_doc("aaaa", "2023-05-01", &rows);
	int added = -1;
	CHECK_INT_EQ(ent_store_put_doc(s, &d, &added), 0);
	CHECK_INT_EQ(added, 1);
	CHECK_INT_EQ(ent_store_put_doc(s, &d, &added), 0);
	CHECK_INT_EQ(added, 0); /* same hash: skipped */
	d = sample_doc("bbbb", "2024-01-10", &rows);
	CHECK_INT_EQ(ent_store_put_doc(s, &d, &added), 0);
	CHECK_INT_EQ(added, 1);

	ent_store_filter f = ENT_STORE_FILTER_INIT;
	CHECK_INT_EQ(count_events(s, &f), 4);
	f.actor = "TUR";
	CHECK_INT_EQ(count_events(s, &f), 4);
	f.actor = "ARM";
	CHECK_INT_EQ(count_events(s, &f), 2);
	f.actor = NULL;
	f.dyad_a = "AZE";
	f.dyad_b = "TUR"; /* either direction */
	CHECK_INT_EQ(count_events(s, &f), 2);
	f.dyad_a = f.dyad_b = NULL;
	f.code = "12";
	CHECK_INT_EQ(count_events(s, &f), 2);
	f.code = NULL;
	f.since = "2024";
	CHECK_INT_EQ(count_events(s, &f), 2);
	f.since = NULL;
	f.until = "2023"; /* a prefix: all of 2023 */
	CHECK_INT_EQ(count_events(s, &f), 2);
	f.until = NULL;
	f.dyad_a = "AZE"; /* half a dyad is an error */
	ent_store_iter *it = NULL;
	CHECK_INT_EQ(ent_store_events(&it, s, &f), ENT_EINVAL);
	CHECK(it == NULL);

	/* Evidence comes back with the event. */
	ent_store_filter g = ENT_STORE_FILTER_INIT;
	g.code = "057";
	g.limit = 1;
	CHECK_INT_EQ(ent_store_events(&it, s, &g), 0);
	const ent_store_event *e = NULL;
	CHECK_INT_EQ(ent_store_events_next(it, &e), 0);
	CHECK_STR_EQ(e->sentence_text, "Turkey and Azerbaijan signed a defence pact.");
	CHECK_STR_EQ(e->date, "2023-05-01"); /* the document's date when the event has none */
	CHECK_STR_EQ(e->doc_title, "A pact");
	CHECK_STR_EQ(e->text, "signed");
	ent_buf j = ENT_BUF_INIT;
	CHECK_INT_EQ(ent_store_event_json(e, &j), 0);
	CHECK(strstr(j.ptr, "\"code\":\"057\"") != NULL);
	CHECK(strstr(j.ptr, "\"evidence\":\"Turkey and Azerbaijan") != NULL);
	ent_buf_dispose(&j);
	CHECK_INT_EQ(ent_store_events_next(it, &e), ENT_ITEROVER);
	ent_store_iter_free(it);
	CHECK_INT_EQ(ent_store_check(s), 0);
	ent_store_close(s);
}

static void test_store_store__failed_doc_leaves_nothing(void)
{
	ent_store *s = NULL;
	CHECK_INT_EQ(ent_store_open(&s, tmp_db("rollback"), NULL), 0);
	sample_rows rows;
	ent_store_doc d = sample_doc("cccc", "2023-05-01", &rows);
	rows.ev[1].sentence = 7; /* out of range: fails after the document row was written */
	int added = -1;
	CHECK_INT_EQ(ent_store_put_doc(s, &d, &added), ENT_EINVAL);
	CHECK(strstr(ent_error_last(), "sentence 7") != NULL);
	CHECK_INT_EQ(added, 0);
	int has = 1;
	CHECK_INT_EQ(ent_store_has_doc(s, "cccc", &has), 0);
	CHECK_INT_EQ(has, 0);
	ent_store_filter f = ENT_STORE_FILTER_INIT;
	CHECK_INT_EQ(count_events(s, &f), 0);
	/* The store is still usable afterwards. */
	rows.ev[1].sentence = 1;
	CHECK_INT_EQ(ent_store_put_doc(s, &d, &added), 0);
	CHECK_INT_EQ(added, 1);
	CHECK_INT_EQ(count_events(s, &f), 2);
	ent_store_close(s);
}

static void test_store_store__search_docs_dyads(void)
{
	ent_store *s = NULL;
	CHECK_INT_EQ(ent_store_open(&s, tmp_db("search"), NULL), 0);
	sample_rows rows;
	ent_store_doc d = sample_doc("dddd", "2023-05-01", &rows);
	CHECK_INT_EQ(ent_store_put_doc(s, &d, NULL), 0);

	ent_store_iter *it = NULL;
	CHECK_INT_EQ(ent_store_search(&it, s, "condemned", NULL), 0);
	const ent_store_hit *h = NULL;
	CHECK_INT_EQ(ent_store_search_next(it, &h), 0);
	CHECK_STR_EQ(h->text, "Armenia condemned the pact.");
	CHECK(strstr(h->snippet, "[condemned]") != NULL);
	CHECK(strstr(h->actors, "ARM") != NULL && strstr(h->actors, "TURGOV") != NULL);
	CHECK_STR_EQ(h->events, "ARM>TURGOV:122");
	CHECK_INT_EQ(ent_store_search_next(it, &h), ENT_ITEROVER);
	ent_store_iter_free(it);
	/* A query that cannot be read is a bad argument, not a database failure. */
	CHECK_INT_EQ(ent_store_search(&it, s, "\"--", NULL), ENT_EINVAL);
	CHECK(strstr(ent_error_last(), "no word to look for") != NULL);
	/* What users type is words, never FTS5 or SQL syntax: punctuation
	 * inside a word is adjacency ("defence-pact" is the phrase), and the
	 * operators work where they fit. */
	static const struct {
		const char *query;
		size_t hits;
	} queries[] = {
		{ "pact", 2 },
		{ "defence-pact", 1 },
		{ "Armenia-pact", 0 },
		{ "pact NOT Armenia", 1 },
		{ "(Armenia OR Azerbaijan) AND pact", 2 },
		{ "\"the pact\" condemn*", 1 },
		{ "'); DROP TABLE documents; --", 0 },
		{ "pact OR", 0 }, /* "OR" is a word here, in neither sentence */
		{ "\"the pact", 1 }, /* an unclosed quote runs to the end */
		{ "pact)", 2 },
	};
	for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
		CHECK_INT_EQ(ent_store_search(&it, s, queries[q].query, NULL), 0);
		size_t n = 0;
		while (ent_store_search_next(it, &h) == 0)
			n++;
		if (n != queries[q].hits)
			printf("  query %s\n", queries[q].query);
		CHECK_INT_EQ(n, queries[q].hits);
		ent_store_iter_free(it);
	}

	CHECK_INT_EQ(ent_store_docs(&it, s, NULL), 0);
	const ent_store_docinfo *di = NULL;
	CHECK_INT_EQ(ent_store_docs_next(it, &di), 0);
	CHECK_INT_EQ(di->sentences, 2);
	CHECK_INT_EQ(di->events, 2);
	CHECK_STR_EQ(di->source, "example.org");
	CHECK_INT_EQ(ent_store_docs_next(it, &di), ENT_ITEROVER);
	ent_store_iter_free(it);

	CHECK_INT_EQ(ent_store_dyads(&it, s, NULL), 0);
	const ent_store_dyad *dy = NULL;
	CHECK_INT_EQ(ent_store_dyads_next(it, &dy), 0);
	CHECK_STR_EQ(dy->a, "ARM");
	CHECK_STR_EQ(dy->b, "TURGOV");
	CHECK(dy->conflict == 2.0 && dy->cooperation == 0.0);
	CHECK_INT_EQ(ent_store_dyads_next(it, &dy), 0);
	CHECK_STR_EQ(dy->a, "AZEGOV");
	CHECK(dy->cooperation == 8.0);
	CHECK_INT_EQ(ent_store_dyads_next(it, &dy), ENT_ITEROVER);
	ent_store_iter_free(it);
	ent_store_close(s);
}

/* The first schema, as entente 0.1 wrote it; written out here rather than
 * taken from the library so the test keeps checking the upgrade even if the
 * library's copy were edited by mistake. */
static const char v1_sql[] =
	"CREATE TABLE schema_version(version INTEGER NOT NULL, applied TEXT NOT NULL DEFAULT '2026-01-01');"
	"INSERT INTO schema_version(version) VALUES (1);"
	"CREATE TABLE documents(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, doc_id TEXT, path TEXT,"
	" url TEXT, title TEXT, date TEXT, source TEXT, text TEXT, added TEXT NOT NULL DEFAULT '2026-01-01');"
	"CREATE INDEX documents_date ON documents(date);"
	"CREATE TABLE sentences(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	" idx INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT NOT NULL, UNIQUE(doc, idx));"
	"CREATE TABLE events(id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	" sentence INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,"
	" kind TEXT NOT NULL CHECK (kind IN ('event','relation')), date TEXT, source TEXT, target TEXT, code TEXT,"
	" goldstein REAL NOT NULL DEFAULT 0, quad INTEGER NOT NULL DEFAULT 0, negated INTEGER NOT NULL DEFAULT 0,"
	" span_start INTEGER, span_end INTEGER, text TEXT);"
	"CREATE INDEX events_date ON events(date);"
	"CREATE INDEX events_dyad ON events(source, target);"
	"INSERT INTO documents(id, hash, doc_id, date, text) VALUES (1, 'old1', 'old-doc', '2019-03-02', 'Iran threatened Israel.');"
	"INSERT INTO sentences(id, doc, idx, start, end, text) VALUES (1, 1, 0, 0, 23, 'Iran threatened Israel.');"
	"INSERT INTO events(doc, sentence, kind, date, source, target, code, goldstein, quad)"
	" VALUES (1, 1, 'event', '2019-03-02', 'IRN', 'ISR', '138', -7, 3);";

/* A version-1 database at `path`, as entente 0.1 left it. */
static void write_v1_db(const char *path)
{
	sqlite3 *db = NULL;
	CHECK_INT_EQ(sqlite3_open(path, &db), SQLITE_OK);
	CHECK_INT_EQ(sqlite3_exec(db, v1_sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static void test_store_store__upgrades_version_1(void)
{
	const char *path = tmp_db("v1");
	write_v1_db(path);

	/* A file that cannot be written cannot be upgraded: a reader says so. */
	ent_store *s = NULL;
	ent_store_options ro = readonly_options();
	if (getuid() != 0) { /* root writes read-only files anyway */
		chmod(path, 0444);
		CHECK_INT_EQ(ent_store_open(&s, path, &ro), ENT_EDB);
		CHECK(strstr(ent_error_last(), "schema version 1") != NULL);
		chmod(path, 0644);
	}

	CHECK_INT_EQ(ent_store_open(&s, path, NULL), 0);
	check_schema_current(s);
	/* The dyad totals were filled from the old events (version 3). */
	ent_store_iter *dit = NULL;
	CHECK_INT_EQ(ent_store_dyads(&dit, s, NULL), 0);
	const ent_store_dyad *dy = NULL;
	CHECK_INT_EQ(ent_store_dyads_next(dit, &dy), 0);
	CHECK_STR_EQ(dy->a, "IRN");
	CHECK(dy->conflict == 7.0);
	ent_store_iter_free(dit);
	/* The old rows survived and are searchable (the index was rebuilt). */
	ent_store_filter f = ENT_STORE_FILTER_INIT;
	f.code = "138";
	CHECK_INT_EQ(count_events(s, &f), 1);
	ent_store_iter *it = NULL;
	CHECK_INT_EQ(ent_store_search(&it, s, "threatened", NULL), 0);
	const ent_store_hit *h = NULL;
	CHECK_INT_EQ(ent_store_search_next(it, &h), 0);
	CHECK_STR_EQ(h->doc_id, "old-doc");
	ent_store_iter_free(it);
	/* New columns work on the upgraded database. */
	sample_rows rows;
	ent_store_doc d = sample_doc("new1", "2023-05-01", &rows);
	rows.ev[0].plover = "AGREE";
	CHECK_INT_EQ(ent_store_put_doc(s, &d, NULL), 0);
	CHECK_INT_EQ(ent_store_check(s), 0);
	ent_store_close(s);
	/* Opening again is a no-op; read-only now works, and refuses writes. */
	CHECK_INT_EQ(ent_store_open(&s, path, &ro), 0);
	check_schema_current(s);
	d.hash = "new2";
	CHECK_INT_EQ(ent_store_put_doc(s, &d, NULL), ENT_EDB);
	ent_store_close(s);

	/* A database from the future is refused, not damaged. */
	sqlite3 *db = NULL;
	CHECK_INT_EQ(sqlite3_open(path, &db), SQLITE_OK);
	CHECK_INT_EQ(sqlite3_exec(db, "INSERT INTO schema_version(version) VALUES (99)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	CHECK_INT_EQ(ent_store_open(&s, path, NULL), ENT_EUNSUPPORTED);
}

static void test_store_store__reader_upgrades_old_database(void)
{
	const char *path = tmp_db("v1ro");
	write_v1_db(path);
	ent_store *s = NULL;
	ent_store_options ro = readonly_options();
	CHECK_INT_EQ(ent_store_open(&s, path, &ro), 0);
	check_schema_current(s);
	ent_store_filter f = ENT_STORE_FILTER_INIT;
	CHECK_INT_EQ(count_events(s, &f), 1);
	ent_store_close(s);
}

static void test_store_store__load_events_jsonl(void)
{
	char jpath[256];
	snprintf(jpath, sizeof jpath, "/tmp/ent_test_store_%d.jsonl", (int)getpid());
	FILE *fp = fopen(jpath, "w");
	CHECK(fp != NULL);
	if (!fp)
		return;
	fputs("{\"doc\":\"a\",\"sentence\":1,\"date\":\"2022-02-01\",\"kind\":\"event\",\"source\":\"RUS\","
	      "\"target\":\"UKR\",\"code\":\"190\",\"goldstein\":-10,\"quad\":4,\"negated\":false,"
	      "\"modality\":\"asserted\",\"span\":[7,14],\"text\":\"Russia invaded Ukraine.\"}\n", fp);
	fputs("not json\n", fp);
	fputs("{\"doc\":\"a\",\"sentence\":3,\"kind\":\"relation\",\"source\":\"USA\",\"target\":\"UKR\","
	      "\"relation\":{\"type\":\"ally\",\"sign\":1},\"text\":\"The US is Ukraine's ally.\"}\n", fp);
	fputs("{\"doc\":\"b\",\"sentence\":1,\"date\":\"2022-03-01\",\"source\":\"UKR\",\"target\":\"RUS\","
	      "\"code\":\"036\",\"goldstein\":4,\"text\":\"Ukraine offered talks.\"}\n", fp);
	fputs("{\"doc\":\"a\",\"sentence\":4,\"source\":\"POL\",\"target\":\"UKR\",\"code\":\"070\","
	      "\"text\":\"Poland sent aid.\"}", fp); /* no final newline, and 'a' again */
	fclose(fp);
	ent_store *s = NULL;
	CHECK_INT_EQ(ent_store_open(&s, tmp_db("load"), NULL), 0);
	ent_store_stats st;
	CHECK_INT_EQ(ent_store_load_events(s, jpath, NULL, &st), 0);
	CHECK_INT_EQ(st.docs_added, 2);
	CHECK_INT_EQ(st.events, 4);
	CHECK_INT_EQ(st.bad_lines, 1);
	ent_store_filter f = ENT_STORE_FILTER_INIT;
	CHECK_INT_EQ(count_events(s, &f), 4);
	f.kind = ENT_STORE_RELATION;
	CHECK_INT_EQ(count_events(s, &f), 1);
	/* Loading the same file again adds nothing. */
	CHECK_INT_EQ(ent_store_load_events(s, jpath, NULL, &st), 0);
	CHECK_INT_EQ(st.docs_added, 0);
	CHECK_INT_EQ(st.docs_skipped, 3);
	f.kind = 0;
	CHECK_INT_EQ(count_events(s, &f), 4);
	ent_store_iter *it = NULL;
	CHECK_INT_EQ(ent_store_search(&it, s, "invaded", NULL), 0);
	const ent_store_hit *h = NULL;
	CHECK_INT_EQ(ent_store_search_next(it, &h), 0);
	CHECK_STR_EQ(h->events, "RUS>UKR:190");
	ent_store_iter_free(it);
	CHECK_INT_EQ(ent_store_load_events(s, "/nonexistent/x.jsonl", NULL, &st), ENT_EIO);
	CHECK(strstr(ent_error_last(), "/nonexistent/x.jsonl") != NULL);
	ent_store_close(s);
	remove(jpath);
}

/* A stand-in coder: one cooperation event per sentence that names "pact". */
static int fake_coder(const char *date, const ent_store_sentence *sents, size_t n, ent_store_event_list *out,
		      void *payload)
{
	int *calls = payload;
	(*calls)++;
	for (size_t i = 0; i < n; i++) {
		if (!strstr(sents[i].text, "pact"))
			continue;
		ent_store_event e = { 0 };
		e.kind = ENT_STORE_EVENT;
		e.sentence = (uint32_t)i;
		e.source = "XXX";
		e.target = "YYY";
		e.code = "010";
		int r = ent_store_events_push(out, &e);
		if (r)
			return r;
	}
	return 0;
}

static void test_store_store__recode_replaces_events(void)
{
	ent_store *s = NULL;
	CHECK_INT_EQ(ent_store_open(&s, tmp_db("recode"), NULL), 0);
	sample_rows rows;
	ent_store_doc d = sample_doc("eeee", "2023-05-01", &rows);
	CHECK_INT_EQ(ent_store_put_doc(s, &d, NULL), 0);
	int64_t dict = 0;
	CHECK_INT_EQ(ent_store_put_dictionary(s, "entente", "h2", &dict), 0);
	CHECK(dict > 0);
	int64_t again = 0;
	CHECK_INT_EQ(ent_store_put_dictionary(s, "entente", "h2", &again), 0);
	CHECK_INT_EQ(again, dict);
	int calls = 0;
	ent_store_stats st;
	CHECK_INT_EQ(ent_store_recode(s, fake_coder, &calls, dict, &st), 0);
	CHECK_INT_EQ(calls, 1);
	ent_store_filter f = ENT_STORE_FILTER_INIT;
	CHECK_INT_EQ(count_events(s, &f), 2); /* both sentences say "pact" */
	f.code = "057";
	CHECK_INT_EQ(count_events(s, &f), 0); /* the old events are gone */
	f.code = "010";
	CHECK_INT_EQ(count_events(s, &f), 2);
	ent_store_close(s);
}

/* The month totals (fast path) agree with a scan of the events (taken
 * when a day-precision date forces it), through inserts and a recode. */
static void compare_dyads(ent_store *s, const char *since_fast, const char *since_slow)
{
	ent_store_filter ff = ENT_STORE_FILTER_INIT, fs = ENT_STORE_FILTER_INIT;
	ff.since = since_fast;
	fs.since = since_slow;
	ent_store_iter *a = NULL, *b = NULL;
	CHECK_INT_EQ(ent_store_dyads(&a, s, &ff), 0);
	CHECK_INT_EQ(ent_store_dyads(&b, s, &fs), 0);
	const ent_store_dyad *x, *y;
	size_t n = 0;
	for (;;) {
		int ra = ent_store_dyads_next(a, &x), rb = ent_store_dyads_next(b, &y);
		CHECK_INT_EQ(ra, rb);
		if (ra || rb)
			break;
		n++;
		CHECK_STR_EQ(x->a, y->a);
		CHECK_STR_EQ(x->b, y->b);
		CHECK_INT_EQ(x->events, y->events);
		CHECK_INT_EQ(x->relations, y->relations);
		CHECK(x->cooperation - y->cooperation < 1e-9 && y->cooperation - x->cooperation < 1e-9);
		CHECK(x->conflict - y->conflict < 1e-9 && y->conflict - x->conflict < 1e-9);
	}
	CHECK(n > 0);
	ent_store_iter_free(a);
	ent_store_iter_free(b);
}

static void test_store_store__dyad_totals_match_events(void)
{
	ent_store *s = NULL;
	CHECK_INT_EQ(ent_store_open(&s, tmp_db("totals"), NULL), 0);
	sample_rows rows;
	char hash[16];
	static const char *const dates[] = { "2021-04-02", "2022-11-30", "2023-01-15", "2023-07-01" };
	for (int i = 0; i < 4; i++) {
		snprintf(hash, sizeof hash, "t%d", i);
		ent_store_doc d = sample_doc(hash, dates[i], &rows);
		rows.ev[1].negated = i == 2;                    /* a negated event counts for nothing */
		if (i == 3) {
			rows.ev[0].kind = ENT_STORE_RELATION;  /* a standing relation counts 5 */
			rows.ev[0].relation_type = "ally";
			rows.ev[0].relation_sign = 1;
			d.duplicate_of = "t0";            /* and a duplicate not at all */
		}
		CHECK_INT_EQ(ent_store_put_doc(s, &d, NULL), 0);
	}
	compare_dyads(s, NULL, "0001-01-01");
	/* Month by month, the TURGOV-AZEGOV tie: one per document except the
	 * duplicate (2023-07), oldest first. */
	ent_store_filter mf = ENT_STORE_FILTER_INIT;
	mf.dyad_a = "TUR";
	mf.dyad_b = "AZE";
	ent_store_iter *mi = NULL;
	CHECK_INT_EQ(ent_store_months(&mi, s, &mf), 0);
	const ent_store_month *m = NULL;
	static const char *const months[] = { "2021-04", "2022-11", "2023-01" };
	for (int i = 0; i < 3; i++) {
		CHECK_INT_EQ(ent_store_months_next(mi, &m), 0);
		if (m) {
			CHECK_STR_EQ(m->month, months[i]);
			CHECK_INT_EQ(m->events, 1);
			CHECK(m->cooperation == 8.0);
		}
	}
	CHECK_INT_EQ(ent_store_months_next(mi, &m), ENT_ITEROVER);
	ent_store_iter_free(mi);
	mf.code = "05";
	CHECK_INT_EQ(ent_store_months(&mi, s, &mf), ENT_EINVAL);
	compare_dyads(s, "2022-11", "2022-11-01");
	compare_dyads(s, "2023", "2023-01-01");
	int calls = 0;
	CHECK_INT_EQ(ent_store_recode(s, fake_coder, &calls, 0, NULL), 0);
	compare_dyads(s, NULL, "0001-01-01");
	ent_store_close(s);
}

/* Make each of the library's allocations fail in turn (SQLite's own are
 * not ours): every call fails cleanly with ENT_ENOMEM, and the store stays
 * whole: a document is there completely or not at all. */
static void test_store_store__each_allocation_failure_is_clean(void)
{
	ent_store *s = NULL;
	CHECK_INT_EQ(ent_store_open(&s, tmp_db("torture"), NULL), 0);
	sample_rows rows;
	char hash[32];
	size_t n;
	for (n = 1; n < 10000; n++) {
		snprintf(hash, sizeof hash, "torture-%zu", n);
		ent_store_doc d = sample_doc(hash, "2023-05-01", &rows);
		ent__alloc_fail_after(n);
		int rc = ent_store_put_doc(s, &d, NULL);
		size_t count = ent__alloc_fail_after(0);
		int has = -1;
		CHECK_INT_EQ(ent_store_has_doc(s, hash, &has), 0);
		if (rc == 0) {
			CHECK_INT_EQ(has, 1);
			CHECK(count < n);
			break;
		}
		CHECK_INT_EQ(rc, ENT_ENOMEM);
		CHECK_INT_EQ(has, 0);
	}
	CHECK(n > 1 && n < 10000);
	for (n = 1; n < 10000; n++) {
		ent_store_iter *it = NULL;
		ent__alloc_fail_after(n);
		int rc = ent_store_events(&it, s, NULL);
		const ent_store_event *e;
		size_t rows = 0;
		while (rc == 0 && ent_store_events_next(it, &e) == 0)
			rows++;
		ent_store_iter_free(it);
		ent__alloc_fail_after(0);
		if (rc == 0) {
			CHECK_INT_EQ(rows, 2);
			break;
		}
		CHECK_INT_EQ(rc, ENT_ENOMEM);
	}
	ent_store_filter f = ENT_STORE_FILTER_INIT;
	CHECK_INT_EQ(count_events(s, &f), 2);
	CHECK_INT_EQ(ent_store_check(s), 0);
	ent_store_close(s);

	/* Loading JSONL: after each failure, every document present is whole
	 * (two events each); the run that succeeds completes the set. */
	char jpath[256];
	snprintf(jpath, sizeof jpath, "/tmp/ent_test_store_%d_t.jsonl", (int)getpid());
	FILE *fp = fopen(jpath, "w");
	CHECK(fp != NULL);
	if (!fp)
		return;
	for (int d = 0; d < 5; d++)
		for (int k = 0; k < 2; k++)
			fprintf(fp, "{\"doc\":\"t%d\",\"sentence\":%d,\"source\":\"AAA\",\"target\":\"BBB\",\"code\":\"010\","
				"\"text\":\"Sentence %d of %d.\"}\n", d, k + 1, k, d);
	fclose(fp);
	CHECK_INT_EQ(ent_store_open(&s, tmp_db("torture2"), NULL), 0);
	for (n = 1; n < 100000; n++) {
		ent_store_stats st;
		ent__alloc_fail_after(n);
		int rc = ent_store_load_events(s, jpath, NULL, &st);
		ent__alloc_fail_after(0);
		ent_store_iter *it = NULL;
		CHECK_INT_EQ(ent_store_docs(&it, s, NULL), 0);
		const ent_store_docinfo *di;
		size_t docs = 0;
		while (ent_store_docs_next(it, &di) == 0) {
			docs++;
			CHECK_INT_EQ(di->events, 2);
		}
		ent_store_iter_free(it);
		if (rc == 0) {
			CHECK_INT_EQ(docs, 5);
			break;
		}
		CHECK_INT_EQ(rc, ENT_ENOMEM);
	}
	CHECK(n > 1 && n < 100000);
	CHECK_INT_EQ(ent_store_check(s), 0);
	ent_store_close(s);
	remove(jpath);
}

static const ent_test_case cases[] = {
	{ "test_store_store__put_and_filter", test_store_store__put_and_filter },
	{ "test_store_store__failed_doc_leaves_nothing", test_store_store__failed_doc_leaves_nothing },
	{ "test_store_store__search_docs_dyads", test_store_store__search_docs_dyads },
	{ "test_store_store__upgrades_version_1", test_store_store__upgrades_version_1 },
	{ "test_store_store__reader_upgrades_old_database", test_store_store__reader_upgrades_old_database },
	{ "test_store_store__load_events_jsonl", test_store_store__load_events_jsonl },
	{ "test_store_store__recode_replaces_events", test_store_store__recode_replaces_events },
	{ "test_store_store__dyad_totals_match_events", test_store_store__dyad_totals_match_events },
	{ "test_store_store__each_allocation_failure_is_clean", test_store_store__each_allocation_failure_is_clean },
	{ NULL, NULL },
};

ENT_TEST_MAIN(cases)
