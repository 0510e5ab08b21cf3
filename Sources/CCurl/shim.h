#ifndef CCURL_SHIM_H
#define CCURL_SHIM_H

#include <curl/curl.h>

/// The signature of CURLOPT_READFUNCTION, named so Swift can pass a `@convention(c)` closure.
typedef size_t (*ccurl_read_callback)(char *buffer, size_t size, size_t count, void *context);

/// `curl_easy_setopt` is variadic: Swift cannot call it. This one passes a `long` option value.
static inline CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

/// `curl_easy_setopt` is variadic: Swift cannot call it. This one passes a pointer (string, list, buffer).
static inline CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}

/// `curl_easy_setopt` is variadic: Swift cannot call it. This one passes the read callback.
static inline CURLcode ccurl_setopt_read_callback(CURL *handle, CURLoption option, ccurl_read_callback value) {
    return curl_easy_setopt(handle, option, value);
}

/// `curl_easy_getinfo` is variadic: Swift cannot call it. This one reads a `long` (the last response code).
static inline CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
