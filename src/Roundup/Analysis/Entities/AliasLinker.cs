namespace Roundup.Analysis.Entities;

/// <summary>Links the name keys of one story that the texts show to be one referent (union-find over keys).</summary>
internal sealed class AliasLinker
{
    /// <summary>Cue words before the alias in "using another name for IS", "the Arabic acronym for …".</summary>
    private static readonly string[][] GlossCues = [["name", "for"], ["acronym", "for"], ["term", "for"]];

    /// <summary>Cue words before the alias in "X, also known as Y".</summary>
    private static readonly string[][] KnownAsCues = [["known", "as"], ["also", "called"], ["dubbed"]];

    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, bool Acronym, EntityKind Kind)> _forms = new(StringComparer.Ordinal);

    public AliasLinker(List<string> keys, List<NameMention> mentions)
    {
        foreach (var key in keys)
        {
            _parent[key] = key;
        }
        foreach (var group in mentions.GroupBy(EntityFinder.Key))
        {
            var kinds = group.Where(m => m.Kind != EntityKind.Other).GroupBy(m => m.Kind).OrderByDescending(g => g.Count()).ToList();
            _forms[group.Key] = (group.First().Text, group.First().Acronym, kinds.Count > 0 ? kinds[0].Key : EntityKind.Other);
        }
    }

    public string Root(string key)
    {
        var root = key;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }
        _parent[key] = root;
        return root;
    }

    public void Link(string a, string b)
    {
        if (_parent.ContainsKey(a) && _parent.ContainsKey(b))
        {
            _parent[Root(a)] = Root(b);
        }
    }

    /// <summary>An acronym and the one name of the story whose initials it spells ("IS" and "Islamic State").</summary>
    public void LinkAcronyms()
    {
        var names = _forms.Where(f => !f.Value.Acronym).ToList();
        foreach (var (key, form) in _forms.Where(f => f.Value.Acronym).ToList())
        {
            var lower = form.Text.ToLowerInvariant();
            // "UNESCO" and "Unesco" are one word written two ways.
            var same = names.Where(n => n.Key == lower).ToList();
            var spelled = names.Where(n => NameKeys.Initials(n.Value.Text) == lower).Select(n => Root(n.Key)).Distinct().ToList();
            if (same.Count == 1)
            {
                Link(key, same[0].Key);
            }
            else if (spelled.Count == 1)
            {
                Link(key, spelled[0]);
            }
        }
    }

    /// <summary>"… the terrorist group Daesh," the report said, using another name for IS; "X, also known as Y".</summary>
    public void LinkGlosses(List<string> tokens, List<NameMention> mentions)
    {
        if (mentions.Count < 2)
        {
            return;
        }
        var lower = tokens.Select(t => t.ToLowerInvariant()).ToList();
        var positions = Positions(tokens, mentions);
        foreach (var cue in GlossCues)
        {
            foreach (int at in Find(lower, cue))
            {
                // The named thing follows the cue; the alias is the nearest name before it.
                var after = positions.Where(p => p.Position >= at + cue.Length).OrderBy(p => p.Position).FirstOrDefault();
                var before = positions.Where(p => p.Position < at).OrderByDescending(p => p.Position).FirstOrDefault();
                if (after.Mention is not null && before.Mention is not null && EntityFinder.Key(after.Mention) != EntityFinder.Key(before.Mention))
                {
                    Link(EntityFinder.Key(before.Mention), EntityFinder.Key(after.Mention));
                }
            }
        }
        foreach (var cue in KnownAsCues)
        {
            foreach (int at in Find(lower, cue))
            {
                var after = positions.Where(p => p.Position >= at + cue.Length && p.Position <= at + cue.Length + 1).FirstOrDefault();
                var before = positions.Where(p => p.Position < at).OrderByDescending(p => p.Position).FirstOrDefault();
                if (after.Mention is not null && before.Mention is not null)
                {
                    Link(EntityFinder.Key(before.Mention), EntityFinder.Key(after.Mention));
                }
            }
        }
    }

    /// <summary>Names a vowel or two apart in transliteration ("Rami Abdulrahman" / "Rami Abdel Rahman").</summary>
    public void LinkTransliterations()
    {
        var names = _forms.Where(f => !f.Value.Acronym).Select(f => (f.Key, f.Value.Text)).ToList();
        for (int i = 0; i < names.Count; i++)
        {
            for (int j = i + 1; j < names.Count; j++)
            {
                if (Root(names[i].Key) != Root(names[j].Key) && NameKeys.Transliterations(names[i].Text, names[j].Text))
                {
                    Link(names[i].Key, names[j].Key);
                }
            }
        }
    }

    /// <summary>
    /// A short form and the one full name it shortens: the last words of a person's name ("Assad" of "Bashar
    /// al-Assad"), the head word of an organisation's name ("Observatory"), or a name and its longer form with a
    /// place ("Islamic State" of "Islamic State in Iraq and Syria").
    /// </summary>
    public void LinkShortForms()
    {
        var names = _forms.Where(f => !f.Value.Acronym).Select(f => (f.Key, f.Value.Text, f.Value.Kind, Words: NameKeys.Words(f.Value.Text))).ToList();
        foreach (var shortForm in names)
        {
            var fits = new HashSet<string>(StringComparer.Ordinal);
            foreach (var full in names)
            {
                if (full.Words.Count <= shortForm.Words.Count || shortForm.Words.Count == 0)
                {
                    continue;
                }
                bool person = full.Kind == EntityKind.Person && full.Words.TakeLast(shortForm.Words.Count).SequenceEqual(shortForm.Words);
                bool head = shortForm.Words.Count == 1 && MentionFinder.OrganizationWords.Contains(shortForm.Words[0])
                    && full.Kind == EntityKind.Organization && full.Words.Contains(shortForm.Words[0]);
                bool qualified = shortForm.Words.Count >= 2 && full.Words.Take(shortForm.Words.Count).SequenceEqual(shortForm.Words)
                    && full.Words[shortForm.Words.Count] is "in" or "of" or "for";
                if (person || head || qualified)
                {
                    fits.Add(Root(full.Key));
                }
            }
            if (fits.Count == 1)
            {
                Link(shortForm.Key, fits.First());
            }
        }
    }

    private static List<(int Position, NameMention Mention)> Positions(List<string> tokens, List<NameMention> mentions)
    {
        var result = new List<(int, NameMention)>();
        int from = 0;
        foreach (var m in mentions)
        {
            var first = m.Text.Split(' ')[0];
            for (int i = from; i < tokens.Count; i++)
            {
                if (tokens[i].StartsWith(first, StringComparison.Ordinal) || tokens[i] == "The" && m.Text.StartsWith("The", StringComparison.Ordinal))
                {
                    result.Add((i, m));
                    from = i + 1;
                    break;
                }
            }
        }
        return result;
    }

    private static IEnumerable<int> Find(List<string> lower, string[] cue)
    {
        for (int i = 0; i + cue.Length <= lower.Count; i++)
        {
            if (cue.Select((w, k) => lower[i + k] == w).All(x => x))
            {
                yield return i;
            }
        }
    }
}
