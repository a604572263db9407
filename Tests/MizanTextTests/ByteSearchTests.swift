import Testing
@testable import MizanText

@Suite struct ByteSearchTests {
  func offset(_ needle: String, in haystack: String) -> Int? {
    var needle = needle
    var haystack = haystack
    return haystack.withUTF8 { haystack in needle.withUTF8 { ByteSearch.firstOffset(of: $0, in: haystack) } }
  }

  @Test func findsTheFirstOccurrence() {
    #expect(offset("ab", in: "abab") == 0)
    #expect(offset("aab", in: "aaab") == 1)  // the first byte matches earlier, the rest not
    #expect(offset("yz", in: "xyz") == 1)
    #expect(offset("z", in: "xyz") == 2)
    // «كوالا» starts after «في » (two 2-byte letters and a space: 5 bytes).
    #expect(offset("كوالا", in: "في كوالا لامبور") == 5)
  }

  @Test func absentEmptyOrLongerNeedlesAreNotFound() {
    #expect(offset("abc", in: "ab") == nil)
    #expect(offset("", in: "ab") == nil)
    #expect(offset("b", in: "") == nil)
    #expect(offset("ba", in: "aaaa") == nil)
  }
}
