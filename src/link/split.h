// Splitting large clusters whose parts are joined only weakly (issue 5 item 1; linking.md). A
// cluster is a connected component of the evidence, so one shared value between two unrelated
// groups (a number passed on, another advertiser's text reposted) merges them. A component of at
// least `min_documents` documents is partitioned with Leiden (CPM, network/analysis.h) on its
// evidence graph: the documents, plus each shared value or photo as a node of its own (so a value
// on n documents costs n edges, not n² pairs, and its edges weigh like the n(n-1)/2 pairs it
// stands for), and near-identical texts as document-document edges. The component is split along
// that partition only when every part keeps at least `min_part` documents and the evidence crossing
// between the parts is at most `max_cut_share` of all its evidence; otherwise it stays whole:
// strong evidence keeps a network together however large it grows.
#pragma once

#include <cstddef>
#include <vector>

namespace ariadne::link {

struct SplitOptions {
  // Held-out corpus 5: two recruiters posting near-identical offers (12 and 10 ads, 22 and 24
  // documents with a third) are joined by three text pairs; from 16 documents their clusters are
  // split along them (30 left them whole; nothing smaller split on corpora 1-5 down to 10).
  size_t min_documents = 16;
  // Larger components stay whole: Leiden over them would dominate the linking time.
  size_t max_documents = 20000;
  size_t min_part = 3;
  double max_cut_share = 0.1;
  // CPM resolution per unit of evidence weight: two groups of a and b documents joined by one
  // value on two documents (weight w/2 for a value of weight w) part when resolution·a·b > w/2.
  double resolution = 0.05;
  // Parts written from one template stay together (Resolver::ClusterLabels): a network's blocks
  // of ads over rotating numbers with no bridge are joined only by a picture or a number on one
  // ad of a block, yet nearly every pair of texts across them shares the template's sentences
  // (swapped, dropped and added ad by ad), where two unrelated advertisers of one language and
  // genre, even recruiters posting near-identical offers, share them on far fewer pairs. Two parts
  // are kept together when at least `template_share` of the pairs of texts across them reach
  // `template_similarity` (estimated Jaccard of word 3-shingles, far below the joining
  // threshold). Held-out corpora: a Czech network's two blocks (20 and 8 ads) 0.87 of pairs at
  // 0.3, a British network's (13 and 13) 0.99; two recruiters' offers (corpus 5) 0.54 and 0.16,
  // other networks 0.09 at most. 0 turns it off.
  double template_similarity = 0.3;
  double template_share = 0.75;
  // Parts this large are not compared text by text (a × b comparisons).
  size_t max_template_pairs = 250000;
};

// One piece of evidence inside a component: a value or photo on `members` (local document indexes
// 0..n-1), or, when `pair`, a near-identical text pair (two members). `weight` is its reason's
// weight (the value's rarity, or the text's similarity times its rarity).
struct Evidence {
  std::vector<int> members;
  double weight = 0;
  bool pair = false;
};

// The parts of a component of `documents` documents: sorted local indexes, parts ordered by their
// first document. One part holding everything when the component stays whole (also when Leiden
// cannot run). Deterministic.
std::vector<std::vector<int>> SplitWeaklyJoined(size_t documents,
                                                const std::vector<Evidence>& evidence,
                                                const SplitOptions& options = {});

}  // namespace ariadne::link
