import Foundation

/// The lines of a UTF-8 text file, read the way sacreBLEU reads its inputs: a UTF-8 byte-order
/// mark is dropped, `\n`, `\r\n` and a lone `\r` all end a line, and nothing else is altered
/// (no Unicode normalization, no trimming; callers that want sacreBLEU's `rstrip()` ask for it).
///
/// Read one with `TextFile(contentsOf:)`, or decode bytes you already hold with
/// `TextFile(decoding:path:)`. Errors name the file, the line and the byte offset.
public struct TextFile: Sendable, Hashable {
  /// The path the text came from, as the user wrote it; used in messages.
  public var path: String
  /// The lines without their line terminators.
  public var lines: [String]

  public init(path: String, lines: [String]) {
    self.path = path
    self.lines = lines
  }

  /// Reads and validates the file at `path` (`-` reads standard input).
  public init(contentsOf path: String) throws(TextError) {
    let bytes = try Self.readBytes(path)
    try self.init(decoding: bytes, path: path)
  }

  /// Validates and splits `bytes`. UTF-16 and UTF-32 files with a byte-order mark are transcoded.
  public init(decoding bytes: [UInt8], path: String) throws(TextError) {
    self.path = path
    let utf8 = try Self.utf8Bytes(of: bytes, path: path)
    try UTF8Validation.check(utf8, path: path)
    self.lines = Self.splitLines(utf8)
  }

  /// The lines with trailing whitespace removed, as sacreBLEU's command line reads them.
  public var rightStrippedLines: [String] { lines.map(Whitespace.rightStripped) }

  private static func readBytes(_ path: String) throws(TextError) -> [UInt8] {
    if path == "-" {
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw TextError(path: path, code: .missing)
    }
    if isDirectory.boolValue { throw TextError(path: path, code: .isDirectory) }
    guard FileManager.default.isReadableFile(atPath: path),
      let data = FileManager.default.contents(atPath: path)
    else { throw TextError(path: path, code: .unreadable) }
    return [UInt8](data)
  }

  /// The UTF-8 bytes of the file without a byte-order mark.
  private static func utf8Bytes(of bytes: [UInt8], path: String) throws(TextError) -> ArraySlice<UInt8> {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return bytes.dropFirst(3) }
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    let marks: [([UInt8], String.Encoding, String)] = [
      ([0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian, "UTF-32LE"),
      ([0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian, "UTF-32BE"),
      ([0xFF, 0xFE], .utf16LittleEndian, "UTF-16LE"),
      ([0xFE, 0xFF], .utf16BigEndian, "UTF-16BE"),
    ]
    for (mark, encoding, name) in marks where bytes.starts(with: mark) {
      let body = bytes.dropFirst(mark.count)
      // Foundation silently drops a trailing partial code unit; a cut file is an error.
      let unit = name.hasPrefix("UTF-32") ? 4 : 2
      guard body.count % unit == 0, let text = String(data: Data(body), encoding: encoding) else {
        throw TextError(path: path, code: .invalidEncoding(name))
      }
      return ArraySlice(Array(text.utf8))
    }
    return bytes[...]
  }

  private static func splitLines(_ bytes: ArraySlice<UInt8>) -> [String] {
    var lines: [String] = []
    var start = bytes.startIndex
    var index = start
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
        if byte == 0x0D, index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { index += 1 }
        start = index + 1
      }
      index += 1
    }
    if start < bytes.endIndex {
      lines.append(String(decoding: bytes[start..<bytes.endIndex], as: UTF8.self))
    }
    return lines
  }
}
