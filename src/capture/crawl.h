// A crawl into a case: seeds or a site recipe in, pages out as WARC records, blobs and documents.
//
//   * Every request and response is written to WARC (case/warc/*.warc.gz), every page body and
//     image to the blob store; ad pages (recipe) or pages (no recipe: main text) become documents
//     with provenance = page blob + byte range, like any import.
//   * robots.txt is obeyed unless the caller gives a legal basis for ignoring it, which is
//     recorded with the run.
//   * The frontier lives in the case: a killed crawl (or one stopped by --max-pages) continues
//     where it stopped when run again with the same recipe or seed.
//   * Watch mode repeats the crawl and records new, changed, returned and removed ads with times.
//   * Hostile servers (endless or dripping responses, redirect loops, compression bombs, broken
//     HTML or charsets) cost at most the caps in FetchOptions: the fetch is recorded with what
//     happened and the crawl goes on.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "capture/fetcher.h"
#include "capture/recipe.h"
#include "core/status.h"
#include "store/case.h"

namespace ariadne::capture {

struct CrawlProgress {
  int64_t pages = 0;  // pages fetched (listings, ads, pages) in this process
  int64_t images = 0;
  int64_t documents = 0;  // new documents
  int64_t errors = 0;
  int64_t queued = 0;  // URLs waiting in the frontier
  int64_t active = 0;  // transfers running
  double pages_per_second = 0;
  int64_t round = 1;
};

struct CrawlOptions {
  std::shared_ptr<const Recipe> recipe;  // null: recipe-less (main text of each page)
  // Seeds: with a recipe, listing pages (or ad pages, when the recipe's [ad] url matches); the
  // recipe's relative `start` paths are resolved against the first seed. Without a recipe, pages
  // whose same-host links are followed up to `max_depth` hops.
  std::vector<std::string> seeds;
  int64_t max_pages = 0;  // pages fetched per run (0: no limit); the rest stays queued
  FetchOptions fetch;
  bool obey_robots = true;
  std::string legal_basis;  // required (and recorded) when robots.txt is not obeyed
  bool fetch_images = true;
  int64_t max_redirects = 5;
  int64_t max_depth = 2;
  int64_t watch_interval_seconds = 0;       // > 0: crawl again after this long, until stopped
  int64_t rounds = 0;                       // watch mode: stop after this many rounds (0: no limit)
  const std::atomic<bool>* stop = nullptr;  // set (e.g. by SIGINT) to stop soon, resumably
  std::function<void(const CrawlProgress&)> on_progress;  // about twice a second
  std::function<void(const std::string&)> on_problem;     // "URL: what happened"
};

struct CrawlSummary {
  int64_t run_id = 0;  // the last run
  int64_t rounds = 0;
  bool resumed = false;   // the first round continued an interrupted run
  bool complete = false;  // the last round's frontier was emptied
  int64_t pages = 0;
  int64_t listings = 0;
  int64_t ads = 0;        // ad pages (recipe) or pages with text (no recipe) read
  int64_t documents = 0;  // new documents
  int64_t duplicates = 0;
  int64_t images = 0;
  int64_t errors = 0;
  int64_t robots_blocked = 0;
  int64_t redirects = 0;
  int64_t new_ads = 0;
  int64_t changed_ads = 0;
  int64_t removed_ads = 0;
  int64_t returned_ads = 0;
  std::vector<std::string> warc_files;
};

// Runs the crawl. Fails (without crawling) on bad options: no seeds, robots ignored without a legal
// basis, a case that cannot be written. Problems with pages are reported and counted, never
// returned.
Result<CrawlSummary> Crawl(store::Case& case_, const CrawlOptions& options);

// The job a crawl's runs belong to: "recipe:NAME" or "seed:URL".
std::string CrawlJob(const CrawlOptions& options);

}  // namespace ariadne::capture
