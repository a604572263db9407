/// Why a text input could not be read, with the file, line and byte offset a user needs to
/// find the problem.
public struct TextError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: Sendable, Hashable {
    case missing
    case isDirectory
    /// A file where a folder (a corpus) is expected.
    case notAFolder
    case unreadable
    /// A byte sequence that is not UTF-8.
    case invalidUTF8
    /// A NUL byte: the file is binary, or UTF-16/32 without a byte-order mark.
    case nulByte
    /// A byte-order mark named an encoding whose bytes do not follow it.
    case invalidEncoding(String)
    /// No text at all (or only whitespace) where text is needed.
    case empty
  }

  /// The file, as the user named it.
  public var path: String
  public var code: Code
  /// The 1-based line, where one applies.
  public var line: Int?
  /// The 0-based byte offset in the file, where one applies.
  public var byteOffset: Int?

  public init(path: String, code: Code, line: Int? = nil, byteOffset: Int? = nil) {
    self.path = path
    self.code = code
    self.line = line
    self.byteOffset = byteOffset
  }

  public var description: String {
    var place = path
    if let line { place += ":\(line)" }
    if let byteOffset { place += " (byte \(byteOffset))" }
    switch code {
    case .missing: return "\(place): no such file"
    case .isDirectory: return "\(place): is a folder, expected a file"
    case .notAFolder: return "\(place): is a file, expected a corpus folder"
    case .unreadable: return "\(place): cannot be read (permissions?)"
    case .invalidUTF8: return "\(place): invalid UTF-8"
    case .nulByte: return "\(place): NUL byte; binary file, or UTF-16 without a byte-order mark?"
    case .invalidEncoding(let name): return "\(place): invalid \(name) after its byte-order mark"
    case .empty: return "\(place): no text (the file is empty or only whitespace)"
    }
  }
}
