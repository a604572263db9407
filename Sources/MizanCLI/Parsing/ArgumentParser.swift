/// Parses a command line against a `CommandSpec` the way sacreBLEU's argparse does, so that
/// sacreBLEU command lines work unchanged: options may come before or after positionals, a
/// multi-valued option (`-m bleu chrf`) takes words up to the next option, `--name=value` is
/// accepted, and `-` alone is a positional (standard input).
struct ArgumentParser {
  var spec: CommandSpec

  func parse(_ words: [String]) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var onlyPositionals = false
    while index < words.count {
      let word = words[index]
      index += 1
      if onlyPositionals || !Self.looksLikeOption(word) {
        parsed.positionals.append(word)
        continue
      }
      if word == "--" {
        onlyPositionals = true
        continue
      }
      var name = word
      var inlineValue: String? = nil
      if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      guard let option = spec.option(named: name) else {
        throw UsageError("unknown option '\(name)' for 'mizan \(spec.name)'")
      }
      var values: [String] = []
      switch option.arity {
      case .flag:
        if inlineValue != nil { throw UsageError("\(name) takes no value") }
      case .one:
        if let inlineValue {
          values = [inlineValue]
        } else {
          guard index < words.count, !Self.looksLikeOption(words[index]) else {
            throw UsageError("\(name) expects a value (\(option.valueName))")
          }
          values = [words[index]]
          index += 1
        }
      case .many:
        if let inlineValue { values = [inlineValue] }
        while index < words.count, !Self.looksLikeOption(words[index]) {
          values.append(words[index])
          index += 1
        }
        if values.isEmpty { throw UsageError("\(name) expects one or more values (\(option.valueName))") }
      }
      if let choices = option.choices {
        for value in values where !choices.contains(value) {
          throw UsageError(
            "\(name): '\(value)' is not one of \(choices.joined(separator: ", "))")
        }
      }
      parsed.options[option.key, default: []] += values
    }
    return parsed
  }

  /// `-x`, `--xx`, but not `-` (standard input) nor a negative number.
  static func looksLikeOption(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1 else { return false }
    return Double(word) == nil
  }
}
