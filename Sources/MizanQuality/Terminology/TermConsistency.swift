/// How consistently the hypothesis renders glossary terms within a document or a batch.
///
/// A term used only once cannot be inconsistent, so the share is over terms used more than
/// once. A rendering whose words lie inside another rendering the hypothesis also uses
/// (لافروف inside سيرجي لافروف) is the short form of it, not a second way of writing the term.
public struct ConsistencyFigures: Sendable, Hashable, Codable {
  /// Glossary terms the hypothesis renders at least once (approved or forbidden).
  public var termsUsed: Int
  /// Of those, the terms it renders more than once.
  public var termsUsedMoreThanOnce: Int
  /// Of those, the terms it renders one way only.
  public var termsRenderedOneWay: Int
  /// `termsRenderedOneWay / termsUsedMoreThanOnce`, nil when no term is used more than once.
  public var share: Double?
  /// Every term used, with its renderings, in glossary order.
  public var terms: [TermConsistency]

  public init(terms: [TermConsistency]) {
    self.terms = terms
    termsUsed = terms.count
    let repeated = terms.filter { $0.renderings.map(\.occurrences.count).reduce(0, +) > 1 }
    termsUsedMoreThanOnce = repeated.count
    termsRenderedOneWay = repeated.filter { $0.renderings.count == 1 }.count
    share = repeated.isEmpty ? nil : Double(termsRenderedOneWay) / Double(repeated.count)
  }
}

/// The renderings the hypothesis uses for one glossary term.
public struct TermConsistency: Sendable, Hashable, Codable {
  /// The glossary entry's source term.
  public var source: String
  /// Each distinct rendering (short forms folded into the longer form they belong to).
  public var renderings: [RenderingUse]

  public init(source: String, renderings: [RenderingUse]) {
    self.source = source
    self.renderings = renderings
  }
}

/// A term or name the hypothesis writes more than one way.
public struct Inconsistency: Sendable, Hashable, Codable {
  /// How the inconsistency was found.
  public enum Basis: String, Sendable, Hashable, Codable {
    /// Two renderings of one glossary entry.
    case glossary
    /// Near-identical spellings of one reference form, found without a glossary.
    case spelling
  }

  /// The glossary source term, or the form the reference uses.
  public var term: String
  public var basis: Basis
  /// The different ways the hypothesis writes it, two or more.
  public var renderings: [RenderingUse]

  public init(term: String, basis: Basis, renderings: [RenderingUse]) {
    self.term = term
    self.basis = basis
    self.renderings = renderings
  }
}
