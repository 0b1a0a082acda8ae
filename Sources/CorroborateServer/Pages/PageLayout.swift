import CorroborateReports

/// The frame of every page: title, navigation, one inline stylesheet (the brief report's plus
/// the app's), no script.
struct PageLayout: Sendable {
    var title: String

    /// The whole document around `body` (already HTML).
    func render(_ body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.text(title)) · Corroborate</title>
        <style>\(BriefHTML.style)\(Self.style)</style>
        </head><body>
        <header><nav><a class="home" href="/">Corroborate</a> <a href="/">Stories</a> <a href="/search">Search</a> \
        <a href="/claims">Disputed claims</a> <a href="/outlets">Outlet record</a></nav></header>
        <main>\(body)</main>
        <footer>Corroborate · <a href="/openapi.json">API</a></footer>
        </body></html>
        """
    }

    static let style = """
        header nav a{color:#fff;margin-right:14px;text-decoration:none}header nav a.home{font-weight:700;font-size:18px}
        footer{color:#666;font-size:12px;padding:12px 24px}a{color:#1a4d8f}
        .panel{background:#fff;border-radius:8px;padding:14px 20px;margin:0 0 16px;box-shadow:0 1px 3px #0002}
        .story-list{list-style:none;padding:0;margin:0}.story-list li{padding:8px 0;border-bottom:1px solid #eee}
        .story-list .title{font-size:16px}.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;margin-left:6px}
        .badge.disputed{background:#fbe0de;color:#b3261e;font-weight:600}.badge.outlets{background:#e3ecf7;color:#1a4d8f}
        .outlet-chip{display:inline-block;font-size:12px;color:#444;background:#f0f0ee;border-radius:4px;padding:0 5px;margin:2px 2px 0 0}
        form.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end}form.filters label{font-size:12px;color:#555;display:flex;flex-direction:column}
        form.filters input{font:inherit;padding:3px 6px}.pager{margin-top:10px}.pager a{margin-right:12px}
        .entities a{margin-right:10px}.num{text-align:right;font-variant-numeric:tabular-nums}
        .error h1{color:#b3261e}
        """
}
