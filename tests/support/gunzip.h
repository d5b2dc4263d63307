// Inflates a gzip body in tests that check what the server compressed.
#pragma once

#include <zlib.h>

#include <string>

namespace salesdesk::testing_support {

// The inflated bytes, or "<gunzip failed>" when `data` is not one whole gzip stream.
inline std::string Gunzip(const std::string& data) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return "<gunzip failed>";
  std::string out;
  char buffer[16384];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
  }
  inflateEnd(&z);
  return rc == Z_STREAM_END ? out : "<gunzip failed>";
}

}  // namespace salesdesk::testing_support
