import Foundation

/// What a CI gate demands of an evaluation (docs/gate.md): minimum scores and terminology
/// figures, maximum TER and findings per severity, and how far scores may drop from a
/// baseline before the drop fails the gate. Read from a `mizan.json` policy file or built from
/// command-line flags. Scores are on sacreBLEU's 0–100 scale; term accuracy and consistency
/// are percentages.
public struct GatePolicy: Sendable, Codable, Hashable {
  /// Per-metric limits; nil means not checked.
  public struct MetricLimits: Sendable, Codable, Hashable {
    public var bleu: Double?
    public var chrF: Double?
    public var chrFPlusPlus: Double?
    public var ter: Double?
    public init(bleu: Double? = nil, chrF: Double? = nil, chrFPlusPlus: Double? = nil, ter: Double? = nil) {
      self.bleu = bleu
      self.chrF = chrF
      self.chrFPlusPlus = chrFPlusPlus
      self.ter = ter
    }
  }

  /// Lower bounds.
  public struct Minimum: Sendable, Codable, Hashable {
    public var bleu: Double?
    public var chrF: Double?
    public var chrFPlusPlus: Double?
    /// Percent of expected glossary terms rendered approvedly.
    public var termAccuracy: Double?
    /// Percent of glossary terms used more than once that are rendered one way.
    public var consistency: Double?
    public init() {}
  }

  /// Upper bounds.
  public struct Maximum: Sendable, Codable, Hashable {
    public var ter: Double?
    /// Findings allowed per severity over the batch.
    public var findings: FindingLimits?
    public init() {}
  }

  /// Findings allowed per severity.
  public struct FindingLimits: Sendable, Codable, Hashable {
    public var critical: Int?
    public var major: Int?
    public var minor: Int?
    public init(critical: Int? = nil, major: Int? = nil, minor: Int? = nil) {
      self.critical = critical
      self.major = major
      self.minor = minor
    }
  }

  /// How a run is compared with a baseline run.
  public struct Baseline: Sendable, Codable, Hashable {
    /// Points a metric may drop (TER: rise) before the drop can fail the gate.
    public var maxDrop: MetricLimits
    /// A drop counts only when the paired bootstrap's p-value is below this.
    public var significance: Double?
    /// Paired bootstrap resamples (sacreBLEU's default 1000).
    public var resamples: Int?
    public init(maxDrop: MetricLimits, significance: Double? = nil, resamples: Int? = nil) {
      self.maxDrop = maxDrop
      self.significance = significance
      self.resamples = resamples
    }
  }

  public var minimum: Minimum?
  public var maximum: Maximum?
  public var baseline: Baseline?
  /// Also apply `minimum` and `maximum.ter` to each document, not only to the batch totals.
  public var perDocument: Bool?

  public init(minimum: Minimum? = nil, maximum: Maximum? = nil, baseline: Baseline? = nil, perDocument: Bool? = nil) {
    self.minimum = minimum
    self.maximum = maximum
    self.baseline = baseline
    self.perDocument = perDocument
  }

  /// With a baseline and no policy: fail a significant drop of more than 1 point in BLEU or chrF.
  public static let defaultBaseline = Baseline(maxDrop: MetricLimits(bleu: 1, chrF: 1))
  /// sacreBLEU's conventional threshold for its paired tests.
  public static let defaultSignificance = 0.05

  /// Reads a policy file, refusing keys it does not know so that a typo cannot switch a check off.
  public init(contentsOf path: String) throws(GateError) {
    let text: TextFile
    do { text = try TextFile(contentsOf: path) } catch { throw GateError(path: path, reason: error.description) }
    let data = Data(text.lines.joined(separator: "\n").utf8)
    do {
      let object = try JSONSerialization.jsonObject(with: data)
      try Self.checkKeys(object, allowed: Self.allowedKeys, at: "")
      self = try JSONDecoder().decode(GatePolicy.self, from: data)
    } catch let error as GateError {
      throw GateError(path: path, reason: error.reason)
    } catch {
      throw GateError(path: path, reason: "not a Mizan gate policy: \(BatchManifest.reason(error))")
    }
  }

  /// The keys each object of the file may hold, by dotted path.
  static let allowedKeys: [String: Set<String>] = [
    "": ["minimum", "maximum", "baseline", "perDocument"],
    "minimum": ["bleu", "chrF", "chrFPlusPlus", "termAccuracy", "consistency"],
    "maximum": ["ter", "findings"],
    "maximum.findings": ["critical", "major", "minor"],
    "baseline": ["maxDrop", "significance", "resamples"],
    "baseline.maxDrop": ["bleu", "chrF", "chrFPlusPlus", "ter"],
  ]

  static func checkKeys(_ object: Any, allowed: [String: Set<String>], at path: String) throws(GateError) {
    guard let dictionary = object as? [String: Any], let keys = allowed[path] else { return }
    for (key, value) in dictionary {
      let child = path.isEmpty ? key : path + "." + key
      guard keys.contains(key) else {
        throw GateError(path: "", reason: "unknown key \"\(child)\"; known: \(keys.sorted().joined(separator: ", "))")
      }
      try checkKeys(value, allowed: allowed, at: child)
    }
  }
}

/// Why the gate could not run (as opposed to failing): a bad policy or baseline file.
public struct GateError: Error, Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
  public var description: String { path.isEmpty ? reason : "\(path): \(reason)" }
}
