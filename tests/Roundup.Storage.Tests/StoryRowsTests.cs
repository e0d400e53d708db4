using Roundup.Model;

namespace Roundup.Storage.Tests;

/// <summary>Stories written as they now are, in both kinds of store: articles move between stories, emptied stories go, the stream's state is kept with them.</summary>
public sealed class StoryRowsTests : IDisposable
{
    private readonly TestDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    private static Story Story(params string[] articles) =>
        new(0, articles, $"Story of {articles[0]}", ["Harbour Times"], new DateOnly(2026, 3, 27), new DateOnly(2026, 3, 28));

    private static IStore WithArticles(string db, int count)
    {
        var store = Stores.Open(db);
        for (int i = 1; i <= count; i++)
        {
            store.Add(new Article($"a{i}", $"a{i}.txt", "Harbour Times", $"Report {i}", new DateOnly(2026, 3, 27), $"https://example.com/{i}", null, null, [$"Text of report {i}."]));
        }
        return store;
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_story_takes_the_id_of_its_first_article_and_articles_that_move_leave_their_old_story(string kind)
    {
        using var store = WithArticles(_databases.New(kind), 5);
        store.SaveStories([Story("1", "2"), Story("3", "4", "5")], new StreamCheckpoint(5, [1, 2, 3]));
        store.KeepBrief(3, 100, "text", "brief of three");
        store.KeepBrief(1, 100, "text", "brief of one");

        // Article 3 joins the first story: story 3 goes on under the id of its first remaining article, 4.
        store.SaveStories([Story("1", "2", "3"), Story("4", "5")], new StreamCheckpoint(5, [4]));

        Assert.Equal([(1L, "1,2,3"), (4L, "4,5")], store.StoryMembers().Select(s => (s.Id, string.Join(',', s.Articles.Select(a => a[1..])))));
        Assert.Equal(2, store.StoryCount);
        Assert.Null(store.KeptBrief(1, 100, "text")); // its articles changed
        Assert.Null(store.KeptBrief(3, 100, "text")); // its story is gone
        Assert.Equal(new byte[] { 4 }, store.StreamState()!.State);
        Assert.Equal(5, store.StreamState()!.LastArticle);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_story_written_again_unchanged_keeps_its_brief_and_a_replaced_article_drops_it(string kind)
    {
        using var store = WithArticles(_databases.New(kind), 3);
        store.SaveStories([Story("1", "2", "3")], new StreamCheckpoint(3, []));
        store.KeepBrief(1, 100, "text", "kept");
        store.SaveStories([Story("1", "2", "3")], new StreamCheckpoint(3, []));
        Assert.Equal("kept", store.KeptBrief(1, 100, "text"));

        store.Add(new Article("a2", "a2.txt", "Harbour Times", "Report 2", null, "https://example.com/2", null, null, ["Changed text."]));

        Assert.Null(store.KeptBrief(1, 100, "text"));
    }

    [Fact]
    public void A_brief_an_older_engine_kept_is_not_served_and_goes_when_the_new_one_is_kept()
    {
        var db = _databases.New(TestDatabases.Sqlite);
        using (var store = WithArticles(db, 2))
        {
            store.SaveStories([Story("1", "2")], new StreamCheckpoint(2, []));
        }
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO story_briefs (story_id, words, format, members_hash, content) SELECT id, 100, 'text/0123456789ab', members_hash, 'old' FROM stories";
            insert.ExecuteNonQuery();
        }
        using (var store = Stores.Open(db))
        {
            Assert.Null(store.KeptBrief(1, 100, "text")); // written by another build of the engine: written afresh
            store.KeepBrief(1, 100, "text", "new");
            Assert.Equal("new", store.KeptBrief(1, 100, "text"));
        }
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM story_briefs";
            Assert.Equal(1L, count.ExecuteScalar());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_new_store_has_no_saved_stream_and_arrival_order_starts_after_the_given_article(string kind)
    {
        using var store = WithArticles(_databases.New(kind), 1200);

        Assert.Null(store.StreamState());
        Assert.Equal(1200, store.ArticlesInArrivalOrder().Count());
        var rest = store.ArticlesInArrivalOrder(after: 700).Select(a => long.Parse(a.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(701, 500).Select(i => (long)i), rest);
    }
}
