#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H

// SHA-256 (one-shot `SHA256`) and HMAC-SHA-256 (one-shot `HMAC` with `EVP_sha256`) from OpenSSL's libcrypto;
// no helper is needed: Swift calls them directly.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#endif
