/* The parser on sentences written for this test (none is from a treebank):
 * the relations the coder relies on (subject, object, passive subject and
 * agent, negation, relative clause), byte spans into the caller's text,
 * sentences longer than one tree, bad arguments, and many threads sharing
 * one model. */
#include "harness.h"

#include <pthread.h>
#include <string.h> /* strcmp, strlen */

#include "entente/parse.h"

static ent_parse_model *model;

static int load(void)
{
	if (!model)
		CHECK_INT_EQ(ent_parse_model_load(&model, NULL), 0);
	return model != NULL;
}

/* The word with this form (the first), or NULL. */
static const ent_parse_word *word(const ent_parse_sentence *s, const char *form)
{
	for (size_t i = 0; i < s->count; i++)
		if (!strcmp(s->words[i].form, form))
			return &s->words[i];
	return NULL;
}

/* dependent `d` has head `h` with relation `rel` */
static int arc(const ent_parse_sentence *s, const char *d, const char *h, const char *rel)
{
	const ent_parse_word *dw = word(s, d), *hw = h ? word(s, h) : NULL;
	if (!dw || (!hw && h))
		return 0;
	uint32_t hid = hw ? (uint32_t)(hw - s->words) + 1 : 0;
	if (dw->head != hid || strcmp(dw->deprel, rel) != 0) {
		printf("  %s -> head %u %s, expected %s %s\n", d, dw->head, dw->deprel, h ? h : "ROOT", rel);
		return 0;
	}
	return 1;
}

static int parse(ent_parser *p, ent_parse_sentence *s, const char *text)
{
	size_t n = strlen(text);
	return ent_parser_parse(s, p, text, n, (ent_span){ 0, n });
}

static void test_relations(void)
{
	if (!load())
		return;
	ent_parser *p = NULL;
	CHECK_INT_EQ(ent_parser_new(&p, model), 0);
	ent_parse_sentence s;
	CHECK_INT_EQ(parse(p, &s, "The rebels attacked the convoy on Tuesday."), 0);
	CHECK_INT_EQ(s.count, 8);
	CHECK(arc(&s, "attacked", NULL, "root"));
	CHECK(arc(&s, "rebels", "attacked", "nsubj"));
	CHECK(arc(&s, "convoy", "attacked", "obj"));
	CHECK(arc(&s, "Tuesday", "attacked", "obl"));
	CHECK_STR_EQ(word(&s, "attacked")->lemma, "attack");
	CHECK_INT_EQ(word(&s, "attacked")->upos, ENT_UPOS_VERB);
	CHECK_STR_EQ(word(&s, "attacked")->xpos, "VBD");

	CHECK_INT_EQ(parse(p, &s, "The embassy was closed by the government."), 0);
	CHECK(arc(&s, "embassy", "closed", "nsubj:pass"));
	CHECK(arc(&s, "government", "closed", "obl:agent"));
	CHECK(arc(&s, "was", "closed", "aux:pass"));

	CHECK_INT_EQ(parse(p, &s, "They didn't sign the agreement."), 0);
	CHECK_INT_EQ(s.count, 7); /* They did n't sign the agreement . */
	CHECK(arc(&s, "n't", "sign", "advmod"));
	CHECK_STR_EQ(word(&s, "n't")->lemma, "not");
	CHECK_STR_EQ(word(&s, "did")->lemma, "do");
	CHECK_INT_EQ(word(&s, "did")->token, word(&s, "n't")->token);

	CHECK_INT_EQ(parse(p, &s, "The minister who resigned yesterday criticized the new law."), 0);
	CHECK(arc(&s, "resigned", "minister", "acl:relcl"));
	CHECK(arc(&s, "minister", "criticized", "nsubj"));
	CHECK(arc(&s, "law", "criticized", "obj"));
	ent_parser_free(p);
}

/* Lemmas of words the treebank may lack: regular endings, and irregular
 * forms (the lexicon learnt from the treebank and WordNet's lists). */
static void test_lemmas(void)
{
	if (!load())
		return;
	ent_parser *p = NULL;
	CHECK_INT_EQ(ent_parser_new(&p, model), 0);
	ent_parse_sentence s;
	CHECK_INT_EQ(parse(p, &s, "The militias regrouped and resumed shelling the villages."), 0);
	CHECK_STR_EQ(word(&s, "militias")->lemma, "militia");
	CHECK_STR_EQ(word(&s, "regrouped")->lemma, "regroup");
	CHECK_STR_EQ(word(&s, "resumed")->lemma, "resume");
	CHECK_STR_EQ(word(&s, "shelling")->lemma, "shell");
	CHECK_STR_EQ(word(&s, "villages")->lemma, "village");
	CHECK_INT_EQ(parse(p, &s, "Their forces fled and their leaders were taken."), 0);
	CHECK_STR_EQ(word(&s, "fled")->lemma, "flee");
	CHECK_STR_EQ(word(&s, "taken")->lemma, "take");
	CHECK_STR_EQ(word(&s, "were")->lemma, "be");
	CHECK_STR_EQ(word(&s, "leaders")->lemma, "leader");
	ent_parser_free(p);
}

/* Offsets are into the caller's whole text; forms are the bytes they cover. */
static void test_spans(void)
{
	if (!load())
		return;
	ent_parser *p = NULL;
	CHECK_INT_EQ(ent_parser_new(&p, model), 0);
	const char *text = "Intro. Baku's envoys met officials in Tel Aviv.";
	ent_parse_sentence s;
	CHECK_INT_EQ(ent_parser_parse(&s, p, text, strlen(text), (ent_span){ 7, strlen(text) }), 0);
	CHECK_INT_EQ(s.span.start, 7);
	CHECK_INT_EQ(s.count, 9); /* Baku 's envoys met officials in Tel Aviv . */
	size_t roots = 0;
	for (size_t i = 0; i < s.count; i++) {
		const ent_parse_word *w = &s.words[i];
		CHECK(w->start >= 7 && w->end <= strlen(text) && w->start < w->end);
		CHECK(strlen(w->form) == w->end - w->start && !strncmp(w->form, text + w->start, w->end - w->start));
		CHECK(w->head <= s.count && w->head != i + 1);
		roots += w->head == 0;
	}
	CHECK_INT_EQ(roots, 1);
	CHECK(arc(&s, "'s", "Baku", "case"));
	CHECK(arc(&s, "Baku", "envoys", "nmod:poss"));
	/* An empty span is an empty sentence; one outside the text is refused. */
	CHECK_INT_EQ(ent_parser_parse(&s, p, text, strlen(text), (ent_span){ 3, 3 }), 0);
	CHECK_INT_EQ(s.count, 0);
	CHECK_INT_EQ(ent_parser_parse(&s, p, text, 5, (ent_span){ 0, 9 }), ENT_EINVAL);
	const char *forms[] = { "Peace", "", "now" };
	CHECK_INT_EQ(ent_parser_parse_words(&s, p, forms, 3), ENT_EINVAL);
	ent_parser_free(p);
}

/* Over ENT_PARSE_MAX_WORDS words: pieces, each one tree. */
static void test_long(void)
{
	if (!load())
		return;
	ent_parser *p = NULL;
	CHECK_INT_EQ(ent_parser_new(&p, model), 0);
	static const char *const cycle[] = { "troops", "crossed", "the", "river", "and", "," };
	enum { N = 1300 };
	const char *forms[N];
	for (size_t i = 0; i < N; i++)
		forms[i] = cycle[i % 6];
	ent_parse_sentence s;
	CHECK_INT_EQ(ent_parser_parse_words(&s, p, forms, N), 0);
	CHECK_INT_EQ(s.count, N);
	size_t roots = 0;
	for (size_t i = 0; i < s.count; i++) {
		uint32_t h = s.words[i].head;
		size_t piece = i / ENT_PARSE_MAX_WORDS;
		CHECK(h == 0 || (h - 1) / ENT_PARSE_MAX_WORDS == piece);
		roots += h == 0;
	}
	CHECK_INT_EQ(roots, (N + ENT_PARSE_MAX_WORDS - 1) / ENT_PARSE_MAX_WORDS);
	ent_parser_free(p);
}

static const char *const texts[] = {
	"Israel and Azerbaijan signed a defence agreement in 2016.",
	"Iran accused Baku of hosting Israeli drones, which it denied.",
	"Turkey will not restore ties unless the blockade is lifted.",
	"Officials said that talks would resume next week in Geneva.",
};

typedef struct {
	char out[4][2048];
} thread_result;

static void describe(char *out, size_t cap, const ent_parse_sentence *s)
{
	size_t at = 0;
	for (size_t i = 0; i < s->count && at < cap; i++)
		at += (size_t)snprintf(out + at, cap - at, "%s/%s/%u/%s ", s->words[i].lemma,
				       s->words[i].xpos, s->words[i].head, s->words[i].deprel);
}

static void *worker(void *arg)
{
	thread_result *r = arg;
	ent_parser *p = NULL;
	if (ent_parser_new(&p, model) != 0)
		return NULL;
	for (int round = 0; round < 50; round++)
		for (int k = 0; k < 4; k++) {
			ent_parse_sentence s;
			if (parse(p, &s, texts[k]) == 0)
				describe(r->out[k], sizeof r->out[k], &s);
		}
	ent_parser_free(p);
	return NULL;
}

static void test_threads(void)
{
	if (!load())
		return;
	static thread_result one, many[4];
	worker(&one);
	pthread_t th[4];
	for (int i = 0; i < 4; i++)
		CHECK_INT_EQ(pthread_create(&th[i], NULL, worker, &many[i]), 0);
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	for (int i = 0; i < 4; i++)
		for (int k = 0; k < 4; k++)
			CHECK_STR_EQ(many[i].out[k], one.out[k]);
	CHECK(strlen(one.out[0]) > 20);
}

static void test_names(void)
{
	CHECK_STR_EQ(ent_upos_name(ENT_UPOS_PROPN), "PROPN");
	CHECK_INT_EQ(ent_upos_from_name("SCONJ"), ENT_UPOS_SCONJ);
	CHECK_INT_EQ(ent_upos_from_name("XYZ"), ENT_UPOS_NONE);
	CHECK_INT_EQ(ent_dep_from_name("nsubj:pass"), ENT_DEP_NSUBJ);
	CHECK_INT_EQ(ent_dep_from_name("obl"), ENT_DEP_OBL);
	CHECK_INT_EQ(ent_dep_from_name("ob"), ENT_DEP_NONE);
	CHECK_STR_EQ(ent_dep_name(ENT_DEP_ACL), "acl");
}

static void test_done(void) { ent_parse_model_free(model); model = NULL; }

static const ent_test_case tests[] = {
	{ "relations", test_relations },
	{ "lemmas", test_lemmas },
	{ "spans", test_spans },
	{ "long", test_long },
	{ "threads", test_threads },
	{ "names", test_names },
	{ "done", test_done },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
