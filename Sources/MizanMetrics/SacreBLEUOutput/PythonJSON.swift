/// JSON text exactly as Python's `json.dumps(value, indent=…, ensure_ascii=…)` writes it, which
/// sacreBLEU's JSON output is. Keys keep insertion order.
indirect enum PythonJSON {
  case string(String)
  case number(Double)
  case null
  case object([(String, PythonJSON)])
  case array([PythonJSON])

  func rendered(indent: Int, asciiOnly: Bool) -> String {
    var output = ""
    write(to: &output, indent: indent, level: 0, asciiOnly: asciiOnly)
    return output
  }

  private func write(to output: inout String, indent: Int, level: Int, asciiOnly: Bool) {
    let inner = String(repeating: " ", count: indent * (level + 1))
    let outer = String(repeating: " ", count: indent * level)
    switch self {
    case .string(let text): output += Self.quoted(text, asciiOnly: asciiOnly)
    case .number(let value): output += PythonFormat.repr(value)
    case .null: output += "null"
    case .object(let members):
      if members.isEmpty { output += "{}"; return }
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        output += inner + Self.quoted(key, asciiOnly: asciiOnly) + ": "
        value.write(to: &output, indent: indent, level: level + 1, asciiOnly: asciiOnly)
        output += index + 1 < members.count ? ",\n" : "\n"
      }
      output += outer + "}"
    case .array(let elements):
      if elements.isEmpty { output += "[]"; return }
      output += "[\n"
      for (index, value) in elements.enumerated() {
        output += inner
        value.write(to: &output, indent: indent, level: level + 1, asciiOnly: asciiOnly)
        output += index + 1 < elements.count ? ",\n" : "\n"
      }
      output += outer + "]"
    }
  }

  /// A JSON string literal: `"` `\` and control characters escaped; with `asciiOnly`
  /// (`ensure_ascii=True`) everything outside space…`~` as `\uxxxx`, astral scalars as
  /// surrogate pairs.
  static func quoted(_ text: String, asciiOnly: Bool) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        if scalar.value < 0x20 || (asciiOnly && scalar.value > 0x7E) {
          for unit in String(scalar).utf16 { output += "\\u" + hex4(unit) }
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output + "\""
  }

  private static func hex4(_ unit: UInt16) -> String {
    let digits = String(unit, radix: 16)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }
}
