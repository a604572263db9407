import Foundation

/// A text as a dictionary key compared and hashed by its UTF-8 bytes. `String`'s own hashing
/// and equality follow canonical equivalence, which for Arabic text means an NFC pass over the
/// whole paragraph on every lookup; the caches keyed by line text only need "the same bytes".
struct UTF8Key: Hashable {
  let text: String

  init(_ text: String) {
    self.text = text
  }

  static func == (a: UTF8Key, b: UTF8Key) -> Bool {
    guard a.text.utf8.count == b.text.utf8.count else { return false }
    var x = a.text
    var y = b.text
    // Compared as contiguous buffers: iterating the UTF-8 views goes byte by byte through
    // their index machinery.
    return x.withUTF8 { p in
      y.withUTF8 { q in
        guard let left = p.baseAddress, let right = q.baseAddress else { return p.count == q.count }
        return memcmp(left, right, p.count) == 0
      }
    }
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
