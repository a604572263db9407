import Testing
@testable import MizanCLI

@Suite struct ArgumentParserTests {
  let parser = ArgumentParser(spec: ScoreCommand.spec)

  @Test func parsesSacreBLEUCommandLines() throws {
    let parsed = try parser.parse(["ref1.txt", "ref2.txt", "-i", "a.txt", "b.txt", "-m", "bleu", "chrf", "-tok", "intl", "-w", "4", "-lc"])
    #expect(parsed.positionals == ["ref1.txt", "ref2.txt"])
    #expect(parsed.values("input") == ["a.txt", "b.txt"])
    #expect(parsed.values("metrics") == ["bleu", "chrf"])
    #expect(parsed.value("tokenize") == "intl")
    #expect(try parsed.int("width") == 4)
    #expect(parsed.has("lowercase"))
    #expect(!parsed.has("confidence"))
  }

  @Test func acceptsEqualsAndNegativeNumbersAndStandardInput() throws {
    let parsed = try parser.parse(["--smooth-value=0.5", "-", "--width", "-1"])
    #expect(parsed.value("smooth-value") == "0.5")
    #expect(parsed.value("width") == "-1")
    #expect(parsed.positionals == ["-"])
  }

  @Test func rejectsUnknownOptionsMissingValuesAndBadChoices() {
    #expect(throws: UsageError.self) { try parser.parse(["--nope"]) }
    #expect(throws: UsageError.self) { try parser.parse(["-tok"]) }
    #expect(throws: UsageError.self) { try parser.parse(["-m", "meteor"]) }
    #expect(throws: UsageError.self) { try parser.parse(["-lc=1"]) }
  }

  @Test func helpListsEveryOptionWithItsDefault() {
    let help = ScoreCommand.spec.helpText
    for option in ScoreCommand.spec.options {
      #expect(help.contains(option.names.joined(separator: ", ")))
      if let value = option.defaultValue { #expect(help.contains("(default: \(value))")) }
    }
  }
}
