// Deterministic randomness, the batching writer and text helpers of the demo generator.
#include <boost/json/serialize.hpp>

#include "app/demo/demo_internal.h"
#include "app/records/record_json.h"

namespace salesdesk::app::demo {
namespace {

std::uint64_t SplitMix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// ASCII spellings of U+00C0..U+00FF (two-byte UTF-8 sequences starting with 0xC3).
constexpr const char* kLatin1Fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "x", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

}  // namespace

DemoRandom::DemoRandom(std::uint64_t seed, std::uint64_t stream)
    : rng_(SplitMix64(seed ^ SplitMix64(stream))) {}

std::int64_t DemoRandom::Uniform(std::int64_t lo, std::int64_t hi) {
  const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
  if (span == 0) return static_cast<std::int64_t>(rng_());  // the whole 64-bit range
  const auto scaled = (static_cast<unsigned __int128>(rng_()) * span) >> 64;
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) +
                                   static_cast<std::uint64_t>(scaled));
}

std::size_t DemoRandom::Weighted(std::span<const int> weights) {
  std::int64_t total = 0;
  for (int w : weights) total += w;
  std::int64_t r = Uniform(0, total - 1);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return weights.size() - 1;
}

core::Result<UnitOfWork*> BatchWriter::Open() {
  if (uow_ == nullptr) {
    SD_ASSIGN(uow_, store_.Write());
  }
  return uow_.get();
}

core::Result<Record> BatchWriter::Insert(const EntitySpec& e, const Record& fields) {
  SD_ASSIGN(UnitOfWork * uow, Open());
  SD_ASSIGN(Record record, uow->Insert(e, fields, now_));
  if (e.audited) {
    SD_TRY(uow->AppendAudit(AuditEntry{now_, 0, std::string(e.plural), RecordId(record), "create",
                                       "", boost::json::serialize(RecordToJson(e, record, true))}));
  }
  if (++pending_ >= kBatchSize) SD_TRY(Commit());
  return record;
}

core::Result<Record> BatchWriter::Update(const EntitySpec& e, const Record& current,
                                         const Record& fields) {
  SD_ASSIGN(UnitOfWork * uow, Open());
  const std::int64_t id = RecordId(current);
  SD_ASSIGN(Record record, uow->Update(e, id, fields, RecordVersion(current), now_));
  if (e.audited) {
    SD_TRY(uow->AppendAudit(AuditEntry{now_, 0, std::string(e.plural), id, "update",
                                       boost::json::serialize(RecordToJson(e, current, true)),
                                       boost::json::serialize(RecordToJson(e, record, true))}));
  }
  if (++pending_ >= kBatchSize) SD_TRY(Commit());
  return record;
}

core::Result<void> BatchWriter::Commit() {
  if (uow_ == nullptr) return core::Ok();
  auto uow = std::move(uow_);
  pending_ = 0;
  return uow->Commit();
}

std::string Expand(std::string_view pattern,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size();) {
    bool replaced = false;
    if (pattern[i] == '{') {
      for (const auto& [key, value] : values) {
        if (pattern.substr(i + 1, key.size()) == key &&
            pattern.substr(i + 1 + key.size(), 1) == "}") {
          out += value;
          i += key.size() + 2;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += pattern[i++];
  }
  return out;
}

std::string FillPattern(std::string_view pattern, DemoRandom& random) {
  std::string out(pattern);
  for (char& c : out) {
    if (c == '#') c = static_cast<char>('0' + random.Uniform(0, 9));
    if (c == '@') c = static_cast<char>('A' + random.Uniform(0, 25));
  }
  return out;
}

std::string AsciiSlug(std::string_view text, char separator, std::size_t max_length) {
  std::string out;
  bool pending_separator = false;
  auto append = [&](std::string_view piece) {
    if (pending_separator && !out.empty()) out += separator;
    pending_separator = false;
    out += piece;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      append(std::string_view(&text[i], 1));
    } else if (c >= 'A' && c <= 'Z') {
      const char lower = static_cast<char>(c - 'A' + 'a');
      append(std::string_view(&lower, 1));
    } else if (c == 0xC3 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[++i]);
      if (next >= 0x80 && next <= 0xBF) append(kLatin1Fold[next - 0x80]);
    } else if (c == '\'') {
      // "People's" reads better as "peoples" than "people-s".
    } else if (c < 0x80 || (c & 0xC0) == 0xC0) {
      pending_separator = true;  // ASCII punctuation, or the start of another character
    }
  }
  if (out.size() > max_length) out.resize(max_length);
  while (!out.empty() && out.back() == separator) out.pop_back();
  return out;
}

}  // namespace salesdesk::app::demo
