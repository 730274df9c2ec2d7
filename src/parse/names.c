/* The names of universal tags and relations, as CoNLL-U spells them. */
#include "entente/parse.h"

#include <string.h> /* strcmp, strncmp, strlen */

static const char *const UPOS[ENT_UPOS_COUNT] = {
	"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

static const char *const DEP[ENT_DEP_COUNT] = {
	"_", "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf",
	"compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl",
	"fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj",
	"obl", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
};

const char *ent_upos_name(ent_upos upos)
{
	return (unsigned)upos < ENT_UPOS_COUNT ? UPOS[upos] : "_";
}

const char *ent_dep_name(ent_dep dep) { return (unsigned)dep < ENT_DEP_COUNT ? DEP[dep] : "_"; }

ent_upos ent_upos_from_name(const char *name)
{
	for (int i = 1; name && i < ENT_UPOS_COUNT; i++)
		if (!strcmp(UPOS[i], name))
			return (ent_upos)i;
	return ENT_UPOS_NONE;
}

ent_dep ent_dep_from_name(const char *name)
{
	if (!name)
		return ENT_DEP_NONE;
	const char *colon = strchr(name, ':');
	size_t n = colon ? (size_t)(colon - name) : strlen(name);
	for (int i = 1; i < ENT_DEP_COUNT; i++)
		if (strlen(DEP[i]) == n && !strncmp(DEP[i], name, n))
			return (ent_dep)i;
	return ENT_DEP_NONE;
}
