import Testing
@testable import MizanReport

@Suite struct HTMLTextTests {
  @Test func escapesMarkupAndAttributes() {
    #expect(
      HTMLText.escaped("<script>alert('x')</script> \"><img onerror=1> & نص")
        == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;&gt;&lt;img onerror=1&gt; &amp; نص")
  }
}
