/// The terms a translation must render a set way: for each source term, the approved target
/// renderings and the renderings that are errors.
///
/// Load one with `Glossary(tsvContentsOf:)` or `Glossary(tbxContentsOf:)`; both formats give
/// equal values for the same entries. Errors name the file and line.
public struct Glossary: Sendable, Hashable, Codable {
  /// The entries in file order.
  public var entries: [GlossaryEntry]

  public init(entries: [GlossaryEntry]) {
    self.entries = entries
  }
}

/// One source term and how it may and may not be rendered.
public struct GlossaryEntry: Sendable, Hashable, Codable {
  /// The source-language term, as the glossary writes it (may carry a sense note: "frank (candid)").
  public var source: String
  /// The approved target renderings, preferred first; never empty.
  public var approved: [String]
  /// Renderings that are errors (a misspelled name, the wrong sense of a word).
  public var forbidden: [String]
  /// What sort of term this is; names and places are checked for spelling variants too.
  public var kind: TermKind

  public init(source: String, approved: [String], forbidden: [String] = [], kind: TermKind = .term) {
    self.source = source
    self.approved = approved
    self.forbidden = forbidden
    self.kind = kind
  }
}

/// What sort of thing a glossary term names; written in glossaries as the raw value.
public enum TermKind: String, Sendable, Hashable, Codable, CaseIterable {
  case name
  case place
  case organization
  case term
  /// A rendering of the wrong sense of a source word (English "frank" as the currency فرنك).
  case falseFriend = "false-friend"
}
