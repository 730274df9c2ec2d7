/* Thread-local last error, so documents can be processed on several threads
 * without locking, as git2's git_error_last() does. */
#include "util/error.h"

#include <stdarg.h> /* va_list */
#include <stdio.h>  /* vsnprintf */
#include <string.h> /* memcpy */

#define ENT_ERROR_MSG_MAX 1024

static _Thread_local char last_message[ENT_ERROR_MSG_MAX];
static _Thread_local int last_code;

int ent_error_set(int code, const char *fmt, ...)
{
	/* Formatted aside first: callers that prefix the previous error pass
	 * ent_error_last() itself as an argument ("since: %s"), and vsnprintf
	 * into the buffer it is reading from is undefined (it garbled them). */
	char msg[ENT_ERROR_MSG_MAX];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	memcpy(last_message, msg, sizeof msg);
	last_code = code;
	return code;
}

int ent_error_oom(void)
{
	/* A fixed string: formatting could itself need memory. */
	static const char msg[] = "out of memory";
	for (size_t i = 0; i < sizeof msg; i++)
		last_message[i] = msg[i];
	last_code = ENT_ENOMEM;
	return ENT_ENOMEM;
}

const char *ent_error_last(void) { return last_message; }
int ent_error_last_code(void) { return last_code; }

void ent_error_clear(void)
{
	last_message[0] = '\0';
	last_code = 0;
}

const char *ent_strerror(int code)
{
	switch (code) {
	case ENT_OK: return "success";
	case ENT_ERROR: return "error";
	case ENT_ENOMEM: return "out of memory";
	case ENT_EIO: return "input/output error";
	case ENT_ENOTFOUND: return "not found";
	case ENT_EINVAL: return "invalid argument";
	case ENT_EFORMAT: return "malformed input";
	case ENT_EENCODING: return "invalid UTF-8";
	case ENT_ETRUNCATED: return "truncated input";
	case ENT_EBINARY: return "binary input";
	case ENT_EDB: return "database error";
	case ENT_ESOLVER: return "optimiser error";
	case ENT_ELIMIT: return "limit reached";
	case ENT_EUNSUPPORTED: return "unsupported";
	case ENT_ITEROVER: return "no more items";
	default: return "unknown error";
	}
}

const char *ent_version(void)
{
#ifdef ENT_VERSION
	return ENT_VERSION;
#else
	return "0.1.0";
#endif
}
