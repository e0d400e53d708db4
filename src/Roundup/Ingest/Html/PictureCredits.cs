using System.Text.RegularExpressions;

namespace Roundup.Ingest.Html;

/// <summary>
/// A picture's credit or caption left among the paragraphs when a page does not mark it as one: "Foto: Jan Berg",
/// "Titelbild: …", "Crédits photos : …", "(Foto: ABr)", "Image: …", "© Bundesrat | Frank Bräuer". It names who took a
/// picture the text does not show, or whose the page is ("© 2020 Bundespräsidialamt"): no line of an article opens
/// with "©".
/// </summary>
internal static partial class PictureCredits
{
    /// <summary>A credit is a line; a longer paragraph that opens so is prose about a picture.</summary>
    private const int MaxCreditWords = 20;

    [GeneratedRegex(
        @"^\s*©|^\s*\(?\s*(photos?|photograph|images?|pictures?|credits?|illustration|foto|fotos|fotografie|bild|bilder|titelbild|beitragsbild|bildquelle|abbildung|cr[ée]dits?\s+photos?|cr[ée]dit|imagen|im[áa]genes|cr[ée]dito|zdj[ęe]cie)\s*(:|©)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditOpening();

    public static bool IsCredit(string paragraph) =>
        CreditOpening().IsMatch(paragraph) && Text.WordCounter.Count(paragraph) <= MaxCreditWords;
}
