/* entente dedup: find copies among documents: clusters of exact copies,
 * near-duplicates and reprints inside longer articles, and paragraphs that
 * recur across documents. */
#include <stdio.h>  /* printf, fputc */
#include <stdlib.h> /* malloc, calloc, free */

#include "cli.h"    /* the public API, exit codes, option helpers */
#include "inputs.h" /* reader + cleaner set-up, the per-document loop */
#include "table.h"  /* ent_cli_put_field */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente dedup [--threshold J] [--containment C] [--shingle N]\n"
		"                     [--min-paragraph-words N] [--strict] [--no-clean] PATH...\n\n"
		"Read and clean each document from PATH (as `entente clean` does) and find\n"
		"copies: the same text (exact), a light edit (near-duplicate: Jaccard similarity\n"
		"of word shingles, estimated by MinHash, at least J) and one article reprinted\n"
		"inside another (contained: at least C of its shingles occur in the other).\n"
		"Prints tab-separated records:\n\n"
		"  cluster<TAB>K<TAB>DOC<TAB>DOC...    documents linked by copies, earliest first\n"
		"  pair<TAB>A<TAB>B<TAB>KIND<TAB>JACCARD<TAB>CONTAINMENT\n"
		"      KIND is exact, near-duplicate or contained (A lies inside B); CONTAINMENT\n"
		"      is the share of A's shingles found in B (sampled 1 in 8)\n"
		"  paragraph<TAB>NDOCS<TAB>TEXT<TAB>DOC<TAB>DOC...\n"
		"      a paragraph found in NDOCS documents (case, punctuation and spacing\n"
		"      ignored); TEXT is its first 200 bytes\n\n"
		"  --threshold J          Jaccard for near-duplicates, 0 < J <= 1 (default 0.8)\n"
		"  --containment C        share for containment, 0 < C <= 1 (default 0.8)\n"
		"  --shingle N            words per shingle, 1..16 (default 5)\n"
		"  --min-paragraph-words N  shorter paragraphs are not listed (default 8)\n"
		"  --strict               invalid UTF-8 is an error that skips the record\n"
		"  --no-clean             compare the content as read, without main-text extraction\n"
		"  -h, --help             this text\n\n"
		"Exit status: 0 all processed, 1 some inputs had errors, 2 usage, 3 fatal.\n");
}

/* Print clusters with their pairs, then repeated paragraphs. Documents
 * and pairs are grouped by cluster with a counting sort on the cluster's
 * first document, so the report is linear in the corpus. Returns 0 or -1
 * when out of memory. */
static int print_report(ent_dedup *dd)
{
	size_t n = ent_dedup_count(dd), np;
	const ent_dedup_pair *p;
	ent_dedup_pairs(dd, &p, &np);
	size_t *root = malloc((n + 1) * sizeof *root);
	size_t *start = calloc(n + 2, sizeof *start);   /* documents of cluster r: members[start[r]..start[r+1]) */
	size_t *members = malloc((n + 1) * sizeof *members);
	size_t *pstart = calloc(n + 2, sizeof *pstart);
	size_t *porder = malloc((np + 1) * sizeof *porder);
	if (!root || !start || !members || !pstart || !porder) {
		free(root), free(start), free(members), free(pstart), free(porder);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		root[i] = ent_dedup_cluster(dd, i);
		start[root[i] + 1]++;
	}
	for (size_t i = 0; i < np; i++)
		pstart[root[p[i].a] + 1]++;
	for (size_t r = 0; r < n; r++) {
		start[r + 1] += start[r];
		pstart[r + 1] += pstart[r];
	}
	for (size_t i = 0; i < n; i++)
		members[start[root[i]]++] = i;
	for (size_t i = 0; i < np; i++)
		porder[pstart[root[p[i].a]]++] = i;
	/* The fills moved each start to the next cluster's; shift back. */
	for (size_t r = n; r > 0; r--) {
		start[r] = start[r - 1];
		pstart[r] = pstart[r - 1];
	}
	start[0] = pstart[0] = 0;

	size_t k = 0;
	for (size_t r = 0; r < n; r++) {
		if (start[r + 1] - start[r] < 2)
			continue;
		printf("cluster\t%zu", ++k);
		for (size_t m = start[r]; m < start[r + 1]; m++) {
			fputc('\t', stdout);
			ent_cli_put_field(ent_dedup_doc_id(dd, members[m]));
		}
		fputc('\n', stdout);
		for (size_t q = pstart[r]; q < pstart[r + 1]; q++) {
			const ent_dedup_pair *e = &p[porder[q]];
			fputs("pair\t", stdout);
			ent_cli_put_field(ent_dedup_doc_id(dd, e->a));
			fputc('\t', stdout);
			ent_cli_put_field(ent_dedup_doc_id(dd, e->b));
			printf("\t%s\t%.3f\t%.3f\n", ent_dup_kind_name(e->kind), e->jaccard, e->containment);
		}
	}
	free(root), free(start), free(members), free(pstart), free(porder);

	size_t it = 0;
	ent_dedup_paragraph para;
	while (ent_dedup_paragraph_next(dd, &it, &para) == 0) {
		printf("paragraph\t%zu\t", para.ndocs);
		ent_cli_put_field(para.text);
		for (size_t i = 0; i < para.ndocs; i++) {
			fputc('\t', stdout);
			ent_cli_put_field(ent_dedup_doc_id(dd, para.docs[i]));
		}
		fputc('\n', stdout);
	}
	return 0;
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "threshold", required_argument, NULL, 't' },
		{ "containment", required_argument, NULL, 'c' },
		{ "shingle", required_argument, NULL, 'k' },
		{ "min-paragraph-words", required_argument, NULL, 'm' },
		{ "strict", no_argument, NULL, 's' },
		{ "no-clean", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	ent_dedup_options dopts;
	ent_dedup_options_init(&dopts, ENT_DEDUP_OPTIONS_VERSION);
	int strict = 0, no_clean = 0, c;
	long v;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case 't':
			if (ent_cli_parse_double(optarg, &dopts.threshold) < 0 ||
			    !(dopts.threshold > 0 && dopts.threshold <= 1))
				return ent_cli_usage_error("dedup", "--threshold '%s' is not a number in (0, 1]", optarg);
			break;
		case 'c':
			if (ent_cli_parse_double(optarg, &dopts.containment) < 0 ||
			    !(dopts.containment > 0 && dopts.containment <= 1))
				return ent_cli_usage_error("dedup", "--containment '%s' is not a number in (0, 1]", optarg);
			break;
		case 'k':
			if (ent_cli_parse_long(optarg, 1, 16, &v) < 0)
				return ent_cli_usage_error("dedup", "--shingle '%s' is not a whole number in 1..16", optarg);
			dopts.shingle_words = (unsigned)v;
			break;
		case 'm':
			if (ent_cli_parse_long(optarg, 1, 100000, &v) < 0)
				return ent_cli_usage_error("dedup", "--min-paragraph-words '%s' is not a whole number in 1..100000", optarg);
			dopts.min_paragraph_words = (unsigned)v;
			break;
		case 's': strict = 1; break;
		case 'n': no_clean = 1; break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("dedup", c);
		}
	}
	if (optind >= argc)
		return ent_cli_usage_error("dedup", "no input: give at least one PATH (or - for standard input)");

	ent_cli_inputs in;
	ent_cli_inputs_options io = { .strict = strict, .clean = !no_clean, .mode = ENT_CLEAN_AUTO };
	ent_dedup *dd = NULL;
	int rc = ent_cli_inputs_open(&in, "dedup", argv + optind, (size_t)(argc - optind), &io);
	if (rc == 0)
		rc = ent_dedup_new(&dd, &dopts);
	ent_cli_input it;
	while (rc == 0 && (rc = ent_cli_inputs_next(&in, &it)) == 0)
		rc = ent_dedup_add(dd, NULL, it.doc->id, it.text, it.len);
	int exit_code = ent_cli_inputs_finish(&in, rc);
	if (rc == ENT_ITEROVER && print_report(dd) < 0) {
		fprintf(stderr, "entente dedup: out of memory printing the report\n");
		exit_code = ENT_EXIT_FATAL;
	}
	ent_dedup_free(dd);
	ent_cli_inputs_close(&in);
	return ent_cli_finish_stdout(exit_code);
}

const ent_cli_command ent_cmd_dedup = { "dedup", run,
					"find exact copies, near-duplicates, reprints and repeated paragraphs" };
