/// One option a command accepts, with its help and default beside it, in the manner of
/// swift-argument-parser's `@Option(help:)`.
struct OptionSpec: Sendable {
  /// How many values the option takes.
  enum Arity: Sendable {
    /// A switch: present or not.
    case flag
    /// One value: `-tok intl`, `--tokenize=intl`.
    case one
    /// One or more values up to the next option, as argparse's `nargs='+'` (`-m bleu chrf`).
    case many
  }

  /// Every spelling, the canonical one first (`["--tokenize", "-tok"]`).
  var names: [String]
  var arity: Arity
  /// What the value is called in help (`NAME`, `FILE`).
  var valueName: String
  var help: String
  /// The default shown in help; `nil` when there is none worth showing.
  var defaultValue: String?
  /// The allowed values, checked by the parser and shown in help.
  var choices: [String]?

  /// The key values are stored under: the canonical name without dashes.
  var key: String {
    let name = names[0]
    return String(name.drop { $0 == "-" })
  }

  static func flag(_ names: String..., help: String) -> OptionSpec {
    OptionSpec(names: names, arity: .flag, valueName: "", help: help)
  }

  static func option(
    _ names: String..., value: String = "VALUE", help: String, default defaultValue: String? = nil,
    choices: [String]? = nil
  ) -> OptionSpec {
    OptionSpec(
      names: names, arity: .one, valueName: value, help: help, defaultValue: defaultValue, choices: choices)
  }

  static func list(
    _ names: String..., value: String = "VALUE", help: String, default defaultValue: String? = nil,
    choices: [String]? = nil
  ) -> OptionSpec {
    OptionSpec(
      names: names, arity: .many, valueName: value, help: help, defaultValue: defaultValue, choices: choices)
  }
}
