/* A validation run that scored nothing was given the wrong file (empty,
 * another suite, no suite at all): the error says which and why, naming
 * what the suite's records look like and what the file looks like instead. */
#include "code/coder.h"

#include <string.h> /* memchr, strncmp, strstr */

#include "util/error.h" /* ent_error_set */


static const char *const suite_names[] = { "", "tabari", "petrarch", "gsr", "ngec", "plover" };

/* What each suite's records look like, for the error that finds none. */
static const char *const suite_records[] = {
	"",
	"lines starting with a 6-digit date and an id, then the text and a comment of codings",
	"<Sentence> elements with <Text> and <EventCoding>",
	"<Sentence> elements with <Text> and <EventCoding>",
	"tab-separated cases under a 'test<TAB>method<TAB>args<TAB>expected' header, expecting a country",
	"JSON lines with an id, text and event",
};

int ent_code__validate_tabari_header(const char *data, size_t len)
{
	for (size_t pos = 0; pos + 7 <= len;) {
		int hdr = 1;
		for (int i = 0; i < 6 && hdr; i++)
			hdr = data[pos + i] >= '0' && data[pos + i] <= '9';
		if (hdr && (data[pos + 6] == ' ' || data[pos + 6] == '\t'))
			return 1;
		const char *nl = memchr(data + pos, '\n', len - pos);
		if (!nl)
			break;
		pos = (size_t)(nl - data) + 1;
	}
	return 0;
}

/* What the file looks like instead, naming the suite it may be. */
static const char *guess_content(const char *data, size_t len)
{
	size_t head = len < 4096 ? len : 4096, i = 0;
	if (memchr(data, '\0', head))
		return "binary data";
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	if (i < len && data[i] == '<')
		return strstr(data, "<Sentence ") ? "a PETRARCH-style XML suite (petrarch or gsr)"
						  : "XML without <Sentence> records";
	if (i < len && data[i] == '{')
		return strstr(data, "\"event\"") ? "a PLOVER gold standard (plover)" : "JSON lines without PLOVER events";
	if (!strncmp(data + i, "test\tmethod\t", 12))
		return "an NGEC case table (ngec) without country cases";
	if (ent_code__validate_tabari_header(data + i, len - i))
		return "a TABARI suite (tabari)";
	return memchr(data, '\t', len) ? "tab-separated text of no suite" : "text of no suite";
}

/* A run that scored nothing was given the wrong file: say which and why,
 * rather than "0 passed, 0 failed". */
int ent_code__validate_check_scored(ent_suite suite, const char *path, const char *data, size_t len,
				    const ent_validate_summary *sum)
{
	if (sum->passed + sum->failed > 0)
		return 0;
	size_t i = 0;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	if (i == len)
		return ent_error_set(ENT_EFORMAT, "%s: the file is empty: no %s records", path, suite_names[suite]);
	if (sum->skipped)
		return ent_error_set(ENT_EFORMAT, "%s: no %s test records, only %zu that are not tests (options, comments)",
				     path, suite_names[suite], sum->skipped);
	return ent_error_set(ENT_EFORMAT, "%s: no %s records (%s); the file looks like %s", path, suite_names[suite],
			     suite_records[suite], guess_content(data, len));
}

