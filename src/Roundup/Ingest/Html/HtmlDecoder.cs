using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Roundup.Ingest.Decoding;
using Roundup.Model;

namespace Roundup.Ingest.Html;

/// <summary>
/// Bytes of a web page (optionally gzip-compressed) to text: a byte-order mark decides; else the charset the page
/// declares in its first 4 KB (<c>&lt;meta charset&gt;</c>, the http-equiv content type, or an XML declaration's
/// encoding, for feeds); else strict UTF-8;
/// else Windows-1252.
/// </summary>
internal static partial class HtmlDecoder
{
    /// <summary>Decompressed pages larger than this are refused (a zip bomb or not an article page).</summary>
    public const long MaxPageBytes = 20L * 1024 * 1024;

    private const int SniffBytes = 4096;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    public static string Decode(byte[] bytes, string path)
    {
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            bytes = Gunzip(bytes, path);
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TextDecoder.Decode(bytes, path);
        }
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes));
        var declared = DeclaredCharset().Match(head);
        if (declared.Success)
        {
            try
            {
                var encoding = Encoding.GetEncoding(declared.Groups[1].Success ? declared.Groups[1].Value : declared.Groups[2].Value);
                // Pages that declare a single-byte charset but are really UTF-8 are common: trust valid UTF-8 first.
                if (encoding.CodePage != Encoding.UTF8.CodePage && LooksUtf8(bytes))
                {
                    return Encoding.UTF8.GetString(bytes);
                }
                return encoding.GetString(bytes);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                // An unknown charset name, or one .NET refuses (UTF-7, a known attack vector): fall through to detection.
            }
        }
        return TextDecoder.Decode(bytes, path);
    }

    private static bool LooksUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, true).GetCharCount(bytes);
            return bytes.Any(b => b >= 0x80);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static byte[] Gunzip(byte[] bytes, string path)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > MaxPageBytes)
                {
                    throw new RoundupException($"{path} decompresses to more than {MaxPageBytes / (1024 * 1024)} MB; skipped.");
                }
            }
            if (output.Length == 0)
            {
                throw new RoundupException($"{path} is an empty or truncated gzip file; skipped.");
            }
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new RoundupException($"{path} is not a valid gzip file ({e.Message}); skipped.");
        }
    }
}
