/* The HTTP server: libmicrohttpd with a pool of worker threads, a pool of
 * read-only store handles (one per worker, SQLite handles are not shared
 * between threads), the API routes and the static files of the web app. */
#include <arpa/inet.h>  /* inet_pton */
#include <errno.h>      /* errno */
#include <fcntl.h>      /* openat, O_RDONLY, O_NOFOLLOW */
#include <limits.h>     /* PATH_MAX */
#include <netinet/in.h> /* sockaddr_in, sockaddr_in6 */
#include <pthread.h>    /* the store pool's mutex */
#include <stdio.h>      /* snprintf */
#include <string.h>     /* strcmp, strncmp, strerror */
#include <sys/stat.h>   /* fstat */
#include <unistd.h>     /* close, readlink */

#include <microhttpd.h> /* MHD_start_daemon */

#include "entente/serve.h"
#include "serve/api.h"    /* ent_serve__api */
#include "serve/cache.h"  /* ent_serve_cache */
#include "serve/reports.h" /* ent_serve_reports */
#include "serve/params.h" /* ent_serve_valid_asset */
#include "util/alloc.h"   /* ent__calloc, ent__free, ent__strdup */
#include "util/buf.h"     /* ent_buf */
#include "util/error.h"   /* ent_error_set */

struct ent_server {
	struct MHD_Daemon *d;
	char *db, *assets;
	int assets_fd; /* files are opened relative to this, never by a built path */
	unsigned int port;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	ent_store **stores; /* the free handles */
	size_t nfree, nstores;
	ent_diag_fn diag;
	void *diag_payload;
	ent_serve_cache cache;
	ent_serve_reports reports;
	int cache_live;
	const ent_lexicon *names; /* borrowed (ent_server_options.names) */
};

int ent_server_options_init(ent_server_options *opts, unsigned int version)
{
	ENT_RETURN_ERROR_IF(!opts, ENT_EINVAL, "ent_server_options_init: NULL options");
	ENT_RETURN_ERROR_IF(version != ENT_SERVER_OPTIONS_VERSION, ENT_EINVAL,
			    "ent_server_options_init: unknown options version %u", version);
	ent_server_options d = ENT_SERVER_OPTIONS_INIT;
	*opts = d;
	return 0;
}

static ent_store *store_take(ent_server *s)
{
	pthread_mutex_lock(&s->mu);
	while (!s->nfree)
		pthread_cond_wait(&s->cv, &s->mu);
	ent_store *st = s->stores[--s->nfree];
	pthread_mutex_unlock(&s->mu);
	return st;
}

static void store_give(ent_server *s, ent_store *st)
{
	pthread_mutex_lock(&s->mu);
	s->stores[s->nfree++] = st;
	pthread_cond_signal(&s->cv);
	pthread_mutex_unlock(&s->mu);
}

static const char *mime(const char *name)
{
	const char *dot = strrchr(name, '.');
	if (!dot)
		return "application/octet-stream";
	static const char *const map[][2] = {
		{ ".html", "text/html; charset=utf-8" }, { ".js", "text/javascript; charset=utf-8" },
		{ ".css", "text/css; charset=utf-8" },   { ".json", "application/json" },
		{ ".svg", "image/svg+xml" },             { ".png", "image/png" },
		{ ".ico", "image/x-icon" },              { ".map", "application/json" },
		{ ".woff2", "font/woff2" },              { ".txt", "text/plain; charset=utf-8" },
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (!strcmp(dot, map[i][0]))
			return map[i][1];
	return "application/octet-stream";
}

static void common_headers(struct MHD_Response *resp, const char *type)
{
	MHD_add_response_header(resp, "Content-Type", type);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
}

static enum MHD_Result send_buf(struct MHD_Connection *c, int status, const char *type, ent_buf *b)
{
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(b->size, b->ptr ? b->ptr : (char *)"", MHD_RESPMEM_MUST_COPY);
	ent_buf_dispose(b);
	if (!resp)
		return MHD_NO;
	common_headers(resp, type);
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	enum MHD_Result r = MHD_queue_response(c, (unsigned int)status, resp);
	MHD_destroy_response(resp);
	return r;
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status, const char *msg)
{
	ent_buf b = ENT_BUF_INIT;
	if (ent_buf_puts(&b, "{\"error\":\"") || ent_buf_put_json_string(&b, msg, strlen(msg)) ||
	    ent_buf_puts(&b, "\"}")) {
		ent_buf_dispose(&b);
		return MHD_NO;
	}
	return send_buf(c, status, "application/json", &b);
}

static enum MHD_Result send_asset(ent_server *s, struct MHD_Connection *c, const char *name)
{
	if (s->assets_fd < 0)
		return send_error(c, 404, "the web app is not built: run `make` (npm ci and the web bundle), or give --assets DIR");
	if (!ent_serve_valid_asset(name))
		return send_error(c, 400, "bad file name");
	/* A plain name opened relative to the assets directory, refusing
	 * symbolic links: nothing outside the directory can be reached. */
	int fd = openat(s->assets_fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return send_error(c, 404, "no such file");
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return send_error(c, 404, "no such file");
	}
	struct MHD_Response *resp = MHD_create_response_from_fd((uint64_t)st.st_size, fd);
	if (!resp) {
		close(fd);
		return MHD_NO;
	}
	common_headers(resp, mime(name));
	if (!strcmp(name, "index.html")) {
		MHD_add_response_header(resp, "Cache-Control", "no-cache");
		MHD_add_response_header(resp, "Content-Security-Policy",
					"default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
					"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
	} else {
		MHD_add_response_header(resp, "Cache-Control", "max-age=300");
	}
	enum MHD_Result r = MHD_queue_response(c, MHD_HTTP_OK, resp);
	MHD_destroy_response(resp);
	return r;
}

static const char *get_param(void *ctx, const char *key)
{
	return MHD_lookup_connection_value((struct MHD_Connection *)ctx, MHD_GET_ARGUMENT_KIND, key);
}

/* Appends "&key=value" for the cache key; values are as decoded by MHD. */
static enum MHD_Result key_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	(void)kind;
	ent_buf *b = cls;
	if (ent_buf_putc(b, '&') || ent_buf_puts(b, key) || ent_buf_putc(b, '=') || ent_buf_puts(b, value ? value : ""))
		return MHD_NO;
	return MHD_YES;
}

/* Counts query arguments, to refuse requests that pile up hundreds. */
static enum MHD_Result count_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	(void)kind;
	(void)key;
	(void)value;
	(*(int *)cls)++;
	return MHD_YES;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
			      const char *version, const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	(void)version;
	(void)upload_data;
	ent_server *s = cls;
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
		/* Bodies are never read: answer before any upload. */
		if (*upload_data_size)
			*upload_data_size = 0;
		return send_error(c, 405, "only GET and HEAD");
	}
	(void)con_cls;
	int nargs = 0;
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, count_arg, &nargs);
	if (nargs > 32)
		return send_error(c, 400, "too many query parameters");
	if (!strncmp(url, "/api/", 5)) {
		ent_buf key = ENT_BUF_INIT;
		int keyed = ent_buf_puts(&key, url) == 0 &&
			    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, key_arg, &key) == nargs;
		ent_store *st = store_take(s);
		ent_buf body = ENT_BUF_INIT;
		int status = 500, r = 0;
		uint64_t version = 0;
		int versioned = ent_store_get_version(st, &version) == 0;
		if (!versioned)
			keyed = 0;
		if (!keyed || !ent_serve_cache_get(&s->cache, key.ptr, version, &body, &status)) {
			/* Without a version the analysed reports cannot be matched to the data: build afresh. */
			ent_serve_api api = { st, version, s->names, versioned ? &s->reports : NULL };
			r = ent_serve__api(&api, url, get_param, c, &status, &body);
			if (!r && keyed)
				ent_serve_cache_put(&s->cache, key.ptr, version, status, &body);
		}
		store_give(s, st);
		ent_buf_dispose(&key);
		if (r) {
			ent_buf_dispose(&body);
			return send_error(c, 503, "out of memory");
		}
		if (status >= 500 && s->diag) {
			ent_diag d = { ENT_DIAG_ERROR, ENT_EDB, url, 0, 0, body.ptr ? body.ptr : "" };
			s->diag(&d, s->diag_payload);
		}
		return send_buf(c, status, "application/json", &body);
	}
	if (!strcmp(url, "/") || !strcmp(url, "/index.html"))
		return send_asset(s, c, "index.html");
	if (!strncmp(url, "/static/", 8))
		return send_asset(s, c, url + 8);
	return send_error(c, 404, "not found");
}

/* The directory of the running program, for finding the web app's files. */
static int exe_dir(char *out, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", out, size - 1);
	if (n <= 0)
		return -1;
	out[n] = '\0';
	char *slash = strrchr(out, '/');
	if (!slash)
		return -1;
	*slash = '\0';
	return 0;
}

static int open_assets(ent_server *s, const char *given)
{
	char cand[4][PATH_MAX];
	size_t n = 0;
	if (given) {
		snprintf(cand[n++], PATH_MAX, "%s", given);
	} else {
		char dir[PATH_MAX - 64];
		if (exe_dir(dir, sizeof dir) == 0) {
			/* The build tree (build/entente next to build/web/dist), then an install. */
			snprintf(cand[n++], PATH_MAX, "%s/web/dist", dir);
			snprintf(cand[n++], PATH_MAX, "%s/../share/entente/web", dir);
		}
	}
	for (size_t i = 0; i < n; i++) {
		int fd = open(cand[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd < 0)
			continue;
		struct stat st;
		if (fstatat(fd, "index.html", &st, 0) != 0 || !S_ISREG(st.st_mode)) {
			close(fd);
			continue;
		}
		s->assets_fd = fd;
		s->assets = ent__strdup(cand[i]);
		return s->assets ? 0 : ent_error_oom();
	}
	ENT_RETURN_ERROR_IF(given, ENT_EINVAL, "%s: not a built web app (no index.html there)", given);
	return 0; /* API only */
}

int ent_server_start(ent_server **out, const ent_server_options *opts)
{
	ENT_RETURN_ERROR_IF(!out, ENT_EINVAL, "ent_server_start: NULL argument");
	*out = NULL;
	ent_server_options o = ENT_SERVER_OPTIONS_INIT;
	if (opts) {
		ENT_RETURN_ERROR_IF(opts->version != ENT_SERVER_OPTIONS_VERSION, ENT_EINVAL,
				    "ent_server_start: unknown options version %u", opts->version);
		o = *opts;
	}
	const char *host = o.host ? o.host : "127.0.0.1";
	ENT_RETURN_ERROR_IF(o.port > 65535, ENT_EINVAL, "port %u is not a TCP port", o.port);
	struct sockaddr_in a4;
	struct sockaddr_in6 a6;
	memset(&a4, 0, sizeof a4);
	memset(&a6, 0, sizeof a6);
	int v6 = 0;
	if (inet_pton(AF_INET, host, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons((uint16_t)o.port);
	} else if (inet_pton(AF_INET6, host, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons((uint16_t)o.port);
		v6 = 1;
	} else {
		return ent_error_set(ENT_EINVAL, "host '%s' is not an IPv4 or IPv6 address", host);
	}
	ent_server *s = ent__calloc(1, sizeof *s);
	ENT_RETURN_IF_OOM(s);
	s->assets_fd = -1;
	s->diag = o.diag;
	s->diag_payload = o.diag_payload;
	s->names = o.names;
	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->cv, NULL);
	double max_age = o.cache_seconds < 0 ? 0 : o.cache_seconds == 0 ? 1.0 : o.cache_seconds;
	ent_serve_cache_init(&s->cache, max_age);
	ent_serve_reports_init(&s->reports, max_age);
	s->cache_live = 1;
	unsigned int threads = o.threads ? o.threads : 4;
	int r = 0;
	s->db = ent__strdup(o.db ? o.db : "entente.db");
	s->stores = ent__calloc(threads, sizeof *s->stores);
	if (!s->db || !s->stores)
		r = ent_error_oom();
	/* Read-only handles: the server never writes, and a missing or old
	 * database is reported now rather than on the first request. */
	ent_store_options so = ENT_STORE_OPTIONS_INIT;
	so.readonly = 1;
	so.busy_timeout_ms = 5000;
	for (unsigned int i = 0; !r && i < threads; i++) {
		r = ent_store_open(&s->stores[i], s->db, &so);
		if (!r)
			s->nstores = s->nfree = i + 1;
	}
	if (!r)
		r = open_assets(s, o.assets);
	if (!r) {
		unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | (v6 ? MHD_USE_IPv6 : 0);
		s->d = MHD_start_daemon(flags, (uint16_t)o.port, NULL, NULL, handle, s,
					MHD_OPTION_SOCK_ADDR, v6 ? (struct sockaddr *)&a6 : (struct sockaddr *)&a4,
					MHD_OPTION_THREAD_POOL_SIZE, threads,
					MHD_OPTION_CONNECTION_LIMIT, o.max_connections ? o.max_connections : 1024u,
					MHD_OPTION_CONNECTION_TIMEOUT, 30u,
					/* Request line and headers must fit here: a huge query string is refused (414). */
					MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
					MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u,
					MHD_OPTION_END);
		if (!s->d)
			r = ent_error_set(ENT_EIO, "cannot listen on %s port %u: %s", host, o.port,
					  errno ? strerror(errno) : "libmicrohttpd refused");
	}
	if (!r) {
		const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
		s->port = info ? info->port : o.port;
	}
	if (r) {
		ent_server_stop(s);
		return r;
	}
	*out = s;
	return 0;
}

unsigned int ent_server_port(const ent_server *s) { return s ? s->port : 0; }

const char *ent_server_assets(const ent_server *s) { return s ? s->assets : NULL; }

void ent_server_stop(ent_server *s)
{
	if (!s)
		return;
	if (s->d)
		MHD_stop_daemon(s->d);
	for (size_t i = 0; i < s->nstores; i++)
		ent_store_close(s->stores[i]);
	ent__free(s->stores);
	if (s->assets_fd >= 0)
		close(s->assets_fd);
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cv);
	if (s->cache_live) {
		ent_serve_cache_dispose(&s->cache);
		ent_serve_reports_dispose(&s->reports);
	}
	ent__free(s->assets);
	ent__free(s->db);
	ent__free(s);
}
