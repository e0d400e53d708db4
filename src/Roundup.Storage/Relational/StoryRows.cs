using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Roundup.Model;

namespace Roundup.Storage.Relational;

/// <summary>Writes stories as they now are over what the store held of them, in one transaction of the caller's.</summary>
/// <param name="connection">The store's connection.</param>
/// <param name="transaction">The write transaction the stories are written in.</param>
/// <param name="now">The store's value for the time of writing.</param>
/// <param name="dateValue">The store's value for a date.</param>
internal sealed class StoryRows(DbConnection connection, DbTransaction transaction, object now, Func<DateOnly, object> dateValue)
{
    /// <summary>
    /// Writes each story under the store number of its first article; its articles leave the stories they were in,
    /// and a story left with no article is deleted with its kept briefs. A kept brief of a written story goes when its
    /// articles changed.
    /// </summary>
    public void Write(IEnumerable<Story> stories)
    {
        using var story = Db.Command(connection, """
            INSERT INTO stories (id, title, first_published, last_published, article_count, independent_count, updated_at, members_hash)
            VALUES (@id, @title, @first, @last, @count, @independent, @now, @members)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_published = excluded.first_published,
                last_published = excluded.last_published, article_count = excluded.article_count,
                independent_count = excluded.independent_count, updated_at = excluded.updated_at, members_hash = excluded.members_hash
            """, transaction);
        using var current = Db.Command(connection, "SELECT article_id FROM story_articles WHERE story_id = @id", transaction);
        using var before = Db.Command(connection, "SELECT story_id FROM story_articles WHERE article_id = @article", transaction);
        using var member = Db.Command(connection, """
            INSERT INTO story_articles (article_id, story_id, reprint_of) VALUES (@article, @story, @of)
            ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, reprint_of = excluded.reprint_of
            """, transaction);
        using var staleBriefs = Db.Command(connection, "DELETE FROM story_briefs WHERE story_id = @id AND members_hash <> @members", transaction);
        var left = new HashSet<long>();
        foreach (var s in stories)
        {
            var members = s.ArticleIds.Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToList();
            long id = members.Min();
            var hash = MembersHash(members);
            story.Set("id", id).Set("title", s.Title).Set("first", s.First is { } first ? dateValue(first) : null)
                .Set("last", s.Last is { } last ? dateValue(last) : null).Set("count", members.Count).Set("independent", s.Independent)
                .Set("now", now).Set("members", hash).ExecuteNonQuery();
            // A story that grew is written by its new articles only: the ones it held are read in one range of the index
            // (those that left it are written by the story they joined, which changed too and is written in this call).
            var held = new HashSet<long>();
            using (var reader = current.Set("id", id).ExecuteReader())
            {
                while (reader.Read())
                {
                    held.Add(reader.GetInt64(0));
                }
            }
            foreach (var article in members.Where(a => !held.Contains(a)))
            {
                if (before.Set("article", article).ExecuteScalar() is { } was and not DBNull)
                {
                    left.Add(Db.Long(was));
                }
                member.Set("article", article).Set("story", id)
                    .Set("of", s.Reprints.TryGetValue(article.ToString(CultureInfo.InvariantCulture), out var of) ? long.Parse(of, CultureInfo.InvariantCulture) : null)
                    .ExecuteNonQuery();
            }
            staleBriefs.Set("id", id).Set("members", hash).ExecuteNonQuery();
        }
        using var empty = Db.Command(connection, """
            DELETE FROM stories WHERE id = @id AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = @id)
            RETURNING id
            """, transaction);
        using var briefs = Db.Command(connection, "DELETE FROM story_briefs WHERE story_id = @id", transaction);
        foreach (var id in left)
        {
            if (empty.Set("id", id).ExecuteScalar() is not null)
            {
                briefs.Set("id", id).ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// A fingerprint of a story's articles: it changes when an article joins or leaves (an article replaced by a
    /// re-fetch drops its story's kept briefs itself).
    /// </summary>
    private static string MembersHash(List<long> members)
    {
        var text = new StringBuilder();
        foreach (var member in members.Order())
        {
            text.Append(member).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
