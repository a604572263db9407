import Foundation

/// Fixed-decimal formatting that is the same on every machine and locale, for reports that
/// must be byte-identical when regenerated.
public enum Fixed {
  public static func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    let text = printed(value, decimals: decimals) ?? String(format: "%.\(decimals)f", locale: posix, value)
    // "-0.0000" reads as a sign error in a report.
    return text.hasPrefix("-") && text.allSatisfy({ "-0.".contains($0) }) ? String(text.dropFirst()) : text
  }

  static let posix = Locale(identifier: "en_US_POSIX")

  /// C's `%.Nf`, which Foundation's formatting calls underneath: the same correctly rounded
  /// digits for a hundredth of the cost (a report of 1,000 documents formats half a million
  /// numbers). nil when the result does not fit the buffer or the process locale writes the
  /// decimal point other than "."; the caller then formats through Foundation with POSIX.
  static func printed(_ value: Double, decimals: Int) -> String? {
    guard (0...20).contains(decimals) else { return nil }
    // On the stack: a report formats half a million numbers.
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 48) { buffer -> String? in
      let count = withVaList([value]) { vsnprintf(buffer.baseAddress, buffer.count, formats[decimals], $0) }
      guard count > 0, count < buffer.count else { return nil }
      return UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[..<Int(count)]).withMemoryRebound(to: UInt8.self) { bytes in
        guard bytes.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2E }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
      }
    }
  }

  /// "%.0f" … "%.20f".
  static let formats: [String] = (0...20).map { "%.\($0)f" }
}
