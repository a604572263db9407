// `Mizan` is the one module most callers import: it re-exports the pipeline's stages so that
// `import Mizan` gives the evaluation, its parts and the metrics.
@_exported import MizanAlign
@_exported import MizanMetrics
@_exported import MizanQuality
@_exported import MizanText
