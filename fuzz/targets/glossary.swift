// libFuzzer target: the glossary parsers (TSV and TBX) and term matching with the parsed
// glossary. Inputs starting with "<" go to the TBX reader. Built by fuzz/run.sh.
import Foundation
import MizanQuality
import MizanText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossary(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let glossary: Glossary?
  if bytes.first == UInt8(ascii: "<") {
    glossary = try? Glossary(tbxData: Data(bytes), path: "fuzz.tbx")
  } else if let file = try? TextFile(decoding: bytes, path: "fuzz.tsv") {
    glossary = try? Glossary(tsvLines: file.lines, path: "fuzz.tsv")
  } else {
    glossary = nil
  }
  guard let glossary else { return 0 }
  let pairs = [
    TextPair(document: "d", hypothesis: "قال ريابكوف في كوالالمبور إن الحوار صريح", hypothesisLine: 1,
      reference: "وقال رايابكوف في كوالا لامبور إن الحوار كان صريحاً", referenceLine: 1),
  ]
  _ = TerminologyChecker(glossary: glossary).check(pairs: pairs)
  return 0
}
