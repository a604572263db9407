import MizanText

/// The seed corpus, found relative to this file so tests run from any working directory.
enum SeedCorpus {
  static let root: String = {
    let parts = String(#filePath).split(separator: "/").dropLast(3)
    return "/" + parts.joined(separator: "/")
  }()
  static let folder = root + "/Corpora/asean-2025-07"

  static func document(_ name: String) throws -> Document {
    Document(file: try TextFile(contentsOf: folder + "/" + name))
  }
}
