using System.Text.Encodings.Web;
using System.Text.Json;
using Roundup.Briefing;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>
/// JSON: <c>{"title","method","budget","words","articles":[{"id","path","outlet","url","title","published",
/// "dateline","agency","words"}],"summary":[{"text","sources":[ids],"support","independent"}]}</c>. Absent values are null.
/// </summary>
internal static class JsonBrief
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Brief brief, TextWriter output) => Write(output, json => WriteBrief(json, brief));

    /// <summary>Several briefs: a JSON array of brief objects.</summary>
    public static void WriteAll(IReadOnlyList<Brief> briefs, TextWriter output) => Write(output, json =>
    {
        json.WriteStartArray();
        foreach (var brief in briefs)
        {
            WriteBrief(json, brief);
        }
        json.WriteEndArray();
    });

    private static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteBrief(Utf8JsonWriter json, Brief brief)
    {
        json.WriteStartObject();
        json.WriteString("title", brief.Title);
        json.WriteString("method", brief.Method);
        json.WriteNumber("budget", brief.Budget);
        json.WriteNumber("words", brief.Words);
        json.WriteStartArray("articles");
        foreach (var a in brief.Articles)
        {
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("path", a.Path);
            json.WriteString("outlet", a.Outlet);
            json.WriteString("url", a.Url);
            json.WriteString("title", a.Title);
            json.WriteString("published", JsonText.Iso(a.Published));
            json.WriteString("dateline", a.Dateline);
            json.WriteString("agency", a.Agency);
            json.WriteNumber("words", a.Words);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("summary");
        foreach (var s in brief.Summary)
        {
            json.WriteStartObject();
            json.WriteString("text", s.Text);
            json.WriteStartArray("sources");
            foreach (var id in s.Sources)
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
            json.WriteNumber("support", s.Support);
            json.WriteNumber("independent", s.Independent);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
