namespace Roundup.Analysis.Entities;

/// <summary>Links the name keys of one story that the texts show to be one referent (union-find over keys).</summary>
internal sealed partial class AliasLinker
{
    /// <summary>Cue words before the alias in "using another name for IS", "the Arabic acronym for …".</summary>
    private static readonly string[][] GlossCues = [["name", "for"], ["acronym", "for"], ["term", "for"]];

    /// <summary>Cue words before the alias in "X, also known as Y".</summary>
    private static readonly string[][] KnownAsCues = [["known", "as"], ["also", "called"], ["dubbed"]];

    /// <summary>One distinct name of the story, with the keys every rule compares, computed once.</summary>
    private sealed record Form(string Key, string Text, bool Acronym, EntityKind Kind, List<string> Words, string Exact, string? Initials);

    /// <summary>
    /// A name is compared with at most this many others of its skeleton (in key order): real stories hold a handful,
    /// and a hostile one with thousands stays linear.
    /// </summary>
    private const int MaxCompared = 64;

    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Form> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _mentionCounts = new(StringComparer.Ordinal);

    /// <summary>
    /// How many times more often a person must be named than every other person of their surname together for the
    /// surname alone to be theirs: a subject is named throughout, a relative once or twice.
    /// </summary>
    private const int PrincipalFactor = 3;

    public AliasLinker(List<string> keys, List<NameMention> mentions)
    {
        foreach (var key in keys)
        {
            _parent[key] = key;
        }
        // One pass: each key's first mention and how often each kind is said of it (the most said wins, the first said
        // of equals).
        var tallies = new Dictionary<string, (NameMention First, KindTally Kinds)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!tallies.TryGetValue(m.Key, out var tally))
            {
                tally = (m, new KindTally());
                tallies[m.Key] = tally;
            }
            tally.Kinds.Add(m.Kind);
            _mentionCounts[m.Key] = _mentionCounts.GetValueOrDefault(m.Key) + 1;
        }
        foreach (var (key, (first, kinds)) in tallies)
        {
            _forms[key] = new Form(key, first.Text, first.Acronym, kinds.Most(), NameKeys.Words(first.Text), NameKeys.Exact(first.Text),
                first.Acronym ? null : NameKeys.Initials(first.Text));
        }
    }

    /// <summary>How often each kind is said of a name, and which was said first.</summary>
    private sealed class KindTally
    {
        private readonly int[] _counts = new int[Enum.GetValues<EntityKind>().Length];
        private readonly List<EntityKind> _order = [];

        public void Add(EntityKind kind)
        {
            if (kind == EntityKind.Other)
            {
                return;
            }
            if (_counts[(int)kind]++ == 0)
            {
                _order.Add(kind);
            }
        }

        /// <summary>The kind said most often, the first said of equals; <see cref="EntityKind.Other"/> when none is.</summary>
        public EntityKind Most()
        {
            var best = EntityKind.Other;
            foreach (var kind in _order)
            {
                if (best == EntityKind.Other || _counts[(int)kind] > _counts[(int)best])
                {
                    best = kind;
                }
            }
            return best;
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

    /// <summary>"… the terrorist group Daesh," the report said, using another name for IS; "X, also known as Y".</summary>
    public void LinkGlosses(List<string> tokens, List<NameMention> mentions)
    {
        if (mentions.Count < 2 || !tokens.Exists(t => t is "name" or "acronym" or "term" or "known" or "called" or "dubbed"))
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
                // "X, also known as Y": X ends just before the cue (a comma and "also" may sit between), Y follows it.
                var after = positions.Where(p => p.Position >= at + cue.Length && p.Position <= at + cue.Length + 1).FirstOrDefault();
                var before = positions.Where(p => p.Position < at && p.Position + p.Mention.Text.Split(' ').Length >= at - 2)
                    .OrderByDescending(p => p.Position).FirstOrDefault();
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
        // Only names with one first letter and one consonant skeleton can be transliterations of each other.
        // A name with an initial is left to the middle-name rule: an initial "A." is one vowel, not a transliteration.
        var buckets = _forms.Values.Where(f => !f.Acronym && f.Exact.Length > 0 && !f.Words.Exists(w => w.Length == 1))
            .Select(f => (Form: f, Skeleton: NameKeys.Skeleton(f.Exact)))
            .Where(f => NameKeys.Telling(f.Skeleton))
            .GroupBy(f => (f.Form.Exact[0], f.Skeleton));
        foreach (var bucket in buckets)
        {
            var forms = bucket.Select(b => b.Form).OrderBy(f => f.Exact, StringComparer.Ordinal).ToList();
            for (int i = 0; i < forms.Count; i++)
            {
                for (int j = i + 1; j < forms.Count && j <= i + MaxCompared; j++)
                {
                    if (Root(forms[i].Key) != Root(forms[j].Key) && NameKeys.FewVowelsApart(forms[i].Exact, forms[j].Exact))
                    {
                        Link(forms[i].Key, forms[j].Key);
                    }
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
        var names = _forms.Values.Where(f => !f.Acronym && f.Words.Count > 0).ToList();
        LinkMiddleNames(names);
        LinkGivenNameForms(names);
        LinkCompanyForms(names);
        // Every way a full name can be shortened, indexed by the short form it would give.
        var shortenings = new Dictionary<string, List<(Form Full, bool Surname)>>(StringComparer.Ordinal);
        void Add(string shortForm, Form full, bool surname = false)
        {
            if (!shortenings.TryGetValue(shortForm, out var list))
            {
                shortenings[shortForm] = list = [];
            }
            list.Add((full, surname));
        }
        foreach (var full in names)
        {
            var w = full.Words;
            for (int k = 1; k < w.Count; k++)
            {
                if (full.Kind == EntityKind.Person || LooksLikePersonName(full))
                {
                    Add(string.Join(' ', w.Skip(w.Count - k)), full, surname: true);
                }
                if (k >= 2 && w[k] is "in" or "of" or "for")
                {
                    Add(string.Join(' ', w.Take(k)), full);
                }
            }
            // "Qeshm Island", "Hormozgan Province", "TallGrass Distribution Limited": a name less the word that says what it
            // names (not "Iranian" of "Iranian Island").
            // "TallGrass Distribution Limited" is TallGrass Distribution and TallGrass: every designator may go.
            for (int keep = w.Count - 1; keep >= 1 && Designators.Contains(w[keep]) && !(keep == 1 && MentionFinder.StrongDemonym(w[0])); keep--)
            {
                Add(string.Join(' ', w.Take(keep)), full);
            }
            // An organisation's name less the words that say whose it is: "Geological Survey" of "United States
            // Geological Survey", "Police Department" of "Bloomington Police Department" (two or more words, ending
            // in the organisation's word).
            if (w.Count > 2 && MentionFinder.OrganizationWords.Contains(w[^1]) && full.Kind != EntityKind.Person)
            {
                for (int k = 2; k < w.Count; k++)
                {
                    Add(string.Join(' ', w.Skip(w.Count - k)), full);
                }
            }
            // An organisation's or a place's name less the people's word that opens it: "Mafia" of "Sicilian Mafia",
            // "Red Crescent" of "Iranian Red Crescent". Not a name of no known kind: first names end so too ("Brian").
            if (w.Count > 1 && full.Kind is EntityKind.Organization or EntityKind.Place && MentionFinder.StrongDemonym(w[0]))
            {
                Add(string.Join(' ', w.Skip(1)), full);
            }
            // An organisation's head word: the last before "of"/"for", or the last ("the Observatory", "the Times").
            if (full.Kind == EntityKind.Organization && w.Count > 1)
            {
                int connector = w.FindIndex(x => x is "of" or "for");
                var head = connector > 0 ? w[connector - 1] : w[^1];
                if (MentionFinder.OrganizationWords.Contains(head))
                {
                    Add(head, full);
                }
            }
        }
        // How often each referent is named, summed once when a surname first needs it: short forms linked later in
        // this pass are few, and the full names they would add to are already roots.
        Dictionary<string, int>? mentionsByRoot = null;
        foreach (var shortForm in names)
        {
            if (shortenings.TryGetValue(string.Join(' ', shortForm.Words), out var fulls))
            {
                // A place or an organisation is never a person's surname ("California" of "Southern California").
                bool namesAThing = shortForm.Kind is EntityKind.Place or EntityKind.Organization;
                var roots = fulls.Where(f => f.Full.Words.Count > shortForm.Words.Count && !(f.Surname && namesAThing))
                    .Select(f => Root(f.Full.Key)).Distinct().ToList();
                if (roots.Count == 1)
                {
                    Link(shortForm.Key, roots[0]);
                }
                else if (roots.Count > 1 && fulls.All(f => f.Surname) && Principal(roots, mentionsByRoot ??= MentionsByRoot()) is { } principal
                    && (shortForm.Kind == EntityKind.Person || fulls.Exists(f => f.Full.Kind == EntityKind.Person && Root(f.Full.Key) == principal)))
                {
                    Link(shortForm.Key, principal);
                }
            }
        }
    }

    /// <summary>
    /// Of several people a surname alone could be, the one the story names so much more often than the others together
    /// that the surname is theirs: news names its subject in full and calls them by the surname, while a relative or a
    /// misspelt second mention ("John Banky, Ben's older brother"; "Brian" for "Bryant Dalton") is named once. Null when
    /// none stands out so (two sisters of one match report).
    /// </summary>
    private string? Principal(List<string> roots, Dictionary<string, int> mentionsByRoot)
    {
        var weights = roots.ToDictionary(r => r, r => mentionsByRoot.GetValueOrDefault(r), StringComparer.Ordinal);
        var top = weights.MaxBy(p => p.Value);
        int rest = weights.Values.Sum() - top.Value;
        return top.Value >= PrincipalFactor * rest ? top.Key : null;
    }

    private Dictionary<string, int> MentionsByRoot()
    {
        var sums = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in _mentionCounts)
        {
            var root = Root(key);
            sums[root] = sums.GetValueOrDefault(root) + count;
        }
        return sums;
    }

    /// <summary>
    /// A company's names that differ only in the words that say it is a company ("TallGrass Distribution Ltd",
    /// "Tallgrass Distributors Ltd", "Tall Grass Distribution Limited") name one company.
    /// </summary>
    private void LinkCompanyForms(List<Form> names)
    {
        foreach (var group in names.Select(f => (Form: f, Core: CompanyCore(f.Words))).Where(f => f.Core is not null).GroupBy(f => f.Core!, StringComparer.Ordinal))
        {
            var first = group.First().Form;
            foreach (var (form, _) in group.Skip(1))
            {
                Link(form.Key, first.Key);
            }
        }
    }

    /// <summary>The name less its trailing company words, joined without spaces; null when it has none or nothing is left.</summary>
    private static string? CompanyCore(List<string> words)
    {
        int keep = words.Count;
        while (keep > 1 && CompanyWords.Contains(words[keep - 1]))
        {
            keep--;
        }
        return keep == words.Count ? null : string.Concat(words.Take(keep));
    }

    /// <summary>
    /// Two or three capitalised words with no organisation's word, of no other known kind ("Scott Boras"): how news
    /// first names a person it then calls by the surname.
    /// </summary>
    private static bool LooksLikePersonName(Form form) =>
        form.Kind == EntityKind.Other && form.Words.Count is 2 or 3 && !form.Text.Contains(" of ", StringComparison.Ordinal)
        && !HasApostrophe(form.Text) && !Directions.Contains(form.Words[0])
        && !form.Words.Any(MentionFinder.OrganizationWords.Contains) && !Designators.Contains(form.Words[^1])
        && form.Text.Split(' ').All(w => w.Length > 1 && char.IsUpper(w[0]));

    /// <summary>
    /// True when a name holds an apostrophe that is not part of a surname: "O'Higgins", "D'Angelo" put a capital
    /// after it, a possessive or a contraction does not.
    /// </summary>
    private static bool HasApostrophe(string text)
    {
        for (int i = text.IndexOf('\''); i >= 0; i = text.IndexOf('\'', i + 1))
        {
            if (i + 1 >= text.Length || !char.IsUpper(text[i + 1]))
            {
                return true;
            }
        }
        return false;
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
            int k = 0;
            while (k < cue.Length && lower[i + k] == cue[k])
            {
                k++;
            }
            if (k == cue.Length)
            {
                yield return i;
            }
        }
    }
}
