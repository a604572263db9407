/// A `mizan` subcommand: its declared options and what it does with them.
protocol MizanCommand: Sendable {
  static var spec: CommandSpec { get }
  /// Runs the command; thrown errors are reported by `ExitStatus.report`.
  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> ExitStatus
}
