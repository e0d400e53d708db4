using Roundup.Briefing;
using Roundup.Concurrency;

namespace Roundup.Analysis.Entities;

/// <summary>
/// The people, organisations and places of a story, one entity per referent across its articles. Names are linked
/// only on evidence in the texts: one spelling up to accents, hyphens and the Arabic article; an acronym and the name
/// it abbreviates (in parentheses, or the one name of the story whose initials it spells); "another name for",
/// "also known as"; transliterations a vowel or two apart; and the short form of a full name ("Abdel Rahman" of "Rami
/// Abdel Rahman", "the Observatory" of "the Syrian Observatory for Human Rights") when only one full name fits. A
/// wrong merge misleads more than a missed one, so an ambiguous short form stays apart.
/// </summary>
internal static class EntityFinder
{
    /// <summary>The story's entities named at least twice or under several names, most mentioned first.</summary>
    public static List<Entity> Find(Corpus corpus) => Resolve(corpus.Text).Entities;

    /// <summary>
    /// The entities, and for each sentence the names it holds with the referent each stands for (a key shared by all
    /// the names of one referent), so that later analyses can tell that "ISIS" and "Islamic State" are one.
    /// </summary>
    public static EntityIndex Resolve(StoryText corpus)
    {
        var tokens = new List<string>[corpus.Sentences.Count];
        Parallelism.For(tokens.Length, s => tokens[s] = MentionFinder.Tokens(corpus.Sentences[s].Text));
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var lowercase = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in tokens)
        {
            for (int i = 0; i < sentence.Count; i++)
            {
                if (sentence[i].Length == 0)
                {
                    continue;
                }
                if (char.IsLower(sentence[i][0]))
                {
                    lowercase.Add(sentence[i]);
                }
                else if (i > 0 && char.IsUpper(sentence[i][0]) && sentence[i - 1] is not "." and not "\"" and not "“")
                {
                    capitalised.Add(MentionFinder.Clean(sentence[i]));
                }
            }
        }
        // A word that opens a sentence is a name when the story writes it capitalised elsewhere, or never in lower case
        // ("Phillips had already missed three games"; not "Troops began", when "troops" occurs).
        bool NameAtStart(string word) => capitalised.Contains(word) || !lowercase.Contains(word.ToLowerInvariant());
        var mentions = new List<NameMention>();
        var perSentence = new List<List<NameMention>>();
        var finds = new List<NameMention>[tokens.Length];
        Parallelism.For(tokens.Length, s => finds[s] = MentionFinder.Find(tokens[s], s, NameAtStart, corpus.Sentences[s].Text));
        for (int s = 0; s < tokens.Length; s++)
        {
            var found = finds[s];
            perSentence.Add(found);
            mentions.AddRange(found);
            // An acronym's expansion is a name the text gives too.
            mentions.AddRange(found.Where(m => m.Expansion is not null).Select(m => new NameMention(m.Expansion!, s, m.Kind, false, null)));
        }
        var aliases = new AliasLinker(mentions.Select(Key).Distinct().ToList(), mentions);
        foreach (var m in mentions.Where(m => m.Expansion is not null))
        {
            aliases.Link(Key(m), Key(m.Expansion!, false));
        }
        // Spelled-out names first ("US Geological Survey" is "United States Geological Survey"), so that "USGS" then
        // finds one name that it abbreviates, not two.
        aliases.LinkEmbeddedAcronyms();
        aliases.LinkAcronyms();
        for (int s = 0; s < tokens.Length; s++)
        {
            aliases.LinkGlosses(tokens[s], perSentence[s]);
        }
        aliases.LinkTransliterations();
        aliases.LinkShortForms();
        aliases.LinkGivenNamesAlone();
        var bySentence = new List<IReadOnlyList<(string Text, string Referent)>>();
        for (int s = 0; s < perSentence.Count; s++)
        {
            var names = perSentence[s].Select(m => (m.Text, aliases.Root(Key(m)))).ToList();
            names.AddRange(perSentence[s].Where(m => m.Expansion is not null).Select(m => (m.Expansion!, aliases.Root(Key(m.Expansion!, false)))));
            bySentence.Add(names);
        }
        var kinds = mentions.GroupBy(m => aliases.Root(Key(m))).ToDictionary(
            g => g.Key,
            g => g.Where(m => m.Kind != EntityKind.Other).GroupBy(m => m.Kind).OrderByDescending(k => k.Count()).ThenBy(k => k.Key).FirstOrDefault()?.Key ?? EntityKind.Other,
            StringComparer.Ordinal);
        var people = kinds.Where(k => k.Value == EntityKind.Person).Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var others = kinds.Where(k => k.Value is EntityKind.Place or EntityKind.Organization).Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var places = kinds.Where(k => k.Value == EntityKind.Place).Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        return new EntityIndex(Build(corpus, mentions, aliases), bySentence, people, others, places);
    }

    internal static string Key(NameMention m) => m.Key;

    internal static string Key(string text, bool acronym) => acronym ? "#" + text : NameKeys.Exact(text);

    /// <summary>
    /// The most used name, or a longer one that contains it and is used at least twice ("Syrian Observatory for Human
    /// Rights" over "Observatory").
    /// </summary>
    private static string FullerForm(string mostUsed, List<IGrouping<string, NameMention>> forms) =>
        forms.Where(f => f.Count() >= 2 && f.Key.Length > mostUsed.Length && f.Key.Contains(mostUsed, StringComparison.Ordinal))
            .OrderByDescending(f => f.Count()).Select(f => f.Key).FirstOrDefault() ?? mostUsed;

    private static List<Entity> Build(StoryText corpus, List<NameMention> mentions, AliasLinker aliases)
    {
        var entities = new List<Entity>();
        foreach (var group in mentions.GroupBy(m => aliases.Root(Key(m))))
        {
            if (!group.Skip(1).Any())
            {
                continue; // named once under one name: nothing to tell the reader
            }
            var forms = group.GroupBy(m => m.Text, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            var named = forms.Where(f => !f.First().Acronym).ToList();
            var kinds = group.Where(m => m.Kind != EntityKind.Other).GroupBy(m => m.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
            // A person is named in full; anything else by the name the articles use most (the longer of equals).
            var name = kinds.Count > 0 && kinds[0].Key == EntityKind.Person
                ? (named.Count > 0 ? named : forms).OrderByDescending(f => f.Key.Split(' ').Length).ThenByDescending(f => f.Count()).First().Key
                : FullerForm((named.Count > 0 ? named : forms).OrderByDescending(f => f.Count()).ThenByDescending(f => f.Key.Length).First().Key, named);
            var articles = group.Select(m => corpus.Sentences[m.Sentence].Article).Distinct().Order().Select(a => corpus.Articles[a].Id).ToList();
            var entity = new Entity(name, kinds.Count > 0 ? kinds[0].Key : EntityKind.Other, forms.Select(f => f.Key).ToList(), group.Count(), articles);
            if (entity.Mentions >= 2 || entity.Aliases.Count >= 2)
            {
                entities.Add(entity);
            }
        }
        return entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }
}

/// <summary>A story's entities, and the names each sentence holds with the referent each stands for.</summary>
internal sealed record EntityIndex(
    List<Entity> Entities, IReadOnlyList<IReadOnlyList<(string Text, string Referent)>> BySentence, IReadOnlySet<string> People, IReadOnlySet<string> PlacesAndOrganizations,
    IReadOnlySet<string> Places);
