// libFuzzer target: reading a file's bytes (BOMs, UTF-16/32, invalid UTF-8, NULs, CR/LF mixes),
// then segmenting it into paragraphs and sentences and normalizing every line. Built and run by
// fuzz/run.sh; not part of the package.
import MizanText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let file = try? TextFile(decoding: bytes, path: "fuzz.txt") else { return 0 }
  _ = file.rightStrippedLines
  let document = Document(file: file)
  for paragraph in document.paragraphs {
    _ = document.sentences(of: paragraph)
    _ = NormalizationProfile.arabic.normalizeTracingOrigins(paragraph.text)
    _ = NormalizationProfile.matching.normalize(paragraph.text)
  }
  return 0
}
