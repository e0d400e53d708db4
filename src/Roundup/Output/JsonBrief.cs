using System.Text.Encodings.Web;
using System.Text.Json;
using Roundup.Analysis;
using Roundup.Analysis.Figures;
using Roundup.Model;

namespace Roundup.Output;

/// <summary>
/// JSON: <c>{"title","method","budget","words","articles":[{"id","path","outlet","url","title","published",
/// "dateline","agency","words"}],"summary":[{"text","sources":[ids],"support","independent"}],"entities":[{"name","kind","aliases","mentions","sources"}],
/// "figures":[{"about","values":[{"value","text","hedge","sources"}],"conflict"}],"timeline":[{"date","granularity","text","sources"}],
/// "exclusives":[{"source","text","sources"}]}</c>. Absent values are null.
/// </summary>
internal static class JsonBrief
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Brief brief, SourceComparison? comparison, TextWriter output) => Write(output, json => WriteBrief(json, brief, comparison));

    /// <summary>Several briefs: a JSON array of brief objects.</summary>
    public static void WriteAll(IReadOnlyList<StoryReport> reports, TextWriter output) => Write(output, json =>
    {
        json.WriteStartArray();
        foreach (var report in reports)
        {
            WriteBrief(json, report.Brief, report.Comparison);
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

    private static void WriteBrief(Utf8JsonWriter json, Brief brief, SourceComparison? comparison)
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
            Strings(json, "sources", s.Sources);
            json.WriteNumber("support", s.Support);
            json.WriteNumber("independent", s.Independent);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (comparison is not null)
        {
            WriteComparison(json, comparison);
        }
        json.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter json, SourceComparison comparison)
    {
        json.WriteStartArray("entities");
        foreach (var e in comparison.Entities)
        {
            json.WriteStartObject();
            json.WriteString("name", e.Name);
            json.WriteString("kind", e.Kind.ToString().ToLowerInvariant());
            Strings(json, "aliases", e.Aliases);
            json.WriteNumber("mentions", e.Mentions);
            Strings(json, "sources", e.Sources);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var f in comparison.Figures)
        {
            json.WriteStartObject();
            json.WriteString("about", f.About);
            json.WriteStartArray("values");
            foreach (var v in f.Values)
            {
                json.WriteStartObject();
                json.WriteNumber("value", v.Value);
                json.WriteString("text", v.Text);
                json.WriteString("hedge", v.Hedge == Hedge.None ? null : Hedges.Words(v.Hedge));
                Strings(json, "sources", v.Sources);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteBoolean("conflict", f.Conflict);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("timeline");
        foreach (var t in comparison.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", t.Label);
            json.WriteString("granularity", t.Granularity.ToString().ToLowerInvariant());
            json.WriteString("text", t.Text);
            Strings(json, "sources", t.Sources);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("exclusives");
        foreach (var x in comparison.Exclusives)
        {
            json.WriteStartObject();
            json.WriteString("source", x.Source);
            json.WriteString("text", x.Text);
            Strings(json, "sources", x.Sources);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>A named array of strings.</summary>
    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }
        json.WriteEndArray();
    }
}
