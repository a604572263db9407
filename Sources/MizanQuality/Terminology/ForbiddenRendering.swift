/// A rendering the glossary forbids, found in the hypothesis (a misspelled name, the wrong sense
/// of a word: فرنك "franc" for English "frank").
public struct ForbiddenRendering: Sendable, Hashable, Codable {
  /// Where it is.
  public var occurrence: Occurrence
  /// The glossary entry's source term.
  public var source: String
  /// The forbidden rendering, as the glossary spells it.
  public var rendering: String
  /// What to write instead: the entry's approved renderings.
  public var approved: [String]

  public init(occurrence: Occurrence, source: String, rendering: String, approved: [String]) {
    self.occurrence = occurrence
    self.source = source
    self.rendering = rendering
    self.approved = approved
  }
}
