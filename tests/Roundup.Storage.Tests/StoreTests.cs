using Roundup.Model;

namespace Roundup.Storage.Tests;

/// <summary>What both kinds of store do alike: articles added once, replaced when their text changes, searched, read back in order.</summary>
public sealed class StoreTests : IDisposable
{
    private readonly TestDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    private static Article Make(string id, string? url, string title, params string[] paragraphs) =>
        new(id, id + ".html", "Harbour Times", title, new DateOnly(2026, 3, 27), url, null, null, paragraphs);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Opening_a_store_again_applies_nothing_and_keeps_its_articles(string kind)
    {
        var db = _databases.New(kind);
        using (var store = Stores.Open(db))
        {
            store.Add(Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Monday."));
        }

        using var again = Stores.Open(db);

        Assert.Equal(1, again.ArticleCount);
        Assert.Equal((long)again.SchemaVersion, Convert.ToInt64(TestDatabases.Scalar(db, "SELECT COUNT(*) FROM schema_version"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void The_same_article_added_twice_is_stored_once(string kind)
    {
        var db = _databases.New(kind);
        using var store = Stores.Open(db);
        var article = Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Monday.");

        Assert.Equal(AddOutcome.Added, store.Add(article));
        Assert.Equal(AddOutcome.Unchanged, store.Add(article with { Id = "a-again", Path = "elsewhere.html" }));
        Assert.Equal(1, store.ArticleCount);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_refetched_article_with_changed_text_replaces_the_old_one(string kind)
    {
        var db = _databases.New(kind);
        using var store = Stores.Open(db);
        store.Add(Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Monday."));

        var outcome = store.Add(Make("a", "https://example.com/a", "Ferry service resumes", "Ferries to the island resumed on Tuesday after a storm."));

        Assert.Equal(AddOutcome.Replaced, outcome);
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(["a"], store.Search("storm"));
        Assert.Empty(store.Search("Monday"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Without_a_url_the_same_text_from_the_same_outlet_is_one_article_and_another_outlets_copy_is_another(string kind)
    {
        var db = _databases.New(kind);
        using var store = Stores.Open(db);
        var article = Make("a", null, "Ferry service resumes", "Ferries to the island resumed on Monday.");

        store.Add(article);
        Assert.Equal(AddOutcome.Unchanged, store.Add(article with { Id = "a2" }));
        Assert.Equal(AddOutcome.Added, store.Add(article with { Id = "b", Outlet = "Coast Courier" }));
        Assert.Equal(2, store.ArticleCount);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_store_written_by_a_newer_roundup_is_refused_in_one_sentence(string kind)
    {
        var db = _databases.New(kind);
        using (Stores.Open(db))
        {
        }
        int newest = Convert.ToInt32(TestDatabases.Scalar(db, "SELECT MAX(version) FROM schema_version"), System.Globalization.CultureInfo.InvariantCulture);
        TestDatabases.Scalar(db, $"INSERT INTO schema_version (version, name, applied_at) VALUES ({newest + 1}, 'later', '2030-01-01')");

        var error = Assert.Throws<RoundupException>(() => Stores.Open(db));

        Assert.Contains("newer Roundup", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Stored_articles_come_back_in_arrival_order_with_what_was_stored(string kind)
    {
        var db = _databases.New(kind);
        using var store = Stores.Open(db);
        store.Add(Make("b", "https://example.com/b", "Second", "Two.", "Lines."));
        store.Add(Make("a", null, "First", "One."));

        var back = store.ArticlesInArrivalOrder().ToList();

        Assert.Equal(["Second", "First"], back.Select(a => a.Title));
        Assert.Equal(["Two.", "Lines."], back[0].Paragraphs);
        Assert.Equal(("https://example.com/b", "Harbour Times", new DateOnly(2026, 3, 27)), (back[0].Url, back[0].Outlet, back[0].Published));
        Assert.Null(back[1].Url);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Articles_added_in_batches_are_each_stored_once_and_kept_when_reading_fails_part_way(string kind)
    {
        var db = _databases.New(kind);
        using var store = Stores.Open(db);
        var outcomes = new List<AddOutcome>();
        IEnumerable<Article> Articles(int count, bool failAtEnd, int first = 0)
        {
            for (int i = first; i < first + count; i++)
            {
                yield return Make($"a{i}", $"https://example.com/{i % 500 + first}", $"Report {i}", $"Text {i % 500 + first}.");
            }
            if (failAtEnd)
            {
                throw new RoundupException("The input broke off.");
            }
        }

        store.AddAll(Articles(600, failAtEnd: false), (_, outcome, _) => outcomes.Add(outcome));
        Assert.Throws<RoundupException>(() => store.AddAll(Articles(300, failAtEnd: true, first: 1000)));

        Assert.Equal((500, 100), (outcomes.Count(o => o == AddOutcome.Added), outcomes.Count(o => o == AddOutcome.Replaced)));
        using var again = Stores.Open(db);
        Assert.Equal(800, again.ArticleCount); // the 300 read before the input broke off are kept
    }
}
