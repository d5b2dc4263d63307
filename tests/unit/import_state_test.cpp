// The import's stored state (decision 0054): what the service writes into imports.state reads
// back the same, the row's own columns win, and only the first kMaxStoredErrors bad rows are
// kept while errors_total still counts them all.
#include "app/io/import_state.h"

#include <gtest/gtest.h>

namespace salesdesk::app::io {
namespace {

ImportView Sample() {
  ImportView v;
  v.id = 7;
  v.entity = "accounts";
  v.format = ImportFormat::kXlsx;
  v.status = ImportStatus::kFailed;
  v.columns = {"Name", "Land"};
  v.preview = {{"Haus Nord", "DE"}, {"Haus Süd", ""}};
  v.mapping = {{"Name", "name"}, {"Land", "country"}};
  v.mapping_remembered = true;
  v.rows_total = 2500;
  v.rows_done = 1500;
  v.rows_created = 1400;
  v.rows_replayed = 60;
  v.rows_failed = 40;
  v.progress_at_us = 123;
  v.errors = {
      {3, "Land", "country", "field.required", "country is required", {{"field", "country"}}}};
  v.errors_total = 40;
  v.failure = "stopped";
  v.dry_run = DryRunSummary{2500, 2460, 40, 41};
  return v;
}

TEST(ImportState, WhatIsStoredReadsBackTheSame) {
  const ImportView v = Sample();
  const StoredImport row{7, 5, "failed", 123, 99, EncodeState(v, "shape-1")};
  const auto back = DecodeState(row);
  ASSERT_TRUE(back.ok());
  const ImportView& r = back->view;
  EXPECT_EQ(back->shape, "shape-1");
  EXPECT_EQ(r.entity, "accounts");
  EXPECT_EQ(r.format, ImportFormat::kXlsx);
  EXPECT_EQ(r.status, ImportStatus::kFailed);
  EXPECT_EQ(r.columns, v.columns);
  EXPECT_EQ(r.preview, v.preview);
  EXPECT_EQ(r.mapping, v.mapping);
  EXPECT_TRUE(r.mapping_remembered);
  EXPECT_EQ(r.rows_total, 2500);
  EXPECT_EQ(r.rows_done, 1500);
  EXPECT_EQ(r.rows_created, 1400);
  EXPECT_EQ(r.rows_replayed, 60);
  EXPECT_EQ(r.rows_failed, 40);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].row, 3);
  EXPECT_EQ(r.errors[0].column, "Land");
  EXPECT_EQ(r.errors[0].code, "field.required");
  EXPECT_EQ(r.errors[0].params, (core::MessageParams{{"field", "country"}}));
  EXPECT_EQ(r.errors_total, 40);
  EXPECT_EQ(r.failure, "stopped");
  ASSERT_TRUE(r.dry_run.has_value());
  EXPECT_EQ(r.dry_run->rows_ok, 2460);
  EXPECT_EQ(r.dry_run->errors_total, 41);
}

TEST(ImportState, TheRowsColumnsWinAndBadRowsAreCapped) {
  ImportView v = Sample();
  v.dry_run.reset();
  v.errors.assign(kMaxStoredErrors + 5, v.errors.front());
  v.errors_total = static_cast<std::int64_t>(kMaxStoredErrors) + 5;
  // The run's status is the column's: a start-up sweep changes it without rewriting the rest.
  const auto back = DecodeState({7, 5, "running", 456, 99, EncodeState(v, "s")});
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->view.status, ImportStatus::kRunning);
  EXPECT_EQ(back->view.progress_at_us, 456);
  EXPECT_EQ(back->view.errors.size(), kMaxStoredErrors);
  EXPECT_EQ(back->view.errors_total, static_cast<std::int64_t>(kMaxStoredErrors) + 5);
  EXPECT_FALSE(back->view.dry_run.has_value());
  EXPECT_FALSE(DecodeState({7, 5, "done", 0, 0, "not json"}).ok());
}

}  // namespace
}  // namespace salesdesk::app::io
