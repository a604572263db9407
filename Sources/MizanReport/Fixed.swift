import Foundation

/// Fixed-decimal formatting that is the same on every machine and locale, for reports that
/// must be byte-identical when regenerated.
public enum Fixed {
  public static func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    let text = String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
    // "-0.0000" reads as a sign error in a report.
    return text.hasPrefix("-") && text.allSatisfy({ "-0.".contains($0) }) ? String(text.dropFirst()) : text
  }
}
