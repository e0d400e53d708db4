using Roundup.Analysis.Entities;
using Roundup.Briefing;
using Roundup.Text;

namespace Roundup.Analysis.Figures;

/// <summary>
/// Lines up the figures that measure the same thing across articles and says where they conflict. Two counts are
/// of one thing when the same thing happened to them (the predicate), they count the same kind of thing, and their
/// values are close; a conflict needs more: what qualifies one count (a side, a place) must be found in the other.
/// A false conflict misleads the reader more than a missed one, so every doubt keeps two figures apart.
/// </summary>
internal static class FigureAligner
{
    /// <summary>
    /// Two reports of one count differ by tens of per cent at most (early and late tolls, rounding); counts further
    /// apart than this factor are taken for counts of different things.
    /// </summary>
    private const double MaxRatio = 1.5;

    /// <summary>
    /// A count is compared with at most this many next ones in value order: equal reports still chain through their
    /// neighbours, and a story holding thousands of copies of one toll stays linear.
    /// </summary>
    private const int MaxNeighbours = 64;

    /// <summary>
    /// Early and late reports of one toll grow within an order of magnitude (3 dead, then 10); a toll further off is
    /// a war's or a country's, recalled beside the incident.
    /// </summary>
    private const double MaxTollRatio = 10;

    /// <summary>A figure where it was read, with its parts for comparison.</summary>
    /// <param name="Article">The article.</param>
    /// <param name="Sentence">The sentence (index into the corpus).</param>
    /// <param name="Mention">The figure.</param>
    /// <param name="Heads">Stems of the counted nouns.</param>
    /// <param name="Modifiers">Stems of the words that qualify them.</param>
    /// <param name="Named">Referents named inside what is counted ("Islamic State" in "400 Islamic State fighters").</param>
    /// <param name="Around">Referents named anywhere in the sentence.</param>
    /// <param name="People">Referents of people named in the sentence.</param>
    /// <param name="Numbers">Every number the sentence writes.</param>
    /// <param name="Parts">Numbers the sentence gives as parts of a count ("170,000 of them").</param>
    /// <param name="Unnamed">True when the count is about someone the sentence calls only "he" or "she".</param>
    /// <param name="When">Years and months the sentence names (and "ago") that most of the story's articles do not: another incident's date.</param>
    /// <param name="Elsewhere">Places the sentence names that most of the story's articles do not: another incident's.</param>
    private sealed record Located(
        int Article, int Sentence, FigureMention Mention, string[] Heads, string[] Modifiers, HashSet<string> Named, HashSet<string> Around, HashSet<string> People,
        HashSet<double> Numbers, double[] Parts, bool Unnamed, HashSet<string> When, HashSet<string> Elsewhere)
    {
        /// <summary>
        /// True when this sentence itself accounts for <paramref name="other"/>: it writes that number too, or gives a
        /// part nearer to it than this count is ("230,000 killed, 170,000 of them in Aceh" against 168,000).
        /// </summary>
        public bool Explains(double other) =>
            Numbers.Contains(other) || Parts.Any(p => Math.Abs(other - p) < Math.Abs(other - Mention.Value));
    }

    /// <summary>
    /// The figures of <paramref name="corpus"/> reported by at least two articles, conflicts first; <paramref name="index"/>
    /// holds each sentence's names and their referents, so that "ISIS" qualifies a count as "Islamic State" does, and
    /// which referents are people, places or organisations.
    /// </summary>
    public static List<Figure> Align(StoryText corpus, EntityIndex index, List<FigureMention>[] counts)
    {
        var names = index.BySentence;
        var foreignPlaces = ForeignPlaces(corpus, index);
        var dates = new HashSet<string>[corpus.Sentences.Count];
        for (int s = 0; s < dates.Length; s++)
        {
            dates[s] = counts[s].Count > 0 || corpus.Sentences[s].Text.Any(char.IsAsciiDigit) ? FigureExtractor.TimeMarkers(corpus.Sentences[s].Text) : [];
        }
        var foreignDates = Foreign(corpus, Enumerable.Range(0, dates.Length).Select(s => (s, (IEnumerable<string>)dates[s])));
        var mentions = new List<Located>();
        // Every number of a sentence is read once, for all the counts it holds.
        var numbers = new (HashSet<double> All, double[] Parts)?[corpus.Sentences.Count];
        var seen = new HashSet<(int, double, Hedge, string, string)>();
        for (int s = 0; s < corpus.Sentences.Count; s++)
        {
            var sentence = corpus.Sentences[s];
            foreach (var m in counts[s])
            {
                if (m.Predicate.Length > 0 && seen.Add((sentence.Article, m.Value, m.Hedge, m.Predicate, m.Counted.ToLowerInvariant())))
                {
                    var (heads, modifiers) = Parts(m.Counted);
                    var named = names[s].Where(n => m.Counted.Contains(n.Text, StringComparison.Ordinal)).Select(n => n.Referent).ToHashSet(StringComparer.Ordinal);
                    var around = names[s].Select(n => n.Referent).ToHashSet(StringComparer.Ordinal);
                    // Who the count is about: people named in the sentence, and, when someone does the verb to the
                    // count, any name before the number that is no place or organisation ("Phillips had already missed
                    // three games"; not "Mafia" in "… other Mafia bosses … 89 people were arrested").
                    int at = sentence.Text.IndexOf(m.Phrase, StringComparison.Ordinal);
                    var persons = names[s].Where(n => index.People.Contains(n.Referent)
                            || (!m.Subject && !index.PlacesAndOrganizations.Contains(n.Referent) && at > 0 && !n.Text.All(c => !char.IsLower(c))
                                && sentence.Text.IndexOf(n.Text, StringComparison.Ordinal) is >= 0 and var p && p < at && !Possessive(sentence.Text, p + n.Text.Length)))
                        .Select(n => n.Referent).ToHashSet(StringComparer.Ordinal);
                    bool unnamed = !m.Subject && persons.Count == 0 && at > 0 && FigureExtractor.NamesSomeoneByPronoun(sentence.Text[..at]);
                    var (when, elsewhere) = Whereabouts(sentence.Text, Math.Max(at, 0), names[s], around, foreignPlaces, foreignDates);
                    var (all, parts) = numbers[s] ??= FigureExtractor.Numbers(sentence.Text);
                    mentions.Add(new Located(
                        sentence.Article, s, m, heads, modifiers, named, around, persons, all, parts, unnamed, when, elsewhere));
                }
            }
        }
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        // Only counts with one predicate and values within MaxRatio can be one count: compare those alone, in value order.
        foreach (var bucket in Enumerable.Range(0, mentions.Count).GroupBy(i => mentions[i].Mention.Predicate, StringComparer.Ordinal))
        {
            var byValue = bucket.OrderBy(i => mentions[i].Mention.Value).ToList();
            bool casualty = Predicates.IsCasualty(bucket.Key);
            for (int x = 0; x < byValue.Count; x++)
            {
                double reach = (casualty ? MaxTollRatio : MaxRatio) * Math.Max(mentions[byValue[x]].Mention.Value, 1);
                for (int y = x + 1; y < byValue.Count && y <= x + MaxNeighbours && mentions[byValue[y]].Mention.Value <= reach; y++)
                {
                    if (SameCount(mentions[byValue[x]], mentions[byValue[y]]))
                    {
                        parent[Find(byValue[x])] = Find(byValue[y]);
                    }
                }
            }
        }
        var figures = new List<(Figure Figure, int First)>();
        foreach (var group in Enumerable.Range(0, mentions.Count).GroupBy(Find))
        {
            var members = group.Select(i => mentions[i]).ToList();
            if (members.Select(m => m.Article).Distinct().Count() < 2)
            {
                continue;
            }
            figures.Add((ToFigure(corpus, members), group.Min()));
        }
        return figures.OrderByDescending(f => f.Figure.Conflict).ThenByDescending(f => f.Figure.Values.Sum(v => v.Sources.Count))
            .ThenBy(f => f.First).Select(f => f.Figure).ToList();
    }

    /// <summary>
    /// Places named by half the story's articles or fewer: a sentence naming one of them speaks of somewhere the
    /// story is not about (an earlier quake, another town).
    /// </summary>
    private static HashSet<string> ForeignPlaces(StoryText corpus, EntityIndex index) =>
        Foreign(corpus, Enumerable.Range(0, index.BySentence.Count).Select(s => (s, index.BySentence[s].Select(n => n.Referent).Where(index.Places.Contains))));

    /// <summary>Of the words each sentence names, those that no more than half the story's articles name.</summary>
    private static HashSet<string> Foreign(StoryText corpus, IEnumerable<(int Sentence, IEnumerable<string> Words)> named)
    {
        var articlesNaming = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (s, words) in named)
        {
            foreach (var word in words)
            {
                if (!articlesNaming.TryGetValue(word, out var set))
                {
                    articlesNaming[word] = set = [];
                }
                set.Add(corpus.Sentences[s].Article);
            }
        }
        return articlesNaming.Where(p => 2 * p.Value.Count <= corpus.Articles.Count).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The dates and places that say which incident the count at <paramref name="at"/> is of, among those most of the
    /// story's articles do not name. When the count stands in a clause of its own that names some ("… 31,000 in Dorn in
    /// 2003, and 600 were killed in Helm in February"), those; otherwise the whole sentence's (the date may stand in
    /// the clause before: "The 2003 quake in Dorn killed 31,000, and injured 30,000"). A clause that opens after the
    /// count dates something else ("…, which he called the worst since 2014").
    /// </summary>
    private static (HashSet<string> When, HashSet<string> Elsewhere) Whereabouts(
        string text, int at, IReadOnlyList<(string Text, string Referent)> names, HashSet<string> around, HashSet<string> foreignPlaces,
        HashSet<string> foreignDates)
    {
        int clause = FigureExtractor.ClauseStart(text, at);
        if (clause > 0)
        {
            int end = FigureExtractor.ClauseEnd(text, at);
            var when = FigureExtractor.TimeMarkers(text, at, clause).Where(foreignDates.Contains).ToHashSet(StringComparer.Ordinal);
            var elsewhere = names.Where(n => foreignPlaces.Contains(n.Referent)
                    && text.IndexOf(n.Text, clause, StringComparison.Ordinal) is >= 0 and var p && p < end)
                .Select(n => n.Referent).ToHashSet(StringComparer.Ordinal);
            if (when.Count > 0 || elsewhere.Count > 0)
            {
                return (when, elsewhere);
            }
        }
        return (
            FigureExtractor.TimeMarkers(text, at).Where(foreignDates.Contains).ToHashSet(StringComparer.Ordinal),
            around.Where(foreignPlaces.Contains).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>True when a possessive ("Iran's state television") follows position <paramref name="at"/>: the name qualifies another noun.</summary>
    private static bool Possessive(string text, int at) =>
        at + 1 < text.Length && text[at] is '\'' or '’' && text[at + 1] == 's';

    private static bool SameCount(Located a, Located b)
    {
        var (ma, mb) = (a.Mention, b.Mention);
        if (ma.Predicate != mb.Predicate)
        {
            return false;
        }
        // A sentence that names a place or a date most reports of the story do not ("612 killed in Zarand in February"
        // in a story on a quake on Qeshm) counts another incident. Stories recall earlier tolls above all, so a toll
        // is compared only with one that names the same — a place of its own names the incident, and then a date only
        // tells two apart when both give one; other counts only when their places and dates do not differ.
        bool toll = Predicates.IsCasualty(ma.Predicate) && Predicates.IsPeople(ma.Counted) && Predicates.IsPeople(mb.Counted);
        bool elsewhere = toll
            ? !a.Elsewhere.SetEquals(b.Elsewhere) || (a.Elsewhere.Count == 0 ? !a.When.SetEquals(b.When) : Differ(a.When, b.When))
            : Differ(a.Elsewhere, b.Elsewhere) || Differ(a.When, b.When);
        if (elsewhere)
        {
            return false;
        }
        // Tolls of one incident move far between early and late reports (3 dead, then 10): people killed or wounded,
        // counted by one noun, are one toll within an order of magnitude.
        double ratio = Math.Max(ma.Value, mb.Value) / Math.Max(Math.Min(ma.Value, mb.Value), 1);
        if (ratio > (toll && a.Heads.Intersect(b.Heads).Any() ? MaxTollRatio : MaxRatio))
        {
            return false;
        }
        // One kind of thing: the same head noun, or people both — then one of them must say which people
        // ("government soldiers" against "troops … on the government side"), else "two women" would be "three people";
        // a part of an enumeration ("two women and a man") counts only its own kind.
        bool sameKind = a.Heads.Intersect(b.Heads).Any()
            || (Predicates.IsPeople(ma.Counted) && Predicates.IsPeople(mb.Counted) && (a.Modifiers.Length > 0 || b.Modifiers.Length > 0) && !ma.Part && !mb.Part);
        if (!sameKind)
        {
            return false;
        }
        // Counts about two different people named in their sentences ("Bush missed eight games", "Thomas missed nine").
        if (a.People.Count > 0 && b.People.Count > 0 && !a.People.Overlaps(b.People))
        {
            return false;
        }
        // "He caught 29 passes": whose count it is was said in another sentence, so differing values may be two people's.
        bool compatible = Hedges.Compatible(ma.Value, ma.Hedge, mb.Value, mb.Hedge);
        if ((a.Unnamed || b.Unnamed) && !compatible)
        {
            return false;
        }
        // Each count's qualifiers ("government", "Islamic State") must be found with the other; a conflict is claimed
        // only between articles (one article giving two counts is counting two things), and not when one sentence
        // gives both numbers: "five soldiers died, four from friendly fire" makes four a part of five.
        if (!Qualified(a, b) || !Qualified(b, a))
        {
            return false;
        }
        return compatible || (a.Article != b.Article && !a.Explains(mb.Value) && !b.Explains(ma.Value));
    }

    /// <summary>True when both sentences name places (or dates) of their own and none is shared.</summary>
    private static bool Differ(HashSet<string> a, HashSet<string> b) => a.Count > 0 && b.Count > 0 && !a.Overlaps(b);

    /// <summary>True when every qualifier of <paramref name="a"/> is unqualified or found among <paramref name="b"/>'s words.</summary>
    private static bool Qualified(Located a, Located b) =>
        a.Modifiers.Length == 0 || a.Modifiers.Any(m => b.Modifiers.Contains(m) || b.Mention.Context.Contains(m)) || a.Named.Overlaps(b.Around);

    /// <summary>Head nouns (the last word of each conjunct) and the words that qualify them, as stems.</summary>
    private static (string[] Heads, string[] Modifiers) Parts(string counted)
    {
        var heads = new List<string>();
        var modifiers = new List<string>();
        foreach (var conjunct in counted.ToLowerInvariant().Split(" and ", StringSplitOptions.RemoveEmptyEntries))
        {
            var words = conjunct.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }
            heads.Add(PorterStemmer.Stem(words[^1]));
            modifiers.AddRange(words[..^1].Where(w => !Stopwords.Contains(w)).Select(PorterStemmer.Stem));
        }
        return (heads.ToArray(), modifiers.Distinct().ToArray());
    }

    private static Figure ToFigure(StoryText corpus, List<Located> members)
    {
        var values = members.GroupBy(m => (m.Mention.Value, m.Mention.Hedge))
            .Select(g => new FigureValue(
                g.Key.Value,
                corpus.Sentences[g.First().Sentence].Text,
                g.Key.Hedge,
                g.Select(m => m.Article).Distinct().Order().Select(a => corpus.Articles[a].Id).ToList())
            { Phrase = g.First().Mention.Phrase })
            .OrderByDescending(v => v.Sources.Count).ThenBy(v => v.Value).ToList();
        return new Figure(About(members), values, Conflicts(members));
    }

    /// <summary>
    /// True when two articles give values that cannot both be true, neither sentence accounting for the other's number
    /// (then they are a part and its whole). Compared value by value, so a story of thousands of reports stays linear.
    /// </summary>
    private static bool Conflicts(List<Located> members)
    {
        var byValue = members.GroupBy(m => (m.Mention.Value, m.Mention.Hedge)).ToList();
        for (int i = 0; i < byValue.Count; i++)
        {
            for (int j = i + 1; j < byValue.Count; j++)
            {
                var (a, b) = (byValue[i].Key, byValue[j].Key);
                if (Hedges.Compatible(a.Value, a.Hedge, b.Value, b.Hedge))
                {
                    continue;
                }
                var left = byValue[i].Where(m => !m.Explains(b.Value)).Select(m => m.Article).Distinct().Take(2).ToList();
                var right = byValue[j].Where(m => !m.Explains(a.Value)).Select(m => m.Article).Distinct().Take(2).ToList();
                if (left.Count > 0 && right.Count > 0 && (left.Count > 1 || right.Count > 1 || left[0] != right[0]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static string About(List<Located> members)
    {
        var main = members.GroupBy(m => (m.Mention.Counted.ToLowerInvariant(), m.Mention.Verb)).OrderByDescending(g => g.Select(m => m.Article).Distinct().Count()).First().First();
        return main.Mention.Verb.Length > 0 ? $"{main.Mention.Counted} {main.Mention.Verb}" : main.Mention.Counted;
    }
}
