import Testing
@testable import MizanText

@Suite struct TextFileTests {
  @Test func stripsByteOrderMarkAndSplitsEveryLineEnding() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\nd".utf8)
    let file = try TextFile(decoding: bytes, path: "x.txt")
    #expect(file.lines == ["a", "b", "c", "d"])
  }

  @Test func finalNewlineAddsNoEmptyLine() throws {
    #expect(try TextFile(decoding: Array("a\n\nb\n".utf8), path: "x").lines == ["a", "", "b"])
    #expect(try TextFile(decoding: [], path: "x").lines == [])
  }

  @Test func keepsTextUnaltered() throws {
    // Decomposed é and Arabic with harakat stay as written: no NFC.
    let text = "e\u{301} مُحَمَّد \t"
    #expect(try TextFile(decoding: Array(text.utf8), path: "x").lines == [text])
  }

  @Test func invalidUTF8NamesLineAndByte() {
    let bytes: [UInt8] = Array("ok\nab".utf8) + [0xC3, 0x28]
    #expect(throws: TextError(path: "f.txt", code: .invalidUTF8, line: 2, byteOffset: 5)) {
      try TextFile(decoding: bytes, path: "f.txt")
    }
  }

  @Test func rejectsOverlongsSurrogatesAndTruncation() {
    for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
      #expect(throws: TextError.self) { try TextFile(decoding: bad, path: "f") }
    }
  }

  @Test func nulByteIsBinary() {
    #expect(throws: TextError(path: "b", code: .nulByte, line: 1, byteOffset: 1)) {
      try TextFile(decoding: [0x41, 0x00], path: "b")
    }
  }

  @Test func transcodesUTF16WithByteOrderMark() throws {
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("سلام\nb".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(try TextFile(decoding: bytes, path: "u").lines == ["سلام", "b"])
  }

  @Test func missingFileAndFolder() {
    #expect(throws: TextError(path: "/nonexistent/x", code: .missing)) {
      try TextFile(contentsOf: "/nonexistent/x")
    }
    #expect(throws: TextError(path: "/tmp", code: .isDirectory)) { try TextFile(contentsOf: "/tmp") }
  }
}
