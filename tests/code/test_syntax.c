/* The coder reading the parser's tree (src/code/syntax.c): each sentence,
 * written for this test, is coded with and without the committed model,
 * so the test shows both what the tree settles and that it is the tree
 * that settles it. */
#include <stdio.h>
#include <string.h>

#include "entente/code.h"
#include "entente/parse.h"
#include "harness.h"

static const char actors[] =
	"actor EGY country\nname Egypt\nadj Egyptian\n"
	"actor QAT country\nname Qatar\nadj Qatari\n"
	"actor ISR country\nname Israel\nadj Israeli\n"
	"actor PSE country\nname Palestine\nadj Palestinian; Palestinians\n"
	"actor JOR country\nname Jordan\nadj Jordanian\n"
	"actor TUR country\nname Turkey\nadj Turkish\n"
	"actor ARM country\nname Armenia\nadj Armenian\n"
	"actor AZE country\nname Azerbaijan\nadj Azerbaijani\n"
	"actor RUS country\nname Russia\nadj Russian\n"
	"actor IRN country\nname Iran\nadj Iranian\n";
static const char agents[] = "agent GOV: government; president; king\nagent MIL: soldiers; troops\nagent EDU: students\n";
static const char verbs[] = "code 111\ncondemn T; criticise T; criticize T\ncode 112\naccuse T\ncode 051\nsupport T; back T\n"
			    "code 040\nmeet T\ncode 173\narrest T; detain T\ncode 190\nattack T; kill T\n"
			    "code 0871\nwithdraw (its) troops from T\ncode 172\nban T\ncode 070\nsend aid to T\n"
			    "code 162\nhalt aid to T\ncode 143\nhold (a) general strike\ncode 141\ndemonstrate\n"
			    "class @goods: food; medical supplies\ncode 073\ndeliver @goods to T\ncode 057\nagree on\n"
			    "code 0863\nadmit inspectors\ncode 010\nsay\ncode 100\ndemand\n"
			    "code 130\nthreaten T; threaten to\ncode 043\ngive (a) (warm) welcome to T\n"
			    "code 020\nurge T; call on T; ask T\ncode 0841\nrelease T\ncode 0872\nlift (its) blockade of T\n"
			    "code 154\ndeploy troops to\ncode 163\nimpose tariffs on T\n";

static ent_parse_model *model;
static int with_relations; /* code standing relations too */
static int with_dates;     /* print each record's date */

static int on_event(const ent_event *ev, void *payload)
{
	char *out = payload;
	char line[128];
	snprintf(line, sizeof line, "%s%s %s %s%s%s%s", out[0] ? " | " : "", ev->source, ev->target,
		 ev->kind == ENT_KIND_RELATION ? ev->relation_type : ev->code,
		 ev->negated ? " neg" : "", ev->modality ? " " : "", ev->modality ? ent_modality_name(ev->modality) : "");
	if (with_dates)
		snprintf(line + strlen(line), sizeof line - strlen(line), " %s", ev->date);
	strncat(out, line, 2047 - strlen(out));
	return 0;
}

/* The events of `text`, "SRC TGT CODE | ...", coded with trees or without. */
static void code(const char *text, int trees, char *out)
{
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "actors/a.txt", actors, strlen(actors), ENT_DICT_ACTORS), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "agents.txt", agents, strlen(agents), ENT_DICT_AGENTS), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "verbs.txt", verbs, strlen(verbs), ENT_DICT_VERBS), 0);
	static const char relations[] = "relation ally + 1.0: ally\n";
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "relations.txt", relations, strlen(relations), ENT_DICT_RELATIONS), 0);
	CHECK_INT_EQ(ent_lexicon_finish(lx), 0);
	ent_coder_options o = ENT_CODER_OPTIONS_INIT;
	o.relations = with_relations;
	o.parse_model = trees ? model : NULL;
	ent_coder *c = NULL;
	CHECK_INT_EQ(ent_coder_new(&c, lx, &o), 0);
	out[0] = 0;
	if (c)
		CHECK_INT_EQ(ent_coder_code_doc(c, "d", "2021-05-01", text, strlen(text), on_event, out), 0);
	ent_coder_free(c);
	ent_lexicon_free(lx);
}

#define EXPECT(text, with_tree, without)       \
	do {                                   \
		char got_[2048];               \
		code(text, 1, got_);           \
		CHECK_STR_EQ(got_, with_tree); \
		code(text, 0, got_);           \
		CHECK_STR_EQ(got_, without);   \
	} while (0)

/* A target slot takes the noun phrase the tree heads with an actor. */
static void test_code_syntax__target_phrase(void)
{
	EXPECT("Azerbaijani troops detained more than forty Armenian students on Tuesday.", "AZEMIL ARMEDU 173", "");
	EXPECT("Turkish troops detained dozens of Iranian students.", "TURMIL IRNEDU 173", "TURMIL IRNEDU 173");
	EXPECT("Russian troops attacked more than two thousand Azerbaijani soldiers.", "RUSMIL AZEMIL 190", "");
}

/* A relative clause's actors are not the main verb's subject, and its
 * object pronoun is the antecedent. */
static void test_code_syntax__relative_clauses(void)
{
	EXPECT("Jordan's king, who met the Turkish president on Monday, criticised Israel.",
	       "JORGOV TURGOV 040 | JORGOV ISR 111", "JORGOV TURGOV 040 | JORGOV ISR 111");
	/* (the window alone: the main verb after the relative clause is the
	 * antecedent's; the clause's own object it cannot see) */
	EXPECT("Armenia, which Russia has long backed, accused Azerbaijan.", "RUS ARM 051 | ARM AZE 112",
	       "RUS AZE 051 | ARM AZE 112");
}

/* Where the window is sure (nothing between subject and verb), the tree
 * is not consulted and the reading is the same. */
static void test_code_syntax__plain_sentences_unchanged(void)
{
	EXPECT("Turkey condemned Israel on Monday.", "TUR ISR 111", "TUR ISR 111");
	EXPECT("Egypt and Qatar support Turkey.", "EGY TUR 051 | QAT TUR 051", "EGY TUR 051 | QAT TUR 051");
}

/* Negation and modality belong to the predicate's own clauses. */
static void test_code_syntax__negation_and_modality(void)
{
	EXPECT("Turkey will not condemn Israel or criticise Iran.", "TUR ISR 111 neg intended | TUR IRN 111 neg intended",
	       "TUR ISR 111 neg intended | TUR IRN 111 neg intended");
	EXPECT("It would be foolish to assume that Turkey will support Israel.", "TUR ISR 051 conditional",
	       "TUR ISR 032 intended");
	EXPECT("Russia, which will host the talks, condemned Israel.", "RUS ISR 111", "RUS ISR 111 intended");
	EXPECT("If Iran attacks Israel, Russia will condemn Iran.", "IRN ISR 190 conditional | RUS IRN 111 intended",
	       "IRN ISR 190 conditional");
	EXPECT("Turkey has not yet decided whether to condemn Israel, and it never criticised Iran.",
	       "TUR ISR 111 neg conditional | TUR IRN 111 neg", "TUR ISR 111 neg intended | TUR IRN 111 neg");
}

/* CAMEO's intent rule: a promised or threatened act is coded as the intent
 * (03x) or the threat (13x) of that act; a wish or an attempt is not a
 * commitment, nor is what a writer supposes. The window sees "willing
 * ... to" too; only the tree sees past "again and again". */
static void test_code_syntax__intent_rule(void)
{
	EXPECT("Armenia is willing to withdraw its troops from Azerbaijan.", "ARM AZE 0356 intended",
	       "ARM AZE 0356 intended");
	EXPECT("Egypt will send aid to Jordan.", "EGY JOR 033 intended", "EGY JOR 033 intended");
	EXPECT("Israel threatened to ban Palestinian students.", "ISR PSEEDU 132 intended", "ISR PSEEDU 132 intended");
	EXPECT("Egypt hopes to send aid to Jordan.", "EGY JOR 070 intended", "EGY JOR 070 intended");
	EXPECT("Iran promised on Monday that it would never attack Azerbaijan.", "IRN AZE 190 neg conditional",
	       "IRN AZE 190 neg conditional");
	EXPECT("Egypt has offered again and again to send aid to Armenia.", "EGY ARM 033 intended", "EGY ARM 070");
}

/* A threat with no target of its own is made against whoever must meet its
 * condition, down the chain of infinitives it governs; only the tree shows
 * which clause is the condition. */
static void test_code_syntax__threat_conditions(void)
{
	EXPECT("Iran threatened to close the strait if Russia imposed new sanctions.", "IRN RUS 130", "");
	EXPECT("Egypt threatened to end the talks to limit arms unless Qatar changed course.", "EGY QAT 130", "");
	/* a condition that names the threatener is no target */
	EXPECT("Turkey threatened to leave the talks if Turkey lost the vote.", "", "");
	/* the act's own target stays */
	EXPECT("Iran threatened to attack Armenia if Azerbaijan moved its troops.", "IRN ARM 1384 intended",
	       "IRN ARM 1384 intended");
	/* a hostile act made to hang on a condition is a threat; one that is the
	 * condition is not */
	EXPECT("Egypt may halt aid to Jordan if Qatar objects.", "EGY JOR 1311 possible", "EGY JOR 162 possible");
	EXPECT("If Egypt halts aid to Jordan, Qatar will object.", "EGY JOR 162 conditional", "EGY JOR 162 conditional");
}

/* "the latter" and "the former" point back at the last two parties named:
 * the pair's second or first, the last party alone, across sentences too;
 * an unclear choice is no one rather than a guess, and "the former
 * president" is no pronoun. */
static void test_code_syntax__latter_former(void)
{
	EXPECT("Turkey and Israel met, and the latter condemned Iran.", "TUR ISR 040 | ISR IRN 111",
	       "TUR ISR 040 | ISR IRN 111");
	EXPECT("Qatar met Egypt in Jordan. The former condemned Iran.", "QAT EGY 040 | QAT IRN 111",
	       "QAT EGY 040 | QAT IRN 111");
	EXPECT("Egypt met Qatar; the latter's president condemned Iran.", "EGY QAT 040 | QATGOV IRN 111",
	       "EGY QAT 040 | QATGOV IRN 111");
	EXPECT("Egypt and Jordan met Israel; the former condemned Iran.", "EGY ISR 040 | JOR ISR 040",
	       "EGY ISR 040 | JOR ISR 040");
	EXPECT("The former president of Egypt condemned Israel.", "EGYGOV ISR 111", "EGYGOV ISR 111");
}

/* An act that is asked for has not happened: the appeal is the event, with
 * CAMEO's 02x code of the act (its mirror of 04-08), from the asker to the
 * one asked, whatever the act's own words name; an act with no such code
 * leaves the appeal verb's own 020. Only the tree sees the infinitive. */
static void test_code_syntax__appeals(void)
{
	EXPECT("Egypt called on Israel to lift its blockade of Qatar.", "EGY ISR 0256", "EGY ISR 020");
	EXPECT("Turkey urged Iran to meet Armenia.", "TUR IRN 026", "TUR IRN 020");
	EXPECT("Russia asked Azerbaijan to release Armenian soldiers.", "RUS AZE 0253", "RUS AZE 020");
	EXPECT("Egypt urged Israel to attack Iran.", "EGY ISR 020", "EGY ISR 020");
	/* the act of the appeal's subject itself is no appeal */
	EXPECT("Jordan met Qatar to release Armenian soldiers.", "JOR QAT 040 | JOR ARMMIL 0841", "JOR QAT 040");
	/* a demanded act (CAMEO 10 mirrors 04-08 too: demands_in_clauses), and
	 * one said to be a must */
	EXPECT("Turkey said that Armenia must release Azerbaijani soldiers.", "TUR ARM 1053", "ARM AZEMIL 0841 reported");
	EXPECT("Turkey said that Armenia must be ready to release Azerbaijani soldiers.", "TUR ARM 1053",
	       "ARM AZEMIL 0353 intended");
}

/* A noun, or a gerund after a preposition, with a "between" pair of its
 * own is that pair's event, not the clause subject's; a gerund without one
 * is the subject's act as before. */
static void test_code_syntax__gerund_events(void)
{
	EXPECT("Russia closed its border because of attacking between Armenia and Azerbaijan.",
	       "ARM AZE 190 | AZE ARM 190", "ARM AZE 190 | AZE ARM 190");
	EXPECT("Russia acted after attacking Armenia.", "RUS ARM 190", "");
	/* a noun with such a pair, whoever else the clause names */
	EXPECT("Russia welcomed the meeting between Jordan and Qatar.", "JOR QAT 040 | QAT JOR 040",
	       "JOR QAT 040 | QAT JOR 040");
}

/* A sector word that the pattern spells is not its target, and a state's
 * goods are the state's, as its places are. */
static void test_code_syntax__pattern_words_and_goods(void)
{
	EXPECT("Russia deployed troops to Armenia.", "RUS ARM 154", "RUS ARM 154");
	EXPECT("Egypt imposed tariffs on Turkish steel.", "EGY TUR 163", "EGY TUR 163");
	/* (a bare adjective of something else still fills no slot) */
	EXPECT("Egypt imposed tariffs on Turkish interests.", "", "");
}

/* A standing relation the text supposes or deems possible is not stated:
 * the tree carries a cue noun's modality from its verb and its clause. */
static void test_code_syntax__supposed_relations(void)
{
	with_relations = 1;
	EXPECT("It would be foolish to assume that Iran will be an ally of Russia.", "IRN RUS ally conditional",
	       "IRN RUS ally intended");
	EXPECT("Turkey is an ally of Egypt.", "TUR EGY ally", "TUR EGY ally");
	EXPECT("Iran may become an ally of Russia.", "IRN RUS ally possible", "IRN RUS ally possible");
	with_relations = 0;
}

/* An event's date is the one written in its own clause: not a relative
 * clause's, not another conjunct's; a conjunct without one shares its
 * first conjunct's. */
static void test_code_syntax__event_dates(void)
{
	with_dates = 1;
	EXPECT("Egypt, which attacked Israel in 1994, condemned Jordan on Monday.",
	       "EGY ISR 190 1994 | EGY JOR 111 2021-05-01", "EGY ISR 190 1994 | EGY JOR 111 2021-05-01");
	EXPECT("In 2008, Russia attacked Armenia, and in 2020, Turkey condemned Iran.", "RUS ARM 190 2008 | TUR IRN 111 2020",
	       "RUS ARM 190 2008 | TUR IRN 111 2020");
	EXPECT("In 2008, Russia attacked Armenia and condemned Iran.", "RUS ARM 190 2008 | RUS IRN 111 2008",
	       "RUS ARM 190 2008 | RUS IRN 111 2008");
	with_dates = 0;
}

/* "along with", "together with" and "as well as" join a list as "and" does. */
static void test_code_syntax__along_with(void)
{
	EXPECT("Turkey, along with Azerbaijan, condemned Armenia.", "TUR ARM 111 | AZE ARM 111",
	       "TUR ARM 111 | AZE ARM 111");
	EXPECT("Iran together with Russia criticised Israel.", "IRN ISR 111 | RUS ISR 111", "IRN ISR 111 | RUS ISR 111");
	EXPECT("Egypt condemned Israel as well as Iran.", "EGY ISR 111 | EGY IRN 111", "EGY ISR 111 | EGY IRN 111");
	/* (not a list: "as well" alone) */
	EXPECT("Egypt condemned Israel as well.", "EGY ISR 111", "EGY ISR 111");
}

/* A time adverbial between a verb and the rest of its pattern is no part of
 * it, with or without the tree. */
static void test_code_syntax__time_adverbials(void)
{
	EXPECT("Egypt gave a warm welcome on Thursday to Jordan.", "EGY JOR 043", "EGY JOR 043");
	/* (the parser makes "Monday" an object, which controls nothing; the
	 * window alone sees only the threat) */
	EXPECT("Israel threatened Monday to ban Palestinian students.", "ISR PSEEDU 132 intended", "ISR PSEEDU 130");
	EXPECT("Qatar gave a warm welcome on 15 October to Turkey.", "QAT TUR 043", "QAT TUR 043");
	EXPECT("Qatar gave a warm welcome last week to Turkey.", "QAT TUR 043", "QAT TUR 043");
	/* a word that is the pattern's own is not skipped as a time */
	EXPECT("Egypt gave a welcome to Jordan on Monday.", "EGY JOR 043", "EGY JOR 043");
}

/* Words that only modify a noun are stepped over by a pattern's noun, and
 * a word with a determiner or adjective of its own is no verb. */
static void test_code_syntax__noun_phrases(void)
{
	EXPECT("Turkey halted new economic aid to Armenia.", "TUR ARM 162", "");
	EXPECT("Iran halted all the military aid to Armenia.", "IRN ARM 162", "");
	EXPECT("Iran halted its economic aid to Armenia.", "IRN ARM 162", "");
	/* "troops from Armenia" is one mention, yet "from T" takes its state */
	EXPECT("Russia withdrew troops from Armenia.", "RUS ARM 0871", "RUS ARM 0871");
	EXPECT("Troops from Russia attacked Armenia.", "RUSMIL ARM 190", "RUSMIL ARM 190");
	EXPECT("Armenian students attacked Azerbaijan.", "ARMEDU AZE 190", "ARMEDU AZE 190");
}

/* Force that no named actor did is coded from an unknown source, a
 * bombing by its kind (183x); an attack that names its actor ("an
 * Israeli airstrike") has that actor as source; the place of a bombing
 * did not do it. */
static void test_code_syntax__unknown_doers(void)
{
	EXPECT("A roadside bomb killed two Egyptian soldiers.", "--- EGYMIL 1833", "");
	EXPECT("Three Jordanian students were killed in a suicide bombing in Amman.", "--- JOREDU 1831", "");
	EXPECT("An Israeli airstrike killed Palestinian students.", "ISR PSEEDU 190", "");
	EXPECT("The storm killed Egyptian soldiers.", "", "");
}

/* A demand's target is the subject of the clause it demands, and a
 * statement that another actor "must" act is a demand (CAMEO 10). */
static void test_code_syntax__demands_in_clauses(void)
{
	/* (with the act in the dictionary, the demand takes its code: appeals) */
	EXPECT("Egypt demanded that Israel release the students.", "EGY ISR 1053", "EGY ISR 100 | ISR ---EDU 0841");
	EXPECT("Egypt demanded that Israel leave.", "EGY ISR 100", "EGY ISR 100");
	EXPECT("Turkey said that Armenia must withdraw.", "TUR ARM 100", "");
	EXPECT("Turkey said that Armenia will withdraw.", "", "");
}

/* A refused cooperative act is a rejection (12x, with the act's
 * sub-code); a refused act of another kind stays negated; only the tree
 * tells "refused to meet" from "met, not refusing". */
static void test_code_syntax__refused_acts(void)
{
	EXPECT("Turkey refused to meet Armenia.", "TUR ARM 125", "TUR ARM 040 neg");
	EXPECT("Egypt declined to send aid to Jordan.", "EGY JOR 122", "EGY JOR 070 neg");
	EXPECT("Iran is unwilling to admit inspectors from Russia.", "IRN RUS 1245", "IRN RUS 0863");
	EXPECT("Turkey refused to attack Armenia.", "TUR ARM 190 neg", "TUR ARM 190 neg");
	EXPECT("Turkey met Armenia, refusing nothing.", "TUR ARM 040", "TUR ARM 040");
}

/* A class names its nouns once for every pattern; a quantity before the
 * noun ("300 tonnes of") is stepped over as a modifier is; a pattern that
 * ends in its preposition does not take a date as the preposition's
 * object; an infinitive of purpose is its subject's own act. */
static void test_code_syntax__classes_and_quantities(void)
{
	EXPECT("Egypt delivered medical supplies to Jordan.", "EGY JOR 073", "EGY JOR 073");
	EXPECT("Egypt delivered foods to Jordan.", "EGY JOR 073", "EGY JOR 073");
	EXPECT("Egypt delivered 300 tonnes of food to Jordan.", "EGY JOR 073", "");
	EXPECT("Egypt delivered about $2 million worth of food to Jordan.", "EGY JOR 073", "");
	EXPECT("Egypt delivered the future of food to Jordan.", "", "");
	EXPECT("Turkey and Armenia agreed on a truce.", "TUR ARM 057 | ARM TUR 057", "TUR ARM 057 | ARM TUR 057");
	EXPECT("Turkey and Armenia agreed on Monday.", "", "");
	EXPECT("Turkey agreed on Monday to deliver food to Armenia.", "TUR ARM 0333 intended", "");
}

/* An agent with no state of its own belongs to the one state the sentence
 * names; with two states named it stays unplaced. */
static void test_code_syntax__agents_of_the_one_state(void)
{
	EXPECT("Egyptian soldiers arrested students.", "EGYMIL EGYEDU 173", "EGYMIL EGYEDU 173");
	EXPECT("Egyptian soldiers arrested students after talks with Qatar.", "EGYMIL ---EDU 173",
	       "EGYMIL ---EDU 173");
	EXPECT("Soldiers arrested students.", "---MIL ---EDU 173", "---MIL ---EDU 173");
	/* a state that is only the other party is not the scene */
	EXPECT("The soldiers attacked Egypt.", "---MIL EGY 190", "---MIL EGY 190");
}

/* A protest with no target is against the government of the state where
 * it happens, else of the protesters' own. */
static void test_code_syntax__protest_target(void)
{
	EXPECT("Egyptian students demonstrated.", "EGYEDU EGYGOV 141", "EGYEDU EGYGOV 141");
	EXPECT("Students demonstrated on Monday in Jordan.", "JOREDU JOR 141", "JOREDU JOR 141");
	EXPECT("Students demonstrated.", "", "");
}

/* A stopped act is a reduction of relations: halted aid is 162, not 070;
 * a stopped act with no such code did not happen. */
static void test_code_syntax__halted_acts(void)
{
	EXPECT("Turkey stopped sending aid to Armenia.", "TUR ARM 162", "TUR ARM 070");
	EXPECT("Turkey kept sending aid to Armenia.", "TUR ARM 070", "TUR ARM 070");
	EXPECT("Turkey ceased to attack Armenia.", "TUR ARM 190 neg", "TUR ARM 190");
}

/* A pronoun subject of a conjoined clause is the subject of the first
 * (parallel role), and no member of a list with the actor before it. */
static void test_code_syntax__parallel_pronoun(void)
{
	EXPECT("Turkey condemned Israel, and it criticised Iran.", "TUR ISR 111 | TUR IRN 111", "TUR ISR 111 | TUR IRN 111");
	EXPECT("Armenia accused Azerbaijan, and it condemned Russia.", "ARM AZE 112 | ARM RUS 111", "ARM AZE 112 | ARM RUS 111");
}

static void test_code_syntax__load_model(void)
{
	CHECK_INT_EQ(ent_parse_model_load(&model, NULL), 0);
}

static void test_code_syntax__free_model(void)
{
	ent_parse_model_free(model);
	model = NULL;
}

static const ent_test_case tests[] = {
	{ "test_code_syntax__load_model", test_code_syntax__load_model },
	{ "test_code_syntax__target_phrase", test_code_syntax__target_phrase },
	{ "test_code_syntax__relative_clauses", test_code_syntax__relative_clauses },
	{ "test_code_syntax__plain_sentences_unchanged", test_code_syntax__plain_sentences_unchanged },
	{ "test_code_syntax__negation_and_modality", test_code_syntax__negation_and_modality },
	{ "test_code_syntax__intent_rule", test_code_syntax__intent_rule },
	{ "test_code_syntax__threat_conditions", test_code_syntax__threat_conditions },
	{ "test_code_syntax__time_adverbials", test_code_syntax__time_adverbials },
	{ "test_code_syntax__latter_former", test_code_syntax__latter_former },
	{ "test_code_syntax__appeals", test_code_syntax__appeals },
	{ "test_code_syntax__along_with", test_code_syntax__along_with },
	{ "test_code_syntax__event_dates", test_code_syntax__event_dates },
	{ "test_code_syntax__gerund_events", test_code_syntax__gerund_events },
	{ "test_code_syntax__pattern_words_and_goods", test_code_syntax__pattern_words_and_goods },
	{ "test_code_syntax__supposed_relations", test_code_syntax__supposed_relations },
	{ "test_code_syntax__noun_phrases", test_code_syntax__noun_phrases },
	{ "test_code_syntax__agents_of_the_one_state", test_code_syntax__agents_of_the_one_state },
	{ "test_code_syntax__protest_target", test_code_syntax__protest_target },
	{ "test_code_syntax__halted_acts", test_code_syntax__halted_acts },
	{ "test_code_syntax__classes_and_quantities", test_code_syntax__classes_and_quantities },
	{ "test_code_syntax__refused_acts", test_code_syntax__refused_acts },
	{ "test_code_syntax__demands_in_clauses", test_code_syntax__demands_in_clauses },
	{ "test_code_syntax__unknown_doers", test_code_syntax__unknown_doers },
	{ "test_code_syntax__parallel_pronoun", test_code_syntax__parallel_pronoun },
	{ "test_code_syntax__free_model", test_code_syntax__free_model },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
