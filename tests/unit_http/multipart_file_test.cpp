// The file part of a browser's multipart/form-data upload (the import page's form).
#include <gtest/gtest.h>

#include "http/multipart_file.h"

namespace salesdesk::http {
namespace {

TEST(MultipartFile, FindsTheFilePartAmongFields) {
  const std::string body =
      "--XyZ\r\n"
      "Content-Disposition: form-data; name=\"entity\"\r\n\r\n"
      "accounts\r\n"
      "--XyZ\r\n"
      "Content-Disposition: form-data; name=\"file\"; filename=\"Kunden 2026.csv\"\r\n"
      "Content-Type: text/csv\r\n\r\n"
      "name;country\r\nA;ES\r\n\r\n"
      "--XyZ--\r\n";
  auto f = MultipartFile("multipart/form-data; boundary=XyZ", body);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->file_name, "Kunden 2026.csv");
  EXPECT_EQ(f->content_type, "text/csv");
  EXPECT_EQ(f->bytes, "name;country\r\nA;ES\r\n");  // the CRLF before the delimiter is framing
}

TEST(MultipartFile, QuotedBoundaryAndNoFile) {
  const std::string body =
      "--a b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--a b--";
  EXPECT_FALSE(MultipartFile("multipart/form-data; boundary=\"a b\"", body).has_value());
  EXPECT_FALSE(MultipartFile("multipart/form-data", body).has_value());
  EXPECT_FALSE(MultipartFile("multipart/form-data; boundary=q", "--q\r\nbroken").has_value());
}

}  // namespace
}  // namespace salesdesk::http
