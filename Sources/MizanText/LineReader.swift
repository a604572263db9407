#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a UTF-8 file a block at a time and hands out whole lines, so that a caller can process
/// a file of any size holding only a block and its longest line. Lines end as `TextFile` ends
/// them (`\n`, `\r\n`, lone `\r`); a UTF-8 byte-order mark is dropped.
///
/// It reports only "cannot stream" (`nil` from `open`, `LineReader.Unavailable` from reads): a
/// missing file, a UTF-16/32 byte-order mark, invalid UTF-8 or a NUL byte. The caller then reads
/// the input with `TextFile`, which transcodes or names the exact file, line and byte.
/// A class because it owns a file descriptor, closed when the reader goes away.
public final class LineReader {
  /// Why the input cannot be streamed; `TextFile` will say exactly what is wrong.
  public struct Unavailable: Error {}

  /// Lines taken in one call: their bytes, and per line the range of its text (terminator
  /// excluded) in `bytes`.
  public struct Lines {
    public var bytes: [UInt8]
    public var ranges: [Range<Int>]
  }

  /// The open file, or -1 when all the text is in `pending` (standard input read at once).
  private var descriptor: Int32
  /// Bytes read and not yet handed out.
  private var pending: [UInt8]
  /// Where the unscanned part of `pending` begins.
  private var scanned = 0
  /// Line ranges found in `pending[..<scanned]`.
  private var found: [Range<Int>] = []
  private var atEnd: Bool
  /// Whether the byte-order mark is still to be looked at.
  private var atStart = true
  private let blockSize: Int

  /// A reader of the regular file at `path`, or nil if it cannot be opened as one.
  public init?(path: String, blockSize: Int = 1 << 20) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    self.pending = []
    self.atEnd = false
    self.blockSize = blockSize
  }

  /// A reader of bytes already in memory.
  public init(bytes: [UInt8]) {
    descriptor = -1
    pending = bytes
    atEnd = true
    blockSize = 0
    checkByteOrderMark()
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Up to `count` lines; fewer only at the end of the file.
  public func take(count: Int) throws(Unavailable) -> Lines {
    while found.count < count {
      if try !scanMore() { break }
    }
    return hand(out: min(count, found.count))
  }

  /// Whole lines from about the next `size` bytes (at least one line unless at the end).
  public func take(bytes size: Int) throws(Unavailable) -> Lines {
    while found.last.map({ $0.upperBound < size }) ?? true {
      if try !scanMore() { break }
    }
    var count = 0
    while count < found.count, found[count].upperBound <= size || count == 0 { count += 1 }
    return hand(out: count)
  }

  /// Finds the lines in what is pending, reading a block first if nothing more can be found.
  /// False at the end of the file with no line left to find.
  private func scanMore() throws(Unavailable) -> Bool {
    if invalid { throw Unavailable() }
    if !atStart {
      let before = found.count
      guard scanLines() else { throw Unavailable() }
      if found.count > before { return true }
      if atEnd {
        // The last line has no terminator.
        guard scanned < pending.count else { return false }
        guard isValid(scanned..<pending.count) else { throw Unavailable() }
        found.append(scanned..<pending.count)
        scanned = pending.count
        return true
      }
    }
    try readBlock()
    return true
  }

  /// Records every line whose terminator is in `pending`; false if those lines are not valid
  /// UTF-8. A CR as the last byte waits for the next block, which may begin with its LF.
  private func scanLines() -> Bool {
    let start = scanned
    pending.withUnsafeBufferPointer { buffer in
      var lineStart = scanned
      var index = scanned
      let count = buffer.count
      while index < count {
        if index + 8 <= count, let base = buffer.baseAddress {
          // Skip to the next CR or LF, eight bytes at a time.
          let word = ByteWord.load(base, at: index)
          let ends = ByteWord.equal(word, 0x0A) | ByteWord.equal(word, 0x0D)
          if ends == 0 {
            index += 8
            continue
          }
          index += ByteWord.first(ends)
        }
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          if byte == 0x0D {
            if index + 1 == count && !atEnd { break }
            found.append(lineStart..<index)
            if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
          } else {
            found.append(lineStart..<index)
          }
          lineStart = index + 1
        }
        index += 1
      }
      scanned = lineStart
    }
    return scanned == start || isValid(start..<scanned)
  }

  /// Set when the text cannot be streamed; every later read fails.
  private var invalid = false

  private func isValid(_ range: Range<Int>) -> Bool {
    pending.withUnsafeBufferPointer { buffer in
      UTF8Validation.isValid(UnsafeBufferPointer(rebasing: buffer[range]))
    }
  }

  private func readBlock() throws(Unavailable) {
    let oldCount = pending.count
    var got = 0
    pending.append(contentsOf: repeatElement(0, count: blockSize))
    pending.withUnsafeMutableBufferPointer { buffer in
      // Bounds: reads at most blockSize bytes into the tail just appended.
      guard let base = buffer.baseAddress else { return }
      repeat { got = read(descriptor, base + oldCount, blockSize) } while got < 0 && errno == EINTR
    }
    guard got >= 0 else { throw Unavailable() }
    pending.removeLast(blockSize - got)
    if got == 0 { atEnd = true }
    if atStart, pending.count >= 3 || atEnd { checkByteOrderMark() }
    if invalid { throw Unavailable() }
  }

  /// Drops a UTF-8 byte-order mark; any other (UTF-16/32) makes the text unstreamable, for
  /// `TextFile` transcodes it.
  private func checkByteOrderMark() {
    atStart = false
    if pending.starts(with: [0xEF, 0xBB, 0xBF]) {
      pending.removeFirst(3)
    } else if let first = pending.first, first == 0xFF || first == 0xFE || first == 0x00 {
      invalid = true
    }
  }

  /// Hands out the first `count` found lines and forgets their bytes.
  private func hand(out count: Int) -> Lines {
    guard count > 0 else { return Lines(bytes: [], ranges: []) }
    let end = count < found.count ? found[count].lowerBound : scanned
    let bytes = Array(pending[0..<end])
    let ranges = Array(found[0..<count])
    found.removeFirst(count)
    for index in found.indices { found[index] = (found[index].lowerBound - end)..<(found[index].upperBound - end) }
    pending.removeFirst(end)
    scanned -= end
    return Lines(bytes: bytes, ranges: ranges)
  }
}
