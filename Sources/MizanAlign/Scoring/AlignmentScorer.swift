/// Precision, recall and F1 of predicted alignment links against gold links, strict and lax.
///
/// Definitions (those of the Bleualign evaluation, Sennrich & Volk 2010, as implemented in
/// Vecalign's `score.py`, Thompson & Koehn 2019):
/// - **strict**: a predicted link is correct iff an identical link (same items on both sides)
///   is in the gold alignment.
/// - **lax**: a predicted link is correct iff some of its hypothesis items are linked in the
///   gold alignment to some of its reference items (it overlaps gold on both sides, possibly
///   through different gold links).
/// - precision = correct predicted links / predicted links; recall = the same computation
///   with gold and prediction swapped (gold links found by the prediction / gold links);
///   F1 = 2PR / (P + R), 0 when both are 0.
///
/// Only links with items on both sides are scored (`1-0` and `0-1` are excluded from both
/// lists): unaligned items are evaluated separately as omissions, additions and boilerplate,
/// and counting them here would reward an aligner for every boilerplate line it skips.
public enum AlignmentScorer {
  /// One of the two scores.
  public struct Score: Sendable, Hashable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
  }

  /// Strict and lax scores of one comparison.
  public struct Result: Sendable, Hashable, Codable {
    public var strict: Score
    public var lax: Score
  }

  public static func score(predicted: [AlignmentLink], gold: [AlignmentLink]) -> Result {
    let test = Array(Set(predicted.filter { !$0.hypothesis.isEmpty && !$0.reference.isEmpty }))
    let truth = Array(Set(gold.filter { !$0.hypothesis.isEmpty && !$0.reference.isEmpty }))
    let precision = correct(test, against: truth)
    let recall = correct(truth, against: test)
    func ratio(_ count: Int, _ total: Int) -> Double { total == 0 ? 0 : Double(count) / Double(total) }
    return Result(
      strict: Score(precision: ratio(precision.strict, test.count), recall: ratio(recall.strict, truth.count)),
      lax: Score(precision: ratio(precision.lax, test.count), recall: ratio(recall.lax, truth.count)))
  }

  /// How many of `links` are strictly and laxly correct with respect to `reference`.
  private static func correct(_ links: [AlignmentLink], against reference: [AlignmentLink]) -> (strict: Int, lax: Int) {
    let exact = Set(reference)
    var partners: [Int: Set<Int>] = [:]
    for link in reference {
      for h in link.hypothesis { partners[h, default: []].formUnion(link.reference) }
    }
    var strict = 0
    var lax = 0
    for link in links {
      if exact.contains(link) {
        strict += 1
        lax += 1
      } else if link.hypothesis.contains(where: { !(partners[$0] ?? []).isDisjoint(with: link.reference) }) {
        lax += 1
      }
    }
    return (strict, lax)
  }
}
