/// A pair's sufficient statistics for every metric. Reports keep them so that a later run can
/// be compared with this one by paired bootstrap (`mizan gate --baseline`), and so that shards
/// merge into exactly the unsharded corpus scores.
public struct PairStatistics: Sendable, Codable, Hashable, SufficientStatistics {
  public var bleu: BLEUStatistics
  public var chrF: CHRFStatistics
  public var chrFPlusPlus: CHRFStatistics
  public var ter: TERStatistics

  public init(bleu: BLEUStatistics, chrF: CHRFStatistics, chrFPlusPlus: CHRFStatistics, ter: TERStatistics) {
    self.bleu = bleu
    self.chrF = chrF
    self.chrFPlusPlus = chrFPlusPlus
    self.ter = ter
  }

  public static var zero: PairStatistics {
    PairStatistics(bleu: .zero, chrF: .zero, chrFPlusPlus: .zero, ter: .zero)
  }

  public static func + (lhs: PairStatistics, rhs: PairStatistics) -> PairStatistics {
    PairStatistics(
      bleu: lhs.bleu + rhs.bleu, chrF: lhs.chrF + rhs.chrF,
      chrFPlusPlus: lhs.chrFPlusPlus + rhs.chrFPlusPlus, ter: lhs.ter + rhs.ter)
  }
}
