#include "app/auth/crypto.h"

#include <gtest/gtest.h>

#include <set>

namespace salesdesk::app {
namespace {

TEST(Crypto, PasswordHashIsArgon2idWithOurCostAndVerifies) {
  auto hash = HashPassword("correct horse battery");
  ASSERT_TRUE(hash.ok());
  // m = 19 MiB (19456 KiB), t = 2: the floor QUALITY.md G8 sets.
  EXPECT_EQ(hash->rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0), 0u) << *hash;
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse battery"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse batterY"));
  EXPECT_FALSE(VerifyPassword("", "anything"));
  EXPECT_FALSE(VerifyPassword("garbage", "anything"));
}

TEST(Crypto, RejectsShortPasswordsNamingTheField) {
  auto hash = HashPassword("short");
  ASSERT_FALSE(hash.ok());
  EXPECT_EQ(hash.error().field, "password");
}

TEST(Crypto, TokensAre256BitRandomAndUrlSafe) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    std::string t = RandomToken();
    EXPECT_EQ(t.size(), 43u);  // 32 bytes in unpadded base64
    EXPECT_EQ(
        t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 200u);
}

TEST(Crypto, HashHexIsStableBlake2b256) {
  // BLAKE2b-256 of the empty string (RFC 7693 parameters, 32-byte digest).
  EXPECT_EQ(HashHex(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  EXPECT_NE(HashHex("a"), HashHex("b"));
  EXPECT_TRUE(SecureEquals("abc", "abc"));
  EXPECT_FALSE(SecureEquals("abc", "abd"));
  EXPECT_FALSE(SecureEquals("abc", "abcd"));
}

}  // namespace
}  // namespace salesdesk::app
