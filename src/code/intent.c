/* CAMEO's intent rule: an act that is promised, agreed to, offered,
 * planned or threatened has not happened. "Armenia is ready to pull
 * its forces back" is an expressed intent to yield (035), not a withdrawal;
 * "Ankara threatened to ban the party" is a threat of administrative
 * sanctions (132), not a ban. CAMEO's categories 03 (express intent to
 * cooperate) and 13 (threaten) mirror the acts of 04-08 and 14-20 code by
 * code, so the act's code gives the intent's. The table follows the
 * codebook's definitions of 03x and 13x. */
#include "code/coder.h"
#include "code/syntax.h" /* ent_code__tree_committed */
#include "code/tokens.h" /* tis */

#include <string.h> /* strlen, strncmp */

static const ent_code_prefix_rule rules[] = {
	/* cooperation: 03x */
	{ "04", "036" }, { "045", "039" },
	{ "05", "032" }, { "057", NULL }, /* an agreement reached is signed, not promised */
	{ "06", "031" }, { "061", "0311" }, { "062", "0312" }, { "063", "0313" }, { "064", "0314" },
	{ "07", "033" }, { "071", "0331" }, { "072", "0332" }, { "073", "0333" }, { "074", "0334" },
	{ "08", "035" }, { "081", "0351" }, { "082", "0352" }, { "083", "034" }, { "0831", "0341" },
	{ "0832", "0342" }, { "0833", "0343" }, { "0834", "0344" }, { "084", "0353" }, { "085", "0354" },
	{ "086", "0355" }, { "087", "0356" },
	/* hostility: 13x */
	{ "14", "133" },
	{ "15", "138" },
	{ "16", "131" }, { "161", "1313" }, { "162", "1311" }, { "163", "1312" }, { "164", "134" }, { "165", "135" },
	{ "166", "136" },
	{ "17", "137" }, { "172", "132" },
	{ "18", "1383" },
	{ "19", "1384" }, { "191", "1381" }, { "192", "1382" },
	{ "20", "1383" }, { "204", "1385" },
};

const char *ent_code__by_prefix(const ent_code_prefix_rule *table, size_t n, const char *act)
{
	const char *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(table[i].act);
		if (len > best_len && !strncmp(act, table[i].act, len)) {
			best = table[i].code;
			best_len = len;
		}
	}
	return best;
}

const char *ent_code__intent_code(const char *act)
{
	return ent_code__by_prefix(rules, sizeof rules / sizeof *rules, act);
}

/* Words that can make an act a commitment, as written. Only when one of
 * them stands before the act is the tree asked, or, without a tree, the
 * words just before the act read. */
int ent_code__commitment_word(const ent_coder *c, size_t t)
{
	return tis(c, t, "will") || tis(c, t, "shall") || tis(c, t, "would") || tis(c, t, "'ll") ||
	       tis(c, t, "agreed") || tis(c, t, "agrees") || tis(c, t, "agree") || tis(c, t, "promised") ||
	       tis(c, t, "promises") || tis(c, t, "pledged") || tis(c, t, "pledges") || tis(c, t, "vowed") ||
	       tis(c, t, "vows") || tis(c, t, "offered") || tis(c, t, "offers") || tis(c, t, "plans") ||
	       tis(c, t, "planned") || tis(c, t, "plan") || tis(c, t, "intends") || tis(c, t, "intended") ||
	       tis(c, t, "decided") || tis(c, t, "decides") || tis(c, t, "threatened") || tis(c, t, "threatens") ||
	       tis(c, t, "threaten") || tis(c, t, "proposed") || tis(c, t, "undertook") ||
	       tis(c, t, "committed") || tis(c, t, "ready") || tis(c, t, "willing") || tis(c, t, "determined") ||
	       tis(c, t, "set") || tis(c, t, "due") || tis(c, t, "poised") || tis(c, t, "going");
}

/* Without a tree: a commitment word among the six words before the act,
 * an auxiliary ("will provide") or followed by "to" before it ("agreed to
 * withdraw"), and no clause boundary in between. */
static int committed_window(const ent_coder *c, size_t vb)
{
	size_t lo = vb > 6 ? vb - 6 : 0;
	for (size_t t = vb; t-- > lo;) {
		if (tis(c, t, ",") || tis(c, t, ";") || tis(c, t, "and") || tis(c, t, "but") || tis(c, t, "that"))
			return 0;
		if (!ent_code__commitment_word(c, t))
			continue;
		if (tis(c, t, "will") || tis(c, t, "shall") || tis(c, t, "would") || tis(c, t, "'ll"))
			return 1;
		for (size_t k = t + 1; k < vb; k++)
			if (tis(c, k, "to"))
				return 1;
		return 0;
	}
	return 0;
}

int ent_code__committed(ent_coder *c, size_t vb)
{
	ent_code__find_cues(c);
	if (c->first_commitment >= vb)
		return 0;
	/* the tree settles what it sees; what it misses ("Hungary plans to
	 * impose ..." with "plans" read as a noun) the window may still see */
	int t = ent_code__tree_ready(c) == 1 ? ent_code__tree_committed(c, vb) : -1;
	if (t == 1 || t == 2)
		return t == 1;
	return committed_window(c, vb);
}
