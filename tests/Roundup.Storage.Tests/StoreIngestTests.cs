using Roundup.Model;

namespace Roundup.Storage.Tests;

/// <summary>An ingest stores and groups on two threads, keeps what came before an input error, and waits for another run.</summary>
public sealed class StoreIngestTests : IDisposable
{
    private readonly TestDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    private static readonly string[] Events =
    [
        "Floodwater rose through the streets of Ravensmoor after the river Tane burst its banks on day {0}, and {1} homes were evacuated.",
        "The harbour authority at Port Ellery closed the northern quay on day {0} after a crane collapsed onto {1} parked containers.",
    ];

    private static IEnumerable<Article> Reports(int count, bool breakOff = false)
    {
        for (int i = 0; i < count; i++)
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Events[i % 2], 1 + i / 100, 10 + i % 37);
            yield return new Article($"r{i}", $"r{i}.txt", $"Outlet {i % 9}", null, null, $"https://example.com/{i}", null, null,
                [text, $"Correspondent {i} spoke to residents who described the scene in detail to reporters {i}."]);
        }
        if (breakOff)
        {
            throw new RoundupException("The input broke off.");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void What_was_read_before_the_input_broke_off_is_stored_and_grouped(string kind)
    {
        var db = _databases.New(kind);
        var warnings = new List<string>();
        var ingest = new StoreIngest(db, warnings.Add);

        Assert.Throws<RoundupException>(() => ingest.Run(Reports(600, breakOff: true)));

        using var store = Stores.Open(db);
        Assert.Equal(600, store.ArticleCount);
        Assert.Equal(600, store.StoryMembers().Sum(s => s.Articles.Count));
        Assert.Equal(600, store.StreamState()!.LastArticle);
        Assert.Empty(warnings);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_second_run_waits_for_the_first_to_let_go_of_the_store(string kind)
    {
        var db = _databases.New(kind);
        using (Stores.Open(db))
        {
        }
        var warnings = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Task second;
        using (var store = Stores.Open(db))
        using (store.LockForIngest())
        {
            second = Task.Run(() => new StoreIngest(db, warnings.Enqueue).Run(Reports(50)));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (warnings.IsEmpty && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            Assert.Contains("waiting for it to finish", Assert.Single(warnings), StringComparison.Ordinal);
            Assert.False(second.IsCompleted);
            Assert.Equal(0, store.ArticleCount);
        }
        await second.WaitAsync(TimeSpan.FromSeconds(60));
        using var after = Stores.Open(db);
        Assert.Equal(50, after.ArticleCount);
    }
}
