/* The entente command's shared pieces: the command record, exit codes, and
 * helpers for options, diagnostics and progress. The CLI uses only the
 * public API in include/entente/. */
#ifndef ENT_CLI_H
#define ENT_CLI_H

#include <getopt.h> /* struct option */
#include <stdio.h>  /* FILE */

#include "entente/entente.h"

/* Exit codes (docs/exit-codes.md). */
enum {
	ENT_EXIT_OK = 0,      /* everything processed */
	ENT_EXIT_INPUT = 1,   /* finished, but some inputs had errors (reported on stderr) */
	ENT_EXIT_USAGE = 2,   /* bad command line */
	ENT_EXIT_FATAL = 3,   /* could not run at all (out of memory, database, output) */
};

typedef struct {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary; /* one line for `entente --help` */
} ent_cli_command;

/* Print "entente CMD: message" to stderr; returns ENT_EXIT_USAGE. */
int ent_cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* getopt_long for the subcommands: the same options, but getopt prints
 * nothing itself; a problem comes back as '?' (unknown option, or a value
 * given to an option that takes none) or ':' (a value missing), for
 * ent_cli_bad_option to name. Starts from argv[1] on the first call. */
int ent_cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts);
/* The usage error for ent_cli_getopt's '?' or ':' `c': names the option as
 * written ("unknown option '--bogus'", "option '--db' needs a value");
 * prints it as ent_cli_usage_error does and returns ENT_EXIT_USAGE. */
int ent_cli_bad_option(const char *cmd, int c);
/* Print the library's last error for a failed call; returns ENT_EXIT_FATAL. */
int ent_cli_fatal(const char *cmd, int code);

/* A --since/--until value of command `cmd`, checked by the library's one
 * date check (ent_date_filter_check): ENT_EXIT_OK with *out set, or
 * ENT_EXIT_USAGE with "entente CMD: --since: 'VALUE' is not a date ..."
 * printed. */
int ent_cli_date_option(const char *cmd, const char *opt, const char *arg, const char **out);

/* Parse a whole decimal integer / number; 0 on success, -1 otherwise. */
int ent_cli_parse_long(const char *s, long min, long max, long *out);
int ent_cli_parse_double(const char *s, double *out);

/* A diagnostics printer for ent_diag_fn: "entente: FILE:LINE: warning: MSG".
 * `payload` must point to an ent_cli_diag_state that counts errors. */
typedef struct {
	const char *cmd;
	unsigned long warnings, errors;
} ent_cli_diag_state;
void ent_cli_print_diag(const ent_diag *d, void *payload);

/* A progress printer for ent_progress_fn: one line on stderr, rewritten in
 * place on a terminal; silent for the first 2 seconds. */
void ent_cli_print_progress(const ent_progress *p, void *payload);
/* A progress printer for ent_frustration_progress_fn: on a terminal, one
 * line on stderr rewritten in place (method, stage, best value, bound,
 * gap, elapsed of the limit); nothing when stderr is not a terminal, so
 * logs and pipes stay clean. */
void ent_cli_print_frustration_progress(const ent_frustration_progress *p, void *payload);
/* End a progress line, if one was printed. */
void ent_cli_progress_done(void);

/* Write to stdout, as a library output callback (payload unused):
 * 0, or -1 when the write fails. */
int ent_cli_write_stdout(const char *data, size_t len, void *payload);

/* Flush and check stdout; returns ENT_EXIT_FATAL on a write error. */
int ent_cli_finish_stdout(int rc);

#endif
