// libFuzzer target: the whole evaluation and every writer (HTML, CSV, JSON). The input's lines
// up to a line "===" are the hypothesis, the rest the reference. Built by fuzz/run.sh.
import Mizan
import MizanReport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let file = try? TextFile(decoding: bytes, path: "fuzz.txt") else { return 0 }
  let split = file.lines.firstIndex(of: "===") ?? file.lines.count / 2
  let input = DocumentInput(
    id: "fuzz", hypothesis: TextFile(path: "hyp.txt", lines: Array(file.lines[..<split])),
    reference: TextFile(path: "ref.txt", lines: Array(file.lines[split...].dropFirst())))
  guard let evaluation = try? Evaluator().evaluate([input]) else { return 0 }
  _ = try? ReportWriter(title: file.lines.first ?? "").files(for: evaluation)
  return 0
}
