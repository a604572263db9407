import MizanText

/// BLEU (Papineni et al., 2002) exactly as sacreBLEU 2.6.0 computes it: n-grams up to order 4,
/// any number of references, the closest reference length for the brevity penalty.
///
/// Create one with its options, compute `statistics(hypothesis:references:)` per segment, and
/// score sums with `corpusScore(_:)`:
///
/// ```swift
/// let bleu = try BLEU(tokenizer: "13a", smoothing: .exponential)
/// let stats = zip(hypotheses, references).map { bleu.statistics(hypothesis: $0, references: [$1]) }
/// print(bleu.corpusScore(stats.summed()).score)
/// ```
public struct BLEU: Metric {
  /// Splits lines into tokens; sacreBLEU's `--tokenize`.
  public var tokenizer: any Tokenizer
  /// Whether text is lowercased (Python's `str.lower()`) before tokenizing; sacreBLEU's `-lc`.
  public var lowercase: Bool
  /// What an order without matches contributes; sacreBLEU's `--smooth-method`/`--smooth-value`.
  public var smoothing: Smoothing
  /// Whether corpus scores average only the orders that have hypothesis n-grams (sacreBLEU's
  /// API option `effective_order`). Sentence scores always use it, as sacreBLEU's CLI does.
  public var effectiveOrder: Bool
  /// References per segment, the signature's `nrefs`.
  public var referenceCount: Int

  /// A BLEU with sacreBLEU's defaults unless told otherwise.
  public init(
    tokenizer: any Tokenizer = Tokenizer13a(), lowercase: Bool = false,
    smoothing: Smoothing = .exponential, effectiveOrder: Bool = false, referenceCount: Int = 1
  ) {
    self.tokenizer = tokenizer
    self.lowercase = lowercase
    self.smoothing = smoothing
    self.effectiveOrder = effectiveOrder
    self.referenceCount = referenceCount
  }

  /// A BLEU whose tokenizer is chosen by sacreBLEU's name for it ("13a", "intl", "char", "zh",
  /// "none").
  /// - Throws: `MetricsError` for unknown tokenizers and those needing an external model.
  public init(
    tokenizer name: String, lowercase: Bool = false, smoothing: Smoothing = .exponential,
    effectiveOrder: Bool = false, referenceCount: Int = 1
  ) throws(MetricsError) {
    self.init(
      tokenizer: try TokenizerName.tokenizer(named: name), lowercase: lowercase,
      smoothing: smoothing, effectiveOrder: effectiveOrder, referenceCount: referenceCount)
  }

  public var name: String { "BLEU" }

  public var higherIsBetter: Bool { true }

  public var signature: Signature { signature(effectiveOrder: effectiveOrder) }

  /// sacreBLEU's `--sentence-level` switches effective order on, and says so in the signature.
  public var sentenceLevelSignature: Signature { signature(effectiveOrder: true) }

  private func signature(effectiveOrder: Bool) -> Signature {
    Signature([
      .init("nrefs", String(referenceCount)),
      .init("case", lowercase ? "lc" : "mixed"),
      .init("eff", effectiveOrder ? "yes" : "no"),
      .init("tok", tokenizer.signature),
      .init("smooth", smoothing.signature),
      .init("version", MizanVersion.string),
    ])
  }

  /// A line as sacreBLEU's `_preprocess_segment` prepares it: lowercased if asked, trailing
  /// whitespace stripped, tokenized.
  public func preprocess(_ line: String) -> String {
    let cased = lowercase ? PythonLowercase.lowercased(line) : line
    return tokenizer.tokenize(Whitespace.rightStripped(cased))
  }

  public func statistics(hypothesis: String, references: [String]) -> BLEUStatistics {
    var counter = NGramCounter()
    counter.beginSegment()
    for reference in references {
      var tokenized = preprocess(reference)
      tokenized.withUTF8 { counter.addReference($0) }
    }
    var tokenized = preprocess(hypothesis)
    return tokenized.withUTF8 { counter.statistics(hypothesis: $0) }
  }

  public func corpusScore(_ statistics: BLEUStatistics) -> Score {
    score(statistics, effectiveOrder: effectiveOrder)
  }

  public func sentenceScore(_ statistics: BLEUStatistics) -> Score {
    score(statistics, effectiveOrder: true)
  }

  public func resampledScore(_ statistics: BLEUStatistics, in test: ResamplingTest) -> Double {
    let computation = BLEUComputation(smoothing: smoothing, effectiveOrder: effectiveOrder)
    switch test {
    case .bootstrap: return computation.compute(statistics, arithmetic: .float32).score
    case .approximateRandomization: return computation.compute(statistics, arithmetic: .int64).score
    }
  }

  private func score(_ statistics: BLEUStatistics, effectiveOrder: Bool) -> Score {
    let result = BLEUComputation(smoothing: smoothing, effectiveOrder: effectiveOrder)
      .compute(statistics)
    return Score(
      name: name, score: result.score, verbose: BLEUComputation.verbose(result, statistics))
  }
}
