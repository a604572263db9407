/// What a subcommand accepts: its options and positional arguments, with help text. The parser
/// and the help page are both derived from it, so they cannot disagree.
struct CommandSpec: Sendable {
  /// The subcommand's name (`score`).
  var name: String
  /// One line for `mizan --help`.
  var abstract: String
  /// Usage after `mizan NAME`, e.g. `[REF ...] [-i HYP ...] [options]`.
  var usage: String
  /// Paragraphs printed after the usage line: what the command does, exit statuses.
  var discussion: String
  var options: [OptionSpec]

  /// Every spelling of `--help`, added to every command.
  static let helpOption = OptionSpec.flag("--help", "-h", help: "Show this help and exit.")

  /// The option a command-line word names, or nil.
  func option(named word: String) -> OptionSpec? {
    (options + [Self.helpOption]).first { $0.names.contains(word) }
  }

  /// The help page: usage, discussion and every option with its default.
  var helpText: String {
    var text = "USAGE: mizan \(name) \(usage)\n\n"
    if !discussion.isEmpty { text += discussion + "\n\n" }
    text += "OPTIONS:\n"
    for option in options + [Self.helpOption] {
      var label = option.names.joined(separator: ", ")
      switch option.arity {
      case .flag: break
      case .one: label += " \(option.valueName)"
      case .many: label += " \(option.valueName) ..."
      }
      var help = option.help
      if let choices = option.choices { help += " One of: \(choices.joined(separator: ", "))." }
      if let defaultValue = option.defaultValue { help += " (default: \(defaultValue))" }
      text += "  \(label)\n" + Self.wrap(help, indent: 6, width: 96) + "\n"
    }
    return text
  }

  /// Greedy word wrap for help text.
  static func wrap(_ text: String, indent: Int, width: Int) -> String {
    let padding = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = padding
    for word in text.split(separator: " ") {
      if line.count > indent, line.count + 1 + word.count > width {
        lines.append(line)
        line = padding
      }
      line += (line.count > indent ? " " : "") + word
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
