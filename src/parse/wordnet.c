/* WordNet (Debian's wordnet-base, /usr/share/wordnet) as a source of
 * lemmas for training: the words of its index files are lemmas that exist,
 * which lets the lemmatiser choose between the rules of an unknown word's
 * endings ("regrouped": "regroup", not "regrou"), and its exception lists
 * give irregular forms the treebank lacks ("outran" -> "outrun"). Only
 * what training derives from them goes into the model. */
#include "parse/lemma.h"

#include <errno.h>  /* errno */
#include <stdio.h>  /* fopen, getline */
#include <stdlib.h> /* free: getline's buffer */
#include <string.h> /* strcmp, strcspn */

#include "util/buf.h"   /* ent_buf_printf */
#include "util/error.h" /* ent_error_set */

typedef struct {
	const char *file;
	ent_upos upos;           /* the lemmas' universal tag */
	const char *xpos[3];     /* the Penn tags of the exception list's forms */
} part;

static const part PARTS[] = {
	{ "noun", ENT_UPOS_NOUN, { "NNS", NULL, NULL } },
	{ "verb", ENT_UPOS_VERB, { "VBD", "VBN", "VBG" } },
	{ "adj", ENT_UPOS_ADJ, { "JJR", "JJS", NULL } },
	{ "adv", ENT_UPOS_ADV, { "RBR", "RBS", NULL } },
};

/* Each line of dir/name: lines starting with a space (the licence) are
 * skipped; `fn` gets the first two space-separated fields. */
static int each_line(const char *dir, const char *name, int (*fn)(void *, char *, char *),
		     void *payload)
{
	ent_buf path = ENT_BUF_INIT;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(&path, "%s/%s", dir, name));
	FILE *f = fopen(path.ptr, "r");
	if (!f) {
		int rc = ent_error_set(ENT_ENOTFOUND, "%s: cannot open WordNet file: %s", path.ptr,
				       strerror(errno));
		ent_buf_dispose(&path);
		return rc;
	}
	char *line = NULL;
	size_t cap = 0;
	int rc = 0;
	while (rc == 0 && getline(&line, &cap, f) > 0) {
		if (line[0] == ' ' || line[0] == '\n')
			continue;
		char *a = line, *b = line + strcspn(line, " \n");
		if (*b == ' ') {
			*b++ = 0;
			b[strcspn(b, " \n")] = 0;
		} else {
			*b = 0;
		}
		/* multiword entries ("give_up") are not single words */
		if (!strchr(a, '_') && !strchr(b, '_'))
			rc = fn(payload, a, b);
	}
	free(line);
	fclose(f);
	ent_buf_dispose(&path);
	return rc;
}

typedef struct {
	ent_lemma_builder *b;
	const ent_parse_model *m;
	const part *p;
} ctx;

static int known(void *payload, char *lemma, char *rest)
{
	(void)rest;
	ctx *c = payload;
	return ent_lemma_builder_add_known(c->b, lemma, strlen(lemma), c->p->upos);
}

static int exception(void *payload, char *form, char *lemma)
{
	ctx *c = payload;
	if (!*lemma)
		return 0;
	for (int k = 0; k < 3 && c->p->xpos[k]; k++)
		for (uint32_t t = 0; t < c->m->ntags; t++)
			if (c->m->tag_upos[t] == c->p->upos && !strcmp(c->m->tag_xpos[t], c->p->xpos[k]))
				ENT_FORWARD_IF_ERROR(ent_lemma_builder_add_exception(c->b, form, strlen(form),
										     t, lemma));
	return 0;
}

int ent_lemma_builder_add_wordnet(ent_lemma_builder *b, const ent_parse_model *m, const char *dir)
{
	for (size_t i = 0; i < sizeof PARTS / sizeof *PARTS; i++) {
		ctx c = { b, m, &PARTS[i] };
		char name[32];
		snprintf(name, sizeof name, "index.%s", PARTS[i].file);
		ENT_FORWARD_IF_ERROR(each_line(dir, name, known, &c));
		snprintf(name, sizeof name, "%s.exc", PARTS[i].file);
		ENT_FORWARD_IF_ERROR(each_line(dir, name, exception, &c));
	}
	return 0;
}
