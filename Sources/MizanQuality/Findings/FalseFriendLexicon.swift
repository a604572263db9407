import MizanText

/// English words whose usual Arabic rendering is the wrong sense in context (English "frank",
/// candid, rendered فرنك, the currency), with the renderings of the sense meant: what the
/// mistranslation check looks for first when a hypothesis word differs from the reference word.
///
/// Load one with `FalseFriendLexicon(tsvContentsOf:)` (format in docs/findings.md) or use
/// `FalseFriendLexicon.englishArabic`, the lexicon shipped in Corpora/lexicons/false-friends.tsv.
public struct FalseFriendLexicon: Sendable, Hashable {
  /// The entries in file order.
  public var entries: [FalseFriend]

  public init(entries: [FalseFriend]) {
    self.entries = entries
  }

  /// A lexicon with no entries: the check then ranks substitutions on other evidence only.
  public static let empty = FalseFriendLexicon(entries: [])
}

/// One false friend: an English word, the renderings of its wrong sense and of its right sense.
public struct FalseFriend: Sendable, Hashable, Codable {
  /// The English word and the sense meant: "frank (candid)".
  public var source: String
  /// Renderings of the sense not meant (فرنك).
  public var wrong: [String]
  /// Renderings of the sense meant (صريح).
  public var right: [String]
  /// Why, for people reading a report.
  public var note: String

  public init(source: String, wrong: [String], right: [String], note: String = "") {
    self.source = source
    self.wrong = wrong
    self.right = right
    self.note = note
  }
}

/// Why a false-friend lexicon could not be loaded, with the file and line.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Code: Sendable, Hashable {
    /// The file could not be read as UTF-8 text.
    case unreadable(TextError)
    /// No `source wrong right [note]` header before the first entry.
    case missingHeader
    /// A header that does not name the columns source, wrong, right (and optionally note).
    case badHeader(String)
    /// A row whose column count differs from the header's.
    case wrongColumnCount(expected: Int, found: Int)
    /// A row without a source word, a wrong rendering or a right rendering.
    case incompleteEntry
  }

  public var path: String
  public var code: Code
  /// The 1-based line, where one applies.
  public var line: Int?

  public init(path: String, code: Code, line: Int? = nil) {
    self.path = path
    self.code = code
    self.line = line
  }

  public var description: String {
    let place = line.map { "\(path):\($0)" } ?? path
    switch code {
    case .unreadable(let error): return error.description
    case .missingHeader: return "\(place): no header line (source, wrong, right, note)"
    case .badHeader(let header): return "\(place): header \"\(header)\" is not source, wrong, right, note"
    case .wrongColumnCount(let expected, let found): return "\(place): \(found) tab-separated columns, expected \(expected)"
    case .incompleteEntry: return "\(place): an entry needs a source word, a wrong and a right rendering"
    }
  }
}
