// Test helper: reads an XLSX file's first worksheet back (minizip + a small XML scan) as rows
// of cells with their type, so tests check numeric cells, dates and neutralised text.
#pragma once

#include <unzip.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace salesdesk::test_support {

// One cell: t is the XLSX type ("n" number, "inlineStr", "s" shared, "b" boolean), s the style.
struct XlsxCell {
  std::string type;
  std::string value;  // text of <v> or of the inline string's <t>
  std::string style;
};

// The named entry of a zip held in memory ("" when absent or unreadable).
inline std::string ZipEntry(const std::string& zip, const std::string& name) {
  char path[] = "/tmp/sd-xlsx-test-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return {};
  std::FILE* f = fdopen(fd, "wb");
  std::fwrite(zip.data(), 1, zip.size(), f);
  std::fclose(f);
  std::string out;
  if (unzFile z = unzOpen(path)) {
    if (unzLocateFile(z, name.c_str(), 1) == UNZ_OK && unzOpenCurrentFile(z) == UNZ_OK) {
      char buf[65536];
      int n;
      while ((n = unzReadCurrentFile(z, buf, sizeof buf)) > 0) out.append(buf, n);
      unzCloseCurrentFile(z);
    }
    unzClose(z);
  }
  std::remove(path);
  return out;
}

inline std::string XmlUnescape(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : kEntities) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
      s.replace(at, std::string(from).size(), to);
  }
  return s;
}

// Rows of the first sheet (index 0 = the header row), cells by column letter position.
inline std::vector<std::vector<XlsxCell>> XlsxRows(const std::string& zip) {
  const std::string xml = ZipEntry(zip, "xl/worksheets/sheet1.xml");
  std::vector<std::vector<XlsxCell>> rows;
  static const std::regex kRow(R"re(<row [^>]*>([\s\S]*?)</row>)re");
  static const std::regex kCell(
      R"re(<c r="([A-Z]+)\d+"((?: [a-z]+="[^"]*")*)(?:/>|>([\s\S]*?)</c>))re");
  static const std::regex kAttr(R"re( ([a-z]+)="([^"]*)")re");
  static const std::regex kText(R"re(<(?:v|t)(?: [^>]*)?>([\s\S]*?)</(?:v|t)>)re");
  for (std::sregex_iterator r(xml.begin(), xml.end(), kRow), end; r != end; ++r) {
    std::vector<XlsxCell> cells;
    const std::string body = (*r)[1];
    for (std::sregex_iterator c(body.begin(), body.end(), kCell); c != end; ++c) {
      std::size_t col = 0;
      for (char ch : std::string((*c)[1])) col = col * 26 + static_cast<std::size_t>(ch - 'A' + 1);
      XlsxCell cell{"n", "", ""};
      const std::string attrs = (*c)[2];
      for (std::sregex_iterator a(attrs.begin(), attrs.end(), kAttr); a != end; ++a) {
        if ((*a)[1] == "t") cell.type = (*a)[2];
        if ((*a)[1] == "s") cell.style = (*a)[2];
      }
      const std::string inner = (*c)[3];
      std::smatch m;
      if (std::regex_search(inner, m, kText)) cell.value = XmlUnescape(m[1]);
      if (cells.size() < col) cells.resize(col);
      cells[col - 1] = cell;
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

}  // namespace salesdesk::test_support
