import MizanText

/// A metric applied after an orthographic normalization of both sides (`mizan score
/// --normalize arabic`). Scores keep the metric's name, and the signature gains an `orth:` field
/// naming every step, so a normalized score is never taken for a sacreBLEU-comparable one.
public struct NormalizedMetric<Base: Metric>: Metric {
  public let base: Base
  public let profile: NormalizationProfile

  public init(_ base: Base, profile: NormalizationProfile) {
    self.base = base
    self.profile = profile
  }

  public var name: String { base.name }
  public var higherIsBetter: Bool { base.higherIsBetter }
  public var signature: Signature { Self.adding(profile, to: base.signature) }
  public var sentenceLevelSignature: Signature { Self.adding(profile, to: base.sentenceLevelSignature) }

  public func statistics(hypothesis: String, references: [String]) -> Base.Statistics {
    base.statistics(hypothesis: profile.normalize(hypothesis), references: references.map(profile.normalize))
  }

  public func corpusScore(_ statistics: Base.Statistics) -> Score { base.corpusScore(statistics) }
  public func sentenceScore(_ statistics: Base.Statistics) -> Score { base.sentenceScore(statistics) }
  public func resampledScore(_ statistics: Base.Statistics, in test: ResamplingTest) -> Double {
    base.resampledScore(statistics, in: test)
  }

  /// The base signature with `orth:…` before `version:`, where sacreBLEU keeps its fixed last
  /// field. Not `norm:`, which TER's own signature already uses for tercom's normalization.
  static func adding(_ profile: NormalizationProfile, to signature: Signature) -> Signature {
    var fields = signature.fields
    let field = Signature.Field("orth", String(profile.name.dropFirst("orth:".count)))
    let position = fields.firstIndex { $0.key == "version" } ?? fields.endIndex
    fields.insert(field, at: position)
    return Signature(fields)
  }
}
