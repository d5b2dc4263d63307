// Full-text ?q= (decision 0064): where input splits into words, which numbers also match padded
// with zeros, and the indexes declared for the entity specs (fields of the spec; an entity
// searched through another's index shares its read policy).
#include <gtest/gtest.h>

#include "app/access/role.h"
#include "app/records/entity_spec.h"
#include "app/records/full_text.h"

namespace salesdesk::app {
namespace {

using Words = std::vector<std::vector<std::string>>;

Words Of(std::string_view q) {
  Words out;
  for (const SearchWord& w : SearchWords(q)) out.push_back(w.prefixes);
  return out;
}

TEST(FullTextWords, SplitAtSpacesAndAsciiPunctuation) {
  EXPECT_EQ(Of("Müller  GmbH"), (Words{{"Müller"}, {"GmbH"}}));
  EXPECT_EQ(Of("o'brien&co"), (Words{{"o"}, {"brien"}, {"co"}}));
  EXPECT_EQ(Of("j.gross@mueller.example"), (Words{{"j"}, {"gross"}, {"mueller"}, {"example"}}));
  EXPECT_EQ(Of("a_b\tc\nd"), (Words{{"a"}, {"b"}, {"c"}, {"d"}}));
}

TEST(FullTextWords, EitherEnginesSyntaxIsOnlySeparators) {
  EXPECT_EQ(Of("\"mul\"* AND (x OR y) NEAR/3 -z ^a col:b"),
            (Words{{"mul"},
                   {"AND"},
                   {"x"},
                   {"OR"},
                   {"y"},
                   {"NEAR"},
                   {"3", "03", "003", "0003", "00003"},
                   {"z"},
                   {"a"},
                   {"col"},
                   {"b"}}));
  EXPECT_EQ(Of("'a':* & !b | c <-> d"), (Words{{"a"}, {"b"}, {"c"}, {"d"}}));
  // No word at all: the search matches nothing (the repository says so, not the engine).
  EXPECT_TRUE(SearchWords("\"\" * : ( ) - \\ ' ;").empty());
  EXPECT_TRUE(SearchWords("").empty());
}

TEST(FullTextWords, UnicodePunctuationSplitsLettersDoNot) {
  EXPECT_EQ(Of("«São»–José"), (Words{{"São"}, {"José"}}));
  EXPECT_EQ(Of("¿qué? ¡sí! a·b"), (Words{{"qué"}, {"sí"}, {"a"}, {"b"}}));
  EXPECT_EQ(Of("muller † 10€ ➜ x"), (Words{{"muller"}, {"10", "010", "0010", "00010"}, {"x"}}));
  EXPECT_EQ(Of("北京、上海"), (Words{{"北京"}, {"上海"}}));
  EXPECT_EQ(Of("Ærø ª µ º"), (Words{{"Ærø"}, {"ª"}, {"µ"}, {"º"}}));
  // Bytes that are no UTF-8 part words instead of reaching the engine.
  EXPECT_EQ(Of("ab\xff"
               "cd\xc3"),
            (Words{{"ab"}, {"cd"}}));
}

TEST(FullTextWords, ShortNumbersAlsoMatchPaddedToTheDocumentNumbersDigits) {
  EXPECT_EQ(Of("Q-2025-0042"), (Words{{"Q"}, {"2025", "02025"}, {"0042", "00042"}}));
  EXPECT_EQ(Of("42"), (Words{{"42", "042", "0042", "00042"}}));
  EXPECT_EQ(Of("00042"), (Words{{"00042"}}));
  EXPECT_EQ(Of("123456"), (Words{{"123456"}}));
  EXPECT_EQ(Of("b12"), (Words{{"b12"}}));  // not a number: as typed
}

// A record found through another's index (a quote by its customer) applies its own
// visibility to that other entity: sound only when both are read under the same policy.
TEST(FullTextIndexes, EntitiesSearchingThroughAnotherShareItsReadPolicy) {
  int via = 0;
  for (const EntitySpec& e : AllEntities()) {
    const FullTextIndex* index = FullTextIndexOf(e.plural);
    if (index == nullptr || index->via.empty()) continue;
    ++via;
    const FieldSpec* ref = e.Field(index->via);
    ASSERT_NE(ref, nullptr) << e.plural << "." << index->via;
    ASSERT_EQ(ref->type, FieldType::kRef) << e.plural;
    const EntitySpec* target = FindEntity(ref->ref_entity);
    ASSERT_NE(target, nullptr) << e.plural;
    EXPECT_NE(FullTextIndexOf(target->plural), nullptr) << target->plural << ": no index";
    EXPECT_EQ(e.ownership, target->ownership) << e.plural;
    for (Role role : kAllRoles) {
      const auto mine = e.PolicyFor(role);
      const auto theirs = target->PolicyFor(role);
      ASSERT_EQ(mine.has_value(), theirs.has_value()) << e.plural << " " << RoleName(role);
      if (mine) {
        EXPECT_EQ(mine->read, theirs->read) << e.plural << " " << RoleName(role);
      }
    }
  }
  EXPECT_EQ(via, 2);  // quotes and sales orders
}

// Every index names an entity of the catalog and text fields of its spec, and is searched by
// ?q= (the entity has search_fields), so no declared index is dead.
TEST(FullTextIndexes, IndexFieldsAreTextFieldsOfTheSpec) {
  int indexed = 0;
  for (const char* plural : {"accounts", "contacts", "quotes", "sales-orders", "leads"}) {
    const EntitySpec* e = FindEntity(plural);
    ASSERT_NE(e, nullptr) << plural;
    const FullTextIndex* index = FullTextIndexOf(plural);
    ASSERT_NE(index, nullptr) << plural;
    EXPECT_FALSE(e->search_fields.empty()) << plural;
    for (std::string_view name : index->fields) {
      const FieldSpec* f = e->Field(name);
      ASSERT_NE(f, nullptr) << plural << "." << name;
      EXPECT_TRUE(f->type == FieldType::kText || f->type == FieldType::kEmail)
          << plural << "." << name;
    }
  }
  for (const EntitySpec& e : AllEntities()) indexed += FullTextIndexOf(e.plural) != nullptr;
  EXPECT_EQ(indexed, 5);
  EXPECT_EQ(FullTextIndexOf("products"), nullptr);  // LIKE, as before
}

}  // namespace
}  // namespace salesdesk::app
