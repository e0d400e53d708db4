using System.Reflection;
using System.Text;
using Roundup.Text;

namespace Roundup.Evaluation;

/// <summary>
/// ROUGE-1.5.5's text handling, reproduced: truncation to the first N words (whitespace tokens of the raw
/// lines) or bytes, lower-casing, every character outside [a-z0-9-] a space, hyphens split off as their own
/// tokens, then tokens not starting with [a-z0-9$] dropped, SMART stopwords removed (-s) and tokens longer
/// than 3 characters stemmed (-m) through the WordNet irregular forms, then Porter.
/// </summary>
internal sealed class RougeText(RougeOptions options)
{
    private static readonly Lazy<Dictionary<string, string>> Exceptions = new(LoadExceptions);

    private readonly Dictionary<string, string> _stemCache = new(StringComparer.Ordinal);

    /// <summary>Tokens of each line (sentence) of a summary after truncation and normalisation.</summary>
    public List<List<string>> Sentences(IReadOnlyList<string> lines)
    {
        var truncated = Truncate(lines);
        var result = new List<List<string>>(truncated.Count);
        foreach (var line in truncated)
        {
            result.Add(Tokens(line));
        }
        return result;
    }

    private List<string> Truncate(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        if (options.WordLimit is int wordLimit)
        {
            int used = 0;
            foreach (var line in lines)
            {
                var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (used + words.Length <= wordLimit)
                {
                    kept.Add(line);
                    used += words.Length;
                    continue;
                }
                kept.Add(string.Join(' ', words.Take(wordLimit - used)));
                break;
            }
            return kept;
        }
        if (options.ByteLimit is int byteLimit)
        {
            int used = 0;
            foreach (var line in lines)
            {
                var trimmed = line.Trim();
                int bytes = Encoding.UTF8.GetByteCount(trimmed);
                if (used + bytes <= byteLimit)
                {
                    kept.Add(trimmed);
                    used += bytes + 1; // the newline between lines counts as one byte
                    continue;
                }
                var sb = new StringBuilder();
                foreach (var rune in trimmed.EnumerateRunes())
                {
                    used += rune.Utf8SequenceLength;
                    if (used > byteLimit)
                    {
                        break;
                    }
                    sb.Append(rune.ToString());
                }
                kept.Add(sb.ToString());
                break;
            }
            return kept;
        }
        return [.. lines];
    }

    private List<string> Tokens(string line)
    {
        var sb = new StringBuilder(line.Length + 8);
        foreach (char raw in line)
        {
            char c = raw is >= 'A' and <= 'Z' ? (char)(raw + 32) : raw;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (c == '-')
            {
                sb.Append(" - ");
            }
            else
            {
                sb.Append(' ');
            }
        }
        var tokens = new List<string>();
        foreach (var token in sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (options.RemoveStopwords && Stopwords.Contains(token))
            {
                continue;
            }
            if (!(token[0] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '$'))
            {
                continue;
            }
            tokens.Add(options.Stem && token.Length > 3 ? Stem(token) : token);
        }
        return tokens;
    }

    private string Stem(string token)
    {
        if (!_stemCache.TryGetValue(token, out var stem))
        {
            stem = Exceptions.Value.TryGetValue(token, out var irregular) ? irregular : PorterStemmer.Stem(token);
            _stemCache[token] = stem;
        }
        return stem;
    }

    private static Dictionary<string, string> LoadExceptions()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Roundup.wordnet-2.0-exceptions.tsv")
            ?? throw new InvalidOperationException("The embedded WordNet exception table is missing from the Roundup assembly.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t');
            if (tab > 0)
            {
                table.TryAdd(line[..tab], line[(tab + 1)..]);
            }
        }
        return table;
    }
}
