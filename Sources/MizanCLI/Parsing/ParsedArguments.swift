/// The arguments of one command line, checked against its `CommandSpec`.
struct ParsedArguments: Sendable {
  /// Values by option key (canonical name without dashes); a flag maps to `[]`.
  var options: [String: [String]] = [:]
  /// Arguments that belong to no option, in order.
  var positionals: [String] = []

  /// Whether a flag (or any option) was given.
  func has(_ key: String) -> Bool { options[key] != nil }

  /// The last value given for an option, or nil.
  func value(_ key: String) -> String? { options[key]?.last }

  /// Every value given for an option, or `[]`.
  func values(_ key: String) -> [String] { options[key] ?? [] }

  /// The value parsed as a number, or a usage error naming the option.
  func double(_ key: String) throws(UsageError) -> Double? {
    guard let text = value(key) else { return nil }
    guard let number = Double(text) else { throw UsageError("--\(key) expects a number, got '\(text)'") }
    return number
  }

  /// The value parsed as an integer, or a usage error naming the option.
  func int(_ key: String) throws(UsageError) -> Int? {
    guard let text = value(key) else { return nil }
    guard let number = Int(text) else { throw UsageError("--\(key) expects an integer, got '\(text)'") }
    return number
  }
}

/// A command line that does not fit the command: printed with a pointer to `--help`, exit 2.
struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
