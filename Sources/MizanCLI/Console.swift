import Foundation

/// Where a command prints: standard output for results, standard error for messages and
/// progress. A value so that tests can capture both.
struct Console {
  var output: (String) -> Void = { text in FileHandle.standardOutput.write(Data(text.utf8)) }
  var error: (String) -> Void = { text in FileHandle.standardError.write(Data(text.utf8)) }
  /// Whether standard error is a terminal (progress bars) or a log (periodic lines).
  var errorIsTerminal: Bool = isatty(STDERR_FILENO) != 0

  mutating func print(_ text: String) { output(text + "\n") }
  mutating func printError(_ text: String) { error(text + "\n") }
}
