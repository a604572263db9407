import Foundation
import Testing
@testable import MizanText

@Suite struct LineReaderTests {
  /// Writes `bytes` to a temporary file and returns its path.
  func file(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("mizan-linereader-\(UUID().uuidString).txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func lines(_ taken: LineReader.Lines) -> [String] {
    taken.ranges.map { String(decoding: taken.bytes[$0], as: UTF8.self) }
  }

  @Test func splitsEveryLineEndingAcrossTinyBlocks() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nbb\rc\n\nسلام\r".utf8) + Array("\ne".utf8)
    for blockSize in [1, 2, 3, 5, 64] {
      let reader = try #require(LineReader(path: try file(bytes), blockSize: blockSize))
      #expect(lines(try reader.take(count: 2)) == ["a", "bb"])
      #expect(lines(try reader.take(count: 10)) == ["c", "", "سلام", "e"])
      #expect(try reader.take(count: 1).ranges.isEmpty)
    }
  }

  @Test("long lines: every ending found where eight bytes are skipped at a time")
  func findsEndingsInLongLines() throws {
    var text = ""
    var expected: [String] = []
    for length in 0..<40 {
      let line = String(repeating: length % 2 == 0 ? "ب" : "ab", count: length / 2) + (length % 3 == 0 ? "x" : "")
      expected.append(line)
      text += line + ["\n", "\r\n", "\r"][length % 3]
    }
    let bytes = Array(text.utf8)
    #expect(lines(try LineReader(bytes: bytes).take(count: 100)) == expected)
    for blockSize in [7, 9, 64] {
      let reader = try #require(LineReader(path: try file(bytes), blockSize: blockSize))
      #expect(lines(try reader.take(count: 100)) == expected)
    }
  }

  @Test func takesWholeLinesByByteCount() throws {
    let reader = LineReader(bytes: Array("one\ntwo\nthree\n".utf8))
    #expect(lines(try reader.take(bytes: 5)) == ["one"])
    #expect(lines(try reader.take(bytes: 1)) == ["two"])
    #expect(lines(try reader.take(bytes: 100)) == ["three"])
  }

  @Test func refusesWhatTextFileMustExplain() throws {
    #expect(LineReader(path: "/nonexistent/x") == nil)
    #expect(LineReader(path: "/tmp") == nil)
    let invalid = LineReader(bytes: Array("ok\nab".utf8) + [0xC3, 0x28, 0x0A])
    #expect(throws: LineReader.Unavailable.self) { try invalid.take(count: 2) }
    let utf16 = LineReader(bytes: [0xFF, 0xFE, 0x61, 0x00])
    #expect(throws: LineReader.Unavailable.self) { try utf16.take(count: 1) }
  }

  @Test func rightStripsPythonWhitespaceOnBytes() {
    for (text, expected) in [("a \t\u{A0}\u{3000}\u{2009}", "a"), ("a\u{200B}", "a\u{200B}"), ("  ", ""), ("b\u{85}", "b")] {
      let bytes = Array(text.utf8)
      let end = bytes.withUnsafeBufferPointer { Whitespace.rightStrippedEnd($0, start: 0, end: $0.count) }
      #expect(String(decoding: bytes[..<end], as: UTF8.self) == expected)
    }
  }
}

@Suite struct LineAlignedStreamTests {
  @Test func readsStandardInputSystemsAndTabSeparatedReferencesAsTheCorpusDoes() throws {
    let folder = FileManager.default.temporaryDirectory
    let references = folder.appendingPathComponent("mizan-stream-\(UUID().uuidString).txt").path
    try Data("r1\tR1\nr2 \tR2\t x \n".utf8).write(to: URL(fileURLWithPath: references))
    let input = Array("h1 \tH1\nh2\tH2  \n".utf8)
    let stream = try #require(
      LineAlignedStream(
        referencePaths: [references], numberOfReferences: 2, hypothesisPaths: nil, standardInput: { input }))
    let batch = try #require(try stream.next())
    #expect(try stream.next() == nil)
    let corpus = try LineAlignedCorpus.read(
      referencePaths: [references], numberOfReferences: 2, hypothesisPaths: nil,
      hypothesisStandardInput: try TextFile(decoding: input, path: "-"))
    #expect(stream.systemCount == 2)
    #expect((0..<2).map { batch.references(line: $0) } == (0..<2).map { i in corpus.references.map { $0[i] } })
    #expect((0..<2).map { batch.hypothesis(system: 1, line: $0) } == corpus.systems[1].lines)
    #expect((0..<2).map { batch.hypothesis(system: 0, line: $0) } == corpus.systems[0].lines)
  }
}
