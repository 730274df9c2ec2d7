/* An act that is asked for or demanded has not happened: the asking is the
 * event. "Egypt called on Israel to lift its blockade" is Egypt's appeal to
 * Israel to de-escalate (0256), not Egypt lifting a blockade; "Russia urged
 * Iran to hold talks with the United States" is Russia's appeal to Iran to
 * negotiate (026), not talks between Russia and the United States; "Egypt
 * demanded that Israel withdraw from Gaza" is a demand (1056), not a
 * withdrawal. CAMEO's categories 02 (appeal) and 10 (demand) mirror the
 * cooperation of 04-08 code by code as 03 (intent) does; an act of another
 * kind that is asked for leaves only the asking verb's own event ("urged Y
 * to attack Z": 020). */
#include "code/coder.h"
#include "code/syntax.h" /* ent_code__tree_appeal */

static const ent_code_prefix_rule rules[] = {
	{ "04", "026" }, { "045", "028" },
	{ "05", "022" }, { "057", "027" },
	{ "06", "021" }, { "061", "0211" }, { "062", "0212" }, { "063", "0213" }, { "064", "0214" },
	{ "07", "023" }, { "071", "0231" }, { "072", "0232" }, { "073", "0233" }, { "074", "0234" },
	{ "08", "025" }, { "081", "0251" }, { "082", "0252" }, { "083", "024" }, { "0831", "0241" },
	{ "0832", "0242" }, { "0833", "0243" }, { "0834", "0244" }, { "084", "0253" }, { "085", "0254" },
	{ "086", "0255" }, { "087", "0256" },
};

static const ent_code_prefix_rule demands[] = {
	{ "04", "106" }, { "045", "108" },
	{ "05", "102" }, { "057", "107" },
	{ "06", "101" }, { "061", "1011" }, { "062", "1012" }, { "063", "1013" }, { "064", "1014" },
	{ "07", "103" }, { "071", "1031" }, { "072", "1032" }, { "073", "1033" }, { "074", "1034" },
	{ "08", "105" }, { "081", "1051" }, { "082", "1052" }, { "083", "104" }, { "0831", "1041" },
	{ "0832", "1042" }, { "0833", "1043" }, { "0834", "1044" }, { "084", "1053" }, { "085", "1054" },
	{ "086", "1055" }, { "087", "1056" },
};

const char *ent_code__appeal_code(const char *act, int demand)
{
	return demand ? ent_code__by_prefix(demands, sizeof demands / sizeof *demands, act)
		      : ent_code__by_prefix(rules, sizeof rules / sizeof *rules, act);
}

/* Words that ask someone to act, as written: only when one stands before
 * the act is the tree asked. */
int ent_code__appeal_word(const ent_coder *c, size_t t)
{
	static const char *const forms[] = { "urge", "urges", "urged", "urging", "call", "calls", "called",
		"calling", "ask", "asks", "asked", "asking", "appeal", "appeals", "appealed", "appealing", "press",
		"presses", "pressed", "pressing", "pressure", "pressures", "pressured", "pressuring", "encourage",
		"encourages", "encouraged", "encouraging", "implore", "implored", "exhort", "exhorted", "beg",
		"begged", "begs", "request", "requests", "requested", "requesting", "push", "pushed", "pushing",
		"demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting",
		"must", NULL };
	return ent_code__tok_in(c, t, forms);
}

int ent_code__appealed(ent_coder *c, size_t vb, const char *act, int32_t *source, int32_t *target,
		       const char **code)
{
	ent_code__find_cues(c);
	if (c->first_appeal >= vb || ent_code__tree_ready(c) != 1)
		return 0;
	int32_t asker_tok, addressee;
	int kind = ent_code__tree_appeal(c, vb, &asker_tok, &addressee);
	if (!kind)
		return 0;
	/* the asker: the appeal verb's subject as the window reads it (it
	 * knows agents and compounds), else as the tree does */
	int32_t s = ent_code__subject_of(c, (size_t)asker_tok);
	if (s < 0 || c->m.items[s].how == MH_PRONOUN || !ent_code__plain_subject(c, s, (size_t)asker_tok))
		s = ent_code__subject_by_tree(c, (size_t)asker_tok, s);
	*source = s;
	*target = addressee;
	*code = act ? ent_code__appeal_code(act, kind == 2) : NULL;
	return 1;
}
