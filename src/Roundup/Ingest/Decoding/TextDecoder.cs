using System.Text;
using Roundup.Model;

namespace Roundup.Ingest.Decoding;

/// <summary>
/// Turns the bytes of a text file into a string: a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
/// without one, strict UTF-8 is tried, then Windows-1252, the usual encoding of older Western news files.
/// Binary content (NUL bytes, many control characters) and bytes valid in no supported encoding are rejected.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How far into a file to look for NUL bytes when deciding it is binary.</summary>
    private const int BinarySniffBytes = 8192;

    /// <summary>Share of control characters above which decoded text is treated as binary rather than prose.</summary>
    private const double MaxControlCharShare = 0.05;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/> or throws <see cref="RoundupException"/> saying why it cannot.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeStrict(StrictUtf8, bytes[3..], path, "UTF-8");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            text = DecodeStrict(new UTF32Encoding(false, false, true), bytes[4..], path, "UTF-32");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            text = DecodeStrict(new UTF32Encoding(true, false, true), bytes[4..], path, "UTF-32");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = DecodeStrict(new UnicodeEncoding(false, false, true), bytes[2..], path, "UTF-16");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = DecodeStrict(new UnicodeEncoding(true, false, true), bytes[2..], path, "UTF-16");
        }
        else
        {
            if (bytes[..Math.Min(bytes.Length, BinarySniffBytes)].Contains((byte)0))
            {
                throw new RoundupException($"{path} looks like a binary file (it contains NUL bytes), not an article; skipped.");
            }
            text = TryStrict(StrictUtf8, bytes) ?? DecodeWindows1252(bytes, path);
        }
        if (LooksBinary(text))
        {
            throw new RoundupException($"{path} looks like a binary file (mostly control characters), not an article; skipped.");
        }
        return text;
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string path, string name) =>
        TryStrict(encoding, bytes)
        ?? throw new RoundupException($"{path} starts with a {name} byte-order mark but is not valid {name}; re-save it in UTF-8.");

    private static string? TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Windows-1252 leaves five byte values undefined; a file using them is in no encoding Roundup reads.</summary>
    private static string DecodeWindows1252(ReadOnlySpan<byte> bytes, string path)
    {
        foreach (byte b in bytes)
        {
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
            {
                throw new RoundupException(
                    $"{path} is not valid UTF-8, UTF-16 or Windows-1252 text (byte 0x{b:X2}); re-save it in UTF-8.");
            }
        }
        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static bool LooksBinary(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }
        int sample = Math.Min(text.Length, BinarySniffBytes);
        int control = 0;
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }
        return control > sample * MaxControlCharShare;
    }
}
