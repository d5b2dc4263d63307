// The catalogue: a category tree and products with SKUs, units, costs (EUR, a few bought in
// USD), customs codes, weights and volumes. Costs are integer cents throughout.
#include <algorithm>
#include <cstdio>

#include "app/demo/demo_internal.h"

namespace salesdesk::app::demo {
namespace {

using I = std::int64_t;

struct ProductKind {
  std::string_view name, unit;
  I min_eur, max_eur;  // cost range in whole euros
  I min_g, max_g;      // shipping weight in grams
};

struct ProductLine {
  std::string_view category, parent, sku;  // sku: the code inside "MS-US-0001"
  int weight;                              // share of the catalogue
  std::string_view device_class;           // EU MDR risk class, for the description
  int usd_percent;                         // bought from US suppliers
  std::vector<std::string_view> hs_codes;
  std::vector<ProductKind> kinds;
  std::vector<std::string_view> variants;  // sizes of consumables; empty for devices
};

const std::vector<ProductLine>& Lines() {
  static const std::vector<ProductLine> kLines = {
      {"Ultrasound",
       "Diagnostics",
       "US",
       6,
       "IIa",
       20,
       {"901812", "90181200"},
       {{"Portable ultrasound scanner", "pc", 8'000, 25'000, 3'000, 8'000},
        {"Cart-based ultrasound system", "pc", 25'000, 90'000, 60'000, 120'000},
        {"Handheld ultrasound probe", "pc", 2'500, 7'000, 300, 600},
        {"Linear array transducer", "pc", 1'800, 6'500, 200, 500}},
       {}},
      {"Patient monitoring",
       "Diagnostics",
       "PM",
       8,
       "IIb",
       15,
       {"901819", "90181910"},
       {{"Multiparameter patient monitor", "pc", 2'500, 12'000, 3'000, 9'000},
        {"Fingertip pulse oximeter", "pc", 40, 600, 50, 400},
        {"12-lead ECG recorder", "pc", 900, 4'500, 1'000, 4'000},
        {"Vital signs monitor", "pc", 800, 3'200, 1'500, 4'000}},
       {}},
      {"Instruments",
       "Surgical",
       "SI",
       14,
       "I",
       5,
       {"901890", "90189084"},
       {{"Metzenbaum surgical scissors", "pc", 15, 90, 50, 150},
        {"Mayo-Hegar needle holder", "pc", 25, 120, 50, 150},
        {"Laparoscopy instrument set", "set", 1'500, 9'000, 3'000, 12'000},
        {"Retractor set", "set", 200, 1'400, 1'000, 4'000}},
       {}},
      {"Sutures",
       "Surgical",
       "SU",
       10,
       "III",
       0,
       {"300610", "30061010"},
       {{"Absorbable PGA suture", "box", 25, 90, 100, 400},
        {"Non-absorbable nylon suture", "box", 20, 70, 100, 400}},
       {"USP 2-0", "USP 3-0", "USP 4-0", "USP 5-0"}},
      {"Gloves",
       "Consumables",
       "GL",
       10,
       "I",
       10,
       {"401511", "401519", "40151900"},
       {{"Nitrile examination gloves", "box", 4, 12, 500, 800},
        {"Latex surgical gloves", "box", 25, 60, 1'200, 1'800},
        {"Vinyl examination gloves", "box", 3, 8, 500, 800}},
       {"size S", "size M", "size L", "size XL"}},
      {"Syringes",
       "Consumables",
       "SY",
       10,
       "IIa",
       10,
       {"901831", "90183110"},
       {{"Disposable Luer-lock syringe", "box", 6, 15, 400, 1'200},
        {"Safety syringe", "box", 15, 40, 500, 1'400}},
       {"1 ml", "2 ml", "5 ml", "10 ml", "20 ml"}},
      {"Dressings",
       "Consumables",
       "DR",
       12,
       "IIb",
       0,
       {"300590", "300510"},
       {{"Hydrocolloid wound dressing", "pack", 12, 35, 100, 300},
        {"Sterile gauze swabs", "pack", 3, 9, 200, 600},
        {"Foam wound dressing", "pack", 20, 55, 100, 300}},
       {"5 x 5 cm", "10 x 10 cm", "15 x 15 cm", "20 x 20 cm"}},
      {"Orthopaedics",
       "",
       "OR",
       16,
       "IIb",
       5,
       {"902110", "90211010"},
       {{"Hinged knee brace", "pc", 30, 180, 300, 800},
        {"Titanium bone screw set", "set", 400, 2'500, 500, 2'000},
        {"Cervical collar", "pc", 15, 60, 150, 400},
        {"Titanium locking plate", "pc", 180, 900, 50, 200},
        {"Walker boot", "pc", 60, 220, 900, 1'600}},
       {}},
      {"Respiratory",
       "",
       "RE",
       8,
       "IIb",
       25,
       {"901920", "90192000"},
       {{"Oxygen concentrator", "pc", 600, 2'200, 15'000, 25'000},
        {"CPAP device", "pc", 350, 1'200, 1'500, 3'000},
        {"Transport ventilator", "pc", 8'000, 18'000, 4'000, 7'000},
        {"Compressor nebulizer", "pc", 40, 180, 1'000, 2'000}},
       {}},
  };
  return kLines;
}

// Catalogue prices look set by a person: whole cents below 100, euros up to 1,000, tens above.
I RoundCost(I cents) {
  const I step = cents < 10'000 ? 1 : cents < 100'000 ? 100 : 1'000;
  return std::max<I>(step, cents / step * step);
}

// "Portable ultrasound scanner P100": the model starts with the first letter of the kind.
char ModelLetter(std::string_view kind) {
  for (char c : kind) {
    if (c >= 'a' && c <= 'z') return static_cast<char>(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z') return c;
  }
  return 'M';
}

// The demo's VAT class per product line, as a Spanish seller would charge: dressings,
// orthopaedic aids and respiratory aids for patients take the reduced rate (10 % in ES), the
// other devices and consumables the standard rate. A simplification for the demo (docs/tax.md).
std::string TaxClassOf(const ProductLine& line) {
  for (std::string_view reduced : {"Dressings", "Orthopaedics", "Respiratory"}) {
    if (line.category == reduced) return "reduced";
  }
  return "standard";
}

}  // namespace

core::Result<std::int64_t> CreateCatalogue(BatchWriter& writer, const DemoOptions& options) {
  const EntitySpec& categories = Spec("product-categories");
  std::map<std::string, I, std::less<>> category_ids;
  auto category = [&](std::string_view name, std::string_view parent) -> core::Result<I> {
    if (auto it = category_ids.find(name); it != category_ids.end()) return it->second;
    FieldValue parent_id = std::monostate{};
    if (!parent.empty()) parent_id = category_ids.at(std::string(parent));
    SD_ASSIGN(Record c, writer.Insert(categories, Record{{"name", std::string(name)},
                                                         {"parent_id", parent_id}}));
    category_ids[std::string(name)] = RecordId(c);
    return RecordId(c);
  };
  for (std::string_view top : {"Diagnostics", "Surgical", "Consumables"}) {
    SD_TRY(category(top, ""));
  }
  std::vector<int> weights;
  for (const auto& line : Lines()) {
    SD_TRY(category(line.category, line.parent));
    weights.push_back(line.weight);
  }

  const EntitySpec& products = Spec("products");
  DemoRandom random(options.seed, kProductsStream);
  std::vector<int> per_line(Lines().size(), 0);
  std::map<std::string, int, std::less<>> per_kind;  // model numbers count up per kind
  for (int i = 0; i < options.products; ++i) {
    const std::size_t l = random.Weighted(weights);
    const ProductLine& line = Lines()[l];
    const ProductKind& kind = random.Pick(line.kinds);
    const int model = 100 + 10 * per_kind[std::string(kind.name)]++;
    std::string name =
        std::string(kind.name) + " " + ModelLetter(kind.name) + std::to_string(model);
    if (!line.variants.empty()) name.append(", ").append(random.Pick(line.variants));
    char sku[32];
    std::snprintf(sku, sizeof sku, "MS-%.*s-%04d", static_cast<int>(line.sku.size()),
                  line.sku.data(), ++per_line[l]);

    I cost = RoundCost(random.Uniform(kind.min_eur * 100, kind.max_eur * 100));
    std::string currency = "EUR";
    if (random.Percent(line.usd_percent)) {  // US list prices: about 1.08 dollars per euro
      cost = RoundCost(cost * 108 / 100);
      currency = "USD";
    }
    const I grams = random.Uniform(kind.min_g, kind.max_g);
    const I cubic_cm = grams * random.Uniform(2, 6);  // packaged goods: 0.17-0.5 g/cm3
    std::string description = std::string(kind.name) + ". CE-marked medical device, class " +
                              std::string(line.device_class) + ".";
    Record product{{"sku", std::string(sku)},
                   {"name", std::move(name)},
                   {"description", std::move(description)},
                   {"unit", std::string(kind.unit)},
                   {"category_id", category_ids.at(std::string(line.category))},
                   {"cost", MoneyValue{cost, currency}},
                   {"hs_code", std::string(random.Pick(line.hs_codes))},
                   {"weight_kg", grams},
                   {"volume_m3", cubic_cm},
                   {"active", !random.Percent(4)},
                   {"tax_class", TaxClassOf(line)}};
    // Pieces also come in packs of 10, priced per piece (docs/pricing.md, "Unit conversion").
    if (std::string_view(kind.unit) == "pc") {
      product["sales_unit"] = std::string("pack");
      product["sales_unit_factor"] = I{10};
    }
    SD_TRY(writer.Insert(products, product));
  }
  return I{options.products};
}

}  // namespace salesdesk::app::demo
