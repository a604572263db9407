import Foundation
import Testing
@testable import Mizan

@Suite struct EmbeddedCorpusTests {
  @Test func embeddedCopyEqualsCorporaFolder() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Corpora/asean-2025-07").standardized
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == EmbeddedCorpus.files.keys.sorted())
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      #expect(EmbeddedCorpus.files[name] == text, "\(name) differs: run scripts/embed-corpus.py")
    }
  }
}
