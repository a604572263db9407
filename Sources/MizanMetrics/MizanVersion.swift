/// Mizan's version, the `version:` field of every signature.
public enum MizanVersion {
  public static let string = "0.1.0"
}
