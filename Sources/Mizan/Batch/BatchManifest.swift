import Foundation

/// A JSON file listing a batch's documents (docs/batch.md):
///
/// ```json
/// {"glossary": "glossary.tsv",
///  "documents": [{"id": "news-1", "hypothesis": "mt/news-1.txt", "reference": "ref/news-1.txt",
///                 "glossary": "news.tsv", "language": "ar", "aligned": false}]}
/// ```
///
/// Paths are relative to the manifest's folder and may not leave it, neither through `..` nor
/// through a symbolic link: a manifest from a pull request must not make CI read files
/// elsewhere on the runner. The check compares resolved paths.
public struct BatchManifest: Sendable, Hashable {
  /// One document as the manifest lists it.
  struct Entry: Decodable {
    var id: String?
    var hypothesis: String?
    var reference: String?
    /// Several references are not supported yet; more than one is refused, not ignored.
    var references: [String]?
    var glossary: String?
    var language: String?
    var aligned: Bool?
  }

  struct File: Decodable {
    var glossary: String?
    var documents: [Entry]
  }

  /// The manifest's path, as the user named it.
  public var path: String
  /// The documents in manifest order.
  public var items: [BatchItem]

  /// Reads and checks the manifest at `path`.
  public init(contentsOf path: String) throws(BatchError) {
    let text: TextFile
    do { text = try TextFile(contentsOf: path) } catch { throw BatchError(path: path, code: .text(error)) }
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: Data(text.lines.joined(separator: "\n").utf8))
    } catch {
      throw BatchError(path: path, code: .malformed("not a Mizan manifest: \(Self.reason(error))"))
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let resolvedFolder = Self.resolved(folder)
    func inside(_ written: String, entry: String) throws(BatchError) -> String {
      guard !written.isEmpty, !written.hasPrefix("/") else {
        throw BatchError(path: path, entry: entry, code: .escapesFolder(written))
      }
      let full = BatchItem.join(folder, written)
      let resolved = Self.resolved(full)
      guard resolved.hasPrefix(resolvedFolder.hasSuffix("/") ? resolvedFolder : resolvedFolder + "/") else {
        throw BatchError(path: path, entry: entry, code: .escapesFolder(written))
      }
      // Reports name the file as the manifest's folder plus the written path.
      let base = (path as NSString).deletingLastPathComponent
      return base.isEmpty ? written : BatchItem.join(base, written)
    }
    var items: [BatchItem] = []
    var seen: Set<String> = []
    for (offset, entry) in file.documents.enumerated() {
      let name = entry.id.map { "'\($0)'" } ?? "#\(offset + 1)"
      guard let hypothesis = entry.hypothesis else {
        throw BatchError(path: path, entry: name, code: .malformed("missing \"hypothesis\""))
      }
      let references = (entry.reference.map { [$0] } ?? []) + (entry.references ?? [])
      guard references.count == 1 else {
        throw BatchError(
          path: path, entry: name,
          code: .malformed(references.isEmpty ? "missing \"reference\"" : "exactly one reference is supported"))
      }
      if let language = entry.language, language != "ar", !language.hasPrefix("ar-") {
        throw BatchError(
          path: path, entry: name,
          code: .malformed("language '\(language)': Mizan's normalization and checks are for Arabic (ar)"))
      }
      let hypothesisPath = try inside(hypothesis, entry: name)
      let referencePath = try inside(references[0], entry: name)
      let glossaryPath = try (entry.glossary ?? file.glossary).map { (written) throws(BatchError) in
        try inside(written, entry: name)
      }
      let id = entry.id ?? URL(fileURLWithPath: hypothesis).deletingPathExtension().lastPathComponent
      guard seen.insert(id).inserted else { throw BatchError(path: path, entry: name, code: .duplicateID(id)) }
      let source: BatchItem.Source =
        entry.aligned == true
        ? .lineAligned(hypothesis: hypothesisPath, reference: referencePath, glossary: glossaryPath)
        : .files(hypothesis: hypothesisPath, reference: referencePath, glossary: glossaryPath)
      items.append(BatchItem(id: id, source: source))
    }
    guard !items.isEmpty else { throw BatchError(path: path, code: .noDocuments) }
    self.path = path
    self.items = items
  }

  /// The absolute path with every symbolic link resolved; for a file that does not exist yet,
  /// its nearest existing folder is resolved and the rest appended, so a missing file inside
  /// the folder is reported as missing rather than as escaping.
  static func resolved(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardized.path
    var existing = absolute
    var rest: [String] = []
    while !FileManager.default.fileExists(atPath: existing), existing != "/" {
      rest.insert((existing as NSString).lastPathComponent, at: 0)
      existing = (existing as NSString).deletingLastPathComponent
    }
    var real = existing
    if let pointer = realpath(existing, nil) {
      real = String(cString: pointer)
      free(pointer)
    }
    return rest.reduce(real) { ($0 as NSString).appendingPathComponent($1) }
  }

  /// A decoding error in a sentence.
  static func reason(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      let where_ = context.codingPath.map(\.stringValue).joined(separator: ".")
      return "wrong type at \(where_.isEmpty ? "top level" : where_)"
    case DecodingError.dataCorrupted(let context): return "invalid JSON (\(context.debugDescription))"
    default: return "\(error)"
    }
  }
}
