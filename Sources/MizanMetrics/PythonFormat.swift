#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Number formatting exactly as Python prints it, which sacreBLEU's output depends on.
enum PythonFormat {
  /// `f"{value:.{digits}f}"`: the binary value rounded half-to-even at `digits` decimals.
  /// C's `printf("%.*f")` rounds the exact binary value the same way.
  static func fixed(_ value: Double, _ digits: Int) -> String {
    var buffer = [CChar](repeating: 0, count: 400)
    let count = withVaList([Int32(max(0, min(digits, 100))), value]) { arguments in
      buffer.withUnsafeMutableBufferPointer { pointer in
        vsnprintf(pointer.baseAddress, pointer.count, "%.*f", arguments)
      }
    }
    let length = max(0, min(Int(count), buffer.count - 1))
    return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// `repr(value)` / `json.dumps(value)` of a float: the shortest digits that round-trip, in
  /// positional notation for exponents −4…15 and scientific otherwise, as Swift also chooses;
  /// Swift writes `1e-05` and `1e+16` as Python does.
  static func repr(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
    return value.description
  }
}
