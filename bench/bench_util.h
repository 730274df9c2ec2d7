/* What bench_code and bench_parse share: clocks, peak memory, and the
 * GigaWord sample's sentences (the <Text> elements of
 * ../shared/validation/petrarch2/GigaWord.sample.PETR.xml). Static
 * functions in a header: each benchmark is one program. */
#ifndef ENT_BENCH_UTIL_H
#define ENT_BENCH_UTIL_H

#include <stdio.h>        /* FILE */
#include <stdlib.h>       /* malloc */
#include <string.h>       /* strstr */
#include <sys/resource.h> /* getrusage: peak RSS */
#include <time.h>         /* clock_gettime */

typedef struct {
	const char *s;
	size_t n;
} sent;

static inline double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU seconds of the whole process: on a shared machine, sentences per
 * CPU-second measures the coder where wall time measures the neighbours. */
static inline double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static inline long peak_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static inline char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *b = malloc((size_t)n + 1);
	if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
		free(b);
		b = NULL;
	}
	fclose(f);
	if (b) {
		b[n] = 0;
		*len = (size_t)n;
	}
	return b;
}

/* The <Text> contents, whitespace collapsed, into out (at most max). */
static inline size_t extract(char *xml, sent *out, size_t max)
{
	size_t k = 0;
	char *p = xml;
	while (k < max && (p = strstr(p, "<Text>")) != NULL) {
		p += 6;
		char *e = strstr(p, "</Text>");
		if (!e)
			break;
		char *w = p, *r = p;
		int sp = 1;
		for (; r < e; r++) {
			char ch = (*r == '\n' || *r == '\t' || *r == '\r') ? ' ' : *r;
			if (ch == ' ' && sp)
				continue;
			sp = ch == ' ';
			*w++ = ch;
		}
		while (w > p && w[-1] == ' ')
			w--;
		out[k].s = p;
		out[k].n = (size_t)(w - p);
		k++;
		p = e + 7;
	}
	return k;
}

#endif
