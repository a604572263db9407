import Testing

@testable import MizanText

@Suite("UTF8Validation")
struct UTF8ValidationTests {
  /// The bytes that decide validity: ASCII, NUL, continuations, every kind of lead byte and
  /// the bounds of the special second-byte ranges (E0, ED, F0, F4), and never-valid bytes.
  static let alphabet: [UInt8] = [
    0x61, 0x20, 0x00, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8, 0xDF,
    0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
  ]

  /// Well-formed per the standard library's decoder, which follows the same Unicode table.
  static func expected(_ bytes: [UInt8]) -> Bool {
    !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
  }

  static func isValid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(UTF8Validation.isValid) }

  @Test("agrees with the standard library on random byte strings at every alignment")
  func agreesWithStandardLibrary() {
    var state: UInt64 = 20_251_129
    var mismatches: [[UInt8]] = []
    var valid = 0
    for _ in 0..<200_000 {
      // A linear congruential generator (Knuth's MMIX constants): fixed inputs on every run.
      func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(truncatingIfNeeded: state >> 33)
      }
      // Mostly Arabic letters (D8 xx) and spaces, so that whole words are often valid.
      let bytes: [UInt8] = (0..<(next() % 24)).flatMap { _ -> [UInt8] in
        switch next() % 4 {
        case 0: return [0xD8, 0x80 | UInt8(next() % 64)]
        case 1: return [0x20]
        default: return [Self.alphabet[next() % Self.alphabet.count]]
        }
      }
      if Self.expected(bytes) { valid += 1 }
      if Self.isValid(bytes) != Self.expected(bytes) { mismatches.append(bytes) }
    }
    #expect(valid > 10_000)
    #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
  }

  /// The first eight bytes of `bytes` as a word.
  static func word(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { ByteWord.load($0.baseAddress!, at: 0) } }

  @Test("whole words of ASCII and two-byte sequences take the fast path")
  func simpleWords() {
    func prefix(_ bytes: [UInt8]) -> Int { UTF8Validation.simplePrefix(Self.word(bytes)) }
    #expect(prefix(Array("abcdefgh".utf8)) == 8)
    #expect(prefix(Array("سلام".utf8)) == 8)
    #expect(prefix(Array("a سلa b".utf8)) == 8)
    #expect(prefix(Array("abcd سلام".utf8)) == 7)  // a lead in the last byte
    #expect(prefix(Array("abcdefg€".utf8)) == 7)  // a three-byte lead in the last byte
    #expect(prefix(Array("abcdefg".utf8) + [0x00]) == 7)  // the byte loop will refuse the NUL
    #expect(prefix(Array("سلام".utf8).dropFirst() + [0x61]) == 0)  // continuation first
    #expect(prefix([0x61, 0x00] + Array("abcdef".utf8)) == 0)
    #expect(prefix([0xC1, 0x81] + Array("abcdef".utf8)) == 0)  // overlong
    #expect(prefix(Array("ab€def".utf8)) == 0)
  }

  @Test("the first flagged byte of a word is exact")
  func byteWordFindsFirstByte() {
    let word = Self.word(Array("سلا ماxy".utf8))  // a space at offset 6
    #expect(ByteWord.first(ByteWord.equal(word, 0x20)) == 6)
    #expect(ByteWord.first(ByteWord.less(word, than: 0x21)) == 6)
    #expect(ByteWord.first(ByteWord.ascii(word)) == 6)
    #expect(ByteWord.equal(word, 0x78) == 0)
    #expect(ByteWord.first(ByteWord.equal(Self.word(Array("\0\0\0\0\0\0a\0".utf8)), 0x61)) == 6)
  }

  @Test func twoByteWordsAndTheirBoundaries() {
    let arabic = Array("سلام عليكم".utf8)  // 2-byte letters and a space
    #expect(Self.isValid(arabic))
    #expect(Self.isValid(Array("aسلام عليكم".utf8)))  // sequences across words
    #expect(!Self.isValid(arabic + [0xD8]))  // a lead without its continuation
    #expect(!Self.isValid([0x80] + arabic))  // a continuation without a lead
    #expect(!Self.isValid(Array("سلام".utf8) + [0xC1, 0x81] + Array("abcd".utf8)))  // overlong
    #expect(!Self.isValid(Array("سلام".utf8) + [0x00] + Array("abcdefg".utf8)))  // NUL
    #expect(Self.isValid(Array("سلام€سلام".utf8)))  // a three-byte sequence between
  }
}
