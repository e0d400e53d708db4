using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Roundup.Model;

namespace Roundup.Storage.Sqlite;

/// <summary>Writes stories as they now are over what the store held of them.</summary>
internal static class SqliteStoryRows
{
    /// <summary>
    /// Writes each story under the store number of its first article; its articles leave the stories they were in,
    /// and a story left with no article is deleted with its kept briefs. A kept brief of a written story goes when its
    /// articles changed.
    /// </summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Story> stories)
    {
        using var story = Command(connection, transaction, """
            INSERT OR REPLACE INTO stories (id, title, first_published, last_published, article_count, independent_count, updated_at, members_hash)
            VALUES ($id, $title, $first, $last, $count, $independent, $now, $members)
            """);
        using var before = Command(connection, transaction, "SELECT story_id FROM story_articles WHERE article_id = $article");
        using var member = Command(connection, transaction, "INSERT OR REPLACE INTO story_articles (article_id, story_id, reprint_of) VALUES ($article, $story, $of)");
        using var staleBriefs = Command(connection, transaction, "DELETE FROM story_briefs WHERE story_id = $id AND members_hash <> $members");
        using var hashOf = Command(connection, transaction, "SELECT content_hash FROM articles WHERE id = $id");
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var left = new HashSet<long>();
        foreach (var s in stories)
        {
            var members = s.ArticleIds.Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToList();
            long id = members.Min();
            var hash = MembersHash(hashOf, members);
            story.Parameters.Clear();
            story.Parameters.AddWithValue("$id", id);
            story.Parameters.AddWithValue("$title", s.Title);
            story.Parameters.AddWithValue("$first", (object?)s.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            story.Parameters.AddWithValue("$last", (object?)s.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            story.Parameters.AddWithValue("$count", members.Count);
            story.Parameters.AddWithValue("$independent", s.Independent);
            story.Parameters.AddWithValue("$now", now);
            story.Parameters.AddWithValue("$members", hash);
            story.ExecuteNonQuery();
            foreach (var article in members)
            {
                before.Parameters.Clear();
                before.Parameters.AddWithValue("$article", article);
                if (before.ExecuteScalar() is long was && was != id)
                {
                    left.Add(was);
                }
                member.Parameters.Clear();
                member.Parameters.AddWithValue("$article", article);
                member.Parameters.AddWithValue("$story", id);
                member.Parameters.AddWithValue("$of",
                    s.Reprints.TryGetValue(article.ToString(CultureInfo.InvariantCulture), out var of) ? long.Parse(of, CultureInfo.InvariantCulture) : DBNull.Value);
                member.ExecuteNonQuery();
            }
            staleBriefs.Parameters.Clear();
            staleBriefs.Parameters.AddWithValue("$id", id);
            staleBriefs.Parameters.AddWithValue("$members", hash);
            staleBriefs.ExecuteNonQuery();
        }
        using var empty = Command(connection, transaction, """
            DELETE FROM stories WHERE id = $id AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = $id)
            RETURNING id
            """);
        using var briefs = Command(connection, transaction, "DELETE FROM story_briefs WHERE story_id = $id");
        foreach (var id in left)
        {
            empty.Parameters.Clear();
            empty.Parameters.AddWithValue("$id", id);
            if (empty.ExecuteScalar() is not null)
            {
                briefs.Parameters.Clear();
                briefs.Parameters.AddWithValue("$id", id);
                briefs.ExecuteNonQuery();
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>A fingerprint of a story's articles and their texts: it changes when an article joins, leaves or is replaced.</summary>
    private static string MembersHash(SqliteCommand hashOf, List<long> members)
    {
        var text = new StringBuilder();
        foreach (var member in members.Order())
        {
            hashOf.Parameters.Clear();
            hashOf.Parameters.AddWithValue("$id", member);
            text.Append(member).Append(':').Append(hashOf.ExecuteScalar() as string).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
