#include "app/auth/crypto.h"

#include <sodium.h>

#include <condition_variable>
#include <mutex>

namespace salesdesk::app {
namespace {

constexpr unsigned long long kOpsLimit = 2;          // t = 2
constexpr std::size_t kMemLimit = 19 * 1024 * 1024;  // 19 MiB

// Counting semaphore (std::counting_semaphore is fine too; this keeps waiting explicit).
class HashSlots {
 public:
  void Acquire() {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return free_ > 0; });
    --free_;
  }
  void Release() {
    {
      std::lock_guard lock(mutex_);
      ++free_;
    }
    cv_.notify_one();
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  int free_ = 2;
};

HashSlots& Slots() {
  static HashSlots slots;
  return slots;
}

struct SlotGuard {
  SlotGuard() { Slots().Acquire(); }
  ~SlotGuard() { Slots().Release(); }
};

}  // namespace

void InitCrypto() {
  static const int kInit = sodium_init();
  (void)kInit;
}

core::Result<std::string> HashPassword(std::string_view password) {
  InitCrypto();
  if (password.size() < kPasswordMinLength) {
    return core::Error::Invalid(
        "password",
        core::Msg("auth.password_too_short", {{"min", std::to_string(kPasswordMinLength)}}));
  }
  if (password.size() > kPasswordMaxLength) {
    return core::Error::Invalid(
        "password",
        core::Msg("auth.password_too_long", {{"max", std::to_string(kPasswordMaxLength)}}));
  }
  char out[crypto_pwhash_STRBYTES];
  SlotGuard slot;
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return core::Error::Make(core::ErrorCode::kUnavailable, core::Msg("server.busy_hashing"));
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view encoded_hash, std::string_view password) {
  InitCrypto();
  if (encoded_hash.empty() || encoded_hash.size() >= crypto_pwhash_STRBYTES) return false;
  std::string hash(encoded_hash);  // needs a NUL-terminated copy
  SlotGuard slot;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string RandomToken() {
  InitCrypto();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return std::string(out);
}

std::string ToBase64(std::string_view bytes) {
  InitCrypto();
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

core::Result<std::string> FromBase64(std::string_view text) {
  InitCrypto();
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return core::Error::Invalid("base64", core::Msg("import.file_unreadable"));
  }
  out.resize(length);
  return out;
}

std::string HashHex(std::string_view data) {
  InitCrypto();
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex);
}

bool SecureEquals(std::string_view a, std::string_view b) {
  InitCrypto();
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace salesdesk::app
