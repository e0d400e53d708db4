using System.Globalization;

namespace Roundup.Output;

/// <summary>Counts as people write them: "1 article", "2 articles", "1 story", "3 stories".</summary>
public static class Plural
{
    /// <summary>The count and the noun, plural unless the count is one.</summary>
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
