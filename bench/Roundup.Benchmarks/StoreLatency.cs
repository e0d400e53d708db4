using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Roundup.Storage.Sqlite;

namespace Roundup.Benchmarks;

/// <summary>
/// `store-latency DB [ROUNDS]`: times what a reader of a big store asks for — the latest stories, the stories since a
/// date, the stories matching a word of a story title, and one story's articles by id — and prints the median, 99th
/// percentile and worst of each, in milliseconds. Run it on a store <c>roundup ingest</c> filled.
/// </summary>
internal static class StoreLatency
{
    /// <summary>Stories a listing asks for: one screen.</summary>
    private const int Page = 20;

    public static void Run(string db, int rounds)
    {
        using var store = SqliteStore.Open(db);
        var (ids, words, latest) = Sample(db, rounds);
        Console.WriteLine($"{store.ArticleCount:N0} articles, {store.StoryCount:N0} stories; {rounds} lookups of each kind");
        var since = latest?.AddDays(-7);
        Time("latest stories", rounds, _ => store.Stories(limit: Page).Count);
        Time("stories since a date", rounds, _ => store.Stories(since: since, limit: Page).Count);
        Time("stories matching a title word", rounds, i => store.Stories(query: words[i % words.Count], limit: Page).Count);
        Time("one story", rounds, i => store.Story(ids[i % ids.Count])!.Articles);
        Time("one story's articles, whole", rounds, i => store.StoryArticles(ids[i % ids.Count]).Count);
        Time("one story's brief kept", rounds, i => store.KeptBrief(ids[i % ids.Count], 100, "text")?.Length ?? 0);
    }

    /// <summary>Random story ids and title words, and the newest publication date, read straight from the file.</summary>
    private static (List<long> Ids, List<string> Words, DateOnly? Latest) Sample(string db, int count)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var ids = new List<long>();
        var words = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, title FROM stories ORDER BY random() LIMIT $n";
            command.Parameters.AddWithValue("$n", count);
            using var reader = command.ExecuteReader();
            var random = new Random(1);
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
                var title = reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && w.All(char.IsLetter)).ToList();
                if (title.Count > 0)
                {
                    words.Add(title[random.Next(title.Count)]);
                }
            }
        }
        using var latest = connection.CreateCommand();
        latest.CommandText = "SELECT max(last_published) FROM stories";
        var date = latest.ExecuteScalar() as string;
        return (ids, words, date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture));
    }

    private static void Time(string what, int rounds, Func<int, int> lookup)
    {
        lookup(0); // the first call pays for preparing the statement
        var times = new double[rounds];
        for (int i = 0; i < rounds; i++)
        {
            long start = Stopwatch.GetTimestamp();
            lookup(i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine($"{what,-32} median {times[rounds / 2],7:0.00} ms   p99 {times[(int)(rounds * 0.99)],7:0.00} ms   worst {times[^1],7:0.00} ms");
    }
}
