/// Why a paragraph was set aside as page furniture rather than translation. Every set-aside
/// paragraph carries one, so nothing is dropped silently.
public struct BoilerplateLabel: Sendable, Hashable, Codable {
  /// The kind of furniture, e.g. `see-also`, `caption`, `related`.
  public var label: String
  /// Why such a line is not translation, in words a user reads.
  public var reason: String
  /// What decided it: a rule's `file:line`, or `structure:` and the cue.
  public var evidence: String

  public init(label: String, reason: String, evidence: String) {
    self.label = label
    self.reason = reason
    self.evidence = evidence
  }
}
