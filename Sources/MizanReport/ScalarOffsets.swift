import Mizan

/// Where each Unicode scalar of a text starts in its UTF-8 bytes. Findings and word-diff tokens
/// count in scalars; cutting the text through these offsets takes each piece's bytes at once
/// instead of rebuilding it scalar by scalar.
struct ScalarOffsets {
  let text: String
  /// The byte offset of every scalar, then the text's byte count.
  private let starts: [Int]

  init(_ text: String) {
    self.text = text
    var text = text
    self.starts = text.withUTF8 { bytes in
      var starts: [Int] = []
      starts.reserveCapacity(bytes.count + 1)
      for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 { starts.append(offset) }
      starts.append(bytes.count)
      return starts
    }
  }

  /// Scalars in the text.
  var count: Int { starts.count - 1 }

  /// The scalars `range` covers, which must lie within `0...count`.
  func piece(_ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: starts[range.lowerBound])
    let upper = utf8.index(utf8.startIndex, offsetBy: starts[range.upperBound])
    return Substring(text.unicodeScalars[lower..<upper])
  }

  /// The scalar offset of the first occurrence of `needle` in the text; nil when absent or
  /// empty. Searched as bytes (`ByteSearch`).
  func firstOffset(of needle: Substring) -> Int? {
    var text = text
    var needle = needle
    let byte = text.withUTF8 { haystack in needle.withUTF8 { ByteSearch.firstOffset(of: $0, in: haystack) } }
    guard let byte else { return nil }
    // The scalar starting at that byte: a binary search of the sorted starts.
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] < byte { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The scalars between two offsets of `text`, both clamped to the text, as the span readers
  /// (excerpts, marked context) cut it.
  static func piece(of text: String, from start: Int, to end: Int) -> Substring {
    let scalars = text.unicodeScalars
    let lower = scalars.index(scalars.startIndex, offsetBy: max(start, 0), limitedBy: scalars.endIndex) ?? scalars.endIndex
    let upper = scalars.index(lower, offsetBy: max(end - max(start, 0), 0), limitedBy: scalars.endIndex) ?? scalars.endIndex
    return Substring(scalars[lower..<upper])
  }
}
