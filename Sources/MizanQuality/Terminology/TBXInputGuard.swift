import Foundation
import MizanText

/// Prepares TBX bytes for Foundation's `XMLParser`, which on Linux traps or crashes on two
/// inputs libxml2 itself accepts or reports (both found by fuzzing, fuzz/run.sh glossary):
///
/// - invalid UTF-8 inside a comment: the parser force-unwraps the comment's text;
/// - a processing instruction without data (`<?x?>`): the parser calls `strlen` on the null
///   data pointer libxml2 hands it.
///
/// Unmarked bytes are checked as UTF-8 first (the error gives the line and byte, as for any
/// text file); data-less processing instructions carry nothing a glossary needs and are
/// blanked with spaces, which keeps every line number and byte offset in later messages.
/// Files with a UTF-16 or UTF-32 byte-order mark are left to libxml2, which converts them.
enum TBXInputGuard {
  static func prepared(_ data: Data, path: String) throws(GlossaryError) -> Data {
    let marks: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x00, 0xFE, 0xFF]]
    if marks.contains(where: { data.starts(with: $0) }) { return data }
    var bytes = [UInt8](data)
    do { _ = try TextFile(decoding: bytes, path: path) } catch { throw GlossaryError(path: path, code: .unreadable(error)) }
    blankEmptyProcessingInstructions(&bytes)
    return Data(bytes)
  }

  /// Replaces every `<?target?>` (optionally with whitespace before `?>`) by spaces.
  static func blankEmptyProcessingInstructions(_ bytes: inout [UInt8]) {
    let open = UInt8(ascii: "<")
    let question = UInt8(ascii: "?")
    let close = UInt8(ascii: ">")
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    var index = 0
    while index + 1 < bytes.count {
      guard bytes[index] == open, bytes[index + 1] == question else {
        index += 1
        continue
      }
      var end = index + 2
      while end < bytes.count, !isSpace(bytes[end]), bytes[end] != question, bytes[end] != close { end += 1 }
      while end < bytes.count, isSpace(bytes[end]) { end += 1 }
      if end + 1 < bytes.count, bytes[end] == question, bytes[end + 1] == close {
        for position in index...(end + 1) where !isSpace(bytes[position]) { bytes[position] = 0x20 }
        index = end + 2
      } else {
        index += 2
      }
    }
  }
}
