/// chrF (Popović 2015) and chrF++ (Popović 2017), computed exactly as sacreBLEU 2.x computes
/// them: character n-grams up to `characterOrder` over code points, optional word n-grams up
/// to `wordOrder`, and an F-beta score of the averaged precisions and recalls.
///
/// Create one with its options, then call `statistics(hypothesis:references:)` per segment
/// and `corpusScore(_:)` on the sum:
///
///     let chrF = CHRF(wordOrder: 2)          // chrF2++
///     let total = zip(hypotheses, references).map { chrF.statistics(hypothesis: $0, references: [$1]) }.summed()
///     print(chrF.corpusScore(total).score, chrF.signature)
public struct CHRF: Metric {
  /// The character n-gram orders this implementation packs into integer keys.
  public static let supportedCharacterOrders: ClosedRange<Int> = 1...6
  /// The word n-gram orders this implementation packs into integer keys.
  public static let supportedWordOrders: ClosedRange<Int> = 0...3

  /// The longest character n-gram (sacreBLEU's `CHAR_ORDER`, default 6).
  public let characterOrder: Int
  /// The longest word n-gram: 0 for chrF, 2 for chrF++ (sacreBLEU's `WORD_ORDER`).
  public let wordOrder: Int
  /// How much more recall weighs than precision (sacreBLEU's `BETA`, default 2).
  public let beta: Int
  /// Whether segments are lowercased first, with Python's `str.lower()`.
  public let lowercase: Bool
  /// Whether character n-grams keep whitespace; sacreBLEU removes it by default.
  public let whitespace: Bool
  /// Whether to average F-scores with epsilon smoothing (chrF++.py, Moses, NLTK) instead of
  /// sacreBLEU 2.x's default of averaging only the orders both sides have ("effective order").
  public let epsSmoothing: Bool
  /// The number of references per segment, for the signature's `nrefs`.
  public let referenceCount: Int

  /// A chrF metric with sacreBLEU's option names and defaults. Orders outside
  /// `supportedCharacterOrders` / `supportedWordOrders` are clamped into them (the signature
  /// shows the orders used); a command line should reject them before getting here.
  public init(
    characterOrder: Int = 6, wordOrder: Int = 0, beta: Int = 2, lowercase: Bool = false,
    whitespace: Bool = false, epsSmoothing: Bool = false, referenceCount: Int = 1
  ) {
    self.characterOrder = min(
      max(characterOrder, Self.supportedCharacterOrders.lowerBound),
      Self.supportedCharacterOrders.upperBound)
    self.wordOrder = min(
      max(wordOrder, Self.supportedWordOrders.lowerBound), Self.supportedWordOrders.upperBound)
    self.beta = beta
    self.lowercase = lowercase
    self.whitespace = whitespace
    self.epsSmoothing = epsSmoothing
    self.referenceCount = referenceCount
  }

  /// "chrF2" for chrF, with one "+" per word order: "chrF2++" for chrF++ (sacreBLEU's `CHRFScore`).
  public var name: String {
    "chrF\(beta)" + String(repeating: "+", count: wordOrder)
  }

  /// `nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:…`, sacreBLEU's `CHRFSignature`.
  public var signature: Signature {
    Signature([
      .init("nrefs", String(referenceCount)),
      .init("case", lowercase ? "lc" : "mixed"),
      .init("eff", epsSmoothing ? "no" : "yes"),
      .init("nc", String(characterOrder)),
      .init("nw", String(wordOrder)),
      .init("space", whitespace ? "yes" : "no"),
      .init("version", MizanVersion.string),
    ])
  }

  public var higherIsBetter: Bool { true }

  public func corpusScore(_ statistics: CHRFStatistics) -> Score {
    Score(name: name, score: fScore(statistics.orders))
  }

  /// sacreBLEU scores a sentence as a one-segment corpus.
  public func sentenceScore(_ statistics: CHRFStatistics) -> Score {
    corpusScore(statistics)
  }

  /// The F-beta score, 0–100, of counts per order (sacreBLEU's `_compute_f_score`). The
  /// arithmetic follows sacreBLEU's order of operations so that ties between references
  /// break the same way.
  func fScore(_ orders: [CHRFStatistics.OrderCounts]) -> Double {
    // sacreBLEU's epsilon for an order with no hypothesis or reference n-grams.
    let epsilon = 1e-16
    let orderCount = characterOrder + wordOrder
    let factor = Double(beta * beta)
    var smoothedSum = 0.0
    var precisionSum = 0.0
    var recallSum = 0.0
    var effectiveOrder = 0
    for index in 0..<orderCount {
      let counts = index < orders.count ? orders[index] : .zero
      let matches = Double(counts.matchingNGrams)
      let precision =
        counts.hypothesisNGrams > 0 ? matches / Double(counts.hypothesisNGrams) : epsilon
      let recall = counts.referenceNGrams > 0 ? matches / Double(counts.referenceNGrams) : epsilon
      let denominator = factor * precision + recall
      smoothedSum += denominator > 0 ? (1 + factor) * precision * recall / denominator : epsilon
      if counts.hypothesisNGrams > 0 && counts.referenceNGrams > 0 {
        precisionSum += precision
        recallSum += recall
        effectiveOrder += 1
      }
    }
    if epsSmoothing {
      return 100 * smoothedSum / Double(orderCount)
    }
    if effectiveOrder > 0 {
      precisionSum /= Double(effectiveOrder)
      recallSum /= Double(effectiveOrder)
    } else {
      precisionSum = 0
      recallSum = 0
    }
    guard precisionSum + recallSum != 0 else { return 0 }
    var score = (1 + factor) * precisionSum * recallSum
    score /= factor * precisionSum + recallSum
    return 100 * score
  }
}
