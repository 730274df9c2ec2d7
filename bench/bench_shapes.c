/* bench_shapes: hostile input shapes must cost linear time and bounded
 * memory. For each shape at 1, 10 and 100 MB it prints the MB/s of a plain
 * copy of the same bytes (the baseline, same run), of the front of the
 * pipeline (read, clean, sentences, words), and of coding (parse and code,
 * up to --code-mb, default 10: the coder runs at well under 1 MB/s on
 * prose, so 100 MB of it would take minutes), with the peak RSS of each.
 * A superlinear step shows as MB/s falling with the size.
 *
 *   bench_shapes [--max-mb N] [--code-mb N]
 *
 * Shapes: one line of news prose (a paragraph repeated, no newline); the
 * same without any stop (one run-on sentence); one huge word; a run of one
 * character; 100,000-fold nested HTML per MB, closed and never closed.
 * Each measurement runs in a child so its peak RSS is its own. */
#include <getopt.h>       /* getopt_long */
#include <stdio.h>        /* printf */
#include <stdlib.h>       /* strtol, exit */
#include <string.h>       /* memcpy */
#include <sys/resource.h> /* struct rusage */
#include <sys/wait.h>     /* wait4 */
#include <unistd.h>       /* fork, pipe */

#include "bench_util.h" /* now */
#include "entente/clean.h"
#include "entente/code.h"
#include "entente/ingest.h"
#include "entente/lexicon.h"
#include "entente/parse.h"
#include "entente/text.h"

typedef enum { STAGE_COPY, STAGE_FRONT, STAGE_CODE } stage;

typedef struct {
	const char *name;
	const char *file; /* the name the reader sees: .txt or .html */
	void (*make)(char *out, size_t n);
} shape;

static const char prose[] =
	"The escalating violence between Israel and Palestinians places all Muslim countries that have "
	"established relations with Israel in a diplomatic conundrum. On the one hand, these relations "
	"bring them tangible benefits both on their own merits and in terms of influence in Washington. "
	"On the other, the longer and the more brutal the cycle of violence, the higher the costs. ";

static void fill(char *out, size_t n, const char *unit, size_t len)
{
	for (size_t i = 0; i < n; i += len)
		memcpy(out + i, unit, n - i < len ? n - i : len);
}

static void make_prose(char *out, size_t n)
{
	fill(out, n, prose, sizeof prose - 1);
}

static void make_run_on(char *out, size_t n)
{
	make_prose(out, n);
	for (size_t i = 0; i < n; i++)
		if (out[i] == '.' || out[i] == ',')
			out[i] = ' ';
}

static void make_word(char *out, size_t n)
{
	fill(out, n, "abcdefghijklmnopqrstuvwxyz", 26);
}

static void make_run(char *out, size_t n)
{
	memset(out, 'a', n);
}

/* Nested <div>s closed at the end: half the bytes open, half close. */
static void make_deep_closed(char *out, size_t n)
{
	size_t pairs = n / 11; /* "<div>" + "</div>" */
	size_t at = 0;
	for (size_t i = 0; i < pairs; i++, at += 5)
		memcpy(out + at, "<div>", 5);
	for (size_t i = 0; i < pairs; i++, at += 6)
		memcpy(out + at, "</div>", 6);
	memset(out + at, ' ', n - at);
}

static void make_deep_unclosed(char *out, size_t n)
{
	fill(out, n, "<div><span><b>", 14);
}

static const shape shapes[] = {
	{ "prose line", "prose.txt", make_prose },
	{ "run-on sentence", "runon.txt", make_run_on },
	{ "one huge word", "word.txt", make_word },
	{ "one character run", "run.txt", make_run },
	{ "deep HTML, closed", "deep.html", make_deep_closed },
	{ "deep HTML, unclosed", "deepu.html", make_deep_unclosed },
};

static int count_event(const ent_event *ev, void *payload)
{
	(void)ev;
	(*(size_t *)payload)++;
	return 0;
}

static void die(const char *what)
{
	fprintf(stderr, "bench_shapes: %s: %s\n", what, ent_error_last());
	_exit(3);
}

/* The measured work of one stage on `in`; returns seconds. */
static double run_stage(stage st, const shape *sh, const char *in, size_t n)
{
	if (st == STAGE_COPY) {
		char *copy = malloc(n);
		if (!copy)
			_exit(3);
		double t0 = now();
		memcpy(copy, in, n);
		/* touch the copy so the compiler cannot drop it */
		volatile char sink = copy[n / 2];
		(void)sink;
		double t = now() - t0;
		free(copy);
		return t;
	}
	ent_lexicon *lx = NULL;
	ent_parse_model *model = NULL;
	if (st == STAGE_CODE) {
		if (ent_lexicon_new(&lx, NULL) < 0 || ent_lexicon_load_default(lx) < 0 || ent_lexicon_finish(lx) < 0)
			die("loading the dictionaries");
		if (ent_parse_model_load(&model, NULL) < 0)
			die("loading the parse model");
	}
	double t0 = now();
	ent_reader *r;
	ent_cleaner *c;
	ent_segmenter *seg;
	if (ent_reader_new_memory(&r, in, n, sh->file, NULL) < 0 || ent_cleaner_new(&c, NULL) < 0 ||
	    ent_segmenter_new(&seg, NULL) < 0)
		die("setting up");
	const ent_doc *d;
	size_t events = 0;
	while (ent_reader_next(r, &d) == 0) {
		const ent_clean_result *res;
		if (ent_clean_doc(&res, c, d) < 0)
			die("cleaning");
		if (st == STAGE_FRONT) {
			const ent_span *sp;
			size_t ns;
			if (ent_segmenter_sentences(seg, &sp, &ns, res->text, res->len) < 0)
				die("sentences");
			for (size_t i = 0; i < ns; i++) {
				const ent_token *tok;
				size_t nt;
				if (ent_segmenter_words(seg, &tok, &nt, res->text, res->len, sp[i]) < 0)
					die("words");
			}
		} else {
			ent_coder_options o = ENT_CODER_OPTIONS_INIT;
			o.parse_model = model;
			ent_coder *coder;
			if (ent_coder_new(&coder, lx, &o) < 0)
				die("coder");
			if (ent_coder_code_doc(coder, "bench", NULL, res->text, res->len, count_event, &events) < 0)
				die("coding");
			ent_coder_free(coder);
		}
	}
	double t = now() - t0;
	ent_segmenter_free(seg);
	ent_cleaner_free(c);
	ent_reader_free(r);
	ent_lexicon_free(lx);
	ent_parse_model_free(model);
	return t;
}

/* One stage in a child: seconds (negative when it failed) and peak RSS. */
static double measure(stage st, const shape *sh, size_t bytes, long *rss_kb)
{
	int fds[2];
	if (pipe(fds) != 0)
		exit(3);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		char *in = malloc(bytes);
		if (!in)
			_exit(3);
		sh->make(in, bytes);
		double t = run_stage(st, sh, in, bytes);
		if (write(fds[1], &t, sizeof t) != (ssize_t)sizeof t)
			_exit(3);
		_exit(0);
	}
	close(fds[1]);
	double t = -1;
	if (read(fds[0], &t, sizeof t) != (ssize_t)sizeof t)
		t = -1;
	close(fds[0]);
	int status;
	struct rusage u;
	wait4(pid, &status, 0, &u);
	*rss_kb = u.ru_maxrss;
	return t;
}

static void cell(double mb, double t, long rss)
{
	if (t < 0)
		printf(" %9s %7s", "failed", "");
	else
		printf(" %9.1f %7ld", t > 0 ? mb / t : 0.0, rss / 1024);
}

static long parse_mb(const char *opt, const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < 0) {
		fprintf(stderr, "bench_shapes: %s wants a number of MB, not '%s'\n", opt, s);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	long max_mb = 100, code_mb = 10;
	static const struct option longopts[] = {
		{ "max-mb", required_argument, NULL, 'm' },
		{ "code-mb", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;
	while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (ch == 'm')
			max_mb = parse_mb("--max-mb", optarg);
		else if (ch == 'c')
			code_mb = parse_mb("--code-mb", optarg);
		else {
			fprintf(stderr, "usage: bench_shapes [--max-mb N] [--code-mb N]\n");
			return 2;
		}
	}
	printf("MB/s and peak RSS (MB) per stage; copy is memcpy of the same bytes in the same run\n");
	printf("%-20s %5s %9s %7s %9s %7s %9s %7s\n", "shape", "MB", "copy", "RSS", "front", "RSS", "code",
	       "RSS");
	static const long sizes[] = { 1, 10, 100 };
	for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
		for (size_t k = 0; k < 3 && sizes[k] <= max_mb; k++) {
			size_t bytes = (size_t)sizes[k] * 1000 * 1000;
			double mb = (double)sizes[k];
			long rss;
			printf("%-20s %5ld", shapes[s].name, sizes[k]);
			double t = measure(STAGE_COPY, &shapes[s], bytes, &rss);
			cell(mb, t, rss);
			t = measure(STAGE_FRONT, &shapes[s], bytes, &rss);
			cell(mb, t, rss);
			if (sizes[k] <= code_mb) {
				t = measure(STAGE_CODE, &shapes[s], bytes, &rss);
				cell(mb, t, rss);
			}
			printf("\n");
			fflush(stdout);
		}
	return 0;
}
