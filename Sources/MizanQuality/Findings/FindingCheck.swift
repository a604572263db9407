/// One kind of error check the findings engine runs: numbers, untranslated words, repetition…
///
/// A check looks at one document at a time and returns findings with spans and evidence; it
/// need not sort them or worry about another check reporting the same error, which
/// `FindingEngine` settles. Checks are values so that a configured engine can be shared across
/// threads and reruns give identical output.
public protocol FindingCheck: Sendable {
  /// A short name for reports and debugging ("numbers", "mistranslation").
  var name: String { get }
  /// The findings in `document`, in any order.
  func findings(in document: FindingDocument) -> [Finding]
}
