/* Coder mechanics on a small dictionary written for the test. */
#include <stdio.h>
#include <string.h>

#include "entente/code.h"
#include "harness.h"

static const char actors[] =
	"actor AZE country\nname Azerbaijan\nadj Azerbaijani; Azeri\ncapital Baku\ndesc Caspian republic\nneighbour ARM; IRN; TUR\n"
	"actor ISR country\nname Israel\nadj Israeli\ncapital Jerusalem\n"
	"actor TUR country\nname Turkey\nadj Turkish\ncapital Ankara\n"
	"actor IRN country\nname Iran\nadj Iranian\ncapital Tehran\nneighbour AZE; ARM; TUR\n"
	"actor ARM country\nname Armenia\nadj Armenian\ncapital Yerevan\n"
	"actor RUS country\nname Russia\nadj Russian\ncapital Moscow\nalias Kremlin -> GOV\n"
	"person Ilham Aliyev; Aliyev\nrole AZEGOV 2003-10-31 -\n";
static const char agents[] = "agent GOV: government; president; foreign minister\nagent MIL: army; troops\nagent UAF: gunmen\n";
static const char verbs[] =
	"code 161\nrecall * from T\ncode 111\ncondemn T; criticize T\ncode 070\nprovide * to T\n"
	"code 042\nvisit T\ncode 051\nsupport T\ncode 170\npunish T; punishment of T\n"
	"code 143\nstrike; go on strike\ncode 190\nstrike T\ncode 046\nhold * talks\n";
static const char relations[] =
	"relation ally + 1.0: closest ally; ally\nrelation enemy - 1.0: archenemy\n"
	"relation partner + 0.8: strategic partner\nrelation friend + 0.3: rapprochement\nrelation rival - 0.8: rivalry\n"
	"relation hostile - 0.9: war with\n"
	"relation tension - 0.5: at odds; in open confrontation\nrelation friend + 0.6: friend\nrelation kin + 0.8: brothers\n";
static const char cameo[] = "111\tcriticize\t-2.0\t3\tACCUSE\tdisapprove\t-\n070\tprovide aid\t7.0\t2\tAID\t-\t-\n";

typedef struct {
	char lines[32][160];
	int n;
} results;

static int on_event(const ent_event *ev, void *payload)
{
	results *r = payload;
	if (r->n < 32) {
		if (ev->kind == ENT_KIND_RELATION)
			snprintf(r->lines[r->n++], 160, "REL %s %s %s %+d%s%s%s", ev->source, ev->target, ev->relation_type,
				 ev->relation_sign, ev->negated ? " neg" : "", ev->modality ? " " : "",
				 ev->modality ? ent_modality_name(ev->modality) : "");
		else
			snprintf(r->lines[r->n++], 160, "%s %s %s%s %s %s", ev->source, ev->target, ev->code, ev->negated ? " neg" : "",
				 ent_modality_name(ev->modality), ev->date);
	}
	return 0;
}

static ent_lexicon *lexicon(void)
{
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "actors/a.txt", actors, strlen(actors), ENT_DICT_ACTORS), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "agents.txt", agents, strlen(agents), ENT_DICT_AGENTS), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "verbs.txt", verbs, strlen(verbs), ENT_DICT_VERBS), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "relations.txt", relations, strlen(relations), ENT_DICT_RELATIONS), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "cameo.tsv", cameo, strlen(cameo), ENT_DICT_CAMEO), 0);
	CHECK_INT_EQ(ent_lexicon_finish(lx), 0);
	return lx;
}

/* Code `text` as one document dated 2021-05-01; the records joined by " | ". */
static void code(const char *text, char *out, size_t cap)
{
	ent_lexicon *lx = lexicon();
	ent_coder *c = NULL;
	CHECK_INT_EQ(ent_coder_new(&c, lx, NULL), 0);
	results r = { .n = 0 };
	CHECK_INT_EQ(ent_coder_code_doc(c, "d", "2021-05-01", text, strlen(text), on_event, &r), 0);
	out[0] = 0;
	for (int i = 0; i < r.n; i++) {
		if (i)
			strncat(out, " | ", cap - strlen(out) - 1);
		strncat(out, r.lines[i], cap - strlen(out) - 1);
	}
	ent_coder_free(c);
	ent_lexicon_free(lx);
}

#define EXPECT(text, want)                                  \
	do {                                                \
		char got_[2048];                            \
		code(text, got_, sizeof got_);              \
		CHECK_STR_EQ(got_, want);                   \
	} while (0)

static void test_code_coder__compound_and_passive(void)
{
	EXPECT("Israel and Turkey recalled their ambassadors from Iran.",
	       "ISR IRN 161 asserted 2021-05-01 | TUR IRN 161 asserted 2021-05-01");
	EXPECT("Weapons were provided by Israel to Azerbaijan.", "ISR AZE 070 asserted 2021-05-01");
}

static void test_code_coder__negation_and_modality(void)
{
	EXPECT("Turkey did not condemn Israel.", "TUR ISR 111 neg asserted 2021-05-01");
	EXPECT("Iran may condemn Israel.", "IRN ISR 111 possible 2021-05-01");
	EXPECT("Ankara said that Iran condemned Israel.", "IRN ISR 111 reported 2021-05-01");
	/* CAMEO: a visit announced is an expressed intent to meet (036) */
	EXPECT("Turkey will visit Azerbaijan.", "TUR AZE 036 intended 2021-05-01");
}

static void test_code_coder__metonymy_agents_dates(void)
{
	EXPECT("The Kremlin condemned the Azerbaijani army.", "RUSGOV AZEMIL 111 asserted 2021-05-01");
	EXPECT("In 2020, Ankara provided drones to Baku.", "TURGOV AZEGOV 070 asserted 2020");
	EXPECT("Aliyev criticized Armenia on 12 March 2019.", "AZEGOV ARM 111 asserted 2019-03-12");
	/* a date is its own clause's: not a relative clause's, and each of two
	 * clauses its own (without the tree: the window's clauses) */
	EXPECT("Azerbaijan, which visited Israel in 1994, condemned Armenia.",
	       "AZE ISR 042 asserted 1994 | AZE ARM 111 asserted 2021-05-01");
	EXPECT("In 2008, Russia condemned Iran, and in 2020, Turkey condemned Armenia.",
	       "RUS IRN 111 asserted 2008 | TUR ARM 111 asserted 2020");
}

static void test_code_coder__coreference(void)
{
	EXPECT("Israel is rich. It condemned Iran.", "ISR IRN 111 asserted 2021-05-01");
	EXPECT("Israel visited the Caspian republic.", "ISR AZE 042 asserted 2021-05-01");
	EXPECT("Turkey met Azerbaijan. Iran condemned the two states.",
	       "IRN TUR 111 asserted 2021-05-01 | IRN AZE 111 asserted 2021-05-01");
	EXPECT("Turkey praised Azerbaijan. Iran condemned its northern neighbour.", "IRN AZE 111 asserted 2021-05-01");
	EXPECT("Israel's support for Azerbaijan grew.", "ISR AZE 051 asserted 2021-05-01");
}

/* a plural demonym names the people ("Armenians drew"); the bare adjective
 * before a noun names no party ("Armenian interests") */
static void test_code_coder__plural_demonym(void)
{
	EXPECT("Israel's punishment of Armenians drew criticism.", "ISR ARM 170 asserted 2021-05-01");
	EXPECT("Turkey punished the Armenians for the attack.", "TUR ARM 170 asserted 2021-05-01");
	EXPECT("Turkey punished Armenian interests.", "");
}

/* a sector alone that names no party (unidentified gunmen) fills its slot
 * and codes nothing; other sectors alone code as "---" with the sector */
static void test_code_coder__nameless_sector(void)
{
	EXPECT("Gunmen condemned Israel.", "");
	EXPECT("Turkey condemned the gunmen.", "");
	EXPECT("Troops condemned Israel.", "---MIL ISR 111 asserted 2021-05-01");
}

static void test_code_coder__relations(void)
{
	EXPECT("Turkey is Azerbaijan's closest ally.", "REL TUR AZE ally +1");
	EXPECT("Israel gets a foothold against Iran, its archenemy.", "REL IRN ISR enemy -1");
	EXPECT("Israel considers Azerbaijan a strategic partner.", "REL ISR AZE partner +1");
	EXPECT("The Turkish-Israeli rapprochement continued.", "REL TUR ISR friend +1");
	EXPECT("Azerbaijan's ally Turkey objected.", "REL TUR AZE ally +1");
	EXPECT("There is an old rivalry between Iran and Israel.", "REL IRN ISR rival -1");
	EXPECT("Turkey, which is Azerbaijan's closest ally, condemned Armenia.",
	       "TUR ARM 111 asserted 2021-05-01 | REL TUR AZE ally +1");
	EXPECT("Iran is not an ally of Israel.", "REL IRN ISR ally +1 neg");
	/* a tie the text supposes or only deems possible is not stated */
	EXPECT("Iran may become Russia's ally.", "REL IRN RUS ally +1 possible");
	/* (without a tree only the window's "will" is read; test_syntax sees
	 * the supposition) */
	EXPECT("It would be foolish to assume that Iran will be an ally of Russia.", "REL IRN RUS ally +1 intended");
}

static void test_code_coder__pronoun_scope(void)
{
	/* "it" across sentences only for an actor subject; "its" in a
	 * relative clause is the clause's antecedent */
	EXPECT("Such an alignment is costly. It condemned Iran.", "");
	EXPECT("Israel is rich. It condemned Iran.", "ISR IRN 111 asserted 2021-05-01");
	EXPECT("Azerbaijan praised Israel, which condemned Iran.", "ISR IRN 111 asserted 2021-05-01");
	EXPECT("Israel announced an embargo on arms provided to Azerbaijan.", "ISR AZE 070 neg asserted 2021-05-01");
}

static void test_code_coder__bad_input(void)
{
	char out[2048];
	code("", out, sizeof out);
	CHECK_STR_EQ(out, "");
	static char big[100001];
	for (size_t i = 0; i < 100000; i++)
		big[i] = "Israel condemned Iran and "[i % 26];
	code(big, out, sizeof out);
	CHECK(strlen(out) > 0);
	code("Azərbaycan İsrailə qarşı sərt bəyanat verdi. 土耳其 谴责 以色列。", out, sizeof out);
	CHECK_STR_EQ(out, "");
}

static void test_code_coder__formats(void)
{
	ent_event ev;
	memset(&ev, 0, sizeof ev);
	ev.doc = "a\"b";
	ev.date = "2020";
	ev.kind = ENT_KIND_EVENT;
	ev.source = "ISR";
	ev.target = "AZE";
	ev.code = "070";
	ev.goldstein = 7;
	ev.quad = 2;
	ev.plover = "AID";
	ev.mode = "";
	ev.relation_type = "";
	ev.text = "Israel\tgave.";
	ev.sentence_end = 12;
	ev.span_end = 6;
	ent_buf b = ENT_BUF_INIT;
	CHECK_INT_EQ(ent_event_format_jsonl(&b, &ev), 0);
	CHECK_STR_EQ(b.ptr, "{\"doc\":\"a\\\"b\",\"sentence\":1,\"date\":\"2020\",\"kind\":\"event\",\"source\":\"ISR\","
			    "\"target\":\"AZE\",\"code\":\"070\",\"goldstein\":7.0,\"quad\":2,\"plover\":\"AID\",\"mode\":\"\","
			    "\"relation\":null,\"negated\":false,\"modality\":\"asserted\",\"span\":[0,6],\"text\":\"Israel\\tgave.\"}\n");
	ent_buf_dispose(&b);
	CHECK_INT_EQ(ent_event_format_tsv(&b, &ev), 0);
	CHECK_STR_EQ(b.ptr, "2020\tISR\tAZE\t070\ta\"b\t1\tevent\t7.0\t2\tAID\t\t\t\t0\tasserted\t0\t6\tIsrael gave.\n");
	ent_buf_dispose(&b);
}

/* "war with" also reads "war between X and Y" */
static void test_code_coder__between_cue(void)
{
	EXPECT("The war between Armenia and Azerbaijan ended.", "REL ARM AZE hostile -1");
	EXPECT("Armenia fought a war with Azerbaijan.", "REL ARM AZE hostile -1");
}

/* "criticized Armenia for supporting Iran": the object before "for" or
 * "of" does the -ing verb */
static void test_code_coder__gerund_after_object(void)
{
	EXPECT("Turkey criticized Armenia for supporting Iran.",
	       "TUR ARM 111 asserted 2021-05-01 | ARM IRN 051 asserted 2021-05-01");
}

/* of two codes for the same verb, the more specific pattern wins, whichever
 * comes first in the file: an armed strike on someone, not a labour strike */
static void test_code_coder__most_specific_code(void)
{
	EXPECT("Turkey struck Armenia on Monday.", "TUR ARM 190 asserted 2021-05-01");
	/* talks held in one member's capital are between the two */
	EXPECT("Turkey and Armenia held new border talks in Ankara.",
	       "TUR ARM 046 asserted 2021-05-01 | ARM TUR 046 asserted 2021-05-01");
	/* an attack on a state's city or positions is on the state */
	EXPECT("Turkey struck the Armenian city of Gyumri.", "TUR ARM 190 asserted 2021-05-01");
	EXPECT("Turkey struck Armenian military positions.", "TUR ARM 190 asserted 2021-05-01");
}

/* "X condemned the decision and supported Y": the second verb is a verb,
 * and its subject is the first clause's even when the first coded nothing */
static void test_code_coder__second_verb_of_subject(void)
{
	EXPECT("Turkey condemned the decision and supported Azerbaijan.", "TUR AZE 051 asserted 2021-05-01");
	/* a nominal's owner ("Armenia's strikes") is not that subject */
	EXPECT("Russia regretted Armenia's strikes and supported Azerbaijan.", "RUS AZE 051 asserted 2021-05-01");
}

/* a pattern's target slot does not reach into the next clause */
static void test_code_coder__target_slot_in_clause(void)
{
	EXPECT("Azerbaijani troops were punished but Armenia supported Iran.", "ARM IRN 051 asserted 2021-05-01");
}

/* "it is likely", "it seems": an empty subject stands for no one */
static void test_code_coder__expletive_it(void)
{
	EXPECT("Turkey visited Armenia. It is likely to condemn Israel.", "TUR ARM 042 asserted 2021-05-01");
	EXPECT("Turkey visited Armenia. It will condemn Israel.",
	       "TUR ARM 042 asserted 2021-05-01 | TUR ISR 111 intended 2021-05-01");
}

/* "Azerbaijani officials said Russia had condemned Armenia": the speaker is
 * neither the subject of the clause it reports nor, as "Turkish
 * mediation" would be, a nominal event's source */
static void test_code_coder__reported_clause_subject(void)
{
	EXPECT("The Azerbaijani president said Russia had condemned Armenia.", "RUS ARM 111 reported 2021-05-01");
	EXPECT("The Turkish president condemned Armenia.", "TURGOV ARM 111 asserted 2021-05-01");
}

/* "X is its ally and Y its partner": the possessive after a copula is the
 * previous sentence's subject, and Y holds the second tie (elided copula) */
static void test_code_coder__elided_copula(void)
{
	EXPECT("Azerbaijan faces Armenia. Turkey is its closest ally and Israel its strategic partner.",
	       "REL TUR AZE ally +1 | REL ISR AZE partner +1");
}

/* A compound with no other side holds the tie within itself, but not
 * one named after a preposition ("partners with a common rival"); "call Y
 * their friend"; "speak of the two states as brothers" */
static void test_code_coder__compound_relations(void)
{
	EXPECT("Turkey and Israel are at odds over Gaza.", "REL TUR ISR tension -1");
	EXPECT("Armenia is a strategic partner of both Russia and Iran, which are now in open confrontation.",
	       "REL ARM RUS partner +1 | REL ARM IRN partner +1 | REL RUS IRN tension -1");
	EXPECT("Turkey and Israel are strategic partners with a common rivalry.", "REL TUR ISR partner +1");
	EXPECT("Azerbaijanis call Turkey their friend.", "REL TUR AZE friend +1");
	EXPECT("Neither does Azerbaijan want a full and lasting rapprochement with Iran.", "REL AZE IRN friend +1 neg");
	/* the one pushed towards another holds the tie, not the pusher */
	EXPECT("Russia pushed Turkey into a rapprochement with Iran.", "REL TUR IRN friend +1");
	/* (a subject pronoun two words before the cue is no possessor) */
	EXPECT("Russia supported Israel. Instead, it pushes Turkey rapprochement with Iran.",
	       "RUS ISR 051 asserted 2021-05-01 | REL TUR IRN friend +1");
	/* "its" after a possessor inside a phrase is that possessor */
	EXPECT("Iran met Israel. The timing of Azerbaijan's decision reflects the moves by its closest ally - Turkey.",
	       "REL TUR AZE ally +1");
	EXPECT("Turkey met Azerbaijan. Officials speak of the two states as brothers.",
	       "REL TUR AZE kin +1");
}

/* "the two states" are a pair named together before them in the sentence */
static void test_code_coder__two_states_pair(void)
{
	EXPECT("Azerbaijan supported Turkey and Israel; Iran condemned the two states.",
	       "AZE TUR 051 asserted 2021-05-01 | AZE ISR 051 asserted 2021-05-01 | IRN TUR 111 asserted 2021-05-01 | "
	       "IRN ISR 111 asserted 2021-05-01");
}

/* Code `text` with dictionaries in TABARI or PETRARCH formats given as
 * (name, content, format) triples; an option may be set first. */
static void code_with(const char *const *dicts, size_t n, const char *opt, const char *text, char *out, size_t cap)
{
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	for (size_t i = 0; i + 1 < n; i += 2)
		CHECK_INT_EQ(ent_lexicon_load_buffer(lx, dicts[i], dicts[i + 1], strlen(dicts[i + 1]), ENT_DICT_AUTO), 0);
	if (opt)
		CHECK_INT_EQ(ent_lexicon_set_option(lx, opt, "false"), 0);
	CHECK_INT_EQ(ent_lexicon_finish(lx), 0);
	ent_coder *c = NULL;
	CHECK_INT_EQ(ent_coder_new(&c, lx, NULL), 0);
	results r = { .n = 0 };
	CHECK_INT_EQ(ent_coder_code_doc(c, "d", "2001-05-01", text, strlen(text), on_event, &r), 0);
	out[0] = 0;
	for (int i = 0; i < r.n; i++) {
		if (i)
			strncat(out, " | ", cap - strlen(out) - 1);
		strncat(out, r.lines[i], cap - strlen(out) - 1);
	}
	ent_coder_free(c);
	ent_lexicon_free(lx);
}

static const char *const tabari[] = {
	"t.options", "SET: MINIMUM WORDS = 1\n",
	"t.actors", "GONDOR [GON]\nARNOR [ARN]\nTHE_SHIRE [FRO/BIL/SAM]\nMOUSE= [MUS]\nDOL_AMROTH [DOL]\nGOLLUM [HOB]\nRADAGAST [RAD]\nLIBYA_ [LBY]\n",
	"t.verbs", "PARADE [017]\n- ANTI- + * [111]\nBAN= [191]\nATTACK [223]\nURGE [102]\nSAID [023?]\nCALLED_ON [094]\n- $ * [095]\nEXCHANG [---]\n- HAS * WITH % [067]\nWARN [160]\n- * AT ^ + [162]\nASKED [090]\nASSIST [092]\n",
};

#define EXPECT_WITH(d, opt, text, want)                                         \
	do {                                                                    \
		char got_[2048];                                                \
		code_with(d, sizeof d / sizeof *d, opt, text, got_, sizeof got_); \
		CHECK_STR_EQ(got_, want);                                       \
	} while (0)

/* TABARI conventions: "ANTI-", "WORD=", a name for several actors, and
 * one coded verb per clause (CODE BY CLAUSE, TABARI's default) */
static void test_code_coder__tabari_conventions(void)
{
	EXPECT_WITH(tabari, NULL, "Arnor joined an anti- Gondor parade.", "ARN GON 111 asserted 2001-05-01");
	EXPECT_WITH(tabari, NULL, "Mouse will ban Gondor.", "MUS GON 191 intended 2001-05-01");
	EXPECT_WITH(tabari, NULL, "Mouses will ban Gondor.", "");
	/* the source slot reaches over an aside closed a few words before the verb */
	EXPECT_WITH(tabari, NULL, "Gollum, centre of a row between Radagast, the Brown called on Gondor.",
		    "HOB GON 095 asserted 2001-05-01");
	EXPECT_WITH(tabari, NULL, "Gollum centre of a row between Radagast the Brown called on Gondor.",
		    "RAD GON 095 asserted 2001-05-01");
	/* a "%" compound after the verb acts on itself, whoever the subject */
	EXPECT_WITH(tabari, NULL, "Arnor has exchanged prisoners with Gondor and Mouse.",
		    "GON MUS 067 asserted 2001-05-01 | MUS GON 067 asserted 2001-05-01");
	/* a name ending in '_' takes a regular plural; "MOUSE=" above does not */
	EXPECT_WITH(tabari, NULL, "Libyas will ban Gondor.", "LBY GON 191 intended 2001-05-01");
	EXPECT_WITH(tabari, NULL, "Libyans will ban Gondor.", "");
	/* "^" skips an actor with its article; alone, the word before the target */
	EXPECT_WITH(tabari, NULL, "Arnor warned at the Gondor of the Libya.", "ARN LBY 162 asserted 2001-05-01");
	EXPECT_WITH(tabari, NULL, "Arnor warned at the Gondor.", "ARN GON 162 asserted 2001-05-01");
	/* a pronoun is not its clause's subject: the sentence's first actor */
	EXPECT_WITH(tabari, NULL, "Arnor urged Gondor to leave and Libya asked him.",
		    "ARN GON 102 asserted 2001-05-01 | LBY ARN 090 asserted 2001-05-01");
	/* the subject of a "that" clause whose source is outside it is the target */
	EXPECT_WITH(tabari, NULL, "Arnor urged Gondor to leave and then it requested that Libya assist.",
		    "ARN GON 102 asserted 2001-05-01 | ARN LBY 092 asserted 2001-05-01");
	/* a pronoun with no actor before it in its sentence: the previous
	 * sentence's first named actor (a pronoun's actor is not passed on) */
	EXPECT_WITH(tabari, NULL, "Arnor urged Gondor. It attacked Libya. It urged Gondor.",
		    "ARN GON 102 asserted 2001-05-01 | ARN LBY 223 asserted 2001-05-01 | LBY GON 102 asserted 2001-05-01");
	/* "DOL_AMROTH" is also the hyphenated "Dol-Amroth" */
	EXPECT_WITH(tabari, NULL, "Dol-Amroth will ban Gondor.", "DOL GON 191 intended 2001-05-01");
	EXPECT_WITH(tabari, NULL, "Dol Amroth will ban Gondor.", "DOL GON 191 intended 2001-05-01");
	EXPECT_WITH(tabari, NULL, "Mouse is baning Gondor.", "");
	EXPECT_WITH(tabari, NULL, "Arnor, the Shire and Mouse attacked Gondor.",
		    "ARN GON 223 asserted 2001-05-01 | FRO GON 223 asserted 2001-05-01 | BIL GON 223 asserted 2001-05-01 | "
		    "SAM GON 223 asserted 2001-05-01 | MUS GON 223 asserted 2001-05-01");
	/* the first verb codes its clause; "but" starts another */
	EXPECT_WITH(tabari, NULL, "Arnor attacked Gondor then urged Mouse.", "ARN GON 223 asserted 2001-05-01");
	EXPECT_WITH(tabari, NULL, "Arnor attacked Gondor but Mouse urged Gondor.",
		    "ARN GON 223 asserted 2001-05-01 | MUS GON 102 asserted 2001-05-01");
	/* a tentative code ("SAID [023?]") leaves the clause to a firmer one */
	EXPECT_WITH(tabari, NULL, "Arnor said it would attack Gondor.", "ARN GON 223 conditional 2001-05-01");
}

static const char *const tabari_default[] = {
	"t.actors", "GONDOR [GON]\nARNOR [ARN]\nMOUSE= [MUS]\nCALENARDHON [CAL]\n",
	"t.verbs", "BAN= [191]\nRESTORE [064]\nSAID [023?]\n",
};

/* TABARI's own rules with its defaults: a sentence under five words is
 * not coded; asides between commas and before the full stop are dropped
 * (COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10), an item of a list is not */
static void test_code_coder__tabari_minimum_words_and_commas(void)
{
	EXPECT_WITH(tabari_default, NULL, "Mouse will ban Gondor.", "");
	EXPECT_WITH(tabari_default, NULL, "Mouse will ban Gondor on Friday.", "MUS GON 191 intended 2001-05-01");
	EXPECT_WITH(tabari_default, NULL,
		    "Arnor will restore ties with Gxndor, years after Calenardhon crowds burned its embassy, an official said.", "");
	EXPECT_WITH(tabari_default, NULL, "Arnor, Mouse, and Calenardhon will restore ties with Gondor soon.",
		    "ARN GON 064 intended 2001-05-01 | MUS GON 064 intended 2001-05-01 | CAL GON 064 intended 2001-05-01");
	/* an aside before the verb goes; the verb's clause stays */
	EXPECT_WITH(tabari_default, NULL, "Arnor, in remarks said on Monday, will restore ties with Gondor.",
		    "ARN GON 064 intended 2001-05-01");
}

static const char *const petrarch[] = {
	"PETR.actors.txt", "GONDOR [GON]\nARNOR [ARN]\n",
	"PETR.verbs.txt", "--- WANT [030] ---\nWANT\n\n--- HELP [070] ---\nHELP\n\n--- CLASH [110] ---\nCLASH\n\n"
			  "--- SAY [010] ---\nSAID\n",
	"PETR.Internal.Coding.Ontology.txt", "030:0x3000#Intend\n033:0x3040\n050:0x0080\n070:0x0040\n110:0x1007f#0xFFFF+0x0080\n",
};

/* PETRARCH: the coding ontology composes chained and negated verbs;
 * require_dyad=false codes an event without a target */
static void test_code_coder__petrarch_ontology(void)
{
	EXPECT_WITH(petrarch, NULL, "Arnor wants to help Gondor.", "ARN GON 033 intended 2001-05-01");
	EXPECT_WITH(petrarch, NULL, "Arnor did not clash with Gondor.", "ARN GON 050 asserted 2001-05-01");
	EXPECT_WITH(petrarch, NULL, "Arnor clashed with Gondor.", "ARN GON 110 asserted 2001-05-01");
	EXPECT_WITH(petrarch, NULL, "Arnor said on Thursday.", "");
	EXPECT_WITH(petrarch, "REQUIRE_DYAD", "Arnor said on Thursday.", "ARN --- 010 asserted 2001-05-01");
}

/* PETRARCH verb transformations and block conventions, on Middle-earth
 * dictionaries written for the test */
static const char *const petrarch_tx[] = {
	"PETR.actors.txt", "GONDOR [GON]\nARNOR [ARN]\nMORDOR [MOR]\nROHAN [ROH]\n",
	"PETR.verbs.txt",
	"--- EXPLAIN [010] ---\nREPORT [---]\nSAY {SAYS SAID SAYING}\n- * ATTACK [190]\n\n"
	"--- ALLEGE [110] ---\nCLAIM\n\n--- DEMAND [100] ---\nWANT [030]\n- * ATTACK [138]\n\n"
	"--- FIGHT [190] ---\nATTACK\n\n--- VISIT [042:043] ---\nVISIT\nATTEND\n\n"
	"--- APPROVE [080] ---\nRATIFY\n- * TREATY [031]\n- * TREATY [057]\n\n"
	"######## TRANSFORMATIONS ##########\n"
	"~ a (a b ATTACK) SAY = a b 015\n~ a (a b ATTACK) CLAIM = a b 015\n"
	"~ a (b . ATTACK) SAY = a b 112\n~ a (b . ATTACK) CLAIM = a b 112\n"
	"~ a (_ b ATTACK) WANT = a b 138\n~ a (b . ATTACK ) WANT = a b 021\n",
};

static void test_code_coder__petrarch_transformations(void)
{
	/* the clause's subject is the speaker: a claim of responsibility */
	EXPECT_WITH(petrarch_tx, NULL, "Gondor claimed that it had attacked Mordor.", "GON MOR 015 asserted 2001-05-01");
	EXPECT_WITH(petrarch_tx, NULL, "Gondor and Arnor said they attacked Mordor.",
		    "GON MOR 015 asserted 2001-05-01 | ARN MOR 015 asserted 2001-05-01");
	/* another actor's attack: an accusation, and the speaker's own
	 * "said * ATTACK" pattern is taken back */
	EXPECT_WITH(petrarch_tx, NULL, "Gondor said that Mordor attacked Rohan.", "GON MOR 112 asserted 2001-05-01");
	EXPECT_WITH(petrarch_tx, NULL, "Gondor wants Arnor to attack Mordor.", "GON ARN 021 intended 2001-05-01");
	EXPECT_WITH(petrarch_tx, NULL, "Gondor wants to attack Mordor.", "GON MOR 138 intended 2001-05-01");
	/* a clause after "but" is not governed */
	EXPECT_WITH(petrarch_tx, NULL, "Gondor said nothing but Mordor attacked Rohan.", "MOR ROH 190 asserted 2001-05-01");
	/* SAY keeps the header's 010 although REPORT before it has none */
	EXPECT_WITH(petrarch_tx, "REQUIRE_DYAD", "Gondor said on Thursday.", "GON --- 010 asserted 2001-05-01");
	/* of identical patterns the last counts */
	EXPECT_WITH(petrarch_tx, NULL, "Gondor ratified a treaty with Arnor.", "GON ARN 057 asserted 2001-05-01");
	/* a visit's host: the place visited, not a place named in the object */
	EXPECT_WITH(petrarch_tx, NULL, "Gondor visited Arnor.", "GON ARN 042 asserted 2001-05-01 | ARN GON 043 asserted 2001-05-01");
	EXPECT_WITH(petrarch_tx, NULL, "Gondor will attend a summit in Arnor.", "GON ARN 042 intended 2001-05-01");
}

/* A malformed transformation is an error with its line; one naming a verb
 * the dictionary lacks is skipped with a warning. */
static void test_code_coder__petrarch_transformation_errors(void)
{
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	static const char bad[] = "--- SAY [010] ---\nSAY\n\n~ a (a b ATTACK SAY = a b 015\n~ a (a b BOMB) SAY = a b 015\n";
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "PETR.verbs.txt", bad, strlen(bad), ENT_DICT_AUTO), 0);
	ent_lexicon_stats st;
	ent_lexicon_get_stats(lx, &st);
	CHECK_INT_EQ((long)st.errors, 1);
	CHECK_INT_EQ((long)st.warnings, 1);
	ent_lexicon_free(lx);
}

static int count_mention(const ent_mention *m, void *payload)
{
	(void)m;
	(*(int *)payload)++;
	return 0;
}

/* Mentions of `text` with one acronym actor written "LeX" in the file. */
static int acronym_mentions(const char *text)
{
	static const char a[] = "actor XXXREB group\nname Lashkar-e-Example; LeX\n";
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "actors/x.txt", a, strlen(a), ENT_DICT_ACTORS), 0);
	CHECK_INT_EQ(ent_lexicon_finish(lx), 0);
	ent_coder *c = NULL;
	CHECK_INT_EQ(ent_coder_new(&c, lx, NULL), 0);
	int n = 0;
	CHECK_INT_EQ(ent_coder_mentions(c, "d", NULL, text, strlen(text), count_mention, &n), 0);
	ent_coder_free(c);
	ent_lexicon_free(lx);
	return n;
}

/* A short acronym with a capital inside ("LeT") is not the common word
 * ("let"); written in capitals it still is the acronym. */
static void test_code_coder__mixed_case_acronym(void)
{
	CHECK_INT_EQ(acronym_mentions("They refused to lex any friend choose."), 0);
	CHECK_INT_EQ(acronym_mentions("The LeX claimed the attack."), 1);
	CHECK_INT_EQ(acronym_mentions("THE LEX CLAIMED THE ATTACK."), 1);
	CHECK_INT_EQ(acronym_mentions("Lashkar-e-Example claimed the attack."), 1);
}

static const ent_test_case tests[] = {
	{ "test_code_coder__between_cue", test_code_coder__between_cue },
	{ "test_code_coder__gerund_after_object", test_code_coder__gerund_after_object },
	{ "test_code_coder__expletive_it", test_code_coder__expletive_it },
	{ "test_code_coder__target_slot_in_clause", test_code_coder__target_slot_in_clause },
	{ "test_code_coder__most_specific_code", test_code_coder__most_specific_code },
	{ "test_code_coder__second_verb_of_subject", test_code_coder__second_verb_of_subject },
	{ "test_code_coder__reported_clause_subject", test_code_coder__reported_clause_subject },
	{ "test_code_coder__two_states_pair", test_code_coder__two_states_pair },
	{ "test_code_coder__elided_copula", test_code_coder__elided_copula },
	{ "test_code_coder__compound_relations", test_code_coder__compound_relations },
	{ "test_code_coder__tabari_conventions", test_code_coder__tabari_conventions },
	{ "test_code_coder__tabari_minimum_words_and_commas", test_code_coder__tabari_minimum_words_and_commas },
	{ "test_code_coder__petrarch_ontology", test_code_coder__petrarch_ontology },
	{ "test_code_coder__mixed_case_acronym", test_code_coder__mixed_case_acronym },
	{ "test_code_coder__petrarch_transformations", test_code_coder__petrarch_transformations },
	{ "test_code_coder__petrarch_transformation_errors", test_code_coder__petrarch_transformation_errors },
	{ "test_code_coder__compound_and_passive", test_code_coder__compound_and_passive },
	{ "test_code_coder__negation_and_modality", test_code_coder__negation_and_modality },
	{ "test_code_coder__metonymy_agents_dates", test_code_coder__metonymy_agents_dates },
	{ "test_code_coder__coreference", test_code_coder__coreference },
	{ "test_code_coder__plural_demonym", test_code_coder__plural_demonym },
	{ "test_code_coder__nameless_sector", test_code_coder__nameless_sector },
	{ "test_code_coder__relations", test_code_coder__relations },
	{ "test_code_coder__pronoun_scope", test_code_coder__pronoun_scope },
	{ "test_code_coder__bad_input", test_code_coder__bad_input },
	{ "test_code_coder__formats", test_code_coder__formats },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
