import MizanText

/// Mizan's exit statuses, the same for every command and documented in `mizan --help`.
enum ExitStatus: Int32 {
  /// Done; for `gate`, the gate passed.
  case success = 0
  /// The gate failed (only `mizan gate`).
  case gateFailed = 1
  /// A usage or input error: a bad option, a missing or unreadable file, invalid UTF-8, …
  case inputError = 2
  /// A bug in Mizan or an environment failure it cannot attribute to the input.
  case internalError = 3

  /// The status and message for an error that ended a command. The one place errors become
  /// exit codes, as argument-parser's `ExitCode` does.
  static func report(_ error: any Error, command: String) -> (ExitStatus, String) {
    switch error {
    case let usage as UsageError:
      return (.inputError, "mizan \(command): \(usage)\nRun 'mizan \(command) --help' for usage.")
    case let input as TextError:
      return (.inputError, "mizan \(command): \(input)")
    case let input as InputError:
      return (.inputError, "mizan \(command): \(input)")
    default:
      return (.internalError, "mizan \(command): internal error: \(error)")
    }
  }

  static let helpText = """
    EXIT STATUS:
      0  success (for gate: the gate passed)
      1  the gate failed
      2  usage or input error (bad option, missing file, invalid UTF-8, mismatched lines, ...)
      3  internal error
    """
}

/// An input problem found by the command line itself (e.g. mismatched line counts), reported
/// like library input errors.
struct InputError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
