// Password hashing and token randomness through libsodium. Passwords: argon2id with at least
// 19 MiB and t = 2 (OWASP's floor), at most two hashes at once so a burst of sign-ins cannot
// exhaust memory. Tokens: 256-bit random, stored only as a BLAKE2b hash.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace salesdesk::app {

// Initialises libsodium once; safe to call repeatedly.
void InitCrypto();

core::Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(std::string_view encoded_hash, std::string_view password);

// 32 random bytes, URL-safe base64 without padding (43 characters).
std::string RandomToken();
// Hex BLAKE2b-256 of `data`: token hashes and request fingerprints.
std::string HashHex(std::string_view data);
// Standard base64 with padding (files kept as text in the database), and back; a string that
// is not base64 is kInvalidArgument.
std::string ToBase64(std::string_view bytes);
core::Result<std::string> FromBase64(std::string_view text);
// Constant-time comparison of two strings of equal length.
bool SecureEquals(std::string_view a, std::string_view b);

inline constexpr std::size_t kPasswordMinLength = 10;
inline constexpr std::size_t kPasswordMaxLength = 256;

}  // namespace salesdesk::app
