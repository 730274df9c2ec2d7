/* Feature keys: a template number and up to three values hashed into 64
 * bits. Tagger and parser both describe a decision by a short array of
 * such keys; the weight tables map each key to a row of class weights.
 * Collisions between distinct features are left to chance (64 bits). */
#ifndef ENT_PARSE_FEATURE_H
#define ENT_PARSE_FEATURE_H

#include <stdint.h> /* uint64_t */

/* One multiply-xorshift round: cheap, and enough to spread the bits of
 * small integers (tags, labels, template numbers) over the whole key. */
static inline uint64_t ent_feat_mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 31);
}

static inline uint64_t ent_feat1(uint32_t tpl, uint64_t a)
{
	return ent_feat_mix(ent_feat_mix(tpl * 0x100000001b3ULL + 1, a), 0);
}

static inline uint64_t ent_feat2(uint32_t tpl, uint64_t a, uint64_t b)
{
	return ent_feat_mix(ent_feat_mix(ent_feat_mix(tpl * 0x100000001b3ULL + 2, a), b), 0);
}

static inline uint64_t ent_feat3(uint32_t tpl, uint64_t a, uint64_t b, uint64_t c)
{
	return ent_feat_mix(
		ent_feat_mix(ent_feat_mix(ent_feat_mix(tpl * 0x100000001b3ULL + 3, a), b), c), 0);
}

#endif
