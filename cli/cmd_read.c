/* entente read: list the documents the reader finds, with their metadata.
 * A debugging aid for inputs: what format was seen, what title and date
 * came out, how many bytes of content. */
#include <stdio.h>  /* printf, fputs */
#include <string.h> /* strcmp */

#include "cli.h"    /* the public API, exit codes, option helpers */
#include "inputs.h" /* the reader set-up, the per-document loop */
#include "table.h"  /* ent_cli_put_field */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente read [--strict] [--json] PATH...\n\n"
		"List every document read from PATH (files, directories, - for standard input;\n"
		"text, HTML, JSON Lines or WARC, optionally gzip or zstd compressed), one line each:\n"
		"id, path, record, type, url, title, date and content bytes, separated by tabs\n"
		"(\"-\" when unknown).\n\n"
		"  --strict      invalid UTF-8 is an error that skips the record (default: repaired)\n"
		"  --json        one JSON object a line instead\n"
		"  -h, --help    this text\n\n"
		"Exit status: 0 all read, 1 some inputs had errors, 2 usage, 3 fatal.\n");
}

/* A JSON string value, or null. */
static void put_json(const char *s)
{
	if (!s) {
		fputs("null", stdout);
		return;
	}
	fputc('"', stdout);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			fputc(c, stdout);
	}
	fputc('"', stdout);
}

static void print_doc(const ent_doc *d, int json)
{
	const char *type = d->type == ENT_CONTENT_HTML ? "html" : "text";
	if (json) {
		fputs("{\"id\":", stdout);
		put_json(d->id);
		fputs(",\"path\":", stdout);
		put_json(d->path);
		printf(",\"record\":%llu,\"type\":\"%s\",\"url\":", (unsigned long long)d->record, type);
		put_json(d->url);
		fputs(",\"title\":", stdout);
		put_json(d->title);
		fputs(",\"date\":", stdout);
		put_json(d->date);
		printf(",\"bytes\":%zu,\"hash\":\"%016llx\"}\n", d->content_len, (unsigned long long)d->hash);
		return;
	}
	ent_cli_put_field(d->id);
	fputc('\t', stdout);
	ent_cli_put_field(d->path);
	printf("\t%llu\t%s\t", (unsigned long long)d->record, type);
	ent_cli_put_field(d->url);
	fputc('\t', stdout);
	ent_cli_put_field(d->title);
	fputc('\t', stdout);
	ent_cli_put_field(d->date);
	printf("\t%zu\n", d->content_len);
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "strict", no_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int strict = 0, json = 0, c;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case 's':
			strict = 1;
			break;
		case 'j':
			json = 1;
			break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("read", c);
		}
	}
	if (optind >= argc)
		return ent_cli_usage_error("read", "no input: give at least one PATH (or - for standard input)");

	ent_cli_inputs in;
	ent_cli_inputs_options io = { .strict = strict, .clean = 0, .mode = ENT_CLEAN_AUTO };
	int rc = ent_cli_inputs_open(&in, "read", argv + optind, (size_t)(argc - optind), &io);
	if (rc < 0)
		return ent_cli_fatal("read", rc);
	ent_cli_input it;
	while ((rc = ent_cli_inputs_next(&in, &it)) == 0)
		print_doc(it.doc, json);
	int exit_code = ent_cli_inputs_finish(&in, rc);
	ent_cli_inputs_close(&in);
	return ent_cli_finish_stdout(exit_code);
}

const ent_cli_command ent_cmd_read = { "read", run, "list the documents in inputs, with their metadata" };
