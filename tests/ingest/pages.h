/* The extraction benchmark's real pages (../shared/extraction/scrapinghub/
 * html, one .html.gz each), for tests that run a pass over all of them. */
#ifndef ENT_TEST_INGEST_PAGES_H
#define ENT_TEST_INGEST_PAGES_H

#include <dirent.h> /* opendir, readdir */
#include <stdio.h>  /* snprintf */
#include <zlib.h>   /* gzopen: the pages are gzip-compressed */

#include "harness.h"  /* ent_test_shared_dir */
#include "util/buf.h" /* ent_buf_put */

typedef void (*ent_test_page_fn)(const char *html, size_t len, void *payload);

/* Call fn with each page's bytes, at most `max` pages (0: all). Returns the
 * number of pages read, or -1 when the directory cannot be opened. */
static inline int ent_test_for_each_page(int max, ent_test_page_fn fn, void *payload)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/extraction/scrapinghub/html", ent_test_shared_dir());
	DIR *d = opendir(path);
	if (!d)
		return -1;
	int pages = 0;
	struct dirent *e;
	ent_buf html = ENT_BUF_INIT;
	while ((e = readdir(d)) != NULL && (max == 0 || pages < max)) {
		if (e->d_name[0] == '.')
			continue;
		char file[2048];
		snprintf(file, sizeof file, "%s/%s", path, e->d_name);
		gzFile gz = gzopen(file, "rb");
		if (!gz)
			continue;
		ent_buf_clear(&html);
		char chunk[65536];
		int n;
		while ((n = gzread(gz, chunk, sizeof chunk)) > 0)
			ent_buf_put(&html, chunk, (size_t)n);
		gzclose(gz);
		fn(html.ptr ? html.ptr : "", html.size, payload);
		pages++;
	}
	closedir(d);
	ent_buf_dispose(&html);
	return pages;
}

#endif
