/// Escaping of user text for HTML: the five characters that can end a text node or an
/// attribute value are replaced by references, so corpus text can never become markup or
/// script (OWASP XSS prevention rule #1, applied to both text and quoted attributes).
public enum HTMLText {
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
