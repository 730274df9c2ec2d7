/* Helpers shared by the subcommands: errors, numbers, diagnostics,
 * progress. No algorithm lives here. */
#include "cli.h"

#include <errno.h>  /* errno */
#include <stdarg.h> /* va_list */
#include <stdlib.h> /* strtol, strtod */
#include <string.h> /* strchr, strncmp */
#include <unistd.h> /* isatty */

int ent_cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "entente %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'entente %s --help'.\n", cmd);
	return ENT_EXIT_USAGE;
}

/* What ent_cli_getopt saw last, for ent_cli_bad_option. */
static char **opt_argv;
static const struct option *opt_long;

int ent_cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts)
{
	/* A leading ':' makes a missing value ':' rather than '?'. */
	char spec[64] = ":";
	snprintf(spec + 1, sizeof spec - 1, "%s", shortopts);
	opterr = 0;
	opt_argv = argv;
	opt_long = longopts;
	return getopt_long(argc, argv, spec, longopts, NULL);
}

int ent_cli_bad_option(const char *cmd, int c)
{
	const char *tok = opt_argv && optind > 0 ? opt_argv[optind - 1] : "";
	if (c == ':')
		return ent_cli_usage_error(cmd, "option '%s' needs a value", tok);
	if (optopt && strncmp(tok, "--", 2) != 0)
		return ent_cli_usage_error(cmd, "unknown option '-%c'", optopt);
	size_t n = strcspn(tok, "=");
	if (optopt && tok[n] == '=')
		return ent_cli_usage_error(cmd, "option '%.*s' takes no value", (int)n, tok);
	/* An abbreviation getopt_long could not settle. */
	char which[200] = "";
	size_t used = 0, matches = 0;
	for (const struct option *o = opt_long; o && o->name && n > 2; o++)
		if (!strncmp(o->name, tok + 2, n - 2) && used < sizeof which) {
			used += (size_t)snprintf(which + used, sizeof which - used, "%s--%s", matches ? ", " : "", o->name);
			matches++;
		}
	if (matches > 1)
		return ent_cli_usage_error(cmd, "option '%.*s' is ambiguous: %s", (int)n, tok, which);
	return ent_cli_usage_error(cmd, "unknown option '%.*s'", (int)n, tok);
}

int ent_cli_fatal(const char *cmd, int code)
{
	const char *msg = ent_error_last();
	fprintf(stderr, "entente %s: %s\n", cmd, msg && *msg ? msg : ent_strerror(code));
	return ENT_EXIT_FATAL;
}

int ent_cli_date_option(const char *cmd, const char *opt, const char *arg, const char **out)
{
	if (ent_date_filter_check(arg))
		return ent_cli_usage_error(cmd, "%s: %s", opt, ent_error_last());
	*out = arg;
	return ENT_EXIT_OK;
}

int ent_cli_parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int ent_cli_parse_double(const char *s, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || *end)
		return -1;
	*out = v;
	return 0;
}

static int progress_shown;

void ent_cli_print_diag(const ent_diag *d, void *payload)
{
	ent_cli_diag_state *st = payload;
	if (d->level == ENT_DIAG_ERROR)
		st->errors++;
	else
		st->warnings++;
	if (progress_shown) {
		fputc('\n', stderr);
		progress_shown = 0;
	}
	fprintf(stderr, "entente %s: ", st->cmd);
	if (d->file) {
		fputs(d->file, stderr);
		if (d->line)
			fprintf(stderr, ":%llu", (unsigned long long)d->line);
		else if (d->offset)
			fprintf(stderr, ": offset %llu", (unsigned long long)d->offset);
		fputs(": ", stderr);
	}
	fprintf(stderr, "%s: %s\n", d->level == ENT_DIAG_ERROR ? "error" : "warning", d->message);
}

void ent_cli_print_progress(const ent_progress *p, void *payload)
{
	(void)payload;
	if (p->elapsed < 2.0)
		return;
	double mb = (double)p->bytes / 1e6;
	int tty = isatty(2);
	fprintf(stderr, "%s%s: %llu documents, %.1f MB", tty ? "\r" : "", p->stage,
		(unsigned long long)p->docs, mb);
	if (p->total_bytes)
		fprintf(stderr, " of %.1f MB (%.0f%%)", (double)p->total_bytes / 1e6,
			100.0 * (double)p->bytes / (double)p->total_bytes);
	fprintf(stderr, ", %.1f MB/s, %.0f s%s", mb / p->elapsed, p->elapsed, tty ? "\033[K" : "\n");
	progress_shown = tty;
}

void ent_cli_print_frustration_progress(const ent_frustration_progress *p, void *payload)
{
	(void)payload;
	if (!isatty(2))
		return;
	fprintf(stderr, "\rfrustration (%s, %s): ", p->method == ENT_FRUSTRATION_HEURISTIC ? "heuristic" : "exact",
		p->stage);
	if (p->incumbent >= 0)
		fprintf(stderr, "best %g, bound %g, gap %g", p->incumbent, p->lower_bound,
			p->incumbent - p->lower_bound);
	else
		fprintf(stderr, "bound %g", p->lower_bound);
	fprintf(stderr, ", %.1f s", p->elapsed);
	if (p->time_limit > 0)
		fprintf(stderr, " of %g", p->time_limit);
	fputs("\033[K", stderr);
	progress_shown = 1;
}

void ent_cli_progress_done(void)
{
	if (progress_shown)
		fputc('\n', stderr);
	progress_shown = 0;
}

int ent_cli_write_stdout(const char *data, size_t len, void *payload)
{
	(void)payload;
	return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

int ent_cli_finish_stdout(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "entente: error writing standard output\n");
		return ENT_EXIT_FATAL;
	}
	return rc;
}
