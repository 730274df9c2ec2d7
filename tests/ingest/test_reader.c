#include "harness.h"
#include "fixtures.h"
#include "util/alloc.h" /* ent__alloc_fail_after */
#include "util/buf.h"   /* ent_buf_printf */

#include <fcntl.h>        /* open */
#include <sys/resource.h> /* getrusage */

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

/* Streaming: a gzip JSONL of 50 MB (decompressed) goes through the reader
 * with peak RSS well under its size. First in the table so earlier cases
 * do not raise the process's peak. Under ASan freed memory sits in
 * quarantine, so there only the count is checked, on a smaller file. */
static void test_ingest_reader__streams_large_gzip_jsonl(void)
{
	const size_t target = SANITIZED ? (size_t)5 << 20 : (size_t)50 << 20;
	gzFile gz = gzopen(fx_path("big.jsonl.gz"), "wb1");
	CHECK(gz != NULL);
	if (!gz)
		return;
	size_t written = 0;
	int lines = 0;
	char line[1024];
	while (written < target) {
		int n = snprintf(line, sizeof line,
				 "{\"id\":\"doc-%d\",\"title\":\"Story %d\",\"date\":\"2024-03-%02d\",\"text\":"
				 "\"Azerbaijan and Israel signed agreement number %d on energy; Turkey welcomed it, "
				 "while Iran and Armenia protested. Officials in Baku said talks would continue "
				 "next month, and Ankara offered to host them. %d\"}\n",
				 lines, lines, lines % 28 + 1, lines, lines * 7);
		gzwrite(gz, line, (unsigned)n);
		written += (size_t)n;
		lines++;
	}
	gzclose(gz);
	struct rusage before;
	getrusage(RUSAGE_SELF, &before);
	ent_reader *r = NULL;
	const char *p = fx_path("big.jsonl.gz");
	CHECK_INT_EQ(ent_reader_new(&r, &p, 1, NULL), 0);
	const ent_doc *d;
	int docs = 0, rc;
	size_t bytes = 0;
	while ((rc = ent_reader_next(r, &d)) == 0) {
		docs++;
		bytes += d->content_len;
	}
	CHECK_INT_EQ(rc, ENT_ITEROVER);
	CHECK_INT_EQ(docs, lines);
	CHECK_INT_EQ(ent_reader_error_count(r), 0);
	ent_reader_free(r);
	struct rusage after;
	getrusage(RUSAGE_SELF, &after);
	printf("  %d documents, %zu MB of content; peak RSS %ld MB (was %ld MB before reading)\n", docs,
	       bytes >> 20, after.ru_maxrss / 1024, before.ru_maxrss / 1024);
	if (!SANITIZED)
		CHECK(after.ru_maxrss < 64 * 1024);
	unlink(fx_path("big.jsonl.gz"));
}

static void test_ingest_reader__text_and_html_files(void)
{
	fx_write_str("a.txt", "Azerbaijan's balancing act\n\nPublished March 3, 2024\n\nBaku keeps ties with Israel.\n");
	fx_write_str("b.html", "<!DOCTYPE html><html><head><title>Page</title>"
			       "<link rel=canonical href='https://example.org/b'></head><body><p>x</p></body></html>");
	fx_write_str("c.data", "  <html><head><title>Sniffed</title></head></html>");
	fx_write_str("d", "Just words, no markup.\n");
	const char *paths[] = { fx_path("a.txt"), fx_path("b.html"), fx_path("c.data"), fx_path("d") };
	fx_run run;
	fx_read(&run, paths, 4, 0, 0);
	CHECK_INT_EQ(run.ndocs, 4);
	CHECK_INT_EQ(run.errors, 0);
	CHECK_INT_EQ(run.ndiags, 0);
	if (run.ndocs == 4) {
		CHECK_STR_EQ(run.id[0], fx_path("a.txt"));
		CHECK_INT_EQ(run.type[0], ENT_CONTENT_TEXT);
		CHECK_STR_EQ(run.date[0], "2024-03-03");
		CHECK(run.title[0] == NULL);
		CHECK_INT_EQ(run.type[1], ENT_CONTENT_HTML);
		CHECK_STR_EQ(run.title[1], "Page");
		CHECK_STR_EQ(run.url[1], "https://example.org/b");
		CHECK_INT_EQ(run.type[2], ENT_CONTENT_HTML);
		CHECK_STR_EQ(run.title[2], "Sniffed");
		CHECK_INT_EQ(run.type[3], ENT_CONTENT_TEXT);
		CHECK_STR_EQ(run.content[3], "Just words, no markup.\n");
	}
	fx_free(&run);
}

static void test_ingest_reader__directory_sorted_recursive_hidden_skipped(void)
{
	fx_mkdir("tree");
	fx_mkdir("tree/sub");
	fx_mkdir("tree/.git");
	fx_write_str("tree/b.txt", "b");
	fx_write_str("tree/a.txt", "a");
	fx_write_str("tree/.hidden.txt", "hidden");
	fx_write_str("tree/.git/x.txt", "hidden too");
	fx_write_str("tree/README.md", "about this corpus");
	fx_write_str("tree/sub/LICENSE", "terms");
	fx_write_str("tree/readmefirst.txt", "r");
	fx_write_str("tree/sub/c.txt", "c");
	fx_write_gz("tree/sub/d.txt.gz", "d");
	fx_write_zst("tree/z.txt.zst", "z");
	fx_run run;
	fx_read1(&run, fx_path("tree"));
	CHECK_INT_EQ(run.ndocs, 6);
	CHECK_INT_EQ(run.errors, 0);
	/* README.md and LICENSE describe the corpus and are passed over;
	 * readmefirst.txt is an ordinary name. */
	const char *want[] = { "a", "b", "r", "c", "d", "z" };
	for (int i = 0; i < run.ndocs && i < 6; i++)
		CHECK_STR_EQ(run.content[i], want[i]);
	if (run.ndocs >= 4)
		CHECK_STR_EQ(run.path[3], fx_path("tree/sub/c.txt"));
	fx_free(&run);
	/* Named on the command line, a README is read like any file. */
	fx_read1(&run, fx_path("tree/README.md"));
	CHECK_INT_EQ(run.ndocs, 1);
	fx_free(&run);
}

static void test_ingest_reader__symlink_loop_read_once(void)
{
	fx_mkdir("loop");
	fx_mkdir("loop/in");
	fx_write_str("loop/in/a.txt", "a");
	symlink(fx_path("loop"), fx_path("loop/in/back"));
	symlink(fx_path("loop/in"), fx_path("loop/again"));
	fx_run run;
	fx_read1(&run, fx_path("loop"));
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.errors, 0);
	CHECK_INT_EQ(run.ndiags, 2); /* loop/again and loop/in/back */
	fx_free(&run);
}

static void test_ingest_reader__missing_file_does_not_stop_others(void)
{
	fx_write_str("ok1.txt", "first");
	fx_write_str("ok2.txt", "second");
	const char *paths[] = { fx_path("ok1.txt"), fx_path("missing.txt"), fx_path("ok2.txt") };
	fx_run run;
	fx_read(&run, paths, 3, 0, 0);
	CHECK_INT_EQ(run.rc, ENT_ITEROVER);
	CHECK_INT_EQ(run.ndocs, 2);
	CHECK_INT_EQ(run.errors, 1);
	CHECK_INT_EQ(run.ndiags, 1);
	if (run.ndiags == 1) {
		CHECK_STR_EQ(run.dfile[0], fx_path("missing.txt"));
		CHECK_INT_EQ(run.code[0], ENT_ENOTFOUND);
		CHECK(strstr(run.dmsg[0], "cannot open") != NULL);
	}
	fx_free(&run);
}

static void test_ingest_reader__unreadable_file(void)
{
	if (geteuid() == 0) {
		/* root reads anything: use a directory entry that cannot be opened
		 * as a file instead (a dangling symbolic link). */
		unlink(fx_path("dangling.txt"));
		CHECK_INT_EQ(symlink(fx_path("nowhere"), fx_path("dangling.txt")), 0);
		fx_run run;
		fx_read1(&run, fx_path("dangling.txt"));
		CHECK_INT_EQ(run.errors, 1);
		CHECK_INT_EQ(run.ndocs, 0);
		fx_free(&run);
		return;
	}
	fx_write_str("secret.txt", "x");
	chmod(fx_path("secret.txt"), 0);
	fx_run run;
	fx_read1(&run, fx_path("secret.txt"));
	CHECK_INT_EQ(run.errors, 1);
	CHECK(run.ndiags == 1 && strstr(run.dmsg[0], "Permission denied") != NULL);
	fx_free(&run);
}

static void test_ingest_reader__read_error_mid_file(void)
{
	/* /proc/self/mem opens but read() at offset 0 fails with EIO: the
	 * error is reported against the file and the next input is read. */
	struct stat st;
	if (stat("/proc/self/mem", &st) != 0) {
		printf("  (no /proc/self/mem: skipped)\n");
		CHECK(1);
		return;
	}
	fx_write_str("after-eio.txt", "fine");
	const char *paths[] = { "/proc/self/mem", fx_path("after-eio.txt") };
	fx_run run;
	fx_read(&run, paths, 2, 0, 0);
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.errors, 1);
	CHECK(run.ndiags == 1 && run.code[0] == ENT_EIO && !strcmp(run.dfile[0], "/proc/self/mem") &&
	      strstr(run.dmsg[0], "read failed"));
	fx_free(&run);
}

static void test_ingest_reader__binary_skipped_with_warning(void)
{
	unsigned char png[64] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
	fx_write("image.png", png, sizeof png);
	fx_write_str("after.txt", "text after");
	fx_write("utf16.txt", "\xff\xfeH\0i\0", 6);
	const char *paths[] = { fx_path("image.png"), fx_path("after.txt"), fx_path("utf16.txt") };
	fx_run run;
	fx_read(&run, paths, 3, 0, 0);
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.errors, 0);
	CHECK_INT_EQ(run.ndiags, 2);
	CHECK(run.ndiags == 2 && strstr(run.dmsg[1], "UTF-16") && run.level[1] == ENT_DIAG_WARNING);
	if (run.ndiags == 1) {
		CHECK_INT_EQ(run.level[0], ENT_DIAG_WARNING);
		CHECK_INT_EQ(run.code[0], ENT_EBINARY);
		CHECK_STR_EQ(run.dfile[0], fx_path("image.png"));
	}
	fx_free(&run);
}

static void test_ingest_reader__invalid_utf8_text(void)
{
	const char data[] = "Caf\xe9 talks in Baku\n\xff\xfe end";
	fx_write("bad-utf8.txt", data, sizeof data - 1);
	fx_run run;
	fx_read1(&run, fx_path("bad-utf8.txt"));
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.errors, 0);
	CHECK_INT_EQ(run.ndiags, 1);
	if (run.ndiags == 1) {
		CHECK_INT_EQ(run.level[0], ENT_DIAG_WARNING);
		CHECK_INT_EQ(run.doffset[0], 3);
		CHECK(strstr(run.dmsg[0], "3 sequences replaced") != NULL);
	}
	if (run.ndocs == 1)
		CHECK_STR_EQ(run.content[0], "Caf\xEF\xBF\xBD talks in Baku\n\xEF\xBF\xBD\xEF\xBF\xBD end");
	fx_free(&run);
	const char *p = fx_path("bad-utf8.txt");
	fx_read(&run, &p, 1, 1, 0);
	CHECK_INT_EQ(run.ndocs, 0);
	CHECK_INT_EQ(run.errors, 1);
	CHECK(run.ndiags == 1 && run.doffset[0] == 3 && run.code[0] == ENT_EENCODING);
	fx_free(&run);
}

static void test_ingest_reader__declared_latin1_is_decoded(void)
{
	const char page[] = "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 \x93talks\x94</title></head></html>";
	fx_write("latin.html", page, sizeof page - 1);
	fx_run run;
	fx_read1(&run, fx_path("latin.html"));
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.ndiags, 0);
	if (run.ndocs == 1)
		CHECK_STR_EQ(run.title[0], "Caf\xC3\xA9 \xE2\x80\x9Ctalks\xE2\x80\x9D");
	fx_free(&run);
}

/* Every charset ICU knows, declared in the page: the bytes are written
 * here in each charset, and the title must come out as the same words in
 * UTF-8 ("Moscow and Baku", Tokyo, Beijing). */
static void test_ingest_reader__declared_charsets_are_decoded(void)
{
	static const struct {
		const char *charset, *bytes, *utf8;
	} pages[] = {
		{ "windows-1251", "\xcc\xee\xf1\xea\xe2\xe0 \xe8 \xc1\xe0\xea\xf3",
		  "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xd0\xb8 \xd0\x91\xd0\xb0\xd0\xba\xd1\x83" },
		{ "KOI8-R", "\xed\xcf\xd3\xcb\xd7\xc1 \xc9 \xe2\xc1\xcb\xd5",
		  "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xd0\xb8 \xd0\x91\xd0\xb0\xd0\xba\xd1\x83" },
		{ "shift_jis", "\x93\x8c\x8b\x9e", "\xe6\x9d\xb1\xe4\xba\xac" },
		{ "GB18030", "\xb1\xb1\xbe\xa9 \x81\x30\x87\x33 \x94\x39\xfc\x36",
		  "\xe5\x8c\x97\xe4\xba\xac \xc3\x85 \xf0\x9f\x98\x80" }, /* 2- and 4-byte sequences */
	};
	for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
		char page[256];
		int n = snprintf(page, sizeof page, "<html><head><meta charset=\"%s\"><title>%s</title></head></html>",
				 pages[i].charset, pages[i].bytes);
		fx_write("charset.html", page, (size_t)n);
		fx_run run;
		fx_read1(&run, fx_path("charset.html"));
		CHECK_INT_EQ(run.ndocs, 1);
		CHECK_INT_EQ(run.ndiags, 0);
		if (run.ndocs == 1 && strcmp(run.title[0] ? run.title[0] : "", pages[i].utf8))
			printf("  %s\n", pages[i].charset);
		if (run.ndocs == 1)
			CHECK_STR_EQ(run.title[0], pages[i].utf8);
		fx_free(&run);
	}
	/* Bytes invalid in the declared charset are repaired to U+FFFD, as
	 * bad UTF-8 is; the rest of the page is kept. */
	const char bad[] = "<html><head><meta charset=\"shift_jis\"><title>\x93\x8c\xff!</title></head></html>";
	fx_write("badsjis.html", bad, sizeof bad - 1);
	fx_run run;
	fx_read1(&run, fx_path("badsjis.html"));
	CHECK_INT_EQ(run.ndocs, 1);
	if (run.ndocs == 1)
		CHECK(run.title[0] && strstr(run.title[0], "\xe6\x9d\xb1") && strstr(run.title[0], "\xef\xbf\xbd"));
	fx_free(&run);
	/* A charset ICU does not know: read as UTF-8 and repaired, with a
	 * warning naming it. */
	const char unknown[] = "<html><head><meta charset=\"x-no-such\"><title>Caf\xe9</title></head></html>";
	fx_write("unknown.html", unknown, sizeof unknown - 1);
	fx_read1(&run, fx_path("unknown.html"));
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK(run.ndiags >= 1 && strstr(run.dmsg[0], "x-no-such"));
	if (run.ndocs == 1)
		CHECK_STR_EQ(run.title[0], "Caf\xef\xbf\xbd");
	fx_free(&run);
}

static void test_ingest_reader__size_limit_and_truncated_text(void)
{
	fx_write_str("big.txt", "0123456789 0123456789 0123456789");
	fx_write_str("small.txt", "small");
	const char *paths[] = { fx_path("big.txt"), fx_path("small.txt") };
	fx_run run;
	fx_read(&run, paths, 2, 0, 10);
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.errors, 1);
	CHECK(run.ndiags == 1 && strstr(run.dmsg[0], "max_record_bytes") && run.code[0] == ENT_ELIMIT);
	fx_free(&run);
	/* A cut gzip text file is one incomplete record: skipped, error. */
	ent_buf text = ENT_BUF_INIT;
	for (int i = 0; i < 10000; i++)
		ent_buf_printf(&text, "sentence %d of a long article.\n", i);
	size_t n;
	unsigned char *z = fx_gzip(text.ptr, text.size, &n);
	fx_write("cut.txt.gz", z, n - 20);
	fx_read1(&run, fx_path("cut.txt.gz"));
	CHECK_INT_EQ(run.ndocs, 0);
	CHECK_INT_EQ(run.errors, 1);
	CHECK(run.ndiags == 1 && run.code[0] == ENT_ETRUNCATED && run.doffset[0] > 0);
	fx_free(&run);
	free(z);
	ent_buf_dispose(&text);
}

static void test_ingest_reader__gzip_trailing_data(void)
{
	size_t n;
	unsigned char *z = fx_gzip("whole text", 10, &n);
	unsigned char buf[256];
	memcpy(buf, z, n);
	memset(buf + n, 0, 16); /* zero padding: silently fine */
	fx_write("pad.txt.gz", buf, n + 16);
	memcpy(buf + n, "JUNK", 4);
	fx_write("junk.txt.gz", buf, n + 4);
	free(z);
	fx_run run;
	fx_read1(&run, fx_path("pad.txt.gz"));
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.ndiags, 0);
	fx_free(&run);
	fx_read1(&run, fx_path("junk.txt.gz"));
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.errors, 0);
	CHECK(run.ndiags == 1 && strstr(run.dmsg[0], "ignored") && run.level[0] == ENT_DIAG_WARNING);
	if (run.ndocs == 1)
		CHECK_STR_EQ(run.content[0], "whole text");
	fx_free(&run);
}

static void test_ingest_reader__stdin(void)
{
	fx_write_str("stdin.jsonl", "{\"text\":\"from stdin\"}\n");
	int saved = dup(0);
	int fd = open(fx_path("stdin.jsonl"), O_RDONLY);
	dup2(fd, 0);
	close(fd);
	fx_run run;
	fx_read1(&run, "-");
	dup2(saved, 0);
	close(saved);
	CHECK_INT_EQ(run.ndocs, 1);
	if (run.ndocs == 1) {
		CHECK_STR_EQ(run.path[0], "-");
		CHECK_STR_EQ(run.id[0], "-#1");
		CHECK_STR_EQ(run.content[0], "from stdin");
	}
	fx_free(&run);
}

static void test_ingest_reader__memory_input(void)
{
	const char data[] = "\xEF\xBB\xBFWith a byte-order mark.";
	fx_run run;
	fx_read_mem(&run, data, sizeof data - 1, "note.txt", 0);
	CHECK_INT_EQ(run.ndocs, 1);
	if (run.ndocs == 1) {
		CHECK_STR_EQ(run.content[0], "With a byte-order mark.");
		CHECK_STR_EQ(run.id[0], "note.txt");
	}
	fx_free(&run);
	fx_read_mem(&run, "", 0, NULL, 0);
	CHECK_INT_EQ(run.rc, ENT_ITEROVER);
	CHECK_INT_EQ(run.ndocs, 0); /* an empty file is not a document */
	CHECK(run.ndiags == 1 && run.level[0] == ENT_DIAG_WARNING && !strcmp(run.dfile[0], "(memory)"));
	fx_free(&run);
}

typedef struct {
	int calls;
	ent_progress last;
} progress_seen;

static void on_progress(const ent_progress *p, void *payload)
{
	progress_seen *s = payload;
	s->calls++;
	s->last = *p;
}

static void test_ingest_reader__progress_reports_bytes_and_docs(void)
{
	fx_mkdir("prog");
	fx_write_str("prog/1.txt", "one one");
	fx_write_gz("prog/2.txt.gz", "two two two");
	progress_seen seen = { 0 };
	ent_reader_options o = ENT_READER_OPTIONS_INIT;
	o.progress = on_progress;
	o.progress_payload = &seen;
	ent_reader *r;
	const char *p = fx_path("prog");
	CHECK_INT_EQ(ent_reader_new(&r, &p, 1, &o), 0);
	const ent_doc *d;
	while (ent_reader_next(r, &d) == 0)
		;
	ent_reader_free(r);
	struct stat a, b;
	stat(fx_path("prog/1.txt"), &a);
	stat(fx_path("prog/2.txt.gz"), &b);
	CHECK(seen.calls >= 1);
	CHECK_INT_EQ(seen.last.docs, 2);
	CHECK_INT_EQ(seen.last.total_bytes, (uint64_t)(a.st_size + b.st_size));
	CHECK_INT_EQ(seen.last.bytes, seen.last.total_bytes);
	CHECK_STR_EQ(seen.last.stage, "reading");
}

static void test_ingest_reader__api_misuse(void)
{
	ent_reader *r = NULL;
	ent_reader_options o = ENT_READER_OPTIONS_INIT;
	o.version = 99;
	const char *p = "x";
	CHECK_INT_EQ(ent_reader_new(&r, &p, 1, &o), ENT_EINVAL);
	CHECK(strstr(ent_error_last(), "99") != NULL);
	CHECK_INT_EQ(ent_reader_options_init(&o, 7), ENT_EINVAL);
	const char *bad[] = { "" };
	CHECK_INT_EQ(ent_reader_new(&r, bad, 1, NULL), ENT_EINVAL);
	CHECK_INT_EQ(ent_reader_next(NULL, NULL), ENT_EINVAL);
	CHECK_INT_EQ(ent_reader_error_count(NULL), 0);
	ent_reader_free(NULL);
}

static void test_ingest_reader__each_allocation_failure_is_reported(void)
{
	fx_write_str("alloc.jsonl", "{\"id\":\"x\",\"title\":\"T\",\"text\":\"March 3, 2024\\nBody\"}\n");
	fx_write_str("alloc.html", "<html><head><title>T</title></head><body>x</body></html>");
	const char *paths[] = { fx_path("alloc.jsonl"), fx_path("alloc.html") };
	for (size_t n = 1;; n++) {
		ent_reader *r = NULL;
		ent__alloc_fail_after(n);
		int rc = ent_reader_new(&r, paths, 2, NULL);
		const ent_doc *d;
		int docs = 0;
		while (rc == 0 && (rc = ent_reader_next(r, &d)) == 0)
			docs++;
		size_t count = ent__alloc_fail_after(0);
		ent_reader_free(r);
		if (rc == ENT_ITEROVER) {
			CHECK_INT_EQ(docs, 2);
			CHECK(count < n);
			break;
		}
		CHECK_INT_EQ(rc, ENT_ENOMEM);
		if (n > 1000)
			break;
	}
}

static const ent_test_case tests[] = {
	{ "test_ingest_reader__streams_large_gzip_jsonl", test_ingest_reader__streams_large_gzip_jsonl },
	{ "test_ingest_reader__text_and_html_files", test_ingest_reader__text_and_html_files },
	{ "test_ingest_reader__directory_sorted_recursive_hidden_skipped", test_ingest_reader__directory_sorted_recursive_hidden_skipped },
	{ "test_ingest_reader__symlink_loop_read_once", test_ingest_reader__symlink_loop_read_once },
	{ "test_ingest_reader__missing_file_does_not_stop_others", test_ingest_reader__missing_file_does_not_stop_others },
	{ "test_ingest_reader__unreadable_file", test_ingest_reader__unreadable_file },
	{ "test_ingest_reader__read_error_mid_file", test_ingest_reader__read_error_mid_file },
	{ "test_ingest_reader__binary_skipped_with_warning", test_ingest_reader__binary_skipped_with_warning },
	{ "test_ingest_reader__invalid_utf8_text", test_ingest_reader__invalid_utf8_text },
	{ "test_ingest_reader__declared_latin1_is_decoded", test_ingest_reader__declared_latin1_is_decoded },
	{ "test_ingest_reader__declared_charsets_are_decoded", test_ingest_reader__declared_charsets_are_decoded },
	{ "test_ingest_reader__size_limit_and_truncated_text", test_ingest_reader__size_limit_and_truncated_text },
	{ "test_ingest_reader__gzip_trailing_data", test_ingest_reader__gzip_trailing_data },
	{ "test_ingest_reader__stdin", test_ingest_reader__stdin },
	{ "test_ingest_reader__memory_input", test_ingest_reader__memory_input },
	{ "test_ingest_reader__progress_reports_bytes_and_docs", test_ingest_reader__progress_reports_bytes_and_docs },
	{ "test_ingest_reader__api_misuse", test_ingest_reader__api_misuse },
	{ "test_ingest_reader__each_allocation_failure_is_reported", test_ingest_reader__each_allocation_failure_is_reported },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
