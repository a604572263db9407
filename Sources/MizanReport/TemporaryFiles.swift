import Foundation

/// The temporary files this process holds for atomic writes (`OutputFile`), so that the
/// command line's signal handler can remove them before the process ends: Ctrl-C or a CI
/// timeout never leaves `.tmp` files beside a report.
///
/// Writers (any thread) and the signal handler (a Dispatch queue) share this list, so it is
/// the one class in Mizan: shared mutable state behind a lock. Creating, renaming and the
/// final clean-up all happen under the lock, and the clean-up never releases it, so no file
/// can be created or renamed between the clean-up and the end of the process.
public final class TemporaryFiles: @unchecked Sendable {
  /// The process's registry; `OutputFile` registers here.
  public static let shared = TemporaryFiles()

  private let lock = NSLock()
  /// Temporary files created and not yet renamed or removed.
  private var paths: Set<String> = []

  init() {}

  /// The files currently registered, sorted (for tests and messages).
  public var registered: [String] {
    lock.withLock { paths.sorted() }
  }

  /// Creates `path` exclusively (it must not exist) and registers it. Returns an open file
  /// descriptor, or `nil` with `errno` set.
  func create(_ path: String) -> Int32? {
    lock.withLock {
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { return nil }
      paths.insert(path)
      return descriptor
    }
  }

  /// Renames each temporary file over its destination, in order, as one step as far as the
  /// signal handler is concerned. Returns the first failure (`errno` and the destination);
  /// files after it are left registered for `discard`.
  func commit(_ moves: [(temporary: String, destination: String)]) -> (code: Int32, destination: String)? {
    lock.withLock {
      for move in moves {
        guard rename(move.temporary, move.destination) == 0 else { return (errno, move.destination) }
        paths.remove(move.temporary)
      }
      return nil
    }
  }

  /// Removes `path` if it is still registered.
  func discard(_ path: String) {
    lock.withLock {
      if paths.remove(path) != nil { unlink(path) }
    }
  }

  /// Removes every registered file and ends the process with `status`. Only `_exit`, which
  /// runs no clean-up code of its own, so a thread still working cannot observe a half-torn-
  /// down process. Holds the lock to the end: writers block instead of creating new files.
  public func removeAllAndExit(status: Int32) -> Never {
    lock.lock()
    for path in paths { unlink(path) }
    _exit(status)
  }
}
