import Mizan
import MizanReport

/// `mizan align HYP REF`: prints which lines and sentences of the two editions correspond.
enum AlignCommand: MizanCommand {
  static let spec = CommandSpec(
    name: "align",
    abstract: "Align the sentences of a rough and a polished edition; print the beads.",
    usage: "HYPOTHESIS REFERENCE [options]",
    discussion: """
      Prints one bead a row: hypothesis lines, reference lines (1-based lines of the input
      files, comma-separated, - for none), sentence ids, similarity, bead label (1-1, 2-1, ...),
      and for unaligned lines whether they are omissions, additions or boilerplate, with the
      rule that matched.

      \(ExitStatus.helpText)
      """,
    options: [
      .option("--format", "-f", value: "FORMAT", help: "Output format.", default: "tsv", choices: ["tsv", "json"]),
      .option("--level", value: "LEVEL", help: "Paragraph (line) beads or sentence beads.", default: "paragraph", choices: ["paragraph", "sentence"]),
      .list("--boilerplate", value: "FILE", help: "Extra boilerplate rules (docs/boilerplate.md), added to the defaults."),
      .flag("--no-default-boilerplate", help: "Use only the rules given with --boilerplate."),
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> ExitStatus {
    guard arguments.positionals.count == 2 else {
      throw UsageError("expected two files, the hypothesis and the reference")
    }
    let hypothesis = Document(file: try TextFile(contentsOf: arguments.positionals[0]).requiringText())
    let reference = Document(file: try TextFile(contentsOf: arguments.positionals[1]).requiringText())
    let rules = try EvaluateCommand.boilerplateRules(arguments)
    let alignment = Aligner().align(
      hypothesis: hypothesis, reference: reference, boilerplate: BoilerplateClassifier(rules: rules))
    let table = AlignmentTable(
      alignment, hypothesis: hypothesis, reference: reference,
      level: arguments.value("level") == "sentence" ? .sentence : .paragraph)
    console.output(arguments.value("format") == "json" ? table.json : table.tsv)
    return .success
  }
}
