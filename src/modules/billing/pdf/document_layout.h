// One layout for the three billing documents: page 1's header (company, title, customer, the
// document's facts), an optional letter text, tables whose header repeats on each page they
// continue on, a totals block and closing paragraphs; every page with a running header (from
// page 2) and a "Page n of N" footer. The documents (billing_pdf.cpp) only fill it in.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "modules/billing/core/document_print.h"
#include "pdf/pdf_language.h"
#include "pdf/pdf_table.h"

namespace salesdesk::pdf {

using LabelValue = std::pair<std::string, std::string>;

struct DocumentTable {
  std::string heading;  // empty: none
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;
};

struct DocumentLayout {
  Language language = Language::kEn;
  std::string title;      // "Invoice"
  std::string reference;  // "Invoice INV-2026-000001": running header, footer, metadata
  bool draft = false;
  const char* draft_label = "";
  const char* customer_label = "";
  const char* tax_id_label = "";
  const char* page_of = "";  // {page} {pages}
  const char* label_separator = ": ";
  core::billing::PrintParty company;
  core::billing::PrintParty customer;
  std::vector<LabelValue> facts;
  std::vector<LabelValue> opening;  // heading and text, before the tables (a letter's text)
  std::vector<DocumentTable> tables;
  std::size_t totals_after = 0;    // the totals follow this table
  std::vector<LabelValue> totals;  // the last one is the total, emphasized
  std::vector<LabelValue> closing;
};

struct QuoteLabels;

// A layout with the words every document shares (DRAFT stamp, tax id, "page n of N", the label
// separator) in `common`'s language, titled `title` and referenced "<title> <number>".
DocumentLayout StartDocument(Language language, const QuoteLabels& common, std::string title,
                             const std::string& number, const char* customer_label);
// The same for a document of `head` (billing's and deliveries' documents): its draft flag and
// parties too.
DocumentLayout StartDocument(Language language, const QuoteLabels& common,
                             const core::billing::DocumentHead& head, std::string title,
                             const char* customer_label);

// The PDF bytes; kInternal if cairo fails.
core::Result<std::string> RenderDocument(const DocumentLayout& doc);

}  // namespace salesdesk::pdf
