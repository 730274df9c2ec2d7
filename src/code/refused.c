/* An act that is refused is a rejection. "Iraq refused to allow the
 * inspectors back" did not allow them (a negated 086): it rejected their
 * return (1245). CAMEO's category 12 (reject) mirrors the cooperation of
 * 04-08: refused talks are 125, refused mediation 126, a refused
 * agreement 127, refused material cooperation 121, refused aid 122 and
 * refused concessions 123-124 with the sub-code of the concession. An act
 * of another kind that is refused stays negated ("refused to attack"). */
#include "code/coder.h"
#include "code/syntax.h" /* ent_code__tree_refused */

static const ent_code_prefix_rule rules[] = {
	{ "04", "125" }, { "045", "126" },
	{ "05", "120" }, { "057", "127" },
	{ "06", "121" }, { "061", "1211" }, { "062", "1212" },
	{ "07", "122" }, { "071", "1221" }, { "072", "1222" }, { "073", "1223" }, { "074", "1224" },
	{ "08", "124" }, { "081", "1241" }, { "082", "1242" }, { "083", "123" }, { "084", "1243" },
	{ "085", "1244" }, { "086", "1245" }, { "087", "1246" },
};

const char *ent_code__refused_code(const char *act)
{
	return ent_code__by_prefix(rules, sizeof rules / sizeof *rules, act);
}

/* Words that refuse an act, as written: only when one stands before the
 * act is the tree asked. */
int ent_code__refusal_word(const ent_coder *c, size_t t)
{
	static const char *const forms[] = { "refuse", "refuses", "refused", "refusing", "decline", "declines",
		"declined", "declining", "unwilling", NULL };
	return ent_code__tok_in(c, t, forms);
}

int ent_code__refused(ent_coder *c, size_t vb)
{
	ent_code__find_cues(c);
	if (c->first_refusal >= vb || ent_code__tree_ready(c) != 1)
		return 0;
	return ent_code__tree_refused(c, vb) == 1;
}
