/* entente clean: print each document's main text, or with --explain every
 * block with the cleaner's decision and reason. */
#include <stdio.h>  /* printf, fprintf */

#include "cli.h"    /* the public API, exit codes, option helpers */
#include "inputs.h" /* reader + cleaner set-up, the per-document loop */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente clean [--explain] [--text | --html] [--strict] PATH...\n\n"
		"Print each article's main text without the site around it (menus, share buttons,\n"
		"image credits, teasers of other articles): a header line per document,\n"
		"\"# doc ID\" with its title and date when known, then its paragraphs separated by\n"
		"blank lines. PATH is a file (text, HTML, JSON Lines, WARC; gzip or zstd), a\n"
		"directory (read recursively) or - for standard input.\n\n"
		"  -e, --explain   print every block instead: KEEP or DROP, input line, kind,\n"
		"                  the reason, and the block's text\n"
		"      --text      treat every input as flattened text, even HTML\n"
		"      --html      treat every input as HTML\n"
		"      --strict    invalid UTF-8 is an error instead of being repaired\n"
		"  -h, --help      this text\n\n"
		"Exit status: 0 all inputs cleaned, 1 some inputs had errors, 2 usage, 3 fatal.\n");
}

static void print_header(const ent_doc *d, const ent_clean_result *r)
{
	const char *title = d->title && *d->title ? d->title : r->title;
	const char *date = d->date && *d->date ? d->date : r->date;
	printf("# doc %s", d->id);
	if (title)
		printf("  title: %s", title);
	if (date)
		printf("  date: %s", date);
	putchar('\n');
}

static void print_explain(const ent_clean_result *r)
{
	for (size_t i = 0; i < r->nblocks; i++) {
		const ent_clean_block *b = &r->blocks[i];
		printf("%s %5llu %-10s %-34s | %s\n", b->keep ? "KEEP" : "DROP", (unsigned long long)b->line,
		       ent_clean_kind_name(b->kind), b->reason, b->text);
	}
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "explain", no_argument, NULL, 'e' },
		{ "text", no_argument, NULL, 't' },
		{ "html", no_argument, NULL, 'H' },
		{ "strict", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int explain = 0, strict = 0, c;
	ent_clean_mode mode = ENT_CLEAN_AUTO;
	while ((c = ent_cli_getopt(argc, argv, "eh", opts)) != -1) {
		switch (c) {
		case 'e': explain = 1; break;
		case 't': mode = ENT_CLEAN_AS_TEXT; break;
		case 'H': mode = ENT_CLEAN_AS_HTML; break;
		case 's': strict = 1; break;
		case 'h': usage(stdout); return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("clean", c);
		}
	}
	if (optind >= argc)
		return ent_cli_usage_error("clean", "no input: give PATH... (- for standard input)");

	ent_cli_inputs in;
	ent_cli_inputs_options io = { .strict = strict, .clean = 1, .mode = mode };
	int rc = ent_cli_inputs_open(&in, "clean", argv + optind, (size_t)(argc - optind), &io);
	if (rc)
		return ent_cli_fatal("clean", rc);
	int first = 1;
	ent_cli_input it;
	while ((rc = ent_cli_inputs_next(&in, &it)) == 0) {
		if (!first)
			putchar('\n');
		first = 0;
		print_header(it.doc, it.clean);
		if (explain)
			print_explain(it.clean);
		else if (it.len)
			printf("%s\n", it.text);
	}
	int exit_rc = ent_cli_inputs_finish(&in, rc);
	ent_cli_inputs_close(&in);
	return ent_cli_finish_stdout(exit_rc);
}

const ent_cli_command ent_cmd_clean = { "clean", run, "print each article's main text (--explain: every block and why)" };
