import Foundation
import Mizan

/// Batch progress on standard error: a bar redrawn in place when standard error is a terminal;
/// when it is a log (CI), a plain line at most every few seconds and one at the end, so logs
/// stay short. `--quiet` silences it. Called from the batch's task, hence the lock.
final class ProgressLine: @unchecked Sendable {
  private let command: String
  private let write: (String) -> Void
  private let terminal: Bool
  private let silent: Bool
  private let lock = NSLock()
  private let start = Date()
  private var lastLine = Date.distantPast
  private var latest: BatchProgress?
  /// Seconds between plain lines in a log.
  static let logInterval: TimeInterval = 5

  init(command: String, write: @escaping (String) -> Void, terminal: Bool, silent: Bool) {
    self.command = command
    self.write = write
    self.terminal = terminal
    self.silent = silent
  }

  func update(_ progress: BatchProgress) {
    guard !silent else { return }
    lock.lock()
    defer { lock.unlock() }
    latest = progress
    if terminal {
      write("\r" + bar(progress))
    } else if Date().timeIntervalSince(lastLine) >= Self.logInterval, progress.completed < progress.total {
      lastLine = Date()
      write(line(progress) + "\n")
    }
  }

  /// Ends the bar's line, or prints the final plain line.
  func finish() {
    guard !silent else { return }
    lock.lock()
    defer { lock.unlock() }
    guard let latest, latest.total > 1 else {
      if terminal, latest != nil { write("\r\u{1B}[K") }
      return
    }
    write(terminal ? "\r" + bar(latest) + "\n" : line(latest) + "\n")
  }

  private func line(_ progress: BatchProgress) -> String {
    let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
    var text = "mizan \(command): \(progress.completed)/\(progress.total) documents"
    if progress.failed > 0 { text += ", \(progress.failed) failed" }
    return text + " (\(seconds) s)"
  }

  private func bar(_ progress: BatchProgress) -> String {
    let width = 30
    let filled = progress.total == 0 ? width : width * progress.completed / progress.total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    return "\(bar) " + line(progress) + "\u{1B}[K"
  }
}
