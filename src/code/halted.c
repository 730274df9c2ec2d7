/* An act that is stopped is a reduction of relations. "Canada suspended
 * its aid programme for Haiti" does not give aid
 * (070): it cuts it (162). CAMEO's category 16 (reduce relations) mirrors
 * the cooperation of 04-07 as category 13 mirrors force: halted talks are
 * 164, halted mediation 165, severed diplomatic cooperation 161, halted
 * trade an embargo (163), halted aid 162 and its sub-codes. An act of
 * another kind that is stopped did not happen: it is negated. */
#include "code/coder.h"
#include "code/syntax.h" /* ent_code__tree_halted */

static const ent_code_prefix_rule rules[] = {
	{ "04", "164" }, { "045", "165" },
	{ "05", "161" },
	{ "06", "160" }, { "061", "163" },
	{ "07", "162" }, { "071", "1621" }, { "072", "1622" }, { "073", "1623" },
};

const char *ent_code__halted_code(const char *act)
{
	return ent_code__by_prefix(rules, sizeof rules / sizeof *rules, act);
}

/* Words that stop an act, as written: only when one stands before the act
 * is the tree asked. */
int ent_code__stop_word(const ent_coder *c, size_t t)
{
	static const char *const forms[] = { "suspend", "suspends", "suspended", "suspending", "suspension", "halt",
		"halts", "halted", "halting", "stop", "stops", "stopped", "stopping", "cut", "cuts", "cutting", "freeze",
		"freezes", "froze", "frozen", "freezing", "end", "ends", "ended", "ending", "prohibit", "prohibits",
		"prohibited", "withhold", "withholds", "withheld", "ban", "bans", "banned", "block", "blocks", "blocked",
		"cancel", "cancels", "cancelled", "canceled", "terminate", "terminated", "termination", "cease", "ceased",
		"ceases", "cessation", "discontinue", "discontinued", "curtail", "curtailed", "moratorium", NULL };
	return ent_code__tok_in(c, t, forms);
}

int ent_code__halted(ent_coder *c, size_t vb)
{
	ent_code__find_cues(c);
	if (c->first_stop >= vb || ent_code__tree_ready(c) != 1)
		return 0;
	return ent_code__tree_halted(c, vb) == 1;
}
