extension TextFile {
  /// Whether any line holds something other than whitespace.
  public var hasText: Bool {
    lines.contains { line in line.unicodeScalars.contains { !$0.properties.isWhitespace } }
  }

  /// The file itself, or `TextError.Code.empty` when it is empty or holds only whitespace.
  /// Aligning or evaluating against nothing gives scores of 0 that look like a terrible
  /// translation; a missing export is the likelier cause, so `evaluate` and `align` refuse.
  /// (`score` follows sacreBLEU instead, which scores empty lines.)
  public func requiringText() throws(TextError) -> TextFile {
    guard hasText else { throw TextError(path: path, code: .empty) }
    return self
  }
}
