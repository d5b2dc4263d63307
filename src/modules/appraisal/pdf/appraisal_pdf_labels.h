// The appraisal PDF's words in each document language; row names by item, n/a reasons by code.
#pragma once

#include <string_view>

#include "modules/appraisal/core/scorecard_items.h"
#include "pdf/pdf_language.h"

namespace salesdesk::pdf {

struct AppraisalLabels {
  const char* title;
  const char* person;
  const char* month;
  const char* figures;
  const char* live;
  const char* frozen;
  const char* planned_target;
  const char* actual_sales;
  const char* row;
  const char* target;
  const char* actual;
  const char* attainment;
  const char* weight;
  const char* score;
  const char* conduct;
  const char* comment;
  const char* rated_by;
  const char* signed_by;
  const char* acknowledged;
  const char* not_yet;
  const char* not_applicable;  // "n/a"
};

const AppraisalLabels& AppraisalLabelsFor(Language language);
const char* ItemLabel(Language language, core::appraisal::Item item);
const char* ReasonLabel(Language language, std::string_view code);

}  // namespace salesdesk::pdf
