#include "app/io/xlsx_reader.h"

#include <expat.h>
#include <minizip/unzip.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <string_view>

#include "core/io/csv_reader.h"
#include "core/time/date.h"
#include "core/time/timestamp.h"

namespace salesdesk::app::io {
namespace {

using core::Error;
using core::ErrorCode;

constexpr std::size_t kInflateChunk = 64 * 1024;

Error Broken(std::string_view why) {
  return Error::Make(ErrorCode::kInvalidArgument,
                     core::Msg("import.xlsx_broken", {{"reason", std::string(why)}}));
}

Error TooLarge(std::uint64_t limit) {
  return Error::Make(
      ErrorCode::kInvalidArgument,
      core::Msg("import.xlsx_too_large", {{"limit_mb", std::to_string(limit / (1024 * 1024))}}));
}

// The zip, with the inflated byte count of every part read so far.
class Zip {
 public:
  Zip(unzFile f, std::uint64_t limit) : f_(f), limit_(limit) {}
  ~Zip() { unzClose(f_); }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  // Sums the directory's uncompressed sizes (quick refusal) and lists the entries.
  core::Result<void> Survey() {
    std::uint64_t total = 0;
    for (int rc = unzGoToFirstFile(f_); rc == UNZ_OK; rc = unzGoToNextFile(f_)) {
      unz_file_info64 info;
      char name[512];
      if (unzGetCurrentFileInfo64(f_, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Broken("unreadable zip directory");
      total += info.uncompressed_size;
      if (total > limit_) return TooLarge(limit_);
      names_.insert(name);
    }
    if (names_.empty()) return Broken("not a zip file");
    return {};
  }

  bool Has(const std::string& name) const { return names_.count(name) > 0; }
  const std::set<std::string>& names() const { return names_; }

  // Inflates one entry into `parser`, counting the bytes that really come out.
  core::Result<void> Parse(const std::string& name, XML_Parser parser) {
    if (unzLocateFile(f_, name.c_str(), 1) != UNZ_OK) return Broken("missing part " + name);
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(f_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(f_) != UNZ_OK)
      return Broken("unreadable part " + name);
    std::uint64_t entry = 0;
    std::vector<char> buf(kInflateChunk);
    core::Result<void> out;
    for (;;) {
      const int n = unzReadCurrentFile(f_, buf.data(), static_cast<unsigned>(buf.size()));
      if (n < 0) {
        out = Broken("corrupt data in " + name);
        break;
      }
      entry += static_cast<std::uint64_t>(n);
      inflated_ += static_cast<std::uint64_t>(n);
      // The directory lied about this entry, or the parts together pass the limit.
      if (entry > info.uncompressed_size || inflated_ > limit_) {
        out = TooLarge(limit_);
        break;
      }
      if (XML_Parse(parser, buf.data(), n, n == 0) == XML_STATUS_ERROR) {
        if (XML_GetErrorCode(parser) != XML_ERROR_ABORTED)
          out = Broken(std::string("bad XML in ") + name + ": " +
                       XML_ErrorString(XML_GetErrorCode(parser)));
        break;
      }
      if (n == 0) break;
    }
    // A part cut short of its declared size (a lying directory) fails its checksum here.
    if (unzCloseCurrentFile(f_) == UNZ_CRCERROR && out.ok())
      out = Broken("checksum mismatch in " + name);
    return out;
  }

 private:
  unzFile f_;
  std::uint64_t limit_;
  std::uint64_t inflated_ = 0;
  std::set<std::string> names_;
};

struct ParserDeleter {
  void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
};
using Parser = std::unique_ptr<XML_ParserStruct, ParserDeleter>;

const char* Attr(const XML_Char** atts, const char* name) {
  for (int i = 0; atts[i] != nullptr; i += 2) {
    if (std::strcmp(atts[i], name) == 0) return atts[i + 1];
  }
  return nullptr;
}

// Element names without a namespace prefix ("x:c" -> "c").
std::string_view Local(const XML_Char* name) {
  std::string_view s(name);
  const auto colon = s.find(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

// xl/sharedStrings.xml: each <si>'s <t> runs joined (phonetic <rPh> runs left out).
struct SharedStrings {
  std::vector<std::string> items;
  std::string current;
  bool in_t = false;
  int in_rph = 0;

  static void Start(void* self, const XML_Char* name, const XML_Char**) {
    auto& s = *static_cast<SharedStrings*>(self);
    const auto n = Local(name);
    if (n == "si") s.current.clear();
    if (n == "rPh") ++s.in_rph;
    if (n == "t") s.in_t = s.in_rph == 0;
  }
  static void End(void* self, const XML_Char* name) {
    auto& s = *static_cast<SharedStrings*>(self);
    const auto n = Local(name);
    if (n == "t") s.in_t = false;
    if (n == "rPh") --s.in_rph;
    if (n == "si") s.items.push_back(std::move(s.current));
  }
  static void Text(void* self, const XML_Char* text, int len) {
    auto& s = *static_cast<SharedStrings*>(self);
    if (s.in_t) s.current.append(text, static_cast<std::size_t>(len));
  }
};

// Whether a number format shows a date: the built-in date formats, or a custom code with day,
// month, year or hour letters outside quotes and brackets.
bool IsDateFormatCode(std::string_view code) {
  bool quoted = false;
  int bracket = 0;
  for (char c : code) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '[') ++bracket;
    if (c == ']') --bracket;
    if (bracket > 0) continue;
    switch (c) {
      case 'y':
      case 'Y':
      case 'd':
      case 'D':
      case 'h':
      case 'H':
        return true;
      case 'm':
      case 'M':  // month or minute: both mean a date or time
        return true;
      default:
        break;
    }
  }
  return false;
}

bool IsBuiltinDateFormat(int id) { return (id >= 14 && id <= 22) || (id >= 45 && id <= 47); }

// xl/styles.xml: for each cell style (cellXfs/xf, in order), whether it shows a date.
struct Styles {
  std::vector<std::pair<int, std::string>> custom;  // numFmtId, formatCode
  std::vector<int> xf_formats;
  int in_cell_xfs = 0;

  static void Start(void* self, const XML_Char* name, const XML_Char** atts) {
    auto& s = *static_cast<Styles*>(self);
    const auto n = Local(name);
    if (n == "numFmt") {
      const char* id = Attr(atts, "numFmtId");
      const char* code = Attr(atts, "formatCode");
      if (id != nullptr && code != nullptr) s.custom.emplace_back(std::atoi(id), code);
    } else if (n == "cellXfs") {
      ++s.in_cell_xfs;
    } else if (n == "xf" && s.in_cell_xfs > 0) {
      const char* id = Attr(atts, "numFmtId");
      s.xf_formats.push_back(id != nullptr ? std::atoi(id) : 0);
    }
  }
  static void End(void* self, const XML_Char* name) {
    auto& s = *static_cast<Styles*>(self);
    if (Local(name) == "cellXfs") --s.in_cell_xfs;
  }

  std::vector<bool> DateStyles() const {
    std::vector<bool> out;
    for (int id : xf_formats) {
      bool date = IsBuiltinDateFormat(id);
      for (const auto& [cid, code] : custom) {
        if (cid == id) date = IsDateFormatCode(code);
      }
      out.push_back(date);
    }
    return out;
  }
};

// "AB12" -> 27 (0-based column of a cell reference); -1 when there are no letters.
int ColumnOf(const char* ref) {
  int col = 0;
  bool any = false;
  for (; *ref >= 'A' && *ref <= 'Z'; ++ref) {
    col = col * 26 + (*ref - 'A' + 1);
    any = true;
  }
  return any ? col - 1 : -1;
}

// The worksheet: rows of cells, handed out one by one.
struct Sheet {
  const std::vector<std::string>* shared = nullptr;
  const std::vector<bool>* date_styles = nullptr;
  const SheetRowFn* on_row = nullptr;
  XML_Parser parser = nullptr;
  std::int64_t row = 0;
  std::vector<std::string> cells;
  int col = 0;
  std::string type;  // the cell's t attribute
  int style = 0;
  std::string value;
  bool in_value = false;  // inside <v> or an inline string's <t>
  bool bad_index = false;

  static void Start(void* self, const XML_Char* name, const XML_Char** atts) {
    auto& s = *static_cast<Sheet*>(self);
    const auto n = Local(name);
    if (n == "row") {
      const char* r = Attr(atts, "r");
      s.row = r != nullptr ? std::atoll(r) : s.row + 1;
      s.cells.clear();
      s.col = 0;
    } else if (n == "c") {
      const char* r = Attr(atts, "r");
      const int at = r != nullptr ? ColumnOf(r) : -1;
      if (at >= 0) s.col = at;
      const char* t = Attr(atts, "t");
      s.type = t != nullptr ? t : "n";
      const char* st = Attr(atts, "s");
      s.style = st != nullptr ? std::atoi(st) : 0;
      s.value.clear();
    } else if (n == "v" || n == "t") {
      s.in_value = true;
    }
  }

  static void End(void* self, const XML_Char* name) {
    auto& s = *static_cast<Sheet*>(self);
    const auto n = Local(name);
    if (n == "v" || n == "t") {
      s.in_value = false;
    } else if (n == "c") {
      s.Put();
      ++s.col;
    } else if (n == "row") {
      while (!s.cells.empty() && s.cells.back().empty()) s.cells.pop_back();
      if (!s.cells.empty() && !(*s.on_row)(s.row, s.cells)) XML_StopParser(s.parser, XML_FALSE);
    }
  }

  static void Text(void* self, const XML_Char* text, int len) {
    auto& s = *static_cast<Sheet*>(self);
    if (s.in_value) s.value.append(text, static_cast<std::size_t>(len));
  }

  void Put() {
    std::string out;
    if (type == "s") {
      const long long i = std::atoll(value.c_str());
      if (i >= 0 && static_cast<std::size_t>(i) < shared->size()) {
        out = std::string(core::io::WithoutNeutralisation((*shared)[i]));
      } else {
        bad_index = true;
      }
    } else if (type == "inlineStr" || type == "str") {
      out = std::string(core::io::WithoutNeutralisation(value));
    } else if (type == "b") {
      out = value == "1" ? "true" : "false";
    } else if (type == "e") {
      out = value;  // #N/A and the like: a value the field rules will refuse
    } else if (!value.empty() && style >= 0 &&
               static_cast<std::size_t>(style) < date_styles->size() && (*date_styles)[style]) {
      out = ExcelSerialText(std::strtod(value.c_str(), nullptr));
    } else {
      out = value;
    }
    if (cells.size() <= static_cast<std::size_t>(col)) cells.resize(col + 1);
    cells[col] = std::move(out);
  }
};

template <typename Handler>
Parser MakeParser(Handler& h) {
  Parser p(XML_ParserCreate("UTF-8"));
  XML_SetUserData(p.get(), &h);
  return p;
}

// The first worksheet: sheet1.xml when present, else the first in name order.
std::string FirstSheet(const Zip& zip) {
  if (zip.Has("xl/worksheets/sheet1.xml")) return "xl/worksheets/sheet1.xml";
  for (const auto& n : zip.names()) {
    if (n.rfind("xl/worksheets/", 0) == 0 && n.size() > 4 && n.substr(n.size() - 4) == ".xml" &&
        n.find('/', 14) == std::string::npos)
      return n;
  }
  return {};
}

}  // namespace

std::string ExcelSerialText(double serial) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958465.99999) return std::to_string(serial);
  // 1900 system: serial 1 is 1900-01-01, and Lotus's phantom 1900-02-29 is serial 60, so from
  // 61 on serial 25569 is 1970-01-01.
  const double whole = std::floor(serial);
  if (whole == 60) return "1900-02-29";  // a day that does not exist: the date rule refuses it
  const std::int64_t days = static_cast<std::int64_t>(whole) - (whole < 60 ? 25568 : 25569);
  const std::int64_t seconds = std::llround((serial - whole) * 86400.0);
  if (seconds == 0) {
    auto d = core::Date::FromDaysSinceEpoch(days);
    return d.ok() ? d->ToString() : std::to_string(serial);
  }
  auto t =
      core::Timestamp::FromMicros((days * 86400 + seconds) * core::Timestamp::kMicrosPerSecond);
  return t.ok() ? t->ToString() : std::to_string(serial);
}

core::Result<void> ReadXlsxRows(const std::string& path, const SheetRowFn& on_row,
                                std::uint64_t max_expanded) {
  unzFile f = unzOpen64(path.c_str());
  if (f == nullptr) return Broken("not a zip file");
  Zip zip(f, max_expanded);
  SD_TRY(zip.Survey());
  const std::string sheet_name = FirstSheet(zip);
  if (sheet_name.empty())
    return Error::Make(ErrorCode::kInvalidArgument, core::Msg("import.xlsx_no_sheet"));

  SharedStrings shared;
  if (zip.Has("xl/sharedStrings.xml")) {
    Parser p = MakeParser(shared);
    XML_SetElementHandler(p.get(), SharedStrings::Start, SharedStrings::End);
    XML_SetCharacterDataHandler(p.get(), SharedStrings::Text);
    SD_TRY(zip.Parse("xl/sharedStrings.xml", p.get()));
  }
  Styles styles;
  if (zip.Has("xl/styles.xml")) {
    Parser p = MakeParser(styles);
    XML_SetElementHandler(p.get(), Styles::Start, Styles::End);
    SD_TRY(zip.Parse("xl/styles.xml", p.get()));
  }
  const std::vector<bool> date_styles = styles.DateStyles();

  Sheet sheet;
  sheet.shared = &shared.items;
  sheet.date_styles = &date_styles;
  sheet.on_row = &on_row;
  Parser p = MakeParser(sheet);
  sheet.parser = p.get();
  XML_SetElementHandler(p.get(), Sheet::Start, Sheet::End);
  XML_SetCharacterDataHandler(p.get(), Sheet::Text);
  SD_TRY(zip.Parse(sheet_name, p.get()));
  if (sheet.bad_index) return Broken("a cell names a shared string that does not exist");
  return {};
}

}  // namespace salesdesk::app::io
