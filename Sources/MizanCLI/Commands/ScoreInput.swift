import Foundation
import MizanMetrics
import MizanText

/// The line-aligned input of `mizan score`, streamed a batch at a time when possible, so that
/// memory stays at a block of each file plus a few numbers a line.
///
/// Anything the stream cannot handle (a missing file, mismatched line counts, bad UTF-8, UTF-16)
/// is read again whole by `LineAlignedCorpus.read`, which either reports the problem with its
/// exact message or, for UTF-16 input, yields the lines.
struct ScoreInput {
  var referencePaths: [String]
  var numberOfReferences: Int
  /// Hypothesis files; nil for standard input.
  var hypothesisPaths: [String]?

  /// References a line: every reference file's tab fields.
  var referenceCount: Int { referencePaths.count * numberOfReferences }

  /// Standard input, read once and kept for a second reading.
  private let standardInput = StandardInput()

  /// Calls `body` with every batch of lines, in order, and returns the number of systems. If the
  /// stream fails after some batches, `restart` is called before the whole input is read and
  /// handed on as one batch (in practice only to report the error).
  /// - Throws: `InputError` with `LineAlignedCorpus.read`'s message.
  func scan(_ body: (LineAlignedBatch) -> Void, restart: () -> Void) throws -> Int {
    if let stream = LineAlignedStream(
      referencePaths: referencePaths, numberOfReferences: numberOfReferences,
      hypothesisPaths: hypothesisPaths, standardInput: { standardInput.bytes })
    {
      var delivered = false
      do {
        // The next batch is read and checked on another thread while `body` computes this one.
        try ReadAhead.forEach(produce: { () throws(LineReader.Unavailable) in try stream.next() }) { batch in
          body(batch)
          delivered = true
        }
        return stream.systemCount
      } catch {
        if delivered { restart() }
      }
    }
    let corpus = try readWhole()
    body(LineAlignedBatch(corpus))
    return corpus.systems.count
  }

  /// The whole input in memory.
  /// - Throws: `InputError` naming the file, line and reason.
  func readWhole() throws -> LineAlignedCorpus {
    do {
      return try LineAlignedCorpus.read(
        referencePaths: referencePaths, numberOfReferences: numberOfReferences,
        hypothesisPaths: hypothesisPaths,
        hypothesisStandardInput: try TextFile(decoding: standardInput.bytes, path: "-"))
    } catch {
      throw InputError(error.description)
    }
  }
}

/// Standard input's bytes, read on first use.
private final class StandardInput {
  lazy var bytes: [UInt8] = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
}
