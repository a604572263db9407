import Foundation
import MizanText
#if canImport(FoundationXML)
  // On Linux XMLParser lives in its own module so that programs without XML need not link libxml2.
  import FoundationXML
#endif

extension Glossary {
  /// Reads a TBX (TermBase eXchange) glossary, TBX-Basic as most tools export it.
  ///
  /// Each `termEntry` (TBX v3: `conceptEntry`) holds `langSet`s (`langSec`) with `xml:lang`; each
  /// term is a `term` inside `tig`, `ntig` or `termSec`. The first term in `sourceLanguage` is the
  /// source; terms in `targetLanguage` are approved unless their `administrativeStatus` or
  /// `normativeAuthorization` is deprecated or superseded (`deprecatedTerm-admn-sts`,
  /// `supersededTerm-admn-sts`, TBX v3 `deprecated`), which makes them forbidden. The kind is read
  /// from `<descrip type="x-mizan-kind">` on the entry; without one it is `term`. Language tags
  /// match on their primary subtag (`ar-EG` is `ar`).
  public init(
    tbxContentsOf path: String, sourceLanguage: String = "en", targetLanguage: String = "ar"
  ) throws(GlossaryError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let missing = !FileManager.default.fileExists(atPath: path)
      throw GlossaryError(path: path, code: .unreadable(.init(path: path, code: missing ? .missing : .unreadable)))
    }
    try self.init(tbxData: data, path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
  }

  /// Parses TBX from bytes already read; `path` is used in errors only.
  public init(
    tbxData data: Data, path: String, sourceLanguage: String = "en", targetLanguage: String = "ar"
  ) throws(GlossaryError) {
    let data = try TBXInputGuard.prepared(data, path: path)
    let reader = TBXReader(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    let parser = XMLParser(data: data)
    parser.delegate = reader
    let parsed = parser.parse()
    // A syntax error wins over an entry error: libxml2 closes open elements when it meets a
    // stray end tag, so the reader may have seen a truncated entry first.
    if let syntaxError = reader.syntaxError {
      throw GlossaryError(path: path, code: .xml(syntaxError.message), line: syntaxError.line)
    }
    if let error = reader.error { throw error }
    guard parsed else {
      let message = parser.parserError.map { Self.describe($0) } ?? "unknown parser error"
      throw GlossaryError(path: path, code: .xml(message), line: parser.lineNumber)
    }
    guard reader.sawRoot else { throw GlossaryError(path: path, code: .xml("no root element"), line: 1) }
    self.init(entries: reader.entries)
  }

  static func describe(_ error: any Error) -> String {
    let nsError = error as NSError
    let reason = XMLParser.ErrorCode(rawValue: nsError.code).map { "\($0)" } ?? "code \(nsError.code)"
    return "\(reason) (\(nsError.domain) \(nsError.code))"
  }
}

/// Collects glossary entries from XMLParser callbacks. A class because XMLParser's delegate must
/// be an object; it lives only for one parse.
final class TBXReader: NSObject, XMLParserDelegate {
  let path: String
  let sourceLanguage: String
  let targetLanguage: String
  private(set) var entries: [GlossaryEntry] = []
  private(set) var error: GlossaryError?
  private(set) var sawRoot = false

  /// A term being read: its language, text and whether its status forbids it.
  private struct PendingTerm {
    var language: String
    var text = ""
    var forbidden = false
  }

  private var entryLine: Int?
  private var entryTerms: [PendingTerm] = []
  private var entryKind: String?
  private var language: String?
  private var term: PendingTerm?
  private var text = ""
  private var category: String?

  init(path: String, sourceLanguage: String, targetLanguage: String) {
    self.path = path
    self.sourceLanguage = sourceLanguage.lowercased()
    self.targetLanguage = targetLanguage.lowercased()
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if !sawRoot {
      sawRoot = true
      if name != "martif" && name != "tbx" { fail(parser, .notTBX(root: name)) }
    }
    switch name {
    case "termEntry", "conceptEntry":
      entryLine = parser.lineNumber
      entryTerms = []
      entryKind = nil
    case "langSet", "langSec":
      language = attributes["xml:lang"] ?? attributes["lang"]
    case "tig", "ntig", "termSec":
      term = PendingTerm(language: language ?? "")
    case "term", "termNote", "descrip", "admin":
      text = ""
      category = attributes["type"]
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    switch name {
    case "term":
      term?.text = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    case "termNote", "descrip", "admin":
      if category == "administrativeStatus" || category == "normativeAuthorization" {
        term?.forbidden = value.hasPrefix("deprecated") || value.hasPrefix("superseded")
      } else if category == "x-mizan-kind" {
        entryKind = value
      }
    case "tig", "ntig", "termSec":
      if let term, !term.text.isEmpty { entryTerms.append(term) }
      term = nil
    case "langSet", "langSec":
      language = nil
    case "termEntry", "conceptEntry":
      finishEntry(parser)
    default: break
    }
  }

  /// The first XML syntax error, where the parser met it.
  private(set) var syntaxError: (message: String, line: Int)?

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    // Aborting from `fail` reports an error too (512 on Darwin, libxml2's user stop 111 on Linux).
    let code = (parseError as NSError).code
    guard syntaxError == nil, code != XMLParser.ErrorCode.delegateAbortedParseError.rawValue, code != 111 else { return }
    syntaxError = (Glossary.describe(parseError), parser.lineNumber)
  }

  private func finishEntry(_ parser: XMLParser) {
    let line = entryLine ?? parser.lineNumber
    guard let source = entryTerms.first(where: { Self.primary($0.language) == Self.primary(sourceLanguage) }) else {
      return fail(parser, .emptySource, line: line)
    }
    let targets = entryTerms.filter { Self.primary($0.language) == Self.primary(targetLanguage) }
    let approved = targets.filter { !$0.forbidden }.map(\.text)
    guard !approved.isEmpty else { return fail(parser, .emptyTarget, line: line) }
    var kind = TermKind.term
    if let entryKind {
      guard let named = TermKind(rawValue: entryKind) else { return fail(parser, .unknownKind(entryKind), line: line) }
      kind = named
    }
    entries.append(
      GlossaryEntry(
        source: source.text, approved: approved, forbidden: targets.filter(\.forbidden).map(\.text), kind: kind))
  }

  private func fail(_ parser: XMLParser, _ code: GlossaryError.Code, line: Int? = nil) {
    guard error == nil else { return }
    error = GlossaryError(path: path, code: code, line: line ?? parser.lineNumber)
    parser.abortParsing()
  }

  private static func primary(_ tag: String) -> String {
    String(tag.lowercased().split(separator: "-").first ?? "")
  }
}
