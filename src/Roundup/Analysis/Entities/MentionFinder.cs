using System.Collections.Frozen;
using Roundup.Text;

namespace Roundup.Analysis.Entities;

/// <summary>A name as one sentence writes it, with what its context says of its kind.</summary>
/// <param name="Text">The name as written, without a leading "the" or a possessive.</param>
/// <param name="Sentence">Index of the sentence in the corpus.</param>
/// <param name="Kind">What the words around it say it is (<see cref="EntityKind.Other"/> when they say nothing).</param>
/// <param name="Acronym">True for an all-capitals acronym ("ISIS", "AFP").</param>
/// <param name="Expansion">For an acronym in parentheses, the name it abbreviates ("Islamic State in Iraq and Syria").</param>
internal sealed record NameMention(string Text, int Sentence, EntityKind Kind, bool Acronym, string? Expansion)
{
    /// <summary>The key names of one spelling share: the acronym as written, else <see cref="NameKeys.Exact"/>.</summary>
    public string Key { get; } = Acronym ? "#" + Text : NameKeys.Exact(Text);
}

/// <summary>
/// Finds names in a sentence without a trained model: runs of capitalised words (with "of", "for" and "the" inside
/// a name, and Arabic particles such as "al-"), acronyms, and an acronym's expansion when it follows in parentheses.
/// A capitalised word that opens the sentence counts only when the story also writes it capitalised elsewhere.
/// </summary>
internal static partial class MentionFinder
{
    /// <summary>An acronym is two to six capitals ("IS", "UNESCO"); longer runs are shouted words.</summary>
    private const int MaxAcronym = 6;

    /// <summary>The words before a "(ACR)" searched for the name it abbreviates.</summary>
    private const int MaxExpansionWords = 8;

    /// <summary>
    /// Lower-case words inside a name. "of" and "for" join only after an organisation's word ("Bank of England",
    /// "Observatory for Human Rights"): after a person or a place they start a phrase ("Tom Tennant of the … Police").
    /// </summary>
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(["of", "for", "de", "bin", "ibn", "abu", "al", "el"], StringComparer.Ordinal);

    /// <summary>
    /// The names in <paramref name="tokens"/> (sentence <paramref name="sentence"/>); <paramref name="capitalisedElsewhere"/>
    /// says whether a word that opens the sentence is written capitalised inside other sentences of the story.
    /// </summary>
    public static List<NameMention> Find(List<string> tokens, int sentence, Func<string, bool> capitalisedElsewhere, string? source = null)
    {
        var result = new List<NameMention>();
        if (TitleCase(tokens))
        {
            return result; // "Powerful Quake in Iran Kills 10": a headline capitalises verbs too, so its runs are no names
        }
        int i = 0;
        while (i < tokens.Count)
        {
            // "US Geological Survey", "UN Security Council": capitals that open an organisation's name are part of it
            // (not "RB Reggie Bush", a position before a person).
            bool opensName = IsAcronym(tokens, i) && OpensOrganization(tokens, i);
            if (IsAcronym(tokens, i) && !opensName)
            {
                // "SYRIAN troops", "PALMYRA, Syria": a lead's first word in capitals, unless the story uses it as an acronym elsewhere.
                // So is a run of capitals ("THE HUNGER GAMES SEQUEL"): a headline shouted, not acronyms.
                bool run = (i > 0 && IsAcronym(tokens, i - 1)) || (i + 1 < tokens.Count && IsAcronym(tokens, i + 1))
                    // "PJ Carlesimo", "RB Reggie Bush": initials or a position before a name.
                    || (i + 1 < tokens.Count && StartsName(tokens[i + 1]));
                // "10 AM", "5 PM": after a number, capitals are a unit or a time.
                run |= i > 0 && char.IsDigit(tokens[i - 1][0]);
                bool shouted = run || (!capitalisedElsewhere(tokens[i])
                    && (i == 0 || (i + 1 < tokens.Count && tokens[i + 1].Length > 0 && char.IsLower(tokens[i + 1][0]) && tokens[i].Length > 3)));
                if (!shouted)
                {
                    bool parenthesised = i > 0 && tokens[i - 1] == "(" && i + 1 < tokens.Count && tokens[i + 1] == ")";
                    var expansion = parenthesised ? Expansion(tokens, i - 1, tokens[i]) : null;
                    result.Add(new NameMention(tokens[i], sentence, KindOf(tokens, i, i + 1, expansion ?? tokens[i]), true, expansion));
                }
                i++;
                continue;
            }
            if (!StartsName(tokens[i]) && !Initial(tokens, i) && !opensName)
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.Count)
            {
                if (StartsName(tokens[end]) && !IsAcronym(tokens, end))
                {
                    end++;
                }
                else if (tokens[end] == "." && end + 1 < tokens.Count && (StartsName(tokens[end + 1]) || Initial(tokens, end + 1)) && Abbreviated(tokens[end - 1]))
                {
                    end++; // "William J. Bratton", "Mt. Cook", "U. S. Geological Survey": the full stop of an initial or an abbreviation
                }
                else if (Initial(tokens, end) && end + 2 < tokens.Count && (StartsName(tokens[end + 2]) || Initial(tokens, end + 2)))
                {
                    end++;
                }
                else if (Connectors.Contains(tokens[end]) && end + 1 < tokens.Count && StartsName(tokens[end + 1]) && !IsAcronym(tokens, end + 1)
                    && (tokens[end] is not ("of" or "for") || OrganizationWords.Contains(tokens[end - 1])))
                {
                    end += 2;
                }
                else if (tokens[end] is "of" or "for" && end + 2 < tokens.Count && tokens[end + 1] == "the" && StartsName(tokens[end + 2])
                    && OrganizationWords.Contains(tokens[end - 1]))
                {
                    end += 3; // "Islamic State of Iraq and the Levant", "Bank of the West"
                }
                else if (IsParticle(tokens[end]))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }
            int start = i;
            if (tokens[start] is "The" or "A" or "An" && end - start > 1 && (start == 0 || !IsTitleThe(tokens, start)))
            {
                start++; // "the Observatory" is the Observatory; "The New Arab" keeps its article only mid-sentence
            }
            while (start == i && end - start > 1 && tokens[start] is not "The" && !Initial(tokens, start) && !IsAcronym(tokens, start)
                && Stopwords.ContainsAnyCase(tokens[start]))
            {
                start++; // "On Friday", "But Assad": a function word that opens the sentence is no part of a name
            }
            // "President Bashar al-Assad" names Bashar al-Assad, a person.
            bool titled = false;
            while (end - start > 1 && (PersonCues.Contains(tokens[start]) || tokens[start] is "Prime" or "Senior" or "Deputy" or "Vice"))
            {
                start++;
                titled = true;
            }
            // "Superior Court Judge James Bodiford", "Interior Secretary Dirk Kempthorne": a title inside the run ends the
            // office; the name is what follows it (two words or more).
            for (int t = end - 3; t > start; t--)
            {
                if (PersonCues.Contains(tokens[t]))
                {
                    start = t + 1;
                    titled = true;
                    break;
                }
            }
            while (end - start > 1 && ((Stopwords.Contains(tokens[start]) && !Initial(tokens, start) && !IsAcronym(tokens, start)) || tokens[start] == "."))
            {
                start++; // "Secretary of the Interior …" less its title, "Dr. James Andrews" less its full stop
            }
            // "Anthony Phillip Lasalle Friday": a day after a name is when, not part of it.
            if (end - start > 1 && Weekday(tokens[end - 1]))
            {
                end--;
            }
            if (!AnyStartsName(tokens, start, end))
            {
                i = Math.Max(end, i + 1);
                continue; // initials alone
            }
            var words = tokens.GetRange(start, end - start);
            bool single = words.Count == 1;
            bool possessive = words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("’s", StringComparison.Ordinal);
            // A word for a people or a creed before a lower-case word is an adjective ("Syrian troops", "Islamist
            // group"), and so is one joined to another ("Russian and Syrian air strikes"); "Bush injured" is a name.
            // "Hormuzgan province", "Qeshm island" name a place: a place's kind word after a name keeps it one, unless
            // the place is named next ("the Iraqi city of Ramadi").
            // After a title it is a surname whatever its ending ("Mr Kamrani told").
            bool adjective = single && !possessive && !titled && end < tokens.Count && Demonym(words[0])
                && !(PlaceKinds.Contains(tokens[end]) && !StrongDemonym(words[0]) && (end + 1 >= tokens.Count || tokens[end + 1] != "of"))
                && ((char.IsLower(tokens[end][0]) && !Stopwords.Contains(tokens[end])) || tokens[end] is "and" or "or");
            // "Published May 15", "Updated Saturday": a calendar word ending a name makes it a date line.
            bool date = Calendar.Contains(words[^1]) && (words.Count == 1 || end >= tokens.Count || char.IsDigit(tokens[end][0]) || Weekday(words[^1]));
            // Title Case ("Gary Ross Still In Negotiations For The Sequel") is a headline, not a name; nor is a page's
            // "Last Updated".
            bool headline = words.Skip(1).Any(w => w.Length > 1 && Stopwords.ContainsAnyCase(w) && !Connectors.Contains(w) && !NameKeys.IsAbbreviation(w))
                || words.Any(w => w is "Updated" or "Published" or "Posted");
            // A title or an abbreviation alone ("Gov.", "Mt." before a name the full stop cut off) names nothing.
            bool titleAlone = single && (PersonCues.Contains(words[0]) || NameKeys.IsAbbreviation(words[0]));
            bool keep = !date && !headline && !titleAlone && !Calendar.Contains(words[0]) && !(single && Stopwords.ContainsAnyCase(words[0]))
                && !(start == 0 && single && !capitalisedElsewhere(Clean(words[0]))) && !adjective;
            if (keep)
            {
                // With full stops inside ("L.A. Times", "U. S. Army"), the name is taken from the sentence as written.
                var joined = words.Contains(".") && source is not null && Slice(source, words) is { } slice
                    ? slice
                    : string.Join(' ', words).Replace(" .", ".", StringComparison.Ordinal);
                var text = Clean(joined.Replace(" - ", "-", StringComparison.Ordinal));
                if (text.Length > 1)
                {
                    result.Add(new NameMention(text, sentence, titled ? EntityKind.Person : KindOf(tokens, start, end, text), false, null));
                }
            }
            i = end;
        }
        return result;
    }

    /// <summary>A Title Case headline has this many content words at least; shorter lines may be names alone.</summary>
    private const int MinTitleCaseWords = 4;

    /// <summary>True when every content word of the line is capitalised: a headline in Title Case, not a sentence.</summary>
    private static bool TitleCase(List<string> tokens)
    {
        int content = 0;
        foreach (var t in tokens)
        {
            if (t.Length == 0 || !char.IsLetter(t[0]))
            {
                continue;
            }
            if (char.IsUpper(t[0]))
            {
                content++;
            }
            else if (!Stopwords.Contains(t))
            {
                return false; // a lower-case content word: a sentence (most lines stop here, at once)
            }
        }
        return content >= MinTitleCaseWords;
    }

    /// <summary>Where <paramref name="words"/> stand in <paramref name="source"/>, spaced as written there, or null.</summary>
    private static string? Slice(string source, List<string> words)
    {
        for (int at = source.IndexOf(words[0], StringComparison.Ordinal); at >= 0; at = source.IndexOf(words[0], at + 1, StringComparison.Ordinal))
        {
            int pos = at + words[0].Length;
            int k = 1;
            for (; k < words.Count; k++)
            {
                while (pos < source.Length && char.IsWhiteSpace(source[pos]))
                {
                    pos++;
                }
                if (string.CompareOrdinal(source, pos, words[k], 0, words[k].Length) != 0)
                {
                    break;
                }
                pos += words[k].Length;
            }
            if (k == words.Count)
            {
                return source[at..pos];
            }
        }
        return null;
    }

    /// <summary>Longest run of capitalised words looked at after an acronym for an organisation's head word.</summary>
    private const int MaxOrganizationRun = 6;

    /// <summary>
    /// True when the acronym at <paramref name="at"/> is followed by capitalised words that end in an organisation's
    /// word ("US Geological Survey"), and does not follow other capitals (a shouted headline) or a number ("10 AM").
    /// </summary>
    private static bool OpensOrganization(List<string> tokens, int at)
    {
        if ((at > 0 && (IsAcronym(tokens, at - 1) || char.IsDigit(tokens[at - 1][0]))) || at + 1 >= tokens.Count || !StartsName(tokens[at + 1]))
        {
            return false;
        }
        int end = at + 1;
        while (end < tokens.Count && end - at <= MaxOrganizationRun && StartsName(tokens[end]))
        {
            end++;
        }
        return OrganizationWords.Contains(tokens[end - 1]);
    }

    /// <summary>A single capital followed by a full stop: an initial ("J." of "William J. Bratton").</summary>
    private static bool Initial(List<string> tokens, int at) =>
        tokens[at].Length == 1 && char.IsUpper(tokens[at][0]) && at + 1 < tokens.Count && tokens[at + 1] == ".";

    /// <summary>A word whose full stop marks it as shortened: an initial, a title ("Dr."), an abbreviation ("Mt.").</summary>
    private static bool Abbreviated(string word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || PersonCues.Contains(word) || NameKeys.IsAbbreviation(word);

    /// <summary>"told The New Arab": a capitalised "The" inside a sentence belongs to the name.</summary>
    private static bool IsTitleThe(List<string> tokens, int at) => at > 0 && tokens[at - 1] is not "." and not "\"" and not "“" and not ":";

    private static bool Weekday(string word) =>
        word.Length >= 6 && word.EndsWith("day", StringComparison.OrdinalIgnoreCase) && Calendar.Contains(word);

    /// <summary>Endings that make a word a people's or a creed's whatever follows it ("Iranian island").</summary>
    internal static bool StrongDemonym(string word) =>
        word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
        || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal);

    /// <summary>Words for peoples and creeds are adjectives before a noun: "Syrian", "Islamist", "Japanese", "British".</summary>
    private static bool Demonym(string word) =>
        word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
        || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal)
        || word.EndsWith("ic", StringComparison.Ordinal) || (word.Length > 3 && word[^1] == 'i' && "aeiou".IndexOf(word[^2], StringComparison.Ordinal) < 0);

    /// <summary>The longest run of words before "(" whose content-word initials spell <paramref name="acronym"/>.</summary>
    private static string? Expansion(List<string> tokens, int paren, string acronym)
    {
        var target = acronym.ToLowerInvariant();
        for (int start = Math.Max(0, paren - MaxExpansionWords); start < paren - 1; start++)
        {
            if (!StartsName(tokens[start]))
            {
                continue;
            }
            var candidate = string.Join(' ', tokens.Skip(start).Take(paren - start));
            if (NameKeys.Initials(candidate) == target)
            {
                return candidate.StartsWith("The ", StringComparison.Ordinal) ? candidate[4..] : candidate;
            }
        }
        return null;
    }

    private static EntityKind KindOf(List<string> tokens, int start, int end, string text)
    {
        if (text.Split(' ').Any(OrganizationWords.Contains) || (end < tokens.Count && OrganizationFollowers.Contains(tokens[end])))
        {
            return EntityKind.Organization;
        }
        var before = start > 0 ? tokens[start - 1] : "";
        if (PersonCues.Contains(before))
        {
            return EntityKind.Person;
        }
        // "X, spokesman for …", "X, the director of …": a role after the name.
        if (end + 1 < tokens.Count && tokens[end] == "," && (PersonCues.Contains(tokens[end + 1])
            || (end + 2 < tokens.Count && tokens[end + 1] is "the" or "a" && PersonCues.Contains(tokens[end + 2]))))
        {
            return EntityKind.Person;
        }
        if (AgeFollows(tokens, end))
        {
            return EntityKind.Person;
        }
        // "in Assad's favour" is no place: a possessive owns something.
        bool possessive = tokens[end - 1].EndsWith("'s", StringComparison.Ordinal) || tokens[end - 1].EndsWith("’s", StringComparison.Ordinal);
        if (!possessive && (PlaceCues.Contains(before) || (before == "of" && start > 1 && PlaceCues.Contains(tokens[start - 2]))))
        {
            return EntityKind.Place;
        }
        return EntityKind.Other;
    }

    /// <summary>The oldest age news gives a person in apposition ("Bryant Dalton, 39,").</summary>
    private const int MaxAge = 120;

    /// <summary>
    /// True when an age in apposition follows the name ending at <paramref name="end"/>: "Bryant Dalton, 39, was shot",
    /// "Page, 85." News gives people's ages so; a place or a thing is followed by a count with its noun.
    /// </summary>
    private static bool AgeFollows(List<string> tokens, int end) =>
        end + 2 < tokens.Count && tokens[end] == "," && tokens[end + 1].All(char.IsAsciiDigit) && tokens[end + 1].Length <= 3
        && int.Parse(tokens[end + 1], System.Globalization.CultureInfo.InvariantCulture) is > 0 and < MaxAge
        && tokens[end + 2] is "," or "." or ";" or "and" or "of" or "from" or "who" or ")";

    /// <summary>The name without a possessive, with one apostrophe.</summary>
    internal static string Clean(string text)
    {
        text = text.Replace('’', '\'');
        return text.EndsWith("'s", StringComparison.Ordinal) ? text[..^2] : text.TrimEnd('\'');
    }
}
