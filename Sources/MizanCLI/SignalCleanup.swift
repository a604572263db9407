import Dispatch
import Foundation
import MizanReport

/// Ends the process on Ctrl-C (SIGINT), SIGTERM (a CI timeout, `kill`) and SIGHUP without
/// leaving temporary files: the handler removes what `TemporaryFiles` holds and exits with
/// 128 + the signal number (130 for SIGINT, 143 for SIGTERM), as shells report a killed job.
/// Reports already in place are untouched; a report being written is never half-replaced.
///
/// The handlers run on a Dispatch queue, not in signal context, so they may take a lock.
enum SignalCleanup {
  /// The installed sources, kept alive for the life of the process; set once, from `main`,
  /// before any other thread exists, hence `nonisolated(unsafe)`.
  nonisolated(unsafe) private static let sources: [any DispatchSourceSignal] = [SIGINT, SIGTERM, SIGHUP].compactMap(source)

  static func install() {
    _ = sources
  }

  private static func source(for signalNumber: Int32) -> (any DispatchSourceSignal)? {
    // A signal the parent ignores (`nohup`, a background job of a script) stays ignored.
    let previous = signal(signalNumber, SIG_IGN)
    if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { return nil }
    let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
    source.setEventHandler { TemporaryFiles.shared.removeAllAndExit(status: 128 + signalNumber) }
    source.resume()
    return source
  }
}
