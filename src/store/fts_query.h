/* A user's search text turned into an FTS5 query. Users type what they
 * would type into any search box ("S-400", Erdogan's, "a phrase", a OR b);
 * FTS5 reads bare punctuation as syntax (S-400 is the column "S" minus
 * "400"), so every word is quoted here and only the documented operators
 * pass through. One translation for the CLI and the web API. */
#ifndef ENT_STORE_FTS_QUERY_H
#define ENT_STORE_FTS_QUERY_H

#include "entente/common.h" /* ent_buf */

/* Append to `out` the FTS5 query for the user's `text`:
 * - a word is anything between spaces, double quotes and parentheses; it
 *   matches the words the index sees in it, adjacent (S-400 = "S 400");
 *   a trailing * makes it a prefix;
 * - "a phrase" matches the words in order; "a phrase"* ends in a prefix;
 * - AND, OR and NOT in capitals between two terms are operators (NOT
 *   binds tightest, then AND, then OR; "AND NOT" means NOT); elsewhere
 *   they are words; (parentheses) that pair up group;
 * - nothing else is syntax: words with no letter or digit, a stray or
 *   empty parenthesis are left out (the index holds no punctuation), an
 *   unclosed quote runs to the end.
 * A query with no word left to look for is ENT_EINVAL. */
int ent_store__fts_query(ent_buf *out, const char *text);

#endif
