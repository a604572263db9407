import Foundation

extension RelationCache {
  /// Each thread keeps its cache from one document to the next, so that the words a batch
  /// repeats (most of a language's running text is its few thousand commonest words) are
  /// analysed once per thread, not once per document. Results cannot depend on it: the
  /// numbers a cache hands out are compared only with each other, never kept or ordered.
  /// A cache that grows past `threadCacheLimit` words starts afresh.
  static func withThreadCache<Result>(_ body: (inout RelationCache) -> Result) -> Result {
    let dictionary = Thread.current.threadDictionary
    let box = (dictionary[threadCacheKey] as? Box) ?? Box()
    dictionary[threadCacheKey] = box
    var cache = RelationCache()
    swap(&cache, &box.cache)
    if cache.entries.count > threadCacheLimit { cache = RelationCache() }
    defer { swap(&cache, &box.cache) }
    return body(&cache)
  }

  static let threadCacheLimit = 200_000
  private static let threadCacheKey = "Mizan.RelationCache"

  private final class Box {
    var cache = RelationCache()
  }
}
