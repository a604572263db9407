/// sacreBLEU's `intl` tokenizer, after mteval-v14.pl's international tokenization
/// (sacrebleu/tokenizers/tokenizer_intl.py): three substitutions, each Python-`regex`-style
/// left to right and non-overlapping, on Unicode code points:
///
/// 1. a punctuation mark (`\p{P}`) preceded by a non-number (`\P{N}`): space after each;
/// 2. a punctuation mark followed by a non-number: space before each;
/// 3. every symbol (`\p{S}`): space on both sides;
///
/// then whitespace runs collapse to one space. So `1,234.5` stays whole, and a number followed by
/// a sentence-final period keeps its period (the mteval-v14 quirk sacreBLEU keeps on purpose).
public struct TokenizerInternational: Tokenizer {
  public init() {}

  public var signature: String { "intl" }

  public func tokenize(_ line: String) -> String {
    let scalars = Array(line.unicodeScalars)
    let classes = scalars.map(UnicodeClass.of)
    let space = Unicode.Scalar(UInt8(0x20))
    // Pass 1: (\P{N})(\p{P}) -> "\1 \2 "
    var first: [Unicode.Scalar] = []
    var firstClasses: [UnicodeClass] = []
    first.reserveCapacity(scalars.count * 2)
    firstClasses.reserveCapacity(scalars.count * 2)
    var index = 0
    while index < scalars.count {
      if index + 1 < scalars.count, classes[index] != .number, classes[index + 1] == .punctuation {
        first += [scalars[index], space, scalars[index + 1], space]
        firstClasses += [classes[index], .other, .punctuation, .other]
        index += 2
      } else {
        first.append(scalars[index])
        firstClasses.append(classes[index])
        index += 1
      }
    }
    // Pass 2: (\p{P})(\P{N}) -> " \1 \2"
    var second: [Unicode.Scalar] = []
    var secondClasses: [UnicodeClass] = []
    second.reserveCapacity(first.count * 2)
    secondClasses.reserveCapacity(first.count * 2)
    index = 0
    while index < first.count {
      if index + 1 < first.count, firstClasses[index] == .punctuation,
        firstClasses[index + 1] != .number
      {
        second += [space, first[index], space, first[index + 1]]
        secondClasses += [.other, .punctuation, .other, firstClasses[index + 1]]
        index += 2
      } else {
        second.append(first[index])
        secondClasses.append(firstClasses[index])
        index += 1
      }
    }
    // Pass 3: (\p{S}) -> " \1 "
    var third = String.UnicodeScalarView()
    for (scalar, kind) in zip(second, secondClasses) {
      if kind == .symbol {
        third.append(space)
        third.append(scalar)
        third.append(space)
      } else {
        third.append(scalar)
      }
    }
    return TokenJoiner.joined(Array(String(third).utf8))
  }
}
