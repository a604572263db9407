import Foundation
import Testing

/// Broken and hostile inputs through the built `mizan`: one clear message naming the file
/// (and line and byte where they apply), exit status 2, never a crash (docs/errors.md).
@Suite struct RobustnessTests {
  /// Runs every command on the two files and expects exit 2 with `message` in each error.
  func expectRefused(hypothesis: String, reference: String, message: String, in fixture: RobustnessFixture) throws {
    for command in RobustnessFixture.commands(hypothesis: hypothesis, reference: reference) {
      let outcome = try fixture.run(command)
      #expect(outcome.status == 2, "\(command)")
      #expect(outcome.error.contains(message), "\(command): \(outcome.error)")
      #expect(!outcome.error.contains("internal error"), "\(command)")
    }
  }

  @Test func missingFile() throws {
    let fixture = try RobustnessFixture()
    try expectRefused(hypothesis: "nope.txt", reference: "ref.txt", message: "nope.txt: no such file", in: fixture)
  }

  @Test func folderWhereAFileIsExpected() throws {
    let fixture = try RobustnessFixture()
    try FileManager.default.createDirectory(atPath: fixture.path("dir"), withIntermediateDirectories: true)
    try expectRefused(hypothesis: "hyp.txt", reference: "dir", message: "dir: is a folder, expected a file", in: fixture)
  }

  @Test func unreadableFile() throws {
    let fixture = try RobustnessFixture()
    let path = fixture.path("hyp.txt")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
    if FileHandle(forReadingAtPath: path) != nil {
      print("RobustnessTests.unreadableFile: skipped, running as root: chmod 000 does not stop reads here")
      return
    }
    try expectRefused(hypothesis: "hyp.txt", reference: "ref.txt", message: "hyp.txt: cannot be read", in: fixture)
  }

  @Test func invalidUTF8NamesLineAndByte() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("bad.txt", bytes: Array("first line\nsec".utf8) + [0xFF] + Array("ond\n".utf8))
    try expectRefused(hypothesis: "bad.txt", reference: "ref.txt", message: "bad.txt:2 (byte 14): invalid UTF-8", in: fixture)
  }

  @Test func nulBytesAndBinaryFiles() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("nul.txt", bytes: Array("text\n".utf8) + [0x00] + Array("more\n".utf8))
    try expectRefused(hypothesis: "ref.txt", reference: "nul.txt", message: "nul.txt:2 (byte 5): NUL byte", in: fixture)
    // A PNG header: binary bytes that are neither UTF-8 nor NUL-free.
    try fixture.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
    try expectRefused(hypothesis: "image.png", reference: "ref.txt", message: "image.png:1 (byte 0): invalid UTF-8", in: fixture)
  }

  @Test func utf16AndUTF32WithByteOrderMarkGiveTheUTF8Result() throws {
    let fixture = try RobustnessFixture()
    let expected = try RobustnessFixture.commands(hypothesis: "hyp.txt", reference: "ref.txt").map { try fixture.run($0) }
    let encodings: [String.Encoding] = [.utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian]
    for (index, encoding) in encodings.enumerated() {
      // Same file names in another folder, so the outputs (which name the files) are comparable.
      try fixture.write("e\(index)/hyp.txt", bytes: RobustnessFixture.encoded(RobustnessFixture.hypothesis, encoding))
      try fixture.write("e\(index)/ref.txt", bytes: RobustnessFixture.encoded(RobustnessFixture.reference, encoding))
      for (command, want) in zip(RobustnessFixture.commands(hypothesis: "hyp.txt", reference: "ref.txt"), expected) {
        let got = try MizanProcess.run(command, in: fixture.folder.appendingPathComponent("e\(index)"))
        #expect(got.status == 0, "\(encoding) \(command): \(got.error)")
        #expect(got.output == want.output, "\(encoding) \(command)")
      }
    }
  }

  @Test func unpairedUTF16SurrogateIsAnError() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("lone.txt", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x0A, 0x00])
    try expectRefused(hypothesis: "lone.txt", reference: "ref.txt", message: "lone.txt: invalid UTF-16LE after its byte-order mark", in: fixture)
  }

  /// An odd byte count (a truncated download) is refused; `String(data:encoding:)` alone would
  /// drop the last byte without a word.
  @Test func truncatedUTF16IsAnError() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("odd.txt", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x42])
    try expectRefused(hypothesis: "odd.txt", reference: "ref.txt", message: "odd.txt: invalid UTF-16LE after its byte-order mark", in: fixture)
  }

  @Test func emptyAndWhitespaceOnlyTextsAreRefusedByEvaluateAndAlign() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("empty.txt", "")
    try fixture.write("blank.txt", "  \n\t\n\u{00A0}\r\n")
    for (name, side) in [("empty.txt", 0), ("blank.txt", 1)] {
      let files = side == 0 ? ["empty.txt", "ref.txt"] : ["hyp.txt", "blank.txt"]
      for command in [["evaluate"] + files + ["-q"], ["align"] + files] {
        let outcome = try fixture.run(command)
        #expect(outcome.status == 2, "\(command)")
        #expect(outcome.error.contains("\(name): no text (the file is empty or only whitespace)"), "\(outcome.error)")
      }
    }
  }

  /// sacreBLEU 2.6.0 scores whitespace-only lines (BLEU 0.0, exit 0) and refuses empty files
  /// ("System and reference streams have different lengths", exit 1); `score` does the same,
  /// with exit 2 for the refusal and a message that names the files.
  @Test func scoreFollowsSacreBLEUOnEmptyAndBlankFiles() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("empty.txt", "")
    try fixture.write("blank.txt", "  \n\t\n")
    let blank = try fixture.run(["score", "blank.txt", "-i", "blank.txt", "-b"])
    #expect(blank.status == 0)
    #expect(blank.output == "0.0\n")
    let empty = try fixture.run(["score", "empty.txt", "-i", "empty.txt"])
    #expect(empty.status == 2)
    #expect(empty.error.contains("empty.txt, empty.txt: no segments to score (the input is empty)"))
    let mismatched = try fixture.run(["score", "empty.txt", "-i", "hyp.txt"])
    #expect(mismatched.status == 2)
    #expect(mismatched.error.contains("hyp.txt: 2 lines, but the reference has 0"))
  }

  @Test func scoreOnEmptyFilesNamesTheFile() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("empty.txt", "")
    let outcome = try fixture.run(["score", "empty.txt", "-i", "empty.txt"])
    #expect(outcome.error.contains("empty.txt"))
  }

  @Test func crOnlyAndMixedLineEndingsGiveTheLFResult() throws {
    let fixture = try RobustnessFixture()
    let expected = try RobustnessFixture.commands(hypothesis: "hyp.txt", reference: "ref.txt").map { try fixture.run($0) }
    for (index, ending) in ["\r", "\r\n", "mixed"].enumerated() {
      func converted(_ text: String) -> String {
        let lines = text.split(separator: "\n")
        if ending != "mixed" { return lines.joined(separator: ending) + ending }
        return lines.enumerated().map { $0.element + ($0.offset % 2 == 0 ? "\r\n" : "\r") }.joined()
      }
      try fixture.write("n\(index)/hyp.txt", converted(RobustnessFixture.hypothesis))
      try fixture.write("n\(index)/ref.txt", converted(RobustnessFixture.reference))
      for (command, want) in zip(RobustnessFixture.commands(hypothesis: "hyp.txt", reference: "ref.txt"), expected) {
        let got = try MizanProcess.run(command, in: fixture.folder.appendingPathComponent("n\(index)"))
        #expect(got.status == 0)
        #expect(got.output == want.output, "\(ending.debugDescription) \(command)")
      }
    }
  }

  @Test func glossaryRowsWithTheWrongColumnsOrNoTargetNameFileAndLine() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("short.tsv", "source\ttarget\nminister\tالوزير\ntalks\n")
    try fixture.write("empty-target.tsv", "source\ttarget\nminister\t\n")
    let cases = [
      ("short.tsv", "short.tsv:3: 1 tab-separated columns, expected 2"),
      ("empty-target.tsv", "empty-target.tsv:2: entry without an approved target rendering"),
      ("none.tsv", "none.tsv: no such file"),
    ]
    for (glossary, message) in cases {
      let outcome = try fixture.run(["evaluate", "hyp.txt", "ref.txt", "-q", "--glossary", glossary])
      #expect(outcome.status == 2)
      #expect(outcome.error.contains(message), "\(outcome.error)")
    }
  }

  @Test func boilerplateRulesWithTheWrongColumnsNameFileAndLine() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("rules.tsv", "# comment\nshare\texact\tشارك\n")
    for command in ["evaluate", "align"] {
      let outcome = try fixture.run([command, "hyp.txt", "ref.txt", "--boilerplate", "rules.tsv"])
      #expect(outcome.status == 2)
      #expect(outcome.error.contains("rules.tsv:2: expected 4 or 5 tab-separated columns, found 3"), "\(outcome.error)")
    }
  }

  @Test func manifestPathsThroughASymbolicLinkOutOfItsFolderAreRefused() throws {
    let fixture = try RobustnessFixture()
    try fixture.write("outside/secret.txt", "سر\n")
    try fixture.write("set/ref.txt", RobustnessFixture.reference)
    try FileManager.default.createSymbolicLink(atPath: fixture.path("set/link"), withDestinationPath: fixture.path("outside"))
    let manifest = #"{"documents": [{"id": "a", "hypothesis": "link/secret.txt", "reference": "ref.txt"}]}"#
    try fixture.write("set/manifest.json", manifest)
    try fixture.write("set/up.json", manifest.replacingOccurrences(of: "link/", with: "../outside/"))
    for name in ["manifest.json", "up.json"] {
      let outcome = try fixture.run(["evaluate", "set/\(name)", "-q"])
      #expect(outcome.status == 2)
      #expect(outcome.error.contains("set/\(name): entry 'a'"), "\(outcome.error)")
      #expect(outcome.error.contains("leaves the manifest's folder"), "\(outcome.error)")
    }
  }
}
