using System.Text;
using Roundup.Ingest;
using Roundup.Ingest.Decoding;
using Roundup.Model;

namespace Roundup.Tests.Ingest.Decoding;

public class TextDecoderTests
{
    private const string Sample = "Syria’s army retook Palmyra — “a mortal blow”, café owners said.";

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "a.txt"));
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)], "a.txt"));
    }

    [Fact]
    public void Reads_utf16_little_and_big_endian_with_bom()
    {
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)], "a.txt"));
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)], "a.txt"));
    }

    [Fact]
    public void Falls_back_to_windows_1252_for_legacy_files()
    {
        // 0x92 is the right single quote and 0xE9 é in Windows-1252; neither is valid UTF-8 here.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Syria"), 0x92, .. Encoding.ASCII.GetBytes("s caf"), 0xE9];

        Assert.Equal("Syria’s café", TextDecoder.Decode(bytes, "a.txt"));
    }

    [Fact]
    public void Rejects_binary_files_with_a_clear_message()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var e = Assert.Throws<RoundupException>(() => TextDecoder.Decode(png, "logo.png"));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Rejects_bytes_valid_in_no_supported_encoding()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Palmyra "), 0x81, 0x8D, 0xC3];

        var e = Assert.Throws<RoundupException>(() => TextDecoder.Decode(bytes, "odd.txt"));
        Assert.Contains("not valid UTF-8, UTF-16 or Windows-1252", e.Message);
    }

    [Fact]
    public void Rejects_a_utf16_bom_followed_by_broken_text()
    {
        byte[] bytes = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]; // a lone high surrogate

        Assert.Throws<RoundupException>(() => TextDecoder.Decode(bytes, "broken.txt"));
    }
}
