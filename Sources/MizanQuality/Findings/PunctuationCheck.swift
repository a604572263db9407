import MizanText

/// Finds punctuation slips in an Arabic hypothesis: quotes and brackets left open or closed
/// without an opening, Latin punctuation where Arabic has its own (, ? ; for ، ؟ ؛), and a space
/// before an Arabic comma, semicolon or question mark. All minor.
///
/// Each kind is reported once a line (at its first occurrence, with the count), so a line that
/// writes " ، " ten times is one finding, not ten.
public struct PunctuationCheck: ContextualFindingCheck {
  public var name: String { "punctuation" }

  public init() {}

  /// Openers and their closers.
  static let brackets: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
    ("“", "”"), ("«", "»"), ("(", ")"), ("[", "]"), ("{", "}"),
  ]

  /// Latin marks and the Arabic ones that replace them.
  static let latinMarks: [Unicode.Scalar: Unicode.Scalar] = [",": "،", "?": "؟", ";": "؛"]

  func findings(in context: inout FindingContext) -> [Finding] {
    var found: [Finding] = []
    for line in context.document.hypothesisLines where context.words(line.text).isArabic {
      found += findings(in: line)
    }
    return found
  }

  func findings(in line: TextLine) -> [Finding] {
    let scalars = Array(line.text.unicodeScalars)
    var found: [Finding] = []
    func add(_ range: Range<Int>, _ explanation: String) {
      found.append(
        Finding.make(
          document: line.document, category: .punctuation, severity: .minor, confidence: 0.7,
          hypothesis: (Finding.Span(line: line.line, start: range.lowerBound, end: range.upperBound), line.text),
          reference: nil, explanation: explanation))
    }
    // Unbalanced quotes and brackets: a stack per pair of marks.
    for (open, close) in Self.brackets {
      var stack: [Int] = []
      var strayCloser: Int? = nil
      for (index, scalar) in scalars.enumerated() {
        if scalar == open {
          stack.append(index)
        } else if scalar == close {
          if stack.popLast() == nil, strayCloser == nil { strayCloser = index }
        }
      }
      if let index = stack.first {
        add(index..<index + 1, "«\(open)» is opened and never closed")
      } else if let index = strayCloser {
        add(index..<index + 1, "«\(close)» closes nothing")
      }
    }
    let straight = scalars.indices.filter { scalars[$0] == "\"" }
    if straight.count % 2 == 1, let last = straight.last {
      add(last..<last + 1, "an odd number of \" marks: a quotation is not closed")
    }
    // Latin marks between Arabic words (a comma between digits is a thousands separator).
    for (mark, arabic) in Self.latinMarks.sorted(by: { $0.key.value < $1.key.value }) {
      let places = scalars.indices.filter { index in
        scalars[index] == mark
          && !(index > 0 && index + 1 < scalars.count && Self.isDigit(scalars[index - 1]) && Self.isDigit(scalars[index + 1]))
      }
      if let first = places.first {
        add(first..<first + 1, "Latin «\(mark)» in Arabic text, \(places.count) time\(places.count == 1 ? "" : "s"): write «\(arabic)»")
      }
    }
    // Whitespace before ، ؛ ؟.
    let spaced = scalars.indices.filter { index in
      index > 0 && Self.isArabicMark(scalars[index]) && Whitespace.contains(scalars[index - 1])
    }
    if let first = spaced.first {
      var start = first
      while start > 0 && Whitespace.contains(scalars[start - 1]) { start -= 1 }
      add(start..<first + 1, "a space before «\(scalars[first])», \(spaced.count) time\(spaced.count == 1 ? "" : "s"): Arabic punctuation follows the word directly")
    }
    return found
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType != nil
  }

  static func isArabicMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "،" || scalar == "؛" || scalar == "؟"
  }
}
