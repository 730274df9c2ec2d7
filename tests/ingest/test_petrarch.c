/* PETRARCH's XML input read as sentences: one document a <Sentence>, with
 * its id and date, the <Text> decoded; comments, <Parse> and sentences
 * without text do not become documents. */
#include "harness.h"

#include "fixtures.h"

static const char sample[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<!-- a sample <Sentence id=\"IN-COMMENT\"><Text>not read</Text></Sentence> -->\n"
	"<Sentences>\n"
	"<Sentence date = \"20080806\" id =\"AFP-1\" source = \"AFP\" sentence = \"True\">\n"
	"<Text>\n"
	"Turkey &amp; Azerbaijan signed a &quot;defence&quot; pact\n"
	"in Baku on Wednesday &#8212; caf&#xe9;.\n"
	"</Text>\n"
	"<Parse>(ROOT (S (NP (NNP Turkey))))</Parse>\n"
	"</Sentence>\n"
	"<Sentence date=\"19950103\" id=\"DEMO-02\" category=\"DEMO\">\n"
	"<Text></Text>\n"
	"</Sentence>\n"
	"<Sentence id='NODATE'><Text>Armenia accused Turkey.</Text></Sentence>\n"
	"</Sentences>\n";

static void test_ingest_petrarch__sentences_with_ids_and_dates(void)
{
	fx_write_str("sample.xml", sample);
	fx_run run;
	fx_read1(&run, fx_path("sample.xml"));
	CHECK_INT_EQ(run.ndocs, 2);
	if (run.ndocs == 2) {
		CHECK_STR_EQ(run.id[0], "AFP-1");
		CHECK_STR_EQ(run.date[0], "2008-08-06");
		CHECK_STR_EQ(run.content[0],
			     "Turkey & Azerbaijan signed a \"defence\" pact in Baku on Wednesday \xe2\x80\x94 caf\xc3\xa9.");
		CHECK_INT_EQ(run.line[0], 4);
		CHECK_STR_EQ(run.id[1], "NODATE");
		CHECK(run.date[1] == NULL);
		CHECK_STR_EQ(run.content[1], "Armenia accused Turkey.");
		CHECK_INT_EQ(run.line[1], 14);
	}
	/* The sentence without text is named, with its line. */
	CHECK_INT_EQ(run.ndiags, 1);
	CHECK(run.ndiags == 1 && run.dline[0] == 11 && strstr(run.dmsg[0], "DEMO-02 has an empty <Text>"));
	fx_free(&run);
}

static void test_ingest_petrarch__not_closed(void)
{
	fx_write_str("cut.xml", "<Sentences>\n<Sentence id=\"A\"><Text>One.</Text></Sentence>\n<Sentence id=\"B\"><Text>Two");
	fx_run run;
	fx_read1(&run, fx_path("cut.xml"));
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK_INT_EQ(run.errors, 1);
	CHECK(run.ndiags == 1 && run.dline[0] == 3 && strstr(run.dmsg[0], "not closed"));
	fx_free(&run);
}

static void test_ingest_petrarch__xhtml_stays_html(void)
{
	fx_write_str("page.xml", "<?xml version=\"1.0\"?>\n<html><body><p>Sentences</p></body></html>");
	fx_run run;
	fx_read1(&run, fx_path("page.xml"));
	CHECK_INT_EQ(run.ndocs, 1);
	CHECK(run.ndocs == 1 && run.type[0] == ENT_CONTENT_HTML);
	fx_free(&run);
}

static const ent_test_case cases[] = {
	{ "test_ingest_petrarch__sentences_with_ids_and_dates", test_ingest_petrarch__sentences_with_ids_and_dates },
	{ "test_ingest_petrarch__not_closed", test_ingest_petrarch__not_closed },
	{ "test_ingest_petrarch__xhtml_stays_html", test_ingest_petrarch__xhtml_stays_html },
	{ NULL, NULL },
};

ENT_TEST_MAIN(cases)
