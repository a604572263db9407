extension SacreBLEUReport {
  /// The resampling fields this report's signatures carry.
  func signature(of metric: MetricRun) -> Signature {
    if let test = options.pairedTest {
      switch test {
      case .bootstrap(let n):
        return SignatureText.withResampling(metric.signature, bootstrap: n, trials: nil, seed: options.seed)
      case .approximateRandomization(let n):
        return SignatureText.withResampling(metric.signature, bootstrap: nil, trials: n, seed: options.seed)
      }
    }
    if let resamples = options.confidenceResamples, resamples > 1, systemNames.count == 1 {
      return SignatureText.withResampling(
        metric.signature, bootstrap: resamples, trials: nil, seed: options.seed)
    }
    return metric.signature
  }

  /// sacreBLEU's `Score.format`: the score line, the score alone, or the JSON object.
  func formatted(_ score: Score, confidence: ConfidenceInterval?, signature: Signature, json: Bool)
    -> String
  {
    let width = options.width
    var number = PythonFormat.fixed(score.score, width)
    // sacreBLEU shows the interval only when its mean is positive (its "unset" value is −1).
    let interval = confidence.flatMap { $0.mean > 0 ? $0 : nil }
    var members: [(String, PythonJSON)] = []
    let longSignature = SignatureText.format(signature, short: false, metric: score.name)
    if json {
      members = [
        ("name", .string(score.name)), ("score", .number(Double(number) ?? score.score)),
        ("signature", .string(longSignature)),
      ]
    }
    if let interval {
      let mean = PythonFormat.fixed(interval.mean, width)
      let halfWidth = PythonFormat.fixed(interval.halfWidth, width)
      let text = "μ = \(mean) ± \(halfWidth)"
      number += " (\(text))"
      members += [
        ("confidence_mean", .number(Double(mean) ?? interval.mean)),
        ("confidence_var", .number(Double(halfWidth) ?? interval.halfWidth)),
        ("confidence", .string(text)),
      ]
    }
    if options.scoreOnly { return number }
    if json {
      if !score.verbose.isEmpty { members.append(("verbose_score", .string(score.verbose))) }
      members += signature.fields.map { ($0.key, .string($0.value)) }
      return PythonJSON.object(members).rendered(indent: 1, asciiOnly: false)
    }
    let shown = SignatureText.format(signature, short: options.shortSignature, metric: score.name)
    var line = "\(score.name)|\(shown) = \(number)"
    if !score.verbose.isEmpty { line += " \(score.verbose)" }
    return line
  }

  /// One line per segment; sacreBLEU prints these as text whatever `--format` says.
  func renderedSentences() -> String {
    guard let metric = metrics.first, let scores = sentenceScores.first else { return "" }
    let signature = metric.sentenceLevelSignature
    return scores.map { formatted($0, confidence: nil, signature: signature, json: false) + "\n" }
      .joined()
  }

  /// sacreBLEU's `print_single_results`.
  func renderedSingleSystem() -> String {
    let json = options.format == .json
    let lines = metrics.indices.map { index in
      formatted(
        scores[index][0], confidence: confidences[index], signature: signature(of: metrics[index]),
        json: json)
    }
    if json {
      return (lines.count > 1 ? "[\n" + lines.joined(separator: ",\n") + "\n]" : lines[0]) + "\n"
    }
    if lines.count == 1 { return lines[0] + "\n" }
    // Align on "=": lines without one are printed at once; the rest are right-justified so that
    // the "=" line up (sacreBLEU pairs offsets with lines from the first, reproduced as is).
    var output = ""
    var offsets: [Int] = []
    for line in lines {
      if let equals = line.unicodeScalars.firstIndex(of: "=") {
        offsets.append(line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: equals) - 1)
      } else {
        output += line + "\n"
      }
    }
    guard let widest = offsets.max() else { return output }
    for (offset, line) in zip(offsets, lines) {
      let scalars = Array(line.unicodeScalars)
      let split = max(0, min(offset, scalars.count))
      var left = String.UnicodeScalarView()
      left.append(contentsOf: scalars[..<split])
      var right = String.UnicodeScalarView()
      right.append(contentsOf: scalars[split...])
      output += String(repeating: " ", count: max(0, widest - split)) + String(left) + String(right) + "\n"
    }
    return output
  }
}
