import MizanMetrics
import MizanText
import Foundation

/// `mizan score`: a drop-in for the `sacrebleu` command on line-aligned input. It takes
/// sacreBLEU's option names and prints what sacreBLEU prints, so a script that swaps
/// `sacrebleu` for `mizan score` gets the same numbers.
enum ScoreCommand: MizanCommand {
  static let spec = CommandSpec(
    name: "score",
    abstract: "Score line-aligned hypotheses against references, as sacreBLEU does.",
    usage: "[REF ...] [-i HYP ...] [options]",
    discussion: """
      Reads the hypothesis from standard input when -i is absent (tab-separated fields are
      several systems). References are positional files; with --num-refs N, one file holds N
      tab-separated references a line. Every line count must match (exit 2 otherwise).
      Signatures carry Mizan's version; numbers equal sacreBLEU 2.6.0's with the same options.

      \(ExitStatus.helpText)
      """,
    options: [
      .list("--input", "-i", value: "FILE", help: "Hypothesis files, one per system.", default: "standard input"),
      .option("--num-refs", "-nr", value: "N", help: "References per line of a single reference file, tab-separated.", default: "1"),
      .list("--metrics", "-m", value: "METRIC", help: "Metrics to compute.", default: "bleu", choices: ["bleu", "chrf", "ter"]),
      .flag("--sentence-level", "-sl", help: "Print a score for every line instead of the corpus."),
      .option("--smooth-method", "-s", value: "METHOD", help: "BLEU smoothing.", default: "exp", choices: ["none", "floor", "add-k", "exp"]),
      .option("--smooth-value", "-sv", value: "X", help: "The value of floor (0.1) or add-k (1) smoothing."),
      .option("--tokenize", "-tok", value: "NAME", help: "BLEU tokenizer. ja-mecab, ko-mecab, spm, flores101 and flores200 need external models and are refused.", default: "13a", choices: ["none", "zh", "13a", "char", "intl", "ja-mecab", "ko-mecab", "spm", "flores101", "flores200"]),
      .flag("--lowercase", "-lc", help: "Lowercase before BLEU."),
      .flag("--force", help: "Accepted for sacreBLEU compatibility (tokenized input is not detected)."),
      .option("--chrf-char-order", "-cc", value: "N", help: "chrF character n-gram order.", default: "6"),
      .option("--chrf-word-order", "-cw", value: "N", help: "chrF word n-gram order; 2 gives chrF++.", default: "0"),
      .option("--chrf-beta", value: "N", help: "chrF recall weight.", default: "2"),
      .flag("--chrf-whitespace", help: "Keep whitespace in chrF character n-grams."),
      .flag("--chrf-lowercase", help: "Lowercase before chrF."),
      .flag("--chrf-eps-smoothing", help: "chrF smoothing as chrF++.py, NLTK and Moses do."),
      .flag("--ter-case-sensitive", help: "TER without lowercasing."),
      .flag("--ter-asian-support", help: "TER tokenization for Asian scripts."),
      .flag("--ter-no-punct", help: "TER without punctuation."),
      .flag("--ter-normalized", help: "TER with tercom's normalization."),
      .flag("--confidence", "-ci", help: "Add 95% confidence intervals by bootstrap resampling."),
      .option("--confidence-n", "-cin", value: "N", help: "Bootstrap resamples for --confidence.", default: "1000"),
      .flag("--paired-ar", "-par", help: "Paired approximate randomization against the first system (the baseline)."),
      .flag("--paired-bs", "-pbs", help: "Paired bootstrap resampling against the first system (the baseline)."),
      .option("--paired-ar-n", "-parn", value: "N", help: "Trials for --paired-ar.", default: "10000"),
      .option("--paired-bs-n", "-pbsn", value: "N", help: "Resamples for --paired-bs.", default: "1000"),
      .option("--paired-jobs", "-j", value: "N", help: "Accepted for sacreBLEU compatibility; Mizan picks its own parallelism.", default: "1"),
      .flag("--quiet", "-q", help: "Print nothing on standard error."),
      .flag("--short", "-sh", help: "Print a shorter signature."),
      .flag("--score-only", "-b", help: "Print only the score."),
      .option("--width", "-w", value: "N", help: "Decimal places of the score.", default: "1"),
      .flag("--no-color", "-nc", help: "Accepted for sacreBLEU compatibility; Mizan never colors."),
      .option("--format", "-f", value: "FORMAT", help: "Output format.", default: "json", choices: ["json", "text"]),
      .option("--encoding", "-e", value: "NAME", help: "Input encoding; only UTF-8 is read.", default: "utf-8"),
      .option("--normalize", value: "PROFILE", help: "Normalize both sides before scoring (docs/normalization.md); the signature gains a norm: field. Not a sacreBLEU option: with it, scores are not sacreBLEU-comparable.", default: "none", choices: ["none", "arabic"]),
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> ExitStatus {
    guard !arguments.positionals.isEmpty else {
      throw UsageError("no reference file given (references are positional arguments)")
    }
    if let encoding = arguments.value("encoding"), encoding.lowercased().replacingOccurrences(of: "-", with: "") != "utf8" {
      throw UsageError("--encoding \(encoding): Mizan reads UTF-8 only (UTF-16/32 files with a byte-order mark are transcoded)")
    }
    let numberOfReferences = try arguments.int("num-refs") ?? 1
    guard numberOfReferences >= 1 else { throw UsageError("--num-refs must be at least 1") }
    let inputFiles = arguments.has("input") ? arguments.values("input") : nil
    let input = ScoreInput(
      referencePaths: arguments.positionals, numberOfReferences: numberOfReferences, hypothesisPaths: inputFiles)
    // Option errors are reported after input errors, as when the whole input was read first.
    let options: SacreBLEUOptions
    var collectors: [any LineAlignedStatisticsCollector]
    do {
      options = try sacreBLEUOptions(arguments)
      let metricNames = arguments.has("metrics") ? arguments.values("metrics") : ["bleu"]
      collectors = try metricNames.map {
        try collector($0, arguments: arguments, referenceCount: input.referenceCount, sentenceLevel: options.sentenceLevel)
      }
    } catch {
      _ = try input.readWhole()
      throw error
    }
    let fresh = collectors
    var segments = 0
    let systemCount = try input.scan { batch in
      segments += batch.count
      for index in collectors.indices { collectors[index].add(batch) }
    } restart: {
      collectors = fresh
      segments = 0
    }
    guard segments > 0 else {
      // sacreBLEU refuses empty input too ("no segments"); name the files, as every input error does.
      let files = arguments.positionals + (inputFiles ?? ["standard input"])
      throw InputError("\(files.joined(separator: ", ")): no segments to score (the input is empty)")
    }
    let names = SacreBLEUReport.sacreBLEUSystemNames(
      inputFiles: inputFiles, systemCount: systemCount, paired: options.pairedTest != nil)
    do {
      let report = try SacreBLEUReport(options: options, systemNames: names, metrics: collectors.map(\.run))
      console.output(report.rendered())
    } catch {
      throw UsageError(error.description)
    }
    return .success
  }

  /// What the options ask to compute and print.
  static func sacreBLEUOptions(_ arguments: ParsedArguments) throws -> SacreBLEUOptions {
    let paired: PairedSignificance.Test? =
      arguments.has("paired-bs") ? .bootstrap(resamples: try arguments.int("paired-bs-n") ?? 1000)
      : arguments.has("paired-ar") ? .approximateRandomization(trials: try arguments.int("paired-ar-n") ?? 10000)
      : nil
    return SacreBLEUOptions(
      format: arguments.value("format") == "text" ? .text : .json,
      width: try arguments.int("width") ?? 1,
      scoreOnly: arguments.has("score-only"),
      shortSignature: arguments.has("short"),
      sentenceLevel: arguments.has("sentence-level"),
      confidenceResamples: arguments.has("confidence") ? try arguments.int("confidence-n") ?? 1000 : nil,
      pairedTest: paired)
  }

  /// The metric a `-m` name stands for, configured from the options, ready to collect every
  /// system's statistics.
  static func collector(
    _ name: String, arguments: ParsedArguments, referenceCount: Int, sentenceLevel: Bool
  ) throws -> any LineAlignedStatisticsCollector {
    let normalization: NormalizationProfile? = arguments.value("normalize") == "arabic" ? .arabic : nil
    /// The normalized metric takes the plain path: the fast byte paths see raw text only.
    func collecting<M: Metric>(_ metric: M) -> (any LineAlignedStatisticsCollector)? {
      normalization.map { LineAlignedStatistics(NormalizedMetric(metric, profile: $0)) }
    }
    switch name {
    case "bleu":
      let metric: BLEU
      do {
        metric = try BLEU(
          tokenizer: arguments.value("tokenize") ?? "13a", lowercase: arguments.has("lowercase"),
          smoothing: try BLEU.Smoothing(
            method: arguments.value("smooth-method") ?? "exp", value: try arguments.double("smooth-value")),
          effectiveOrder: sentenceLevel, referenceCount: referenceCount)
      } catch let error as MetricsError {
        throw UsageError(error.description)
      }
      return collecting(metric) ?? LineAlignedStatistics(readingBytes: metric)
    case "chrf":
      let characterOrder = try arguments.int("chrf-char-order") ?? 6
      let wordOrder = try arguments.int("chrf-word-order") ?? 0
      guard CHRF.supportedCharacterOrders.contains(characterOrder) else {
        throw UsageError("--chrf-char-order must be in \(CHRF.supportedCharacterOrders)")
      }
      guard CHRF.supportedWordOrders.contains(wordOrder) else {
        throw UsageError("--chrf-word-order must be in \(CHRF.supportedWordOrders)")
      }
      let metric = CHRF(
        characterOrder: characterOrder, wordOrder: wordOrder, beta: try arguments.int("chrf-beta") ?? 2,
        lowercase: arguments.has("chrf-lowercase"), whitespace: arguments.has("chrf-whitespace"),
        epsSmoothing: arguments.has("chrf-eps-smoothing"), referenceCount: referenceCount)
      return collecting(metric) ?? LineAlignedStatistics(readingBytes: metric)
    case "ter":
      let metric = TER(
        normalized: arguments.has("ter-normalized"), noPunctuation: arguments.has("ter-no-punct"),
        asianSupport: arguments.has("ter-asian-support"), caseSensitive: arguments.has("ter-case-sensitive"),
        referenceCount: referenceCount)
      return collecting(metric) ?? LineAlignedStatistics(readingBytes: metric)
    default:
      throw UsageError("unknown metric '\(name)'")
    }
  }
}
