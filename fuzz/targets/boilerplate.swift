// libFuzzer target: the boilerplate-rules parser (docs/boilerplate.md) and classification of
// a small document with the parsed rules. Built by fuzz/run.sh.
import MizanAlign
import MizanText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBoilerplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let file = try? TextFile(decoding: bytes, path: "fuzz.tsv"),
    let rules = try? BoilerplateRules(tsv: file.lines.joined(separator: "\n"), path: "fuzz.tsv")
  else { return 0 }
  let document = Document(path: "d", lines: ["اقرأ أيضا: خبر", "شارك", "", "Photo: AFP"] + file.lines.prefix(20))
  _ = BoilerplateClassifier(rules: rules).labels(for: document)
  return 0
}
