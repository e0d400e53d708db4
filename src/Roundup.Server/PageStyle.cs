namespace Roundup.Server;

/// <summary>The pages' one stylesheet, served from the server itself (the Content-Security-Policy allows nothing else).</summary>
internal static class PageStyle
{
    public const string Css = """
        :root{color-scheme:light}
        body{font-family:Georgia,'Times New Roman',serif;max-width:44em;margin:0 auto;padding:0 1em 2em;line-height:1.55;color:#1a1a1a;background:#fff}
        header{display:flex;flex-wrap:wrap;gap:.5em 1.5em;align-items:center;justify-content:space-between;border-bottom:1px solid #ccc;padding:.6em 0}
        .site a{font-family:sans-serif;font-weight:bold;color:#1a1a1a;text-decoration:none;font-size:1.2em}
        form{font-family:sans-serif}
        input[type=search]{font-size:1em;padding:.3em;max-width:60vw}
        button{font-size:1em;padding:.3em .7em}
        h1{font-size:1.6em;line-height:1.25}
        h2{font-size:1.2em}
        ol.stories{list-style:none;padding:0}
        ol.stories li{border-bottom:1px solid #e3e3e3;padding:.4em 0}
        ol.stories h2{margin:.2em 0;font-size:1.15em}
        a{color:#0645ad}
        a.src{font-family:sans-serif;font-size:.75em;vertical-align:super;text-decoration:none;margin-left:.1em}
        .meta{color:#555;font-family:sans-serif;font-size:.85em}
        ol.sources{font-family:sans-serif;font-size:.92em}
        li time{font-family:sans-serif;font-size:.85em;font-weight:bold;color:#555;margin-right:.5em}
        ol.sources li{margin:.35em 0;overflow-wrap:anywhere}
        footer{border-top:1px solid #ccc;margin-top:2em;font-family:sans-serif;font-size:.85em}
        @media (max-width:30em){body{font-size:1.05em}h1{font-size:1.35em}}
        """;
}
