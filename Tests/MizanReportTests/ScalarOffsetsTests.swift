import Testing
@testable import MizanReport

@Suite struct ScalarOffsetsTests {
  // "aé😀ب" is 4 scalars and 1 + 2 + 4 + 2 = 9 UTF-8 bytes; "é" here is U+00E9, one scalar.
  let offsets = ScalarOffsets("aé😀ب")

  @Test func piecesAreCutAtScalars() {
    #expect(offsets.count == 4)
    #expect(offsets.piece(0..<4) == "aé😀ب")
    #expect(offsets.piece(1..<3) == "é😀")
    #expect(offsets.piece(3..<4) == "ب")
    #expect(offsets.piece(2..<2).isEmpty)
  }

  @Test func firstOffsetCountsScalarsNotBytes() {
    #expect(offsets.firstOffset(of: "ب") == 3)
    #expect(offsets.firstOffset(of: "😀ب") == 2)
    #expect(offsets.firstOffset(of: "a") == 0)
    #expect(offsets.firstOffset(of: "x") == nil)
    #expect(offsets.firstOffset(of: "") == nil)
    #expect(ScalarOffsets("ab ab").firstOffset(of: "ab") == 0)
    #expect(ScalarOffsets("بب ب").firstOffset(of: " ب") == 2)
  }

  /// A combining mark is a scalar of its own: "e\u{301}" is two scalars, one character.
  @Test func combiningMarksAreScalars() {
    let text = ScalarOffsets("ke\u{301}y")
    #expect(text.count == 4)
    #expect(text.piece(1..<2) == "e")
    #expect(text.piece(2..<4).unicodeScalars.map(\.value) == [0x301, 0x79])
    #expect(text.firstOffset(of: "y") == 3)
  }

  @Test func clampedPieces() {
    #expect(ScalarOffsets.piece(of: "aé😀ب", from: -2, to: 2) == "aé")
    #expect(ScalarOffsets.piece(of: "aé😀ب", from: 2, to: 99) == "😀ب")
    #expect(ScalarOffsets.piece(of: "aé😀ب", from: 9, to: 12).isEmpty)
    #expect(ScalarOffsets.piece(of: "aé😀ب", from: 3, to: 1).isEmpty)
  }
}
