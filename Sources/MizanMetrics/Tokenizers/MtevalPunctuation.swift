/// The four substitutions that sacreBLEU's `13a` and `zh` tokenizers share
/// (sacrebleu/tokenizers/tokenizer_re.py, after mteval-v13a.pl), applied one after the other
/// with Python `re.sub`'s left-to-right, non-overlapping matching:
///
/// 1. space around `{|}~ [\]^_` ` space!"#$%& ()*+ :;<=>?@ /` (ASCII punctuation except `'`,
///    `,`, `-`, `.`);
/// 2. `X.` or `X,` where X is not an ASCII digit: space after X and after the mark;
/// 3. `.X` or `,X` where X is not an ASCII digit: space before the mark and before X;
/// 4. `9-`: space after the digit and after the dash;
///
/// then whitespace runs collapse to one space. Every pattern is ASCII, so the passes run on UTF-8
/// bytes: a multi-byte scalar never matches a digit, a period or a comma, and emitting its bytes
/// one by one gives the same output as emitting the scalar.
enum MtevalPunctuation {
  /// Pass 1's character class.
  @inline(__always)
  static func isSpaced(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x20...0x26, 0x28...0x2B, 0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  @inline(__always)
  static func isPeriodOrComma(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x2C }

  /// The tokenized line, tokens separated by single spaces.
  static func tokenize(_ input: [UInt8]) -> String {
    let space: UInt8 = 0x20
    // Pass 1: every byte independently.
    var first: [UInt8] = []
    first.reserveCapacity(input.count * 2)
    for byte in input {
      if isSpaced(byte) {
        first.append(space)
        first.append(byte)
        first.append(space)
      } else {
        first.append(byte)
      }
    }
    // Pass 2: ([^0-9])([.,]) -> "\1 \2 "
    var second: [UInt8] = []
    second.reserveCapacity(first.count + first.count / 4)
    var index = 0
    while index < first.count {
      let byte = first[index]
      if index + 1 < first.count, !isDigit(byte), isPeriodOrComma(first[index + 1]) {
        second.append(byte)
        second.append(space)
        second.append(first[index + 1])
        second.append(space)
        index += 2
      } else {
        second.append(byte)
        index += 1
      }
    }
    // Pass 3: ([.,])([^0-9]) -> " \1 \2"
    var third: [UInt8] = []
    third.reserveCapacity(second.count + second.count / 4)
    index = 0
    while index < second.count {
      let byte = second[index]
      if index + 1 < second.count, isPeriodOrComma(byte), !isDigit(second[index + 1]) {
        third.append(space)
        third.append(byte)
        third.append(space)
        third.append(second[index + 1])
        index += 2
      } else {
        third.append(byte)
        index += 1
      }
    }
    // Pass 4: ([0-9])(-) -> "\1 \2 "
    var fourth: [UInt8] = []
    fourth.reserveCapacity(third.count + third.count / 8)
    index = 0
    while index < third.count {
      let byte = third[index]
      if index + 1 < third.count, isDigit(byte), third[index + 1] == 0x2D {
        fourth.append(byte)
        fourth.append(space)
        fourth.append(0x2D)
        fourth.append(space)
        index += 2
      } else {
        fourth.append(byte)
        index += 1
      }
    }
    return TokenJoiner.joined(fourth)
  }
}
