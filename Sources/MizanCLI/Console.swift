import Foundation

/// Where a command prints: standard output for results, standard error for messages and
/// progress. A value so that tests can capture both.
struct Console {
  var output: (String) -> Void = { text in Console.write(text, to: FileHandle.standardOutput) }
  var error: (String) -> Void = { text in FileHandle.standardError.write(Data(text.utf8)) }
  /// Whether standard error is a terminal (progress bars) or a log (periodic lines).
  var errorIsTerminal: Bool = isatty(STDERR_FILENO) != 0

  mutating func print(_ text: String) { output(text + "\n") }
  mutating func printError(_ text: String) { error(text + "\n") }

  /// Writes the text's UTF-8 where it lies, without copying it into a `Data` first (a batch's
  /// JSON is a quarter of a gigabyte).
  static func write(_ text: String, to handle: FileHandle) {
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }
  }
}
