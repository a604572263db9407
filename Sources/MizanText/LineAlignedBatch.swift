/// Consecutive lines of a line-aligned input, as bytes: a block of every file in one buffer
/// and, per reference and per system, the byte range of each line's text (right-stripped,
/// split into tab-separated fields where the input has them).
///
/// `LineAlignedStream` produces them; a metric turns each line into statistics and the bytes
/// are dropped with the batch, so scoring holds one batch of text at a time.
public struct LineAlignedBatch: Sendable {
  /// The lines in the batch.
  public let count: Int
  /// References a line, in signature order: files in order, each file's tab fields in order.
  public let referenceCount: Int
  /// Systems a line.
  public let systemCount: Int
  /// The bytes of every file's block.
  let bytes: [UInt8]
  /// Column-major ranges into `bytes`: references, then systems, `count` lines each.
  let ranges: [Range<Int>]

  init(count: Int, referenceCount: Int, systemCount: Int, bytes: [UInt8], ranges: [Range<Int>]) {
    precondition(ranges.count == count * (referenceCount + systemCount), "one range per line and column")
    self.count = count
    self.referenceCount = referenceCount
    self.systemCount = systemCount
    self.bytes = bytes
    self.ranges = ranges
  }

  /// The lines of an in-memory corpus as one batch.
  public init(_ corpus: LineAlignedCorpus) {
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []
    for lines in corpus.references + corpus.systems.map(\.lines) {
      for line in lines {
        let start = bytes.count
        bytes.append(contentsOf: line.utf8)
        ranges.append(start..<bytes.count)
      }
    }
    self.init(
      count: corpus.systems.first?.lines.count ?? corpus.references.first?.count ?? 0,
      referenceCount: corpus.references.count, systemCount: corpus.systems.count,
      bytes: bytes, ranges: ranges)
  }

  /// Pointers to the batch's text, valid only inside `withView`. Trivially copyable, so that
  /// workers on several cores share it without touching (and fighting over) reference counts.
  public struct View: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let ranges: UnsafeBufferPointer<Range<Int>>
    /// Lines in the batch.
    public let count: Int
    /// References a line.
    public let referenceCount: Int

    /// Reference `index` of `line`.
    @inlinable
    public func reference(_ index: Int, line: Int) -> UnsafeBufferPointer<UInt8> {
      column(index, line: line)
    }

    /// The hypothesis of `system` on `line`.
    @inlinable
    public func hypothesis(system: Int, line: Int) -> UnsafeBufferPointer<UInt8> {
      column(referenceCount + system, line: line)
    }

    @usableFromInline
    func column(_ column: Int, line: Int) -> UnsafeBufferPointer<UInt8> {
      // Bounds: the initializer checked one range per line and column, each within `bytes`.
      UnsafeBufferPointer(rebasing: bytes[ranges[column * count + line]])
    }

    /// The references of `line` as strings.
    public func referenceStrings(line: Int) -> [String] {
      (0..<referenceCount).map { String(decoding: reference($0, line: line), as: UTF8.self) }
    }

    /// The hypothesis of `system` on `line` as a string.
    public func hypothesisString(system: Int, line: Int) -> String {
      String(decoding: hypothesis(system: system, line: line), as: UTF8.self)
    }
  }

  /// Calls `body` with pointers to the batch's text.
  public func withView<R>(_ body: (View) throws -> R) rethrows -> R {
    try bytes.withUnsafeBufferPointer { bytes in
      try ranges.withUnsafeBufferPointer { ranges in
        try body(View(bytes: bytes, ranges: ranges, count: count, referenceCount: referenceCount))
      }
    }
  }

  /// The hypothesis of `system` on `line`.
  public func hypothesis(system: Int, line: Int) -> String {
    withView { $0.hypothesisString(system: system, line: line) }
  }

  /// The references of `line`, in order.
  public func references(line: Int) -> [String] { withView { $0.referenceStrings(line: line) } }
}
