/* ent_lexicon_actor_name(): names people can read for actor codes. */
#include <string.h> /* strlen */

#include "entente/lexicon.h"
#include "harness.h"
#include "lexicon/names.h" /* ent_lexicon__set_actor_name */

static const char actors[] = "actor AZE country\n"
			     "name Azerbaijan; Republic of Azerbaijan\n"
			     "adj Azerbaijani\n"
			     "actor CIV country\n"
			     "name Côte d'Ivoire; Ivory Coast\n"
			     "actor GNB country\n"
			     "name Guinea-Bissau\n"
			     "actor BIH country\n"
			     "name Bosnia and Herzegovina; Bosnia\n"
			     "actor IGOUNO igo\n"
			     "name UN; United Nations\n"
			     "actor PAKREBTTP group\n"
			     "name Tehrik-i-Taliban Pakistan\n"
			     "actor SYRREBYPG group\n"
			     "name People's Protection Units\n"
			     "actor IGOOSC igo\n"
			     "name Organization for Security and Co-operation in Europe\n"
			     "person Ilham Aliyev; Aliyev\n"
			     "role AZEGOV 2003-10-31 -\n";

static const char agents[] = "agent GOV: government; administration\n"
			     "agent MIL: army; armed forces\n";

static ent_lexicon *ours(void)
{
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "actors/10-test.txt", actors, strlen(actors), ENT_DICT_ACTORS), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "agents.txt", agents, strlen(agents), ENT_DICT_AGENTS), 0);
	return lx;
}

static void expect(const ent_lexicon *lx, const char *code, const char *want)
{
	char buf[128];
	size_t n = ent_lexicon_actor_name(lx, code, buf, sizeof buf);
	CHECK_STR_EQ(buf, want);
	CHECK_INT_EQ(n, strlen(want));
}

static void test_lexicon_names__country_and_sectors(void)
{
	ent_lexicon *lx = ours();
	expect(lx, "AZE", "Azerbaijan");
	expect(lx, "AZEGOV", "Azerbaijan (government)");
	expect(lx, "AZEMIL", "Azerbaijan (army)");
	expect(lx, "AZEGOVMIL", "Azerbaijan (government, army)");
	expect(lx, "AZEXYZ", "Azerbaijan (XYZ)");
	expect(lx, "IGOUNOKID", "UN (KID)");
	/* naming does not need the match index: before and after finish */
	CHECK_INT_EQ(ent_lexicon_finish(lx), 0);
	expect(lx, "AZEGOV", "Azerbaijan (government)");
	ent_lexicon_free(lx);
}

static void test_lexicon_names__capitals(void)
{
	ent_lexicon *lx = ours();
	expect(lx, "CIV", "Côte d'Ivoire");
	expect(lx, "GNB", "Guinea-Bissau");
	expect(lx, "BIH", "Bosnia and Herzegovina");
	expect(lx, "IGOUNO", "UN"); /* the first name, an acronym kept in capitals */
	expect(lx, "PAKREBTTP", "Tehrik-i-Taliban Pakistan");
	expect(lx, "SYRREBYPG", "People's Protection Units");
	expect(lx, "IGOOSC", "Organization for Security and Co-operation in Europe");
	ent_lexicon_free(lx);
}

static void test_lexicon_names__unknown(void)
{
	ent_lexicon *lx = ours();
	char buf[16] = "junk";
	CHECK_INT_EQ(ent_lexicon_actor_name(lx, "QQQ", buf, sizeof buf), 0);
	CHECK_STR_EQ(buf, "");
	strcpy(buf, "junk");
	CHECK_INT_EQ(ent_lexicon_actor_name(lx, "---GOV", buf, sizeof buf), 0); /* unknown country */
	CHECK_STR_EQ(buf, "");
	CHECK_INT_EQ(ent_lexicon_actor_name(lx, "", buf, sizeof buf), 0);
	CHECK_INT_EQ(ent_lexicon_actor_name(lx, NULL, buf, sizeof buf), 0);
	CHECK_INT_EQ(ent_lexicon_actor_name(NULL, "AZE", buf, sizeof buf), 0);
	CHECK_STR_EQ(buf, "");
	CHECK_INT_EQ(ent_lexicon_actor_name(lx, "AZE", NULL, 0), 0);
	/* people have no code of their own: AZEGOV is not "Ilham Aliyev" */
	expect(lx, "AZEGOV", "Azerbaijan (government)");
	ent_lexicon_free(lx);
}

static void test_lexicon_names__cut_between_characters(void)
{
	ent_lexicon *lx = ours();
	char buf[8];
	/* "Côte": C, ô (2 bytes), t, e */
	CHECK_INT_EQ(ent_lexicon_actor_name(lx, "CIV", buf, 4), 3);
	CHECK_STR_EQ(buf, "Cô");
	CHECK_INT_EQ(ent_lexicon_actor_name(lx, "CIV", buf, 3), 1);
	CHECK_STR_EQ(buf, "C");
	CHECK_INT_EQ(ent_lexicon_actor_name(lx, "AZE", buf, 1), 0);
	CHECK_STR_EQ(buf, "");
	ent_lexicon_free(lx);
}

/* The iso-codes list is read first and names states formally; the name
 * our own files give first is the one shown. */
static void test_lexicon_names__ours_over_iso(void)
{
	static const char iso[] = "actor IRN country\nname Islamic Republic of Iran; Iran\n"
				  "actor RUS country\nname Russian Federation\n"
				  "actor ABW country\nname Aruba\n";
	static const char mine[] = "actor IRN country\nname Iran; Islamic Republic of Iran\nadj Iranian\n"
				   "actor RUS country\nname Russia; Russian Federation\n";
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "actors/00-iso3166.txt", iso, strlen(iso), ENT_DICT_ACTORS), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "actors/10-states.txt", mine, strlen(mine), ENT_DICT_ACTORS), 0);
	expect(lx, "IRN", "Iran");
	expect(lx, "RUS", "Russia");
	expect(lx, "ABW", "Aruba"); /* only the list names it */
	ent_lexicon_free(lx);
}

/* TABARI and Phoenix dictionaries: the first phrase of the entry, words
 * capitalised, the article dropped; a state given by dated codes. */
static void test_lexicon_names__tabari(void)
{
	static const char tab[] = "THE_EUROPEAN_UNION_ [IGOEUREEC]\n"
				  "+EUROPEAN_UNION_\n"
				  "AL_QAEDA_ [IMGMUSALQ]\n"
				  "AZERBAIJAN_\n"
				  "+AZERBAIJANI_\n"
				  "\t[USRAZE <911018]\n"
				  "\t[AZE >911221]\n"
				  "ILHAM_ALIYEV_\n"
				  "\t[AZEGOV >031031]\n";
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "test.actors", tab, strlen(tab), ENT_DICT_TABARI_ACTORS), 0);
	expect(lx, "IGOEUREEC", "European Union");
	expect(lx, "IMGMUSALQ", "Al Qaeda");
	expect(lx, "AZE", "Azerbaijan");
	expect(lx, "AZEGOV", "Azerbaijan (GOV)"); /* no agents loaded: the sector's code */
	ent_lexicon_free(lx);
}

/* A name recorded as written keeps its capitals; one from our files
 * replaces one from the iso-codes list, not the other way round. (Holds
 * whether or not the readers record names themselves.) */
static void test_lexicon_names__recorded_name(void)
{
	static const char org[] = "actor IGOUNF igo\nname UNICEF; United Nations Children's Fund\n"
				  "actor XKX country\nadj Kosovar\n"; /* no name line */
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "actors/20-org.txt", org, strlen(org), ENT_DICT_ACTORS), 0);
	CHECK_INT_EQ(ent_lexicon__set_actor_name(lx, 0, " UNICEF ", 8), 0);
	expect(lx, "IGOUNF", "UNICEF"); /* not "Unicef", as the lower-case phrase would give */
	expect(lx, "XKX", "");
	lx->cur_file = "/usr/share/iso-codes/json/iso_3166-1.json";
	CHECK_INT_EQ(ent_lexicon__set_actor_name(lx, 1, "Republic of Kosovo", 18), 0);
	expect(lx, "XKX", "Republic of Kosovo");
	lx->cur_file = "actors/10-states.txt";
	CHECK_INT_EQ(ent_lexicon__set_actor_name(lx, 1, "Kosovo", 6), 0);
	expect(lx, "XKX", "Kosovo");
	CHECK_INT_EQ(ent_lexicon__set_actor_name(lx, 1, "Kosova", 6), 0); /* the first of ours stays */
	expect(lx, "XKX", "Kosovo");
	lx->cur_file = "/usr/share/iso-codes/json/iso_3166-1.json";
	CHECK_INT_EQ(ent_lexicon__set_actor_name(lx, 1, "Republic of Kosovo", 18), 0);
	expect(lx, "XKX", "Kosovo");
	lx->cur_file = NULL;
	ent_lexicon_free(lx);
}

static void test_lexicon_names__default_dictionaries(void)
{
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_default(lx), 0);
	expect(lx, "AZE", "Azerbaijan");
	expect(lx, "IGOEUR", "European Union");
	expect(lx, "ISRGOV", "Israel (government)");
	expect(lx, "IRN", "Iran");
	expect(lx, "RUS", "Russia");
	expect(lx, "PSEREBHAM", "Hamas");
	expect(lx, "TURMIL", "Turkey (army)");
	ent_lexicon_free(lx);
}

static const ent_test_case tests[] = {
	{ "test_lexicon_names__country_and_sectors", test_lexicon_names__country_and_sectors },
	{ "test_lexicon_names__capitals", test_lexicon_names__capitals },
	{ "test_lexicon_names__unknown", test_lexicon_names__unknown },
	{ "test_lexicon_names__cut_between_characters", test_lexicon_names__cut_between_characters },
	{ "test_lexicon_names__ours_over_iso", test_lexicon_names__ours_over_iso },
	{ "test_lexicon_names__tabari", test_lexicon_names__tabari },
	{ "test_lexicon_names__recorded_name", test_lexicon_names__recorded_name },
	{ "test_lexicon_names__default_dictionaries", test_lexicon_names__default_dictionaries },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
