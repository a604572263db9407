import MizanText

/// Translation edit rate (Snover et al. 2006), computed as sacreBLEU 2.x computes it: tercom's
/// normalization, then edits with block shifts per reference (see `TERShiftSearch`), divided
/// by the average reference length. Lower is better; it can exceed 100.
///
/// Create one with its options, then call `statistics(hypothesis:references:)` per segment
/// and `corpusScore(_:)` on the sum:
///
///     let ter = TER(normalized: true)
///     let total = zip(hypotheses, references).map { ter.statistics(hypothesis: $0, references: [$1]) }.summed()
///     print(ter.corpusScore(total).score, ter.signature)
public struct TER: Metric {
  /// Tercom's normalization: undo XML escapes and split punctuation off words.
  public let normalized: Bool
  /// Delete punctuation (with `asianSupport`, CJK and full-width punctuation too).
  public let noPunctuation: Bool
  /// Split CJK ideographs into words when `normalized`; delete CJK punctuation when
  /// `noPunctuation`. No effect alone.
  public let asianSupport: Bool
  /// Keep case; by default everything is lowercased as Python's `str.lower()` does.
  public let caseSensitive: Bool
  /// The number of references per segment, for the signature's `nrefs`.
  public let referenceCount: Int

  /// Tercom's preprocessing with these options.
  let tokenizer: TercomTokenizer

  /// A TER metric with sacreBLEU's options (`--ter-normalized`, `--ter-no-punct`,
  /// `--ter-asian-support`, `--ter-case-sensitive`) and defaults, which reproduce tercom.
  public init(
    normalized: Bool = false, noPunctuation: Bool = false, asianSupport: Bool = false,
    caseSensitive: Bool = false, referenceCount: Int = 1
  ) {
    self.normalized = normalized
    self.noPunctuation = noPunctuation
    self.asianSupport = asianSupport
    self.caseSensitive = caseSensitive
    self.referenceCount = referenceCount
    tokenizer = TercomTokenizer(
      normalized: normalized, noPunctuation: noPunctuation, asianSupport: asianSupport,
      caseSensitive: caseSensitive)
  }

  public var name: String { "TER" }

  /// `nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:…`, sacreBLEU's
  /// `TERSignature`.
  public var signature: Signature {
    Signature([
      .init("nrefs", String(referenceCount)),
      .init("case", caseSensitive ? "mixed" : "lc"),
      .init("tok", "tercom"),
      .init("norm", normalized ? "yes" : "no"),
      .init("punct", noPunctuation ? "no" : "yes"),
      .init("asian", asianSupport ? "yes" : "no"),
      .init("version", MizanVersion.string),
    ])
  }

  public var higherIsBetter: Bool { false }

  /// The fewest edits over the references and the mean reference length
  /// (sacreBLEU's `TER._compute_segment_statistics`). With no references at all, every
  /// hypothesis word counts as an edit against a reference of length 0. For many segments,
  /// reuse a `makeWorker()`.
  public func statistics(hypothesis: String, references: [String]) -> TERStatistics {
    var worker = makeWorker()
    return worker.statistics(hypothesis: hypothesis, references: references)
  }

  /// edits / reference length × 100; 100 for words against empty references, 0 when both
  /// sides are empty (sacreBLEU's `_compute_score_from_stats`).
  public func corpusScore(_ statistics: TERStatistics) -> Score {
    let rate: Double
    if statistics.referenceLength > 0 {
      rate = Double(statistics.edits) / statistics.referenceLength
    } else if statistics.edits > 0 {
      rate = 1
    } else {
      rate = 0
    }
    return Score(name: name, score: 100 * rate)
  }

  /// sacreBLEU scores a sentence as a one-segment corpus.
  public func sentenceScore(_ statistics: TERStatistics) -> Score {
    corpusScore(statistics)
  }
}
