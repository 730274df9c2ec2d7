/* entente sentences: read, clean and segment documents, one sentence a
 * line with byte offsets into the cleaned text. */
#include <stdio.h>  /* printf, fputc */

#include "cli.h"    /* the public API, exit codes, option helpers */
#include "inputs.h" /* reader + cleaner set-up, the per-document loop */
#include "table.h"  /* ent_cli_put_field */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente sentences [--strict] [--no-clean] [--words] [--icu-only] PATH...\n\n"
		"Read each document from PATH (files, directories, - for standard input; text,\n"
		"HTML, JSON Lines or WARC, optionally gzip or zstd compressed), extract its main\n"
		"text as `entente clean` does, and split that into sentences. One line a sentence:\n\n"
		"  DOC<TAB>INDEX<TAB>START<TAB>END<TAB>TEXT\n\n"
		"DOC is the document id (as `entente read` shows it), INDEX the sentence number in\n"
		"the document, from 1 as in every output, START and END byte offsets into the cleaned text (END\n"
		"excluded), TEXT the sentence with line breaks and tabs printed as spaces.\n"
		"A blank line always ends a sentence; a single line break inside a paragraph\n"
		"does not.\n\n"
		"  --strict      invalid UTF-8 is an error that skips the record (default: repaired)\n"
		"  --no-clean    segment the content as read, without main-text extraction\n"
		"  --words       print word tokens instead, one a line:\n"
		"                DOC<TAB>SENTENCE<TAB>START<TAB>END<TAB>TYPE<TAB>NORM\n"
		"                (TYPE is word, number or punct; NORM the lower-case form)\n"
		"  --icu-only    ICU's sentence boundaries without entente's fix-ups (comparison)\n"
		"  -h, --help    this text\n\n"
		"Exit status: 0 all processed, 1 some inputs had errors, 2 usage, 3 fatal.\n");
}

/* s[0..n) with tabs and line breaks as spaces. */
static void put_text(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], stdout);
}

/* Segment one document's text and print it; 0 or a library error code. */
static int print_document(ent_segmenter *seg, const char *id, const char *text, size_t len,
			  int words)
{
	const ent_span *s;
	size_t n;
	int rc = ent_segmenter_sentences(seg, &s, &n, text, len);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < n; i++) {
		if (!words) {
			ent_cli_put_field(id);
			printf("\t%zu\t%zu\t%zu\t", i + 1, s[i].start, s[i].end);
			put_text(text + s[i].start, s[i].end - s[i].start);
			fputc('\n', stdout);
			continue;
		}
		const ent_token *t;
		size_t nt;
		rc = ent_segmenter_words(seg, &t, &nt, text, len, s[i]);
		if (rc < 0)
			return rc;
		for (size_t k = 0; k < nt; k++) {
			ent_cli_put_field(id);
			printf("\t%zu\t%zu\t%zu\t%s\t", i + 1, t[k].start, t[k].end,
			       ent_token_type_name(t[k].type));
			put_text(t[k].norm, t[k].norm_len);
			fputc('\n', stdout);
		}
	}
	return 0;
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "strict", no_argument, NULL, 's' },
		{ "no-clean", no_argument, NULL, 'n' },
		{ "words", no_argument, NULL, 'w' },
		{ "icu-only", no_argument, NULL, 'i' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int strict = 0, no_clean = 0, words = 0, icu_only = 0, c;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case 's': strict = 1; break;
		case 'n': no_clean = 1; break;
		case 'w': words = 1; break;
		case 'i': icu_only = 1; break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("sentences", c);
		}
	}
	if (optind >= argc)
		return ent_cli_usage_error("sentences",
					   "no input: give at least one PATH (or - for standard input)");

	ent_segmenter_options sopts;
	ent_segmenter_options_init(&sopts, ENT_SEGMENTER_OPTIONS_VERSION);
	sopts.icu_only = icu_only;

	ent_cli_inputs in;
	ent_cli_inputs_options io = { .strict = strict, .clean = !no_clean, .mode = ENT_CLEAN_AUTO };
	ent_segmenter *seg = NULL;
	int rc = ent_cli_inputs_open(&in, "sentences", argv + optind, (size_t)(argc - optind), &io);
	if (rc == 0)
		rc = ent_segmenter_new(&seg, &sopts);
	ent_cli_input it;
	while (rc == 0 && (rc = ent_cli_inputs_next(&in, &it)) == 0) {
		rc = print_document(seg, it.doc->id, it.text, it.len, words);
		if (rc < 0 && rc != ENT_ENOMEM) {
			/* e.g. a document beyond ICU's 2 GiB limit: skip it, go on. */
			ent_cli_inputs_doc_error(&in, it.doc, rc);
			rc = 0;
		}
	}
	int exit_code = ent_cli_inputs_finish(&in, rc);
	ent_segmenter_free(seg);
	ent_cli_inputs_close(&in);
	return ent_cli_finish_stdout(exit_code);
}

const ent_cli_command ent_cmd_sentences = { "sentences", run,
					    "split documents' main text into sentences, with byte offsets" };
