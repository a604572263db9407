/// A name or word the reference spells one way and the hypothesis spells nearly the same but
/// differently (رايابكوف for ريابكوف, كوالا لامبور for كوالالمبور), found without a glossary.
public struct SpellingVariant: Sendable, Hashable, Codable {
  /// The reference's spelling, normalized for matching.
  public var referenceForm: String
  /// How often the reference sides use it.
  public var referenceCount: Int
  /// Every spelling the hypothesis uses for it: the reference form first when the hypothesis
  /// uses it too, then the variants.
  public var hypothesisForms: [RenderingUse]

  public init(referenceForm: String, referenceCount: Int, hypothesisForms: [RenderingUse]) {
    self.referenceForm = referenceForm
    self.referenceCount = referenceCount
    self.hypothesisForms = hypothesisForms
  }
}
