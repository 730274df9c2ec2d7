/* The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta
 * 2011) with the root at the end of the buffer (Ballesteros and Nivre
 * 2013), and its dynamic oracle (Goldberg and Nivre 2013).
 *
 * Words are 0..n-1 and the root is n, the last item of the buffer.
 *   SHIFT     push the front of the buffer b0 onto the stack;
 *   LEFT(l)   s0 <-l- b0: the top of the stack takes b0 as its head, pop;
 *   RIGHT(l)  s1 -l-> s0: the top takes the item below as its head, pop.
 * LEFT onto the root is allowed only for the last stack item and only with
 * the root label, so every parse is a single tree with one root, found in
 * exactly 2n transitions. Arc-hybrid rather than arc-eager: its oracle's
 * costs are exact and simple (a transition's cost is the number of gold
 * arcs it makes unreachable), and the single-root constraint needs no
 * special end-of-sentence rule. */
#ifndef ENT_PARSE_TRANSITION_H
#define ENT_PARSE_TRANSITION_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

#define ENT_ARC_NONE (-1)

typedef struct {
	uint32_t n;       /* words; the root is n */
	uint32_t nlabels; /* labels; classes are 0 SHIFT, 1+l LEFT(l), 1+L+l RIGHT(l) */
	uint32_t root_label;
	int32_t *stack;
	uint32_t depth;   /* items on the stack */
	uint32_t b;       /* front of the buffer (n: only the root is left) */
	int32_t *head;    /* n+1 entries: head word (n for the root), or ENT_ARC_NONE */
	int32_t *label;
	/* For features: the two leftmost and the two rightmost children so far,
	 * how many there are on each side, and the labels seen on each side
	 * (bit l % 64). */
	int32_t *lc1, *lc2, *rc1, *rc2;
	uint16_t *nleft, *nright;
	uint64_t *lset, *rset;
	uint8_t *on_stack;
} ent_arc_state;

/* Memory for sentences of up to `cap` words, owned by the caller through
 * ent_arc_state_dispose(). 0 or ENT_ENOMEM. */
int ent_arc_state_reserve(ent_arc_state *st, uint32_t cap);
void ent_arc_state_dispose(ent_arc_state *st);

/* Start parsing n words (n <= the reserved capacity). */
void ent_arc_state_start(ent_arc_state *st, uint32_t n, uint32_t nlabels, uint32_t root_label);

static inline int ent_arc_done(const ent_arc_state *st) { return st->b == st->n && st->depth == 0; }

/* Whether class c may be applied now. */
static inline int ent_arc_legal(const ent_arc_state *st, uint32_t c)
{
	if (c == 0)
		return st->b < st->n;
	if (c <= st->nlabels) {
		uint32_t l = c - 1;
		if (st->depth < 1)
			return 0;
		if (st->b == st->n)
			return st->depth == 1 && l == st->root_label;
		return l != st->root_label;
	}
	return st->depth >= 2 && c - 1 - st->nlabels != st->root_label;
}

void ent_arc_apply(ent_arc_state *st, uint32_t c);

/* The cost of every class (gold arcs made unreachable), written to cost[]
 * (1 + 2 * nlabels entries); illegal classes get UINT32_MAX.
 * gold_head[i] is the head of word i (n for the root), gold_label[i] its
 * label; the gold tree must be projective. */
void ent_arc_costs(const ent_arc_state *st, const int32_t *gold_head, const int32_t *gold_label,
		   uint32_t *cost);

/* Lift non-projective arcs of heads[0..n) (root = n) to the head's head
 * until the tree is projective, the label staying the same. Returns the
 * number of arcs lifted. */
size_t ent_arc_projectivize(int32_t *heads, uint32_t n);

#endif
