// libFuzzer target: boilerplate classification and alignment of two documents. The input's
// lines up to a line "===" are the hypothesis, the rest the reference. Built by fuzz/run.sh.
import MizanAlign
import MizanText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAlign(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let file = try? TextFile(decoding: bytes, path: "fuzz.txt") else { return 0 }
  let split = file.lines.firstIndex(of: "===") ?? file.lines.count / 2
  let hypothesis = Document(path: "hyp", lines: Array(file.lines[..<split]))
  let reference = Document(path: "ref", lines: Array(file.lines[split...].dropFirst()))
  let alignment = Aligner().align(hypothesis: hypothesis, reference: reference)
  _ = alignment.paragraphBeads.map(\.label)
  return 0
}
