// The document languages a quote PDF can be printed in. Each one fixes the labels
// (quote_pdf_labels.h) and the number and date conventions (pdf_number_format.h).
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.h"

namespace salesdesk::pdf {

enum class Language : std::uint8_t { kEn, kDe, kEs, kZh };

// "en", "de", "es" or "zh"; anything else is kInvalidArgument with field "lang".
core::Result<Language> ParseLanguage(std::string_view code);

}  // namespace salesdesk::pdf
