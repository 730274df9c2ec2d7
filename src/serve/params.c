#include "serve/params.h"

#include <string.h> /* strlen */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

int ent_serve_valid_actor(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!((s[n] >= 'A' && s[n] <= 'Z') || is_digit(s[n]) || s[n] == '_') || n >= 32)
			return 0;
	return n > 0;
}

int ent_serve_valid_code(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!is_digit(s[n]) || n >= 4)
			return 0;
	return n > 0;
}

int ent_serve_parse_uint(const char *s, unsigned long min, unsigned long max, unsigned long *out)
{
	unsigned long v = 0;
	size_t n = 0;
	for (; s[n]; n++) {
		if (!is_digit(s[n]) || n >= 9)
			return -1;
		v = v * 10 + (unsigned long)(s[n] - '0');
	}
	if (!n || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int ent_serve_valid_asset(const char *s)
{
	size_t n = 0;
	if (s[0] == '.' || !s[0])
		return 0;
	for (; s[n]; n++) {
		char c = s[n];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '.' || c == '_' ||
		      c == '-') || n >= 128)
			return 0;
	}
	return 1;
}
