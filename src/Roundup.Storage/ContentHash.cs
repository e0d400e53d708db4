using System.Security.Cryptography;
using System.Text;
using Roundup.Model;

namespace Roundup.Storage;

/// <summary>
/// The fingerprint of what an article says and who says it: outlet, title and body. The same text fetched twice has
/// one fingerprint; a wire story reprinted by another outlet has another, so it stays a second article (the reprint
/// detector links the two).
/// </summary>
internal static class ContentHash
{
    public static string Of(Article article)
    {
        var text = string.Join('\n', [article.Outlet ?? "", article.Title ?? "", .. article.Paragraphs]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
