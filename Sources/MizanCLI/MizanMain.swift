import Foundation
import MizanMetrics

/// The `mizan` executable: finds the subcommand, parses its arguments, runs it, and turns the
/// outcome into an exit status. No evaluation logic lives here.
@main
enum MizanMain {
  static let commands: [any MizanCommand.Type] = [
    EvaluateCommand.self, AlignCommand.self, ScoreCommand.self, MergeCommand.self, GateCommand.self,
  ]

  static func main() {
    SignalCleanup.install()
    var console = Console()
    let status = run(Array(CommandLine.arguments.dropFirst()), console: &console)
    exit(status.rawValue)
  }

  static func run(_ words: [String], console: inout Console) -> ExitStatus {
    guard let first = words.first else {
      console.printError(overview)
      return .inputError
    }
    switch first {
    case "--help", "-h", "help":
      if words.count > 1, let command = command(named: words[1]) {
        console.print(command.spec.helpText)
      } else {
        console.print(overview)
      }
      return .success
    case "--version":
      console.print("mizan \(MizanVersion.string)")
      return .success
    default:
      break
    }
    guard let command = command(named: first) else {
      console.printError("mizan: unknown command '\(first)'\n\n\(overview)")
      return .inputError
    }
    do {
      let arguments = try ArgumentParser(spec: command.spec).parse(Array(words.dropFirst()))
      if arguments.has("help") {
        console.print(command.spec.helpText)
        return .success
      }
      return try command.run(arguments, console: &console)
    } catch {
      let (status, message) = ExitStatus.report(error, command: first)
      console.printError(message)
      return status
    }
  }

  static func command(named name: String) -> (any MizanCommand.Type)? {
    commands.first { $0.spec.name == name }
  }

  static var overview: String {
    var text = """
      mizan \(MizanVersion.string): machine-translation evaluation against a polished edition.

      USAGE: mizan COMMAND [options]     (mizan COMMAND --help for its options)

      COMMANDS:

      """
    for command in commands {
      text += "  " + command.spec.name.padding(toLength: 10, withPad: " ", startingAt: 0)
        + command.spec.abstract + "\n"
    }
    text += "\n" + ExitStatus.helpText
    return text
  }
}
