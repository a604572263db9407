/// Signatures as sacreBLEU prints them in reports, with resampling fields and short keys.
enum SignatureText {
  /// sacreBLEU's short keys (`--short`), from its `Signature._abbr` tables. `tok` is `t` for TER
  /// but stays `tok` for BLEU.
  static func shortKey(_ key: String, metric: String) -> String {
    switch key {
    case "version": return "v"
    case "nrefs": return "#"
    case "test": return "t"
    case "lang": return "l"
    case "subset": return "S"
    case "origlang": return "o"
    case "seed": return "rs"
    case "case": return "c"
    case "eff": return "e"
    case "smooth", "space": return "s"
    case "norm": return "nr"
    case "punct": return "pn"
    case "asian": return "as"
    case "tok": return metric == "TER" ? "t" : "tok"
    default: return key
    }
  }

  /// The signature with the resampling fields sacreBLEU adds (`bs`, `ar`, `seed`), placed where
  /// its field order puts them: right after `nrefs`.
  static func withResampling(_ signature: Signature, bootstrap: Int?, trials: Int?, seed: UInt64)
    -> Signature
  {
    var added: [Signature.Field] = []
    if let bootstrap { added.append(.init("bs", String(bootstrap))) }
    if let trials { added.append(.init("ar", String(trials))) }
    guard !added.isEmpty else { return signature }
    added.append(.init("seed", String(seed)))
    var fields = signature.fields
    let position = (fields.firstIndex { $0.key == "nrefs" } ?? -1) + 1
    fields.insert(contentsOf: added, at: position)
    return Signature(fields)
  }

  static func format(_ signature: Signature, short: Bool, metric: String) -> String {
    signature.fields.map { "\(short ? shortKey($0.key, metric: metric) : $0.key):\($0.value)" }
      .joined(separator: "|")
  }
}
