import Foundation

/// One document to evaluate: the two editions as read from disk, and where they came from.
/// Get one from a corpus folder (`DocumentInput(corpusFolder:)`), two files, or the embedded
/// seed corpus (`DocumentInput.embedded`).
public struct DocumentInput: Sendable, Hashable {
  /// The document's name in reports: the corpus folder's name or the hypothesis file's.
  public var id: String
  public var hypothesis: TextFile
  public var reference: TextFile
  /// The glossary file's path and text, when the corpus has one.
  public var glossary: TextFile?
  /// The two files are already paired line by line (`--aligned`): line i of the hypothesis
  /// translates line i of the reference, and the aligner is not run.
  public var lineAligned = false

  public init(id: String, hypothesis: TextFile, reference: TextFile, glossary: TextFile? = nil) {
    self.id = id
    self.hypothesis = hypothesis
    self.reference = reference
    self.glossary = glossary
  }

  /// The file names a corpus folder holds (DESIGN.md, "Files").
  public enum FileName {
    public static let hypothesis = "hypothesis.txt"
    public static let reference = "reference.txt"
    public static let glossary = "glossary.tsv"
  }

  /// Reads `folder/hypothesis.txt`, `folder/reference.txt` and, if present, `folder/glossary.tsv`.
  public init(corpusFolder folder: String) throws(TextError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw TextError(path: folder, code: .missing)
    }
    guard isDirectory.boolValue else {
      throw TextError(path: folder, code: .notAFolder)
    }
    // Paths stay as the user wrote them (relative stays relative), so reports are the same
    // from any checkout.
    func path(_ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }
    let glossaryPath = path(FileName.glossary)
    self.init(
      id: URL(fileURLWithPath: folder).standardized.lastPathComponent,
      hypothesis: try TextFile(contentsOf: path(FileName.hypothesis)),
      reference: try TextFile(contentsOf: path(FileName.reference)),
      glossary: FileManager.default.fileExists(atPath: glossaryPath) ? try TextFile(contentsOf: glossaryPath) : nil)
  }

  /// Reads a hypothesis file and a reference file; the id is the hypothesis file's base name.
  public init(hypothesisPath: String, referencePath: String, glossaryPath: String? = nil) throws(TextError) {
    let name = URL(fileURLWithPath: hypothesisPath).deletingPathExtension().lastPathComponent
    self.init(
      id: name, hypothesis: try TextFile(contentsOf: hypothesisPath),
      reference: try TextFile(contentsOf: referencePath),
      glossary: try glossaryPath.map { (path) throws(TextError) in try TextFile(contentsOf: path) })
  }

  /// The seed corpus compiled into the binary, named as its folder under Corpora/.
  public static var embedded: DocumentInput {
    func file(_ name: String) -> TextFile {
      let path = "Corpora/\(EmbeddedCorpus.name)/\(name)"
      // The embedded text is checked to be valid UTF-8 by its drift test.
      let text = EmbeddedCorpus.files[name] ?? ""
      return (try? TextFile(decoding: Array(text.utf8), path: path)) ?? TextFile(path: path, lines: [])
    }
    return DocumentInput(
      id: EmbeddedCorpus.name, hypothesis: file(FileName.hypothesis), reference: file(FileName.reference),
      glossary: file(FileName.glossary))
  }
}
